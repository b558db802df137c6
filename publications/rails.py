"""The home page's "Latest publications" rail (listed in home.rails.RAIL_PROVIDERS)."""

from django.utils.translation import gettext as _

from home.querysets import public_q
from home.translations import in_reading_language

from .models import PublicationIndexPage, covers

RAIL_LENGTH = 3


def latest_publications(request):
    """The newest publications as cards; a fixed number of queries, whatever the number of publications."""
    index = in_reading_language(PublicationIndexPage.objects.live().filter(public_q())).first()
    if index is None:
        return None
    items = list(index.listing_items(limit=RAIL_LENGTH, renditions=False))
    if not items:
        return None
    return {
        "template": "publications/includes/home_rail.html",
        "heading": _("Latest publications"),
        "items": items,
        "index_url": index.get_url(request),
        "images": covers(items),  # their renditions come with the home page's own images
    }
