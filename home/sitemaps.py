"""sitemap.xml in every language: each page of each language's tree, with its translations as alternates.

Wagtail's own sitemap lists the pages under the site's root page, which is the English home page: the
Spanish tree is a sibling of it (home/languages.py), so ``SiteSitemap`` lists the pages under every
language's home page. Each page says where it is read in the other languages, as search engines ask
(``<xhtml:link rel="alternate" hreflang="es" href="…">`` and ``hreflang="x-default"`` for English):
``BasePage.get_sitemap_urls`` adds them from ``translations(request)``, one query for the whole
sitemap, so the sitemap costs the same number of queries whatever the number of pages and translations.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.languages import home_pages


def _in_language_trees(request):
    """A condition for the pages under any language's home page (the homes included)."""
    homes = home_pages(request).values()
    condition = Q(pk__in=[])
    for home in homes:
        condition |= Q(path__startswith=home.path)
    return condition


def translations(request):
    """``{translation_key: {language code: full URL}}`` of every live, public page; kept on the request."""
    kept = getattr(request, "_swp_sitemap_translations", None)
    if kept is not None:
        return kept
    pages = (
        Page.objects.live()
        .public()
        .filter(_in_language_trees(request))
        .select_related("locale")
        .only("id", "url_path", "path", "depth", "translation_key", "locale__language_code")
    )
    kept = defaultdict(dict)
    for page in pages:
        url = page.get_full_url(request)
        if url:
            kept[page.translation_key][page.locale.language_code] = url
    request._swp_sitemap_translations = kept
    return kept


def add_alternates(page, request, urls):
    """``urls`` (``get_sitemap_urls`` entries of ``page``: its address and its routes') with the same
    addresses in the page's other languages, and the English one as ``x-default``; unchanged when the
    page has no live translation or there is no request (the sitemap view always has one)."""
    if request is None or not urls:
        return urls
    by_language = translations(request).get(page.translation_key, {})
    own = urls[0]["location"]
    if len(by_language) < 2 or not own:
        return urls
    for url in urls:
        if "alternates" in url or not url["location"].startswith(own):
            continue
        route = url["location"][len(own) :]
        alternates = [
            {"lang_code": code, "location": location + route} for code, location in sorted(by_language.items())
        ]
        default = by_language.get(settings.LANGUAGE_CODE)
        if default:
            alternates.append({"lang_code": "x-default", "location": default + route})
        url["alternates"] = alternates
    return urls


class SiteSitemap(Sitemap):
    """Wagtail's sitemap over every language's pages (English first, then each language's tree)."""

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(_in_language_trees(self.request))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
