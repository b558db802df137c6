"""The home page's "Latest publications" rail (listed in home.rails.RAIL_PROVIDERS)."""

from django.utils.translation import get_language

from home.querysets import public_q

from .models import PublicationIndexPage

RAIL_LENGTH = 3


def latest_publications(request):
    """The newest publications as cards; a fixed number of queries, whatever the number of publications."""
    # The publications section in the language being read (each language has its own).
    index = PublicationIndexPage.objects.live().filter(public_q(), locale__language_code=get_language()).first()
    if index is None:
        return None
    items = list(index.listing_items(limit=RAIL_LENGTH))
    if not items:
        return None
    return {
        "template": "publications/includes/home_rail.html",
        "heading": "Latest publications",
        "items": items,
        "index_url": index.get_url(request),
    }
