"""The newest publications as cards: the home page's rail and the 'Cards from a section' block."""

import re
from datetime import date
from html import unescape

import pytest

from home.demo import stream
from home.factories import StandardPageFactory
from publications.factories import make_publication, make_standard_categories
from publications.models import PublicationPage

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages]

STREET = "Street Corners: Sex Work and Policing in Brooklyn"
KNOW_YOUR_RIGHTS = "Know Your Rights with the Police"
RAIDS = "Closed Doors: What Raids Do to Survivors of Trafficking"
HEALTH = "Public Health at Stake: Condoms Taken by the Police"
INDOOR = "Behind the Curtain: Indoor Sex Work in Manhattan"
DRAFT = "A Draft Nobody Has Published Yet"
WITHDRAWN = "A Report Taken Down Again"

# The live publications, newest first: what the rail and the cards list, in this order.
NEWEST_FIRST = [KNOW_YOUR_RIGHTS, HEALTH, RAIDS, INDOOR, STREET]


@pytest.fixture
def catalogue(page_tree):
    """Five live publications in the three categories, made in an order that is neither their dates' nor their
    titles' (so neither the order they were added in nor the alphabet gives the newest first), and two newer
    ones that are not live: a draft and a publication unpublished again."""
    categories = make_standard_categories()
    reports, partners, fact_sheets = (categories[slug] for slug in ("reports", "partner-publications", "fact-sheets"))
    for title, category, day in [
        (STREET, reports, date(2003, 1, 15)),
        (KNOW_YOUR_RIGHTS, fact_sheets, date(2014, 3, 1)),
        (RAIDS, reports, date(2009, 4, 1)),
        (HEALTH, partners, date(2012, 4, 2)),
        (INDOOR, reports, date(2005, 6, 1)),
    ]:
        make_publication(title=title, category=category, publication_date=day)
    make_publication(title=DRAFT, category=reports, publication_date=date(2024, 5, 1), publish=False)
    withdrawn = make_publication(title=WITHDRAWN, category=reports, publication_date=date(2023, 2, 1))
    PublicationPage.objects.get(pk=withdrawn.pk).unpublish()
    return page_tree


def card_titles(html):
    """The titles of the publication cards in ``html``, in order."""
    return [
        unescape(title)
        for title in re.findall(r'class="publication-card__title"[^>]*><a href="[^"]+"[^>]*>([^<]+)</a>', html)
    ]


def publications_rail(html):
    found = re.search(r'<section class="rail rail--publications".*?</section>', html, re.S)
    return found.group(0) if found else None


def test_home_page_shows_the_latest_publications(client, catalogue):
    rail = publications_rail(client.get("/").content.decode())
    assert rail is not None
    assert card_titles(rail) == NEWEST_FIRST[:3]
    assert '<h3 class="publication-card__title" id="publication-' in rail
    assert 'href="/publications/">All publications' in rail


def test_the_rail_disappears_without_publications(client, page_tree):
    # A section with nothing live in it (a draft only) shows no rail; the home page is there all the same.
    make_publication(title=DRAFT, publish=False)
    response = client.get("/")
    assert response.status_code == 200
    assert "Sex Workers Project" in response.content.decode()
    assert publications_rail(response.content.decode()) is None
    assert "rail--publications" not in response.content.decode()

    # Once one is published, the rail is there...
    make_publication(title=STREET)
    assert card_titles(publications_rail(client.get("/").content.decode())) == [STREET]

    # ...and it goes with the section: unpublished, it has no publications to show, live as they are.
    page_tree.publications.unpublish()
    assert PublicationPage.objects.live().filter(title=STREET).exists()
    assert "rail--publications" not in client.get("/").content.decode()


def test_cards_from_the_publications_section_in_a_page_body(client, catalogue):
    page = StandardPageFactory(
        parent=catalogue.home,
        title="Our research",
        slug="our-research",
        body=stream(
            (
                "section_listing",
                {"heading": "Recent work", "section": catalogue.publications.pk, "limit": 2, "link_text": "All"},
            )
        ),
    )
    page.save_revision().publish()
    html = client.get("/our-research/").content.decode()
    listing = re.search(r'<section class="section-listing">.*?</section>', html, re.S).group(0)
    assert "Recent work" in listing
    assert listing.count('class="card publication-card"') == 2
    assert card_titles(listing) == NEWEST_FIRST[:2]
    assert "PDF, " in listing
    assert 'href="/publications/">All</a>' in listing


def test_listing_items_are_the_newest_live_publications(catalogue):
    items = list(catalogue.publications.specific.listing_items(limit=4))
    assert [item.title for item in items] == NEWEST_FIRST[:4]
    assert [item.publication_date for item in items] == sorted((item.publication_date for item in items), reverse=True)
    assert items[0].card_template == "publications/includes/publication_card.html"
