"""The home page's "Latest publications" rail (listed in home.rails.RAIL_PROVIDERS)."""

from django.utils.translation import gettext as _

from .models import covers

RAIL_LENGTH = 3


def latest_publications(request, index):
    """The newest publications of the ``index`` as cards; one query, whatever the number of publications."""
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
