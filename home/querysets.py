"""Query helpers shared by every listing of the site."""

from django.db.models import Exists, OuterRef, Subquery
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def public_q():
    """Pages outside every private section: what Wagtail's ``PageQuerySet.public()`` keeps, in the same query.

    ``public()`` first loads every view restriction, one query each time a listing is built (a page with
    rails, a call to action and related items built five). This asks the same question inside the
    listing's own query: no restriction on the page itself or on a page whose tree path begins its own,
    that is, on one of its ancestors. Use it as ``Page.objects.live().filter(public_q())``.
    home/tests/test_public_pages.py checks it keeps exactly what ``public()`` keeps.
    """
    # Each restriction's page path comes from a look-up by primary key rather than a join, so the database
    # reads the (short) list of restrictions for each page listed and never the whole page tree: with a
    # join, SQLite's planner scanned every page for every page listed (a second for 1,000 publications).
    restricted_path = Subquery(Page.objects.filter(pk=OuterRef("page_id")).order_by().values("path")[:1])
    restriction_above = PageViewRestriction.objects.annotate(restricted_path=restricted_path).filter(
        restricted_path=Substr(OuterRef("path"), 1, Length("restricted_path"))
    )
    return ~Exists(restriction_above)
