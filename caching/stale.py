"""This changed: which addresses are now stale? One set of rules for every cache of the site.

caching/purging.py asks these questions when something is published, unpublished, moved or deleted,
or when a snippet, a setting, an image or a document is saved, and sends the answer to the in-app
page cache and to Varnish or the CDN (``wagtail.contrib.frontend_cache``).

For a page:

* the page itself, with every public route it serves (a listing's category routes and feeds) and
  every page of each paginated list (``?page=1`` … one past the last, so the page an unpublish
  empties goes too);
* its parent's listing, the same way (``/publications/``, its categories and their pages, its feed),
  and, for a section whose translations list its pages not translated yet (the press room), theirs;
* the home page, when the page is of a kind the home page's rails list, or a section of its own;
* ``sitemap.xml`` and the HTML sitemap;
* the live pages that reference the page or its listing (links in text, page choosers, related
  publications, "cards from a section" blocks), from Wagtail's ReferenceIndex;
* when its title or address changed, or it went live or stopped being live: its live descendants
  (their breadcrumbs and addresses), and everything if a site-wide object (a menu, the footer, a
  setting) refers to it.

A page made private or public again counts as unpublished or published, with everything under it;
documents made private purge their own addresses.

Languages: each language has its own tree of pages and its own addresses (English at ``/…``, Spanish
under ``/es/…``; home/languages.py), so a page's listings, parents and home page are those of its own
language: publishing a Spanish page purges ``/es/``, never ``/``. When a page's title or address
changes, or it goes live or stops being live, its translations are stale too: their language switch
and ``hreflang`` links point at it. Site-wide changes purge every language (``all_urls`` walks every
language's pages).

Site-wide things (settings, snippets such as publication categories and topics, the menus and footer
and the alert banner in each language, the donation call to action and the donate pages and appeals it
shows, sites) make everything stale; so does a translation of one, saved by wagtail-localize. A topic
new to the site, typed on a publication being saved, makes nothing stale until that page is published.
An image or document makes stale what every live page using it would: the page, its listings and
so on, and everything when a setting uses it (the logo). Saving a draft makes nothing stale.
"""

import math
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count

# The home page's rails list these (home/rails.py): a change to one can change the home page.
# Snippets whose changes are purged by their own rules (stale_for_object), not as site-wide.
OWN_RULES = {"press.pressappearance"}
HOME_LISTS = {"publications.publicationpage", "press.pressreleasepage", "press.pressappearance"}
# Pages whose content every page can show (the donation call to action): a change is site-wide.
SITE_WIDE_PAGES = {"home.donatepage", "home.donationappealpage"}
# Models that are site-wide although they are neither a setting nor a snippet.
SITE_WIDE_MODELS = {"wagtailcore.site", "wagtailcore.locale", "publications.publicationcategory"}
# Snippets made on the fly while a page is saved (a topic typed on a publication): new, they are shown
# nowhere until a page using them is published, which purges its own pages. A new translation of one is
# shown at once (by the pages of its language) and stays site-wide.
MADE_WITH_PAGES = {"publications.topic"}


@dataclass
class Stale:
    """The answer: a set of full URLs, or ``everything`` (with, in ``urls``, any address that is no longer
    live and so not among everything's)."""

    urls: set = field(default_factory=set)
    everything: bool = False

    def __or__(self, other):
        return Stale(self.urls | other.urls, self.everything or other.everything)

    def __bool__(self):
        return self.everything or bool(self.urls)


EVERYTHING = Stale(everything=True)
NOTHING = Stale()


class _SiteRootCache:
    """Keeps the site root paths for one question, as Wagtail's URL methods allow (``request``)."""


def _label(model_or_object):
    return model_or_object._meta.label_lower


def unseen_when_new(obj):
    """A snippet just made while a page was saved, and not the translation of one: nothing shows it yet."""
    if _label(obj) not in MADE_WITH_PAGES:
        return False
    return not type(obj).objects.filter(translation_key=obj.translation_key).exclude(pk=obj.pk).exists()


def is_site_wide(model):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.snippets.models import get_snippet_models

    return (
        _label(model) in SITE_WIDE_MODELS
        or _label(model) in SITE_WIDE_PAGES
        or issubclass(model, BaseSiteSetting | BaseGenericSetting)
        # Snippets are site-wide (menus, categories…), except those with purge rules of their own below.
        or (model in get_snippet_models() and _label(model) not in OWN_RULES)
    )


# --- The addresses a page serves ------------------------------------------------------------


def _paged(url, count, per_page):
    """``url`` and each of its ``?page=`` variants, up to one past the last page."""
    pages = math.ceil(count / per_page) if per_page else 0
    return {url, *(f"{url}?page={number}" for number in range(1, pages + 2))}


