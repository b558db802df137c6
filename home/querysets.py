"""Query helpers shared by every listing of the site."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def public_q():
    """Pages outside every private section: what Wagtail's ``PageQuerySet.public()`` keeps, in the same query.

    ``public()`` first loads every view restriction, one query each time a listing is built (a page with
    rails, a call to action and related items built five). This asks the same question inside the
    listing's own query: no restriction on the page itself or on a page whose tree path begins its own,
    that is, on one of its ancestors. Use it as ``Page.objects.live().filter(public_q())``.
    home/tests/test_public_pages.py checks it keeps exactly what ``public()`` keeps.
    """
    restriction_above = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return ~Exists(restriction_above)
