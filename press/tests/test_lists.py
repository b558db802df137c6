"""The press lists: reachable from the footer, the year archive, pagination, bad input, query counts."""

import re
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.demo import link
from home.factories import NavigationFactory
from people.factories import make_staff
from press.factories import (
    MediaToolkitPageFactory,
    make_appearance,
    make_appearances,
    make_live_releases,
    make_release,
    release_date_at,
)
from press.models import APPEARANCES_PER_PAGE, RELEASES_PER_PAGE, PressReleasePage

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

FOOTER_PARTS = {
    "Press Releases": "/press/releases/",
    "Press & Media Appearances": "/press/appearances/",
    "Media Toolkit": "/press/media-toolkit/",
}


class FooterLinks(HTMLParser):
    """The footer's links, by group heading: ``{heading: [(text, href), ...]}``."""

    def __init__(self):
        super().__init__()
        self.in_footer = False
        self.heading = None
        self.reading = None
        self.href = None
        self.text = ""
        self.groups = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "footer":
            self.in_footer = True
        elif self.in_footer and tag == "h2":
            self.reading, self.text = "heading", ""
        elif self.in_footer and tag == "a" and self.heading:
            self.reading, self.text, self.href = "link", "", attrs.get("href")

    def handle_endtag(self, tag):
        if tag == "footer":
            self.in_footer = False
        elif tag == "nav":  # the links after the footer's menu (the organisation's) are in no group
            self.heading = None
        elif tag == "h2" and self.reading == "heading":
            self.heading, self.reading = self.text.strip(), None
            self.groups[self.heading] = []
        elif tag == "a" and self.reading == "link":
            self.groups[self.heading].append((self.text.strip(), self.href))
            self.reading = None

    def handle_data(self, data):
        if self.reading:
            self.text += data


def h1(html):
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


@pytest.fixture
def media_toolkit(page_tree):
    return MediaToolkitPageFactory(parent=page_tree.press)


@pytest.fixture
def press_footer(media_toolkit):
    """The footer's "Press & Media" group as the comms team sets it up: addresses for the press room's lists
    (they are routes, not pages) and the toolkit chosen as a page."""
    links = [
        link("Press Releases", url="/press/releases/"),
        link("Press & Media Appearances", url="/press/appearances/"),
        link("Media Toolkit", page=media_toolkit),
    ]
    group = {"heading": "Press & Media", "links": links}
    return NavigationFactory(footer_groups=[{"type": "group", "value": group}])


@pytest.mark.usefixtures("press_footer")
def test_each_part_of_press_and_media_is_reachable_from_the_footer(client):
    parser = FooterLinks()
    parser.feed(client.get("/").content.decode())
    links = dict(parser.groups["Press & Media"])
    assert links == FOOTER_PARTS
    expected_h1 = {
        "Press Releases": "Press releases",
        "Press & Media Appearances": "Press &amp; media appearances",
        "Media Toolkit": "Media Toolkit",
    }
    for text, href in links.items():
        response = client.get(href)
        assert response.status_code == 200, href
        assert h1(response.content.decode()) == expected_h1[text]


@pytest.mark.usefixtures("media_toolkit")
def test_the_press_index_shows_the_latest_and_links_to_the_three_parts(client):
    newest = make_release(title="The newest release of all", release_date=release_date_at(2099, 1, 1))
    appearance = make_appearance(outlet="Newest Outlet", headline="The newest appearance", date=newest.release_date)
    html = client.get("/press/").content.decode()
    for href in FOOTER_PARTS.values():
        assert f'href="{href}"' in html
    assert "The newest release of all" in html
    assert appearance.headline in html
    assert '<link rel="alternate" type="application/rss+xml"' in html


def test_releases_are_listed_newest_first(client):
    # More than a page of releases, made in no particular order of date; the newest has an apostrophe.
    make_live_releases(RELEASES_PER_PAGE + 2, years=[2019, 2023, 2016, 2021, 2014, 2024, 2015, 2022, 2017, 2020, 2018])
    make_release(title="SWP's newest statement", release_date=release_date_at(2030))
    html = client.get("/press/releases/").content.decode()
    titles = re.findall(r'<h2[^>]*><a href="/press/[^"]+/">([^<]+)</a></h2>', html)
    releases = PressReleasePage.objects.live().order_by("-release_date")
    assert len(titles) == min(RELEASES_PER_PAGE, releases.count())
    dates = [release.release_date for release in releases[: len(titles)]]
    assert dates == sorted(dates, reverse=True)
    assert titles[0] == releases[0].title.replace("'", "&#x27;")
    assert titles == [release.title.replace("'", "&#x27;") for release in releases[: len(titles)]]


def test_the_year_archive_links_each_year_and_filters(client):
    make_release(title="A release from 2016", release_date=release_date_at(2016))
    make_live_releases(2, years=[2019, 2023])
    html = client.get("/press/releases/").content.decode()
    years = {r.release_date.year for r in PressReleasePage.objects.live()}
    for year in years:
        assert f'href="?year={year}"' in html
    html = client.get("/press/releases/?year=2016").content.decode()
    assert h1(html) == "Press releases from 2016"
    assert "A release from 2016" in html
    assert 'href="?year=2016" aria-current="page"' in html
    other = PressReleasePage.objects.live().exclude(release_date__year=2016).first()
    assert other.title not in html