def _publication_index_urls(index, base, child=None):
    # The section's categories in its language; a category's copies share a translation key.
    counts = dict(index.publications().order_by().values_list("category__translation_key").annotate(n=Count("pk")))
    urls = _paged(base, sum(counts.values()), index.per_page) | {base + "feed/"}
    for category in index.categories:
        route = f"{base}{category.slug}/"
        urls |= _paged(route, counts.get(category.translation_key, 0), index.per_page) | {route + "feed/"}
    return urls


def _press_index_urls(press, base, child=None):
    from press.models import APPEARANCES_PER_PAGE, RELEASES_PER_PAGE

    urls = {base}
    if child is None or _label(child) != "press.pressappearance":
        urls |= _paged(base + "releases/", press.releases().count(), RELEASES_PER_PAGE) | {base + "feed/"}
    if child is None or _label(child) == "press.pressappearance":
        urls |= _paged(base + "appearances/", press.appearances().count(), APPEARANCES_PER_PAGE)
    return urls


def _staff_index_urls(index, base, child=None):
    from people.models import STAFF_PER_PAGE

    return _paged(base, index.listing_items().count(), STAFF_PER_PAGE)


def _internship_index_urls(index, base, child=None):
    from people.models import PAST_POSTINGS_PER_PAGE

    return _paged(base, index.postings().count(), PAST_POSTINGS_PER_PAGE)


# Listing pages and the addresses they serve beyond their own (routes, pages of their lists).
LISTINGS = {
    "publications.publicationindexpage": _publication_index_urls,
    "press.pressindexpage": _press_index_urls,
    "people.staffindexpage": _staff_index_urls,
    "people.internshipindexpage": _internship_index_urls,
}


def page_urls(page, cache=None, child=None):
    """The public addresses ``page`` serves (for a listing: its routes and their pages)."""
    base = page.get_full_url(cache)
    if base is None:
        return set()
    listing = LISTINGS.get(_label(page))
    if listing is None:
        return {base}
    return listing(page, base, child=child)


def site_urls(cache=None):
    """``sitemap.xml`` of each site and the HTML sitemap pages."""
    from wagtail.models import Site

    from home.models import SitemapPage

    urls = {site.root_url.rstrip("/") + "/sitemap.xml" for site in Site.objects.all()}
    for sitemap in SitemapPage.objects.live():
        urls |= page_urls(sitemap, cache)
    return urls


def language_home(page, site=None):
    """The home page of ``page``'s language on its site (``/`` for English, ``/es/`` for Spanish), or None."""
    from wagtail.models import Page

    site = site or page.get_site()
    if site is None:
        return None
    root = site.root_page
    if root.locale_id == page.locale_id:
        return root.specific
    return Page.objects.filter(translation_key=root.translation_key, locale_id=page.locale_id).specific().first()


def home_urls(page, cache=None):
    home = language_home(page)
    return page_urls(home, cache) if home is not None else set()


def translation_urls(page, cache=None):
    """The addresses of ``page``'s live translations in the other languages (their language switch links to it)."""
    from wagtail.models import Page

    translations = Page.objects.live().filter(translation_key=page.translation_key).exclude(pk=page.pk)
    urls = set()
    for translation in translations.specific():
        urls |= page_urls(translation, cache)
    return urls


def untranslated_listing_urls(page, section, cache=None):
    """The addresses of ``section``'s translations, which list its pages not translated yet (a Spanish press
    room lists the English releases, home/translations.py ``children_or_untranslated``), and of their
    languages' home pages when these list such pages too. Only the default language's pages are listed so:
    a Spanish release makes no English address stale."""
    from wagtail.models import Locale

    urls = set()
    if page.locale_id != Locale.get_default().pk:
        return urls
    for translation in section.get_translations().live().specific():
        urls |= page_urls(translation, cache, child=page)
        if _label(page) in HOME_LISTS:
            urls |= home_urls(translation, cache)
    return urls


# --- What references an object --------------------------------------------------------------


def referencing(objects):
    """``(live pages, other objects)`` that refer to any of ``objects`` (Wagtail's ReferenceIndex)."""
    from wagtail.models import Page, ReferenceIndex

    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return [], []
    page_type = ContentType.objects.get_for_model(Page)
    sources = ReferenceIndex.get_references_to_in_bulk(objects).values_list("base_content_type", "object_id")
    page_ids, others = set(), []
    for content_type_id, object_id in sources.distinct():
        if content_type_id == page_type.pk:
            page_ids.add(int(object_id))
        else:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is not None:
                others.append((model, object_id))
    pages = list(Page.objects.filter(pk__in=page_ids).live().specific()) if page_ids else []
    return pages, others


