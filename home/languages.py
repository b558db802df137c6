"""The languages the site is read in: which one a response is in, and where its other languages are.

English is the default and keeps its addresses (``/about/``); every other language lives under its code
(``/es/sobre-nosotros/``), as ``i18n_patterns`` in swpsite/urls.py arranges. Each language has its own
page tree, a translation of the English one kept in step by wagtail-localize.

The language of a response comes from its address alone, never from the browser's Accept-Language or a
cookie: one address is one page in one language, so every cache (the in-app page cache, Varnish, a CDN)
keys and purges per language by address, and nothing varies on a request header. A visitor chooses a
language with the switch in the header, which links to the same page in the other language.
"""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page


class LanguageFromAddressMiddleware:
    """Activates the language the address names (``/es/…``), or English; says which in Content-Language.

    Django's LocaleMiddleware would also read Accept-Language and add ``Vary: Accept-Language`` to every
    English page, which would make a shared cache keep one copy per browser setting of the same page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        request.LANGUAGE_CODE = language
        # override, not activate: the language is the request's alone and ends with it, as one request's
        # Spanish must not carry over to the next request the same worker thread answers.
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


def language_name(code):
    """A language's name in that language (``Español``), as the switch shows it."""
    return dict(settings.LANGUAGES).get(code, code)


def home_pages(request, page=None):
    """``{language code: live home page}`` of the request's site: the languages the site is read in.

    They come with the pages the frame links to (``home.site_text.page_frame``), in the same query, once a
    request; given a ``page``, so do its live translations (``page_translations``).
    """
    from home.site_text import page_frame

    frame = page_frame(request, page)
    if frame["site"] is None:
        return {}
    root_key = frame["site"].root_page.translation_key
    return {row.language: row for row in frame["rows"] if row.live and row.translation_key == root_key}


def page_translations(request, page):
    """``{language code: live translation}`` of ``page`` (itself included): from the frame's query when it was
    read for this page, else in one query of its own."""
    from home.site_text import page_frame

    frame = page_frame(request, page)
    if frame["page_key"] == page.translation_key:
        return {row.language: row for row in frame["rows"] if row.live and row.translation_key == page.translation_key}
    return {
        row.locale.language_code: row
        for row in Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .only("id", "url_path", "path", "depth", "locale")
    }


def page_languages(request, page=None):
    """Where this page, or this address when it is not a page, is read in each of the site's languages.

    Returns ``{"alternates": [...], "switch": [...], "x_default": url}``. ``alternates`` are the page's live
    translations (itself included), each ``{"code", "name", "url"}`` with a full URL, for ``hreflang`` links;
    ``switch`` has one link per other language of the site: the translation of this page, or that language's
    home page when the page has none yet. No query of its own: the home pages and the page's translations
    come with the frame's pages (``home_pages``); kept on the request for the header and head.
    """
    kept = getattr(request, "_swp_page_languages", None)
    if kept is not None:
        return kept
    current = translation.get_language()
    homes = home_pages(request, page)
    # {code: address on this site}; alternates give them in full, as search engines need, the switch as paths.
    translations = {}
    if page is not None and getattr(page, "translation_key", None):
        for code, translated in page_translations(request, page).items():
            if code in homes:
                translations[code] = translated.get_url(request)
    elif page is None and request.resolver_match is not None:
        # A view outside the page tree under every language (search): the same address in the other language.
        for code in homes:
            translations[code] = translate_url(request.get_full_path(), code)
    full = {code: request.build_absolute_uri(url) for code, url in translations.items()}
    alternates = [{"code": code, "name": language_name(code), "url": url} for code, url in full.items()]
    switch = []
    for code, home in homes.items():
        if code == current:
            continue
        url = translations.get(code) or home.get_url(request)
        switch.append({"code": code, "name": language_name(code), "url": url})
    languages = {
        "alternates": sorted(alternates, key=lambda item: item["code"]) if len(alternates) > 1 else [],
        "switch": sorted(switch, key=lambda item: item["code"]),
        "x_default": full.get(settings.LANGUAGE_CODE) if len(alternates) > 1 else None,
    }
    request._swp_page_languages = languages
    return languages


def current_language():
    """The code of the language being served (one of LANGUAGES): the language a visitor's form records."""
    try:
        return translation.get_supported_language_variant(translation.get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE
