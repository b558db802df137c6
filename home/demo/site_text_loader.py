"""The Spanish copies of the demo's site-wide words: menus and footer, alert banner, publication categories
and topics, made with wagtail-localize from ``site_text_es.py`` and ``publications/demo/taxonomy_es.py``.

Call ``translate_site_text(locale)`` once the Spanish pages exist (it is idempotent): an address typed in a
link, such as /publications/reports/, becomes the Spanish page's address where there is one. Links to
chosen pages need nothing: each page shows them in its own language.
"""

from django.conf import settings
from wagtail.models import Locale

from home.demo import demo_site, find_page
from home.demo.translating import translate_object
from home.models import AlertBanner, Navigation

from . import site_text_es


def translate_site_text(locale):
    """Spanish (``locale``) copies of the menus and footer, the alert banner, the categories and topics."""
    from publications.demo.translate import translate_taxonomies

    translate_taxonomies(locale)
    english = Locale.get_default()
    navigation = Navigation.objects.filter(locale=english).first()
    if navigation is not None:
        words = dict(site_text_es.NAVIGATION)
        for address in typed_addresses(navigation):
            translated = address_in(address, locale)
            if translated:
                words[address] = translated
        translate_object(navigation, locale, words)
    banner = AlertBanner.objects.filter(locale=english).first()
    if banner is not None:
        translate_object(banner, locale, site_text_es.ALERT_BANNER)


def typed_addresses(navigation):
    """The addresses typed in the menus' and footer's links (not chosen pages)."""
    links = [item["value"] for item in navigation.main_menu.raw_data]
    for group in navigation.footer_groups.raw_data:
        links += [item.get("value", item) for item in group["value"].get("links", [])]
    return {link["url"] for link in links if link.get("url")}


def address_in(path, locale):
    """The address in ``locale`` of a local English ``path``: its page's live translation, and what follows
    the page (a route, such as a category of publications, in that language), or ``None``."""
    if not path.startswith("/") or path.startswith("//"):
        return None
    root = demo_site().root_page.specific
    parts = [part for part in path.strip("/").split("/") if part]
    for cut in range(len(parts), -1, -1):
        page = find_page(root, "/".join(parts[:cut])) if cut else root
        if page is not None:
            break
    # A page translated in the same transaction goes live when it commits (wagtail-localize publishes then).
    translated = page.get_translation_or_none(locale)
    if translated is None:
        return None
    rest = parts[cut:]
    if rest:
        rest[0] = _route_in(page, rest[0], locale)
    return translated.get_url() + "".join(f"{part}/" for part in rest)


def _route_in(page, slug, locale):
    """A publications section's category address in ``locale``; any other route keeps its address."""
    from publications.models import PublicationCategory, PublicationIndexPage

    if not isinstance(page, PublicationIndexPage):
        return slug
    category = PublicationCategory.objects.filter(slug=slug, locale__language_code=settings.LANGUAGE_CODE).first()
    translated = category.get_translation_or_none(locale) if category is not None else None
    return translated.slug if translated is not None else slug
