"""The menus, the footer, the header's buttons and the alert banner as a page in one language shows them.

The words come from the copy of each snippet (home/models/site_text.py) in the language being read, else
the English copy. A link to a page goes to the page's live translation in that language, titled with its
translated title when the link has no words of its own. Where the page has no translation yet the link
goes to the English page, says so ("(in English)", in the language being read) and carries
``hreflang="en"``, so a Spanish page never leads to a missing page. A local address typed in a link (not a
chosen page) that is not under the language's own prefix (``/es/``) is an English page: it is marked too.

The cost is fixed whatever the number of links: the menus' copy, then the linked pages, their translations,
both header buttons' pages, the site's home pages and the page's own translations (for the language switch,
home/languages.py) together in one query: ``page_frame``.
"""

from django.conf import settings
from django.db.models import F, Q
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.models import Page

from home.querysets import public_q
from home.translations import in_reading_language


def reading_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def _raw_links(raw_list):
    """The raw values of a list of links, as a StreamField or a ListBlock stores them."""
    for item in raw_list or []:
        yield item["value"] if isinstance(item, dict) and "value" in item else item


def shown_pages(page_ids, language, site, translation_keys=()):
    """Every page the menus, the footer and the header's buttons show, in one query: the linked pages (by id),
    their live translations in ``language``, the site's live Get help and Donate pages in ``language``
    and in English, and the live pages of ``translation_keys`` in every language (the home pages, the page
    being read). Each row carries its ``language``, its intake ``help_phone`` (a Get help page), its
    ``donate_headline`` (a Donate page), whether it is ``public`` (outside every private section) and
    ``button`` ("get_help", "donate" or ``None``: see ``button_of``).

    The conditions are plain columns (the Get help and Donate pages by their content type), so the query
    stays cheap to build as well as to run: building it costs more than running it on SQLite."""
    from django.contrib.contenttypes.models import ContentType

    from home.models import DonatePage, GetHelpPage

    page_ids = {pk for pk in page_ids if pk}
    wanted = Q(pk__in=page_ids)
    if translation_keys:
        wanted |= Q(translation_key__in=translation_keys, live=True)
    if page_ids:
        linked = Page.objects.filter(pk__in=page_ids).values("translation_key")
        wanted |= Q(translation_key__in=linked, locale__language_code=language, live=True)
    if site is not None:
        button_types = ContentType.objects.get_for_models(GetHelpPage, DonatePage).values()
        wanted |= Q(
            content_type__in=button_types,
            live=True,
            depth__gt=site.root_page.depth,
            locale__language_code__in={language, settings.LANGUAGE_CODE},
        )
    rows = list(
        Page.objects.filter(wanted)
        .select_related("locale")
        .annotate(
            help_phone=F("gethelppage__phone"),
            donate_headline=F("donatepage__headline"),
            language=F("locale__language_code"),
            public=public_q(),
        )
        .order_by("path")
    )
    for row in rows:
        row.button = button_of(row, language, site)
    return rows


def button_of(row, language, site):
    """The header button ("get_help" or "donate") a row of ``shown_pages`` may be, else ``None``:
    a live, public Get help or Donate page below a home page (the site's root page or one of its translations,
    its siblings under Wagtail's root), in ``language`` or in English. Never a private one: a button on every
    page never leads to a password or a log-in."""
    from home.models import DonatePage, GetHelpPage

    if site is None or not (row.live and row.public and row.depth > site.root_page.depth):
        return None
    if row.language not in {language, settings.LANGUAGE_CODE}:
        return None
    model = row.specific_class
    return "get_help" if model is GetHelpPage else "donate" if model is DonatePage else None


def linked_pages(rows, page_ids, language):
    """``({id: linked page}, {translation_key: its live translation in language})`` among ``rows``."""
    by_id, translated = {}, {}
    for row in rows:
        if row.pk in page_ids:
            by_id[row.pk] = row
        if row.live and row.language == language:
            translated[row.translation_key] = row
    return by_id, translated


def button_pages(rows, site, language):
    """``{"get_help": page, "donate": page}`` among ``rows``: the site's first live Get help and Donate pages in
    tree order, in ``language``, else in English."""
    languages = {language, settings.LANGUAGE_CODE}
    candidates = {}
    for row in rows:
        if row.button and row.live and row.depth > site.root_page.depth and row.language in languages:
            candidates.setdefault(row.button, []).append(row)
    return {
        button: next((page for page in pages if page.language == language), pages[0])
        for button, pages in candidates.items()
    }


def is_other_language_address(href, language):
    """A path on this site that is not under ``language``'s prefix: a page in the default language."""
    if language == settings.LANGUAGE_CODE or not href.startswith("/") or href.startswith("//"):
        return False
    return not (href == f"/{language}/" or href.startswith(f"/{language}/"))


def link_content(text, text_lang, note, language):
    """What a link shows: its words (with their language when it is not the page's) and the note, as HTML."""
    words = format_html('<span lang="{}">{}</span>', text_lang, text) if text_lang else format_html("{}", text)
    if not note:
        return words
    return format_html('{} <span class="link-language" lang="{}">{}</span>', words, language, note)


