"""The Get help demo loader: builds /get-help/ and its know-your-rights guides from
``home/demo/get_help_content.py``, and their Spanish translations from ``get_help_content_es.py``.
Idempotent, like every demo step.

Office closures are dated from the day the demo is built (the next Thanksgiving, winter break and
New Year's Day), so a fresh demo always shows upcoming ones.
"""

from datetime import date, timedelta

from home import clock
from home.demo import ensure_child, find_page, publish
from home.models import GetHelpPage, HolidayClosure, KnowYourRightsPage, OfficeHours

from . import get_help_content as content
from . import get_help_content_es as content_es
from .translations import locale, string_table, translate_pages


def fourth_thursday_of_november(year):
    first = date(year, 11, 1)
    first_thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    return first_thursday + timedelta(weeks=3)


def upcoming_closures(today):
    """The office's next few holiday closures from ``today``: Thanksgiving, the winter break, New Year's Day."""
    names = content.CLOSURES
    closures = []
    for year in (today.year, today.year + 1):
        thanksgiving = fourth_thursday_of_november(year)
        closures += [
            (names["thanksgiving"], thanksgiving, thanksgiving + timedelta(days=1)),
            (names["winter_break"], date(year, 12, 24), date(year, 12, 26)),
            (names["new_year"], date(year + 1, 1, 1), None),
        ]
    return [closure for closure in closures if (closure[2] or closure[1]) >= today][:3]


def build(home, options):
    fields = dict(content.INTAKE)
    slug = fields.pop("slug")
    page = find_page(home, slug)
    if page is None:
        fields["emergency_numbers"] = [
            {"type": "number", "value": {"name": name, "number": number, "note": note}}
            for name, number, note in content.EMERGENCY
        ]
        page = GetHelpPage(slug=slug, **fields)
        for order, (weekday, opens, closes) in enumerate(content.HOURS):
            page.office_hours.add(OfficeHours(sort_order=order, weekday=weekday, opens=opens, closes=closes))
        for order, (name, first, last) in enumerate(upcoming_closures(clock.today())):
            page.closures.add(HolidayClosure(sort_order=order, name=name, date=first, end_date=last))
        home.add_child(instance=page)
        publish(page)
    for guide in content.GUIDES:
        build_guide(home, page, guide)
    return page


def build_guide(home, get_help, spec):
    """A guide below Get help; its download is the PDF of the publication with the same slug."""
    publication = find_page(home, f"publications/{spec['slug']}")
    document = publication.document if publication is not None else None
    return ensure_child(
        get_help,
        KnowYourRightsPage,
        spec["slug"],
        title=spec["title"],
        introduction=spec["introduction"],
        content_language=spec["language"],
        last_reviewed=content.GUIDES_LAST_REVIEWED,
        document=document,
        sections=[
            {"type": "section", "value": {"heading": heading, "body": body, "say_this": say}}
            for heading, body, say in spec["sections"]
        ],
    )


def build_spanish(home, options):
    """/es/obtener-ayuda/ and the Spanish guide, translations of the English pages. Like the English guide,
    the Spanish one offers the PDF of the fact sheet it matches: the Spanish fact sheet's (an override)."""
    spanish = locale("es")
    get_help = find_page(home, content.INTAKE["slug"])
    if spanish is None or get_help is None or home.get_translation_or_none(spanish) is None:
        return
    remove_old_spanish_guide(get_help)
    options = {}
    for spec in content.GUIDES:
        publication = find_page(home, f"publications/{spec['slug']}")
        translated = publication.get_translation_or_none(spanish) if publication is not None else None
        if translated is not None and translated.specific.document_id:
            path = f"{content.INTAKE['slug']}/{spec['slug']}"
            options[path] = {"overrides": {"document": translated.specific.document_id}}
    strings = string_table(content_es.STRINGS, same=content_es.SAME_IN_SPANISH)
    translate_pages(home, content_es.PAGES, spanish, strings, options=options)


def remove_old_spanish_guide(get_help):
    """Older demo databases hold the Spanish guide as a page of its own below the English Get help page; it
    is now the translation of the English guide, so that page goes."""
    old = get_help.get_children().filter(slug=content_es.OLD_GUIDE_SLUG).first()
    if old is not None and getattr(old.specific, "content_language", None) == "es":
        old.delete()
