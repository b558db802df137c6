"""How publications are listed: their order, what a card loads, and the year a visitor filters by."""

import re

# Newest first; the same order wherever publications are listed.
PUBLICATION_ORDER = ("-publication_date", "-first_published_at", "-pk")


def publication_card_queryset(queryset, renditions=True):
    """What a publication card needs, in a fixed number of queries whatever the number of cards.

    ``renditions=False`` leaves the covers' renditions to the page, which loads them with its own images
    (``BasePage.get_context(images=…)``): one query for every image the page shows.
    """
    queryset = (
        queryset.select_related("category", "document", "cover_image", "document__first_page")
        # A card shows the document's kind and size, never the (possibly long) text read from it.
        .defer("document__extracted_text")
        .defer_streamfields()
        .order_by(*PUBLICATION_ORDER)
    )
    if renditions:
        # The cover's renditions (chosen, or drawn from the PDF) in two more queries, whatever the number of cards.
        queryset = queryset.prefetch_related("cover_image__renditions", "document__first_page__renditions")
    return queryset


def covers(publications):
    """The covers the cards of ``publications`` show."""
    return [publication.cover for publication in publications]


def year_from(value):
    """A four-digit year from a visitor's string, else None."""
    value = (value or "").strip()
    return int(value) if re.fullmatch(r"[12]\d{3}", value) else None
