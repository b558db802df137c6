"""Site search: finds live pages, and any query a visitor types gets a normal page."""

import pytest

from home.demo import publish
from home.factories import StandardPageFactory
from home.models import StandardPage

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

BAD_QUERIES = [
    "title:campaigns",
    'a "phrase with" more',
    "",
    "x" * 500,
    '"unclosed quote',
    "'; DROP TABLE wagtailcore_page; --",
    "100%",
    "%%%",
    "nul\x00byte",
    "emoji 🦄✊🏽",
    "AND OR NOT ( ) * : ~ ^",
    "\u202eright-to-left",
]


@pytest.fixture
def campaigns(page_tree):
    """/campaigns/, the one page that speaks of loitering."""
    return StandardPageFactory(
        parent=page_tree.home,
        title="Campaigns",
        slug="campaigns",
        introduction="We campaign to repeal the loitering for the purpose of prostitution law.",
    )


@pytest.fixture
def sex_workers_pages(page_tree):
    """Twelve pages about sex workers: two pages of results."""
    for number in range(12):
        StandardPageFactory(parent=page_tree.about, title=f"Services for sex workers {number}")


@pytest.mark.usefixtures("campaigns")
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_odd_queries_get_a_normal_page(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert 'content="noindex, follow"' in response.content.decode()


@pytest.mark.usefixtures("sex_workers_pages")
@pytest.mark.parametrize("page_number", ["abc", "0", "-1", "999999", "1.5", ""])
def test_odd_page_numbers_get_a_normal_page(client, page_number):
    response = client.get("/search/", {"q": "sex workers", "page": page_number})
    assert response.status_code == 200
    assert "result" in response.content.decode()


def test_search_finds_live_pages_and_not_drafts(client, campaigns):
    html = client.get("/search/", {"q": "loitering"}).content.decode()
    results = html.split('class="search-results"', 1)[1]
    assert 'href="/campaigns/"' in results

    campaigns.title = "Campaigns draft about zanzibarquux"
    campaigns.save_revision()  # a draft, not published
    html = client.get("/search/", {"q": "zanzibarquux"}).content.decode()
    assert "Nothing matches" in html

    campaigns.unpublish()
    html = client.get("/search/", {"q": "loitering"}).content.decode()
    assert 'href="/campaigns/"' not in html.split("</form>", 2)[-1].split('class="site-footer"')[0]


def test_a_long_query_is_cut_and_the_visitor_is_told(client):
    html = client.get("/search/", {"q": "rights " * 100}).content.decode()
    assert "only its first 200 characters were used" in html


def test_search_only_answers_get(client):
    assert client.post("/search/", {"q": "x"}).status_code == 405


def test_results_are_paginated_ten_a_page(client, page_tree):
    resources = StandardPageFactory(parent=page_tree.home, title="Resources", slug="resources")
    for n in range(15):
        page = StandardPage(title=f"Guide {n} on quokkarights", slug=f"guide-{n}", introduction="A guide.")
        resources.add_child(instance=page)
        publish(page)
    first = client.get("/search/", {"q": "quokkarights"}).content.decode()
    assert "15 results" in first and first.count('class="search-result"') == 10
    assert "Page 1 of 2" in first and "page=2" in first
    second = client.get("/search/", {"q": "quokkarights", "page": "2"}).content.decode()
    assert second.count('class="search-result"') == 5


@pytest.mark.usefixtures("campaigns")
def test_quoted_phrases_and_colons_still_find_pages(client, page_tree):
    page_tree.about.introduction = "The Sex Workers Project is a project of the Urban Justice Center."
    publish(page_tree.about)
    html = client.get("/search/", {"q": '"Urban Justice Center"'}).content.decode()
    assert 'href="/about/"' in html.split('class="search-results"', 1)[1]
    html = client.get("/search/", {"q": "loitering: repeal"}).content.decode()
    assert 'href="/campaigns/"' in html.split('class="search-results"', 1)[1]
