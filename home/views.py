"""Site-wide views: search, health check, robots.txt and the error pages."""

import logging
import sys

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.search.utils import parse_query_string

from caching import keys
from home.inputs import SEARCH_MAX_LENGTH, clean_query
from home.models.site_settings import load_site_settings

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
# What a visitor's browser (and a load balancer) is told to wait before trying again while the database is down.
RETRY_AFTER_SECONDS = 60


def build_search_query(text):
    """A Wagtail search query from a visitor's words: "double quotes" make a phrase, every word must match.

    Colons are not filters here (``title:x`` is searched as words), and unbalanced quotes
    cannot break the database's full-text syntax.
    """
    _filters, query = parse_query_string(text.replace(":", " "), operator="and")
    return query


def paginate(request, items, per_page):
    """Return the requested page of ``items``; a bad or out-of-range number gets the nearest page."""
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    keys.chose(request, "page", page.number)
    return page


@require_GET
def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    results = None
    if query:
        from home.languages import home_pages
        from home.search import load_specific, search_pages, without_accents

        # The visitor's language first: the locale of the home page of the language being read.
        home = home_pages(request).get(get_language())
        words = without_accents(query)
        ranked = search_pages(
            Page.objects.live().public(), build_search_query(words), words, home.locale_id if home else None
        )
        results = paginate(request, ranked, RESULTS_PER_PAGE)
        results.object_list = load_specific(results.object_list)
    load_site_settings(request)  # the header, banner and footer's settings, in one query
    return render(
        request,
        "search/search.html",
        {
            "search_query": query,
            "query_was_cut": len(raw_query) > SEARCH_MAX_LENGTH,
            "search_results": results,
        },
    )


@never_cache
@require_GET
def health(request):
    """Each part the site needs, as JSON: 200 while the site can serve (perhaps degraded), 503 when not."""
    from home.health import report

    status, body = report()
    response = JsonResponse(body, status=status)
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        # The search in every other language (/es/search/…): its results are no page of their own either.
        *(f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE),
        "Disallow: /health/",
        "Disallow: /applications/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def bad_request(request, exception=None):
    try:
        request.get_host()
    except DisallowedHost:
        # A host name this site does not serve: the site's own page would build its links from it.
        return HttpResponseBadRequest(
            '<!doctype html><html lang="en"><title>Bad request</title><h1>Bad request</h1>', content_type="text/html"
        )
    return render(request, "400.html", status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """The 500 page; or, when the database could not be reached, the 503 page a short outage deserves."""
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return database_unavailable(request)
    # Rendered without context processors' database work, so it still shows
    # when the database is what failed.
    return render(request, "500.html", status=500)


# What the database driver raises when the server is down, unreachable or dropped the connection
# (an unreadable SQLite file too); other database errors are bugs and stay 500s.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def database_unavailable(request):
    """503 in the site's style, with Retry-After. Rendered with no request context: no context
    processor (site settings, the user, messages) may reach for the database that just failed."""
    html = render_to_string(
        "503.html",
        {"quick_exit_url": settings.QUICK_EXIT_DEFAULT_URL, "was_sending": request.method == "POST"},
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