@pytest.mark.parametrize(
    "query, message",
    [
        ("year=abc", "is not a year"),
        ("year=1800", "There are no press releases from 1800"),
        ("year=20245", "is not a year"),
        ("year=%00%01", "is not a year"),
        ("year=" + "9" * 5000, "is not a year"),
        ("page=abc", "There is no page"),
        ("page=0", "There is no page"),
        ("page=-1", "There is no page"),
        ("page=999999", "There is no page"),
        ("page=1e10", "There is no page"),
        ("year=2021&page=999", "There is no page"),
    ],
)
def test_bad_filters_and_page_numbers_get_a_normal_page_and_a_clear_message(client, query, message):
    make_live_releases(1, years=[2021])
    make_appearances(1, years=[2021])
    for path in ("/press/releases/", "/press/appearances/"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 200, (path, query)
        html = response.content.decode()
        expected = message.replace("press releases", "appearances") if "appearances" in path else message
        assert expected in html, (path, query)
        assert '<meta name="robots" content="noindex, follow">' in html
        assert html.count("<h1") == 1


def test_long_input_is_cut_short_in_the_message(client):
    html = client.get("/press/releases/?year=" + "x" * 300).content.decode()
    assert "x" * 21 not in html


def test_releases_paginate_and_keep_the_year(client):
    make_live_releases(RELEASES_PER_PAGE + 5, years=[2017])
    html = client.get("/press/releases/?year=2017").content.decode()
    assert "Page 1 of 2" in html
    assert 'href="?year=2017&amp;page=2"' in html
    html = client.get("/press/releases/?year=2017&page=2").content.decode()
    assert "Page 2 of 2" in html
    assert html.count('class="card press-card"') == 5
    assert '<link rel="canonical" href="http://testserver/press/releases/?year=2017&amp;page=2">' in html


def test_appearances_are_grouped_by_year_newest_first_and_paginated(client):
    make_appearances(APPEARANCES_PER_PAGE + 3, years=[2012, 2013])
    html = client.get("/press/appearances/?page=1").content.decode()
    years = [int(y) for y in re.findall(r'<h2 id="year-(\d{4})">', html)]
    assert years == sorted(years, reverse=True)
    assert len(set(years)) == len(years)
    assert "Page 1 of" in html
    html = client.get("/press/appearances/?year=2012").content.decode()
    assert re.findall(r'<h2 id="year-(\d{4})">', html) == ["2012"]


def test_appearance_links_say_they_go_to_another_site(client):
    appearance = make_appearance(
        outlet="Another Paper",
        headline="A headline about SWP",
        url="https://paper.example.com/story",
        date=release_date_at(2099).date(),
        quote="Words we said.",
        spokesperson_name="RJ Thompson",
    )
    html = client.get("/press/appearances/").content.decode()
    link = re.search(r'<a class="external-link" href="https://paper.example.com/story"[^>]*>(.*?)</a>', html, re.S)
    assert link, "the appearance links to the piece"
    assert 'rel="noopener noreferrer"' in link.group(0)
    assert '<span class="visually-hidden"> (opens another site)</span>' in link.group(1)
    assert "On paper.example.com" in html
    assert "“Words we said.”" in html
    assert appearance.outlet in html


def test_an_appearance_links_the_quoted_staff_member_to_their_bio(client, page_tree):
    bio = make_staff(page_tree.staff, photo=False, title="Quoted Staffer")
    appearance = make_appearance(
        outlet="Bio Outlet",
        headline="Bio headline",
        url="https://bio.example.com/",
        date=release_date_at(2099).date(),
        spokesperson_page=bio,
    )
    assert appearance.spokesperson == bio.title
    html = client.get("/press/appearances/").content.decode()
    assert re.search(rf'With\s*<a href="{re.escape(bio.url)}">{re.escape(bio.title)}</a>', html)


def test_the_home_page_shows_the_latest_press(client):
    make_release(title="Home page rail release", release_date=release_date_at(2099))
    html = client.get("/").content.decode()
    assert "Latest press releases" in html
    assert "Home page rail release" in html


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.usefixtures("no_cache")
def test_query_counts_do_not_grow_with_the_number_of_releases(client):
    # More than a page to begin with, so that ?page=2 is a real page at both counts.
    make_live_releases(RELEASES_PER_PAGE + 5)
    urls = ["/press/", "/press/releases/", "/press/releases/?year=2018", "/press/releases/?page=2", "/press/feed/", "/"]
    for url in urls:
        client.get(url)  # fill the caches any first request fills (renditions, site root paths)
    with_15 = {url: _count_queries(client, url) for url in urls}
    make_live_releases(300 - (RELEASES_PER_PAGE + 5))
    for url in urls:
        client.get(url)  # the new releases' first visit
    with_300 = {url: _count_queries(client, url) for url in urls}
    assert with_15 == with_300
    print("press queries, 15 and 300 releases:", with_15)


@pytest.mark.usefixtures("no_cache")
def test_query_counts_do_not_grow_with_the_number_of_appearances(client):
    # More than a page to begin with, so that ?page=2 is a real page at both counts.
    make_appearances(APPEARANCES_PER_PAGE + 5)
    urls = ["/press/", "/press/appearances/", "/press/appearances/?year=2018", "/press/appearances/?page=2", "/"]
    for url in urls:
        client.get(url)
    with_25 = {url: _count_queries(client, url) for url in urls}
    make_appearances(300 - (APPEARANCES_PER_PAGE + 5))
    with_300 = {url: _count_queries(client, url) for url in urls}
    assert with_25 == with_300
    print("appearance queries, 25 and 300 appearances:", with_25)
