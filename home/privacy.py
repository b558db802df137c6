"""Which parts of the page tree are private, read once per change of the site instead of on every request.

Wagtail checks privacy with database queries: serving a page looks up the view restrictions of the page
and its ancestors, and every ``.public()`` listing loads all restrictions again. On this site private
sections are rare, so the paths of restricted pages (and of alias pages, whose restrictions come from
their source) are kept in the cache under the page cache's generation, which moves on whenever anything
is saved, a restriction included. Where a page lies inside or under such a path, Wagtail's own check runs
as before; everywhere else nothing needs asking.
"""

from functools import reduce
from operator import or_

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page, PageManager, PageQuerySet, PageViewRestriction


def private_sections():
    """``(restricted, restricted_or_alias)``: tree paths of pages with a view restriction, and of those
    plus alias pages (one query, then none until something changes)."""
    from home.page_cache import cached_until_change

    def load():
        is_restricted = Exists(PageViewRestriction.objects.filter(page=OuterRef("pk")))
        pages = (
            Page.objects.annotate(restricted=is_restricted)
            .filter(Q(restricted=True) | Q(alias_of__isnull=False))
            .values_list("path", "restricted")
        )
        found = list(pages)
        return (tuple(path for path, restricted in found if restricted), tuple(path for path, _ in found))

    return cached_until_change("private-sections", load)


def may_be_private(page):
    """True when a restriction could apply to ``page``: it or an ancestor is restricted or an alias."""
    _restricted, restricted_or_alias = private_sections()
    return any(page.path.startswith(path) for path in restricted_or_alias)


class SitePageQuerySet(PageQuerySet):
    def private_q(self):
        """Pages in a private section, from the cached paths (Wagtail queries the restrictions each time)."""
        restricted, _restricted_or_alias = private_sections()
        if not restricted:
            return Q(pk__in=[])
        return reduce(or_, (Q(path__startswith=path) for path in restricted))


SitePageManager = PageManager.from_queryset(SitePageQuerySet)