# --- The questions ----------------------------------------------------------------------------


def for_page(page, *, structural=False, cache=None):
    """What is stale when ``page`` is published, unpublished, deleted or moved.

    ``structural``: its title or address changed, or it went live or stopped being live, so its
    descendants' breadcrumbs, menus and other pages' links to it change too.
    """
    page = page.specific_deferred
    if _label(page) in SITE_WIDE_PAGES:
        return EVERYTHING
    cache = cache or _SiteRootCache()
    urls = page_urls(page, cache)
    parent = page.get_parent()
    listing_pages = [page]
    if parent is not None and not parent.is_root():
        parent = parent.specific
        urls |= page_urls(parent, cache, child=page)
        listing_pages.append(parent)
    home = language_home(page)
    if home is not None and (_label(page) in HOME_LISTS or (parent is not None and parent.pk == home.pk)):
        urls |= page_urls(home, cache)
    if parent is not None and getattr(parent, "lists_untranslated_pages", False):
        urls |= untranslated_listing_urls(page, parent, cache)
    urls |= site_urls(cache)
    pages, _others = referencing(listing_pages)
    for source in pages:
        urls |= page_urls(source, cache)
    if structural:
        urls |= translation_urls(page, cache)
        for descendant in page.get_descendants().live().specific():
            urls |= page_urls(descendant, cache)
        # A menu or a setting that links to the page itself (not to its listing) shows its new title or
        # address on every page. The addresses found so far go too: the page's own, no longer live, are
        # not among everything's.
        _pages, own = referencing([page])
        if any(is_site_wide(model) for model, _object_id in own):
            return Stale(urls, everything=True)
    return Stale(urls)


def for_object(obj):
    """What is stale when a snippet, setting, image, document or other record is saved or deleted."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage

    if is_site_wide(type(obj)):
        return EVERYTHING
    cache = _SiteRootCache()
    if isinstance(obj, AbstractImage | AbstractDocument):
        pages, others = referencing([obj])
        if any(is_site_wide(model) for model, _object_id in others):
            return EVERYTHING
        stale = Stale()
        if isinstance(obj, AbstractDocument):
            stale.urls |= _document_urls(obj)
        for page in pages:
            stale |= for_page(page, cache=cache)
        return stale
    if _label(obj) == "press.pressappearance":
        from press.models import PressIndexPage

        stale = Stale()
        for press in PressIndexPage.objects.live():
            stale.urls |= page_urls(press, cache, child=obj) | home_urls(press, cache)
        return stale
    if isinstance(obj, Redirect):
        return Stale(_redirect_urls(obj))
    if _label(obj) == "wagtailcore.pageviewrestriction":
        # A section made private, or public again: it leaves or joins its listings, menus and so on.
        return for_page(obj.page, structural=True, cache=cache)
    if _label(obj) == "wagtailcore.collectionviewrestriction":
        from wagtail.documents import get_document_model

        documents = get_document_model().objects.filter(collection__path__startswith=obj.collection.path)
        return Stale(set().union(*(_document_urls(document) for document in documents)))
    return NOTHING


def _document_urls(document):
    from wagtail.models import Site

    return {site.root_url.rstrip("/") + document.url for site in Site.objects.all()}


def _redirect_urls(redirect):
    from wagtail.models import Site

    sites = [redirect.site] if redirect.site_id else Site.objects.all()
    return {site.root_url.rstrip("/") + redirect.old_path for site in sites}


def moved_urls(page, url_path_before):
    """The addresses ``page`` and its live descendants had before a move or a change of slug.

    Each under its language's prefix (``/es/…``), as Wagtail builds a page's address."""
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Site

    url_path_after = page.url_path
    roots = sorted(Site.get_site_root_paths(), key=lambda root: -len(root.root_path))
    urls = set()
    for path in [url_path_after, *page.get_descendants().live().values_list("url_path", flat=True)]:
        before = url_path_before + path[len(url_path_after) :]
        for root in roots:
            if before.startswith(root.root_path):
                with translation.override(root.language_code):
                    address = reverse("wagtail_serve", args=(before[len(root.root_path) :],))
                urls.add(root.root_url.rstrip("/") + address)
                break
    return urls


def all_urls():
    """Every address a shared cache may hold, for caches that can only be purged one address at a time."""
    from wagtail.models import Page

    cache = _SiteRootCache()
    urls = site_urls(cache)
    for page in Page.objects.live().public().defer_streamfields().specific().iterator():
        urls |= page_urls(page, cache)
    return urls
