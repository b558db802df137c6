"""What outside checkers flagged once, kept from coming back: IBM's Equal Access engine (articles with the
same accessible name on one page, a focusable table region), the empty column an `auto-fill` card grid
leaves, and the pages the Lighthouse audit (`make audit`) must cover. Without these, a template or
stylesheet edit brings the finding back and only the next outside review notices."""

import importlib.util
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from home.factories import (
    ContactPageFactory,
    DonatePageFactory,
    GetHelpPageFactory,
    KnowYourRightsPageFactory,
    StandardPageFactory,
)
from home.models import GetHelpPage, KnowYourRightsPage
from home.testing import spanish_home, translate_page
from people.factories import make_staff
from press.factories import make_appearance, make_release
from publications.factories import make_publication

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages

ROOT = Path(__file__).resolve().parents[2]

# The pages that list cards: the home page's rails, the listings, staff, Get help's guides and a publication with
# related ones.
LISTING_PAGES = [
    "/",
    "/publications/",
    "/press/releases/",
    "/press/appearances/",
    "/about/staff/",
    "/get-help/",
    "/publications/kicking-down-the-door/",
]


@pytest.fixture
def listings(page_tree):
    """Two or three cards on each listing: publications (one with related ones, of its category), releases,
    appearances, staff and guides."""
    make_publication(title="Kicking Down the Door", slug="kicking-down-the-door")
    make_publication(title="Behind Closed Doors")
    make_publication(title="Revolving Door")
    make_release(title="SWP welcomes the new law")
    make_release(title="SWP answers the city's plan")
    make_appearance(outlet="City Limits", headline="Advocates push for change")
    make_appearance(outlet="The City", headline="A clinic for sex workers")
    make_staff(page_tree.staff, title="Ana Reyes", slug="ana-reyes")
    make_staff(page_tree.staff, title="Jordan Rivera", slug="jordan-rivera")
    get_help = GetHelpPageFactory(parent=page_tree.home)
    KnowYourRightsPageFactory(parent=get_help, title="Know your rights with police")
    KnowYourRightsPageFactory(parent=get_help, title="Vacating convictions")


def text_of(element):
    return " ".join(element.get_text(" ").split())


@pytest.mark.django_db
@pytest.mark.parametrize("path", LISTING_PAGES)
def test_every_article_on_a_page_is_named_by_its_own_title(client, listings, path):
    response = client.get(path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    articles = soup.find_all("article")
    cards = [article for article in articles if "card" in article.get("class", []) or article.get("aria-labelledby")]
    assert len(cards) >= 2, f"{path} should list several cards"
    names = []
    for article in articles:
        labelledby = article.get("aria-labelledby")
        if not labelledby:
            continue
        targets = [soup.find(id=target) for target in labelledby.split()]
        assert all(targets), f"{path}: aria-labelledby={labelledby!r} points at a missing id"
        name = " ".join(text_of(target) for target in targets)
        assert name, f"{path}: the article labelled by {labelledby!r} has an empty name"
        names.append(name)
    # A page may hold one unnamed article (its own body); every card is named.
    assert len(articles) - len(names) <= 1, f"{path} has articles without a name"
    repeated = [name for name, count in Counter(names).items() if count > 1]
    assert not repeated, f"{path}: articles share the name(s) {repeated}"


@pytest.mark.django_db
def test_a_table_block_is_a_plain_table_not_a_focusable_region(client, page_tree):
    table = {
        "caption": "Guides we hand out at workshops",
        "table": {
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "data": [["Guide", "For"], ["Know your rights with police", "Sex workers"]],
        },
    }
    StandardPageFactory(parent=page_tree.home, slug="resources", title="Resources", body=[("table", table)])
    response = client.get("/resources/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    blocks = soup.select(".block-table")
    assert blocks, "the Resources page has a table block"
    for block in blocks:
        assert block.find("table") and block.find("caption")
        for element in [block, *block.find_all(True)]:
            assert not element.has_attr("tabindex"), element
            assert element.get("role") != "region", element


def test_card_grids_never_leave_an_empty_column():
    """`auto-fill` keeps empty tracks when there are fewer cards than columns; `auto-fit` gives them to the cards."""
    for stylesheet in sorted((ROOT / "static" / "css").glob("*.css")):
        css = stylesheet.read_text()
        assert "auto-fill" not in css, f"{stylesheet.name} uses auto-fill in a grid"


def load_audit_script():
    spec = importlib.util.spec_from_file_location("swp_audit_script", ROOT / "scripts" / "audit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def audited_pages(page_tree):
    """What the audit visits besides ``page_tree``: a publication, donate, get help with a guide, contact, and the
    Spanish home, contact page and fact sheet."""
    fact_sheet = make_publication(title="Know your rights", slug="know-your-rights")
    DonatePageFactory(parent=page_tree.home)
    get_help = GetHelpPageFactory(parent=page_tree.home)
    KnowYourRightsPageFactory(parent=get_help, title="Know your rights with police")
    contact = ContactPageFactory(parent=page_tree.home)
    spanish_home()
    translate_page(page_tree.publications, {"publications": "publicaciones"})
    translate_page(fact_sheet, {"know-your-rights": "conozca-sus-derechos"})
    translate_page(contact, {"contact": "contacto"})


@pytest.mark.django_db
def test_the_lighthouse_audit_covers_get_help_a_guide_and_about(client, monkeypatch, audited_pages):
    audit = load_audit_script()
    base = "http://testserver"
    monkeypatch.setattr(audit, "fetch", lambda url: client.get(url.removeprefix(base)).content.decode())

    paths = audit.pages(base)

    assert paths["get-help"] == GetHelpPage.objects.get(locale__language_code="en").url == "/get-help/"
    assert paths["guide"] in {guide.url for guide in KnowYourRightsPage.objects.live()}
    assert paths["about"] == "/about/"
    for path in paths.values():
        assert client.get(path).status_code == 200, path
