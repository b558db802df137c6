"""The publications listing: categories, filters, search, pagination, bad input, query counts."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from publications.factories import (
    get_category,
    make_category,
    make_many_publications,
    make_publication,
    make_standard_categories,
)

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

STREET = "Street Corners: Sex Work and Policing in Brooklyn"
RAIDS = "Closed Doors: What Raids Do to Survivors of Trafficking"
INDOOR = "Behind the Curtain: Indoor Sex Work in Manhattan"
AT_RISK = "Condoms as Evidence in Four Cities"
HEALTH = "Public Health at Stake: Condoms Taken by the Police"
KNOW_YOUR_RIGHTS = "Know Your Rights with the Police"
NOT_THE_SAME = "Trafficking and Sex Work Are Not the Same"
RAIDS_SUMMARY = "Survivors and service providers tell us what raids do to the people they mean to help."


@pytest.fixture
def catalogue(page_tree):
    """A few publications in each of the three categories, with the years, topics and words the filters look for.

    Only STREET is from 2003 and only INDOOR is a 2005 report; AT_RISK and HEALTH are the 2012 ones; RAIDS alone
    has the topic "raids"; the fact sheets never mention raids, and STREET never mentions condoms.
    """
    categories = make_standard_categories()
    reports, partners, fact_sheets = (categories[slug] for slug in ("reports", "partner-publications", "fact-sheets"))
    for title, category, day, topics, summary in [
        (STREET, reports, date(2003, 1, 15), ["policing", "street-based sex work"], "Arrests on the street."),
        (RAIDS, reports, date(2009, 4, 1), ["raids", "trafficking"], RAIDS_SUMMARY),
        (INDOOR, reports, date(2005, 6, 1), ["indoor sex work"], "Work in apartments and clubs."),
        (AT_RISK, reports, date(2012, 7, 19), ["condoms as evidence"], "Police take condoms as evidence."),
        (HEALTH, partners, date(2012, 4, 2), ["public health"], "Taking condoms harms public health."),
        (KNOW_YOUR_RIGHTS, fact_sheets, date(2014, 3, 1), ["policing", "know your rights"], "What to say."),
        (NOT_THE_SAME, fact_sheets, date(2010, 9, 1), ["trafficking"], "Two different things."),
    ]:
        make_publication(title=title, category=category, publication_date=day, topics=topics, summary=summary)
    return categories


def titles(response):
    """The publication titles listed on a listing page, in order."""
    html = response.content.decode()
    return re.findall(r'class="publication-card__title"[^>]*><a href="[^"]+"[^>]*>([^<]+)</a>', html)


def text(response):
    return response.content.decode()


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/publications/", "Publications"),
        ("/publications/reports/", "Reports"),
        ("/publications/partner-publications/", "Publications by Partners"),
        ("/publications/fact-sheets/", "Fact Sheets &amp; Other"),
    ],
)
@pytest.mark.usefixtures("catalogue")
def test_each_category_has_its_own_page(client, path, heading):
    response = client.get(path)
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in text(response)
    assert text(response).count("<h1") == 1
    assert titles(response)


@pytest.mark.usefixtures("catalogue")
def test_category_pages_list_only_their_category(client):
    reports = titles(client.get("/publications/reports/"))
    assert STREET in reports
    assert NOT_THE_SAME not in reports
    partners = titles(client.get("/publications/partner-publications/"))
    assert HEALTH in partners
    assert STREET not in partners


def test_unknown_category_is_a_404(client):
    assert client.get("/publications/no-such-category/").status_code == 404
    assert client.get("/publications/no-such-category/feed/").status_code == 404
    assert client.get("/publications/reports/extra/").status_code == 404


def test_a_new_category_added_in_the_admin_gets_its_page(client):
    category = make_category(name="Testimony", slug="testimony", description="Testimony to lawmakers.")
    make_publication(title="Testimony on the budget", category=category)
    response = client.get("/publications/testimony/")
    assert response.status_code == 200
    assert titles(response) == ["Testimony on the budget"]
    assert "Testimony to lawmakers." in text(response)


@pytest.mark.usefixtures("catalogue")
def test_listing_is_newest_first_with_card_details(client):
    response = client.get("/publications/reports/")
    listed = titles(response)
    assert listed.index(RAIDS) < listed.index(STREET)
    html = text(response)
    assert re.search(r"PDF, \d+(\.\d)? KB", html)
    assert '<time datetime="2009-04-01">April 1, 2009</time>' in html
    assert "<picture>" in html and 'alt=""' in html
    assert RAIDS_SUMMARY in html


def test_the_form_is_a_plain_get_form_with_labels_and_a_button(client):
    html = text(client.get("/publications/"))
    form = re.search(r'<form class="filters publication-filters" method="get".*?</form>', html, re.S).group(0)
    for name in ("q", "category", "year", "topic"):
        field_id = re.search(rf'id="([^"]+)"[^>]*name="{name}"', form).group(1)
        assert f'<label for="{field_id}">' in form
    assert '<button type="submit"' in form
    assert "onchange" not in form


@pytest.mark.usefixtures("catalogue")
def test_filter_by_year(client):
    response = client.get("/publications/?year=2012")
    assert response.status_code == 200
    assert sorted(titles(response)) == sorted([HEALTH, AT_RISK])
    assert '<option value="2012" selected>' in text(response)


@pytest.mark.usefixtures("catalogue")
def test_filter_by_topic(client):
    listed = titles(client.get("/publications/?topic=raids"))
    assert listed == [RAIDS]


@pytest.mark.usefixtures("catalogue")
def test_filters_combine(client):
    both = titles(client.get("/publications/?topic=policing&year=2003"))
    assert both == [STREET]
    in_category = titles(client.get("/publications/fact-sheets/?topic=policing"))
    assert KNOW_YOUR_RIGHTS in in_category
    assert STREET not in in_category
    none = client.get("/publications/fact-sheets/?topic=policing&q=raids")
    assert titles(none) == []
    assert "No publications match these filters" in text(none)


@pytest.mark.usefixtures("catalogue")
def test_keyword_search_within_publications(client):
    response = client.get("/publications/?q=condoms")
    listed = titles(response)
    assert AT_RISK in listed
    assert STREET not in listed
    assert "matching “condoms”" in text(response)


@pytest.mark.usefixtures("catalogue")
def test_category_in_the_query_moves_into_the_address(client):
    response = client.get("/publications/?q=&category=reports&year=2005&topic=")
    assert response.status_code == 302
    assert response["Location"] == "/publications/reports/?year=2005"
    all_categories = client.get("/publications/reports/?category=&year=2005")
    assert all_categories["Location"] == "/publications/?year=2005"
    other = client.get("/publications/reports/?category=fact-sheets")
    assert other["Location"] == "/publications/fact-sheets/"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("year=abc", "“abc” is not a year; showing all years."),
        ("year=1850", "There are no publications from 1850 here; showing all years."),
        ("topic=nope", "There is no topic “nope”; showing all topics."),
        ("category=nope", "There is no category “nope”; showing all categories."),
        ("page=0", "There is no page “0”"),
        ("page=abc", "There is no page “abc”; showing page 1."),
        ("page=999999", "There is no page “999999”"),
        ("page=-1", "There is no page “-1”"),
        ("year=%00", "is not a year"),
        ("topic=%00%01x", "There is no topic"),
        ("category=%00", "There is no category"),
        ("topic=" + "x" * 5000, "There is no topic “xxxx"),
        ("year=2005&year=zz", "“zz” is not a year"),
    ],
)
def test_bad_values_give_the_normal_page_and_a_clear_message(client, query, message):
    make_publication(title="Listed whatever the filters say")
    response = client.get(f"/publications/?{query}")
    assert response.status_code == 200
    assert message in text(response)
    assert titles(response)
    assert '<meta name="robots" content="noindex, follow">' in text(response)


@pytest.mark.parametrize(
    "query",
    [
        "q=%00",
        "q=" + "word " * 300,
        "q=%22%27%3C%3Escript%3E%2A%28%29%5B%5D%7B%7D%5E~%3A%21%26%7C",
        "q=AND+OR+NOT",
        "q=-",
        "q=%E2%80%8F%F0%9F%98%80",
        "page=1e9",
        "page=99999999999999999999999999",
        "topic[]=x",
    ],
)
def test_strange_input_never_errors(client, query):
    for path in ("/publications/", "/publications/reports/"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 200, query


def test_visitor_input_is_escaped(client):
    response = client.get("/publications/?q=%3Cscript%3Ealert(1)%3C/script%3E&topic=%3Cb%3Ex")
    assert response.status_code == 200
    html = text(response)
    assert "<script>alert(1)" not in html and "<b>x" not in html
    assert "&lt;b&gt;x" in html


def test_long_search_is_cut_with_a_notice(client):
    response = client.get("/publications/?q=" + "raids " * 60)
    assert response.status_code == 200
    assert "only its first 200 characters were used" in text(response)


def test_pagination_keeps_filters(client):
    category = make_category(name="Many", slug="many")
    make_many_publications(30, category=category, topics=["bulk"])
    first = client.get("/publications/many/?topic=bulk")
    assert len(titles(first)) == 12
    html = text(first)
    assert 'href="?topic=bulk&amp;page=2"' in html
    second = client.get("/publications/many/?topic=bulk&page=2")
    assert len(titles(second)) == 12
    assert set(titles(first)).isdisjoint(titles(second))
    last = client.get("/publications/many/?topic=bulk&page=999999")
    assert "showing page 3" in text(last)
    assert len(titles(last)) == 6


def test_feeds_are_announced_on_listing_pages(client):
    html = text(client.get("/publications/reports/"))
    assert re.search(
        r'<link rel="alternate" type="application/rss\+xml"[^>]*href="http://testserver/publications/feed/"', html
    )
    assert re.search(
        r'<link rel="alternate" type="application/rss\+xml"[^>]*href="http://testserver/publications/reports/feed/"',
        html,
    )


def test_category_page_has_its_own_canonical_and_breadcrumb(client):
    html = text(client.get("/publications/reports/?year=2005"))
    assert re.search(r'<link rel="canonical" href="http://[^"]+/publications/reports/">', html)
    assert '<a href="/publications/reports/" aria-current="page">Reports</a>' in html
    assert '"@type":"BreadcrumbList"' in html


def test_draft_and_private_publications_are_not_listed(client):
    draft = make_publication(title="An unpublished draft", publish=False)
    assert not draft.live
    assert "An unpublished draft" not in titles(client.get("/publications/"))
    assert client.get(draft.url or "/publications/" + draft.slug + "/").status_code == 404


def count_queries(client, url):
    client.get(url)  # warm caches (renditions, site root paths) once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


LISTING_URLS = [
    "/publications/",
    "/publications/scale/",
    "/publications/scale/?topic=scale&year=2003",
    "/publications/?q=scale",
    "/publications/scale/?page=2",
]


@pytest.mark.usefixtures("no_cache")
def test_listing_queries_do_not_grow_with_the_number_of_publications(client):
    category = make_category(name="Scale", slug="scale")
    make_many_publications(10, category=category)
    # The year filter of LISTING_URLS finds something however the other ten are dated.
    make_publication(title="From 2003", category=category, topics=["scale"], publication_date=date(2003, 5, 1))
    few = {url: count_queries(client, url) for url in LISTING_URLS}
    make_many_publications(290, category=category)
    many = {url: count_queries(client, url) for url in LISTING_URLS}
    assert few == many


@pytest.mark.usefixtures("no_cache")
def test_publication_page_queries_do_not_grow_with_the_number_of_publications(client):
    category = make_category(name="Scale", slug="scale")
    pages = make_many_publications(10, category=category)
    page = make_publication(title="Measured", category=category, topics=["scale"], publication_date=date(2003, 1, 1))
    few = count_queries(client, page.url)
    make_many_publications(290, category=category, document=pages[0].document, cover=pages[0].cover_image)
    assert count_queries(client, page.url) == few
    # The home page's rails at 10 and 1,000 publications: tests/test_query_budget.py.


@pytest.mark.usefixtures("catalogue")
def test_reports_category_filter_by_year_lists_only_that_year(client):
    response = client.get("/publications/reports/?year=2005")
    assert titles(response) == [INDOOR]
    assert get_category("reports").name in text(response)