def link(raw, pages, translated, language, request):
    """``{"href", "text", "text_lang", "hreflang", "note", "content"}`` of one raw link (see the module's
    docstring); ``content`` is the HTML inside the link."""
    page = pages.get(raw.get("page")) if raw.get("page") else None
    label = raw.get("label") or ""
    shown = {"text_lang": "", "hreflang": "", "note": ""}
    if page is None:
        href = raw.get("url") or ""
        shown.update(href=href, text=label or href)
        if is_other_language_address(href, language):
            shown.update(hreflang=settings.LANGUAGE_CODE, note=_("(in English)"))
        shown["content"] = link_content(shown["text"], "", shown["note"], language)
        return shown
    target = translated.get(page.translation_key) or page
    shown.update(href=target.get_url(request) or "", text=label or target.title)
    target_language = target.locale.language_code
    if target_language != language:
        # Untranslated pages fall back to English, the one language a note is written for.
        note = _("(in English)") if target_language == settings.LANGUAGE_CODE else ""
        shown.update(hreflang=target_language, note=note)
        if not label:
            shown["text_lang"] = target_language
    shown["content"] = link_content(shown["text"], shown["text_lang"], shown["note"], language)
    return shown


def page_frame(request, page=None):
    """What the frame around a page (menus, footer, header buttons, language switch) links to, read once a
    request in two queries: the menus' copy in the language being read, then ``shown_pages`` with the site's
    home pages and ``page``'s translations. ``{"menu", "footer", "page_ids", "rows", "site", "language",
    "page_key"}``; ``page_key`` is ``None`` when the frame was first asked for without a page."""
    from wagtail.models import Site

    from home.models import Navigation

    kept = getattr(request, "_swp_page_frame", None)
    if kept is not None:
        return kept
    language = reading_language()
    navigation = in_reading_language(Navigation.objects.all()).first()
    menu = list(_raw_links(navigation.main_menu.raw_data)) if navigation else []
    groups = [group["value"] for group in navigation.footer_groups.raw_data] if navigation else []
    footer = [(group.get("heading", ""), list(_raw_links(group.get("links")))) for group in groups]
    page_ids = {raw.get("page") for raw in menu} | {raw.get("page") for _, links in footer for raw in links}
    site = Site.find_for_request(request)
    page_key = getattr(page, "translation_key", None)
    keys = {site.root_page.translation_key, page_key} - {None} if site is not None else set()
    kept = {
        "menu": menu,
        "footer": footer,
        "page_ids": page_ids,
        "rows": shown_pages(page_ids, language, site, translation_keys=keys),
        "site": site,
        "language": language,
        "page_key": page_key,
    }
    request._swp_page_frame = kept
    return kept


def site_navigation(request):
    """The main menu and footer groups as plain links: ``{"menu": [...], "footer": [...], "get_help", "donate"}``.

    Each footer group is ``{"heading", "links"}``; each link as ``link`` makes it. ``get_help`` and
    ``donate`` are the header's two buttons (or ``None`` when the site has no such page). Kept on the
    request: the header and the footer both ask.
    """
    cached = getattr(request, "_swp_site_navigation", None)
    if cached is not None:
        return cached
    frame = page_frame(request)
    language, rows, site = frame["language"], frame["rows"], frame["site"]
    pages, translated = linked_pages(rows, frame["page_ids"], language)
    result = {
        "menu": [link(raw, pages, translated, language, request) for raw in frame["menu"]],
        "footer": [
            {"heading": heading, "links": [link(raw, pages, translated, language, request) for raw in links]}
            for heading, links in frame["footer"]
        ],
        **header_buttons(button_pages(rows, site, language) if site is not None else {}, language, request),
    }
    request._swp_site_navigation = result
    return result


def button_page(request, button):
    """The live page the header's ``button`` ("get_help" or "donate") links to, or ``None``: a row of
    ``shown_pages``, with ``help_phone`` and ``donate_headline``. No query of its own (``page_frame``)."""
    frame = page_frame(request)
    if frame["site"] is None:
        return None
    return button_pages(frame["rows"], frame["site"], frame["language"]).get(button)


def header_buttons(pages, language, request):
    """The header's Get help and Donate buttons from ``button_pages``: ``None`` where the site has no such page."""
    from home.phones import tel_href

    get_help, donate = pages.get("get_help"), pages.get("donate")

    def button(page):
        # The page's language, when it is not the one being read (its English page, for now).
        return {"href": page.get_url(request), "hreflang": page.language if page.language != language else ""}

    return {
        "get_help": {**button(get_help), "phone": get_help.help_phone, "phone_href": tel_href(get_help.help_phone)}
        if get_help
        else None,
        "donate": button(donate) if donate else None,
    }


def alert_banner():
    """What the alert banner shows on a page in the language being read, or ``None`` when it is off.

    It is on when the English copy is ticked. Its words are the copy in the language being read, when that
    copy was saved after the English one last was (a translation synced since the news changed), else the
    English copy's, marked as English. One query.
    """
    from home.models import AlertBanner

    language = reading_language()
    copies = {
        banner.locale.language_code: banner
        for banner in AlertBanner.objects.filter(
            locale__language_code__in={language, settings.LANGUAGE_CODE}
        ).select_related("locale")
    }
    english = copies.get(settings.LANGUAGE_CODE)
    if english is None or not english.enabled or not english.text:
        return None
    own = copies.get(language)
    if own is not None and own.text and own.updated_at >= english.updated_at:
        banner, lang = own, ""
    else:
        banner, lang = english, ("" if language == settings.LANGUAGE_CODE else settings.LANGUAGE_CODE)
    return {
        "text": banner.text,
        "short_text": banner.short_text,
        "link": banner.link,
        "lang": lang,
        "hreflang": settings.LANGUAGE_CODE if is_other_language_address(banner.link, language) else "",
    }
