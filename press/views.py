"""The lists the press index serves at /press/releases/ and /press/appearances/.

Both take ``?year=`` and ``?page=``. A value that makes no sense gets the normal page
with a sentence saying what happened, never an error.
"""

import re
from urllib.parse import urlencode

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from caching import keys
from home.inputs import shown
from home.views import paginate

from .models import APPEARANCES_PER_PAGE, RELEASES_PER_PAGE

YEAR_RE = re.compile(r"^\d{4}$", re.ASCII)
SHOWN_INPUT_LENGTH = 20

# What each list says about a ``?year=`` it cannot show: not a year, or a year without items.
RELEASE_YEAR_MESSAGES = (
    gettext_lazy("“%(value)s” is not a year, so all press releases are shown."),
    gettext_lazy(
        "There are no press releases from %(year)s, so all press releases are shown. Choose a year from the list."
    ),
)
APPEARANCE_YEAR_MESSAGES = (
    gettext_lazy("“%(value)s” is not a year, so all appearances are shown."),
    gettext_lazy("There are no appearances from %(year)s, so all appearances are shown. Choose a year from the list."),
)


def parse_year(request, available_years, messages):
    """``(year, message)`` from ``?year=``: the year when it has items, else ``None`` and why.

    ``messages`` are the list's two sentences (``RELEASE_YEAR_MESSAGES``, ``APPEARANCE_YEAR_MESSAGES``).
    """
    not_a_year, no_items = messages
    raw = request.GET.get("year")
    if raw is None or raw.strip() == "":
        return None, ""
    raw = raw.strip()
    if not YEAR_RE.match(raw):
        quoted = shown(raw, SHOWN_INPUT_LENGTH, ellipsis_after=True)
        return None, not_a_year % {"value": quoted}
    year = int(raw)
    if year not in available_years:
        return None, no_items % {"year": year}
    keys.chose(request, "year", year)
    return year, ""


def page_message(request, page_obj):
    """A sentence when the ``?page=`` asked for does not exist and another page is shown."""
    raw = request.GET.get("page")
    if raw is None or raw == str(page_obj.number):
        return ""
    quoted = shown(raw, SHOWN_INPUT_LENGTH, ellipsis_after=True)
    return _("There is no page “%(value)s”; this is page %(number)s of %(total)s.") % {
        "value": quoted,
        "number": page_obj.number,
        "total": page_obj.paginator.num_pages,
    }


def canonical_path(request, year, page_obj):
    """The list's own address: its path, the year and the page number when they are not the defaults."""
    params = {}
    if year:
        params["year"] = year
    if page_obj.number > 1:
        params["page"] = page_obj.number
    return request.path + ("?" + urlencode(params) if params else "")


def release_list_context(index, request):
    releases = index.releases()
    tz = timezone.get_current_timezone()
    # The years to choose from: one aggregated query, whatever the number of releases.
    years = [d.year for d in releases.order_by().datetimes("release_date", "year", order="DESC", tzinfo=tz)]
    year, year_message = parse_year(request, years, RELEASE_YEAR_MESSAGES)
    if year is not None:
        releases = releases.filter(release_date__year=year)
    page_obj = paginate(request, releases, RELEASES_PER_PAGE)
    bad_page = page_message(request, page_obj)
    return {
        "route_title": _("Press releases from %(year)s") % {"year": year} if year else _("Press releases"),
        "years": years,
        "year": year,
        "year_message": year_message,
        "page_obj": page_obj,
        "releases": list(page_obj),
        "page_message": bad_page,
        "noindex": bool(year_message or bad_page),
        "canonical_path": canonical_path(request, year, page_obj),
    }


def appearance_list_context(index, request):
    appearances = index.appearances()
    years = [d.year for d in appearances.order_by().dates("date", "year", order="DESC")]
    year, year_message = parse_year(request, years, APPEARANCE_YEAR_MESSAGES)
    if year is not None:
        appearances = appearances.filter(date__year=year)
    page_obj = paginate(request, appearances, APPEARANCES_PER_PAGE)
    bad_page = page_message(request, page_obj)
    return {
        "route_title": _("Press & media appearances in %(year)s") % {"year": year}
        if year
        else _("Press & media appearances"),
        "years": years,
        "year": year,
        "year_message": year_message,
        "page_obj": page_obj,
        "appearances": list(page_obj),
        "page_message": bad_page,
        "noindex": bool(year_message or bad_page),
        "canonical_path": canonical_path(request, year, page_obj),
    }
