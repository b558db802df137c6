"""The people demo loader: builds About → Staff and About → Internships from ``people/demo/content.py``,
and their Spanish translations from ``people/demo/content_es.py``.

Posting deadlines are relative to the day the demo is built; a later run moves the open postings'
dates forward only once they have passed, so the demo keeps two open postings and a run on the same
day changes nothing.
"""

import re
from datetime import timedelta

from home import clock
from home.demo import ensure_child, find_page, publish
from home.demo.translations import locale, string_table, translate_pages
from people.models import InternshipIndexPage, InternshipPage, StaffBioPage, StaffIndexPage

from . import content, content_es


def term_for(day):
    """'Spring 2027', 'Summer 2027' or 'Fall 2027' for the term a day falls in."""
    season = "Spring" if day.month <= 4 else "Summer" if day.month <= 8 else "Fall"
    return f"{season} {day.year}"


def build(home, options):
    about = find_page(home, "about")
    if about is None:
        return
    build_staff(about)
    build_internships(about)


def build_staff(about):
    fields = dict(content.STAFF_INDEX)
    index = ensure_child(about, StaffIndexPage, fields.pop("slug"), **fields)
    for person in content.STAFF:
        # No portraits: the demo has no photographs of these people (see people/demo/content.py).
        fields = dict(person)
        ensure_child(index, StaffBioPage, fields.pop("slug"), **fields)
    return index


def _dates(today, deadline_in, starts_in, weeks):
    start = today + timedelta(days=starts_in)
    return {
        "application_deadline": today + timedelta(days=deadline_in),
        "start_date": start,
        "end_date": start + timedelta(weeks=weeks),
        "term": term_for(start),
    }


def build_internships(about):
    fields = dict(content.INTERNSHIP_INDEX)
    index = ensure_child(about, InternshipIndexPage, fields.pop("slug"), **fields)
    today = clock.today()
    for spec in content.INTERNSHIPS:
        dates = _dates(today, spec["deadline_in"], spec["starts_in"], spec["weeks"])
        posting = ensure_child(index, InternshipPage, spec["slug"], **spec["fields"], **dates)
        if spec["stays_open"] and posting.application_deadline and posting.application_deadline < today:
            # A demo database built long ago: keep the demo's open postings open.
            for name, value in dates.items():
                setattr(posting, name, value)
            publish(posting)
    return index


def spanish_term(text):
    """'Primavera de 2027' for 'Spring 2027' (a posting's term, dated by ``term_for``), else ``None``."""
    found = re.fullmatch(r"(\w+) (\d{4})", text)
    if found is None or found.group(1) not in content_es.SEASONS:
        return None
    return content_es.TERM.format(season=content_es.SEASONS[found.group(1)], year=found.group(2))


def build_spanish(home, options):
    """The Spanish staff list, bios, internships and postings: translations of the English pages."""
    spanish = locale("es")
    if spanish is None or home.get_translation_or_none(spanish) is None:
        return
    strings = string_table(content_es.STRINGS, same=content_es.SAME_IN_SPANISH, fallback=spanish_term)
    translate_pages(home, content_es.PAGES, spanish, strings)
