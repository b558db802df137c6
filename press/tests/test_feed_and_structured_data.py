"""The RSS feed of press releases and each release's schema.org NewsArticle data."""

import json
import re
import xml.etree.ElementTree as ET  # noqa: S405 (our own feed, parsed in a test)
from email.utils import parsedate_to_datetime

import pytest
from django.utils.dateparse import parse_datetime

from home.demo import ensure_image
from home.factories import organisation
from press.factories import make_live_releases, make_release, release_date_at
from press.models import FEED_ITEMS, PressReleasePage

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld_blocks(html):
    return [json.loads(block) for block in JSON_LD.findall(html)]


@pytest.fixture
def organisation_images():
    """The organisation's logo and default sharing image, which search engines are given with each release."""
    return organisation(
        logo=ensure_image("Test organisation logo", text="SWP", size=(512, 512)),
        default_share_image=ensure_image("Test sharing image", text="Sex Workers Project", size=(1200, 630)),
    )


def test_the_feed_is_rss_of_the_newest_releases(client):
    # More releases than the feed holds, so that it shows only the newest.
    make_live_releases(FEED_ITEMS + 3)
    newest = make_release(title="Feed <test> & release", release_date=release_date_at(2099))
    response = client.get("/press/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)  # noqa: S314
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("title") == "Sex Workers Project: press releases"
    index = newest.get_parent()
    assert channel.findtext("link") == index.full_url + "releases/"
    items = channel.findall("item")
    live = PressReleasePage.objects.live().count()
    assert len(items) == min(FEED_ITEMS, live)
    first = items[0]
    assert first.findtext("title") == newest.title
    assert first.findtext("link") == newest.full_url
    assert first.findtext("description") == newest.summary
    assert parsedate_to_datetime(first.findtext("pubDate")) == newest.release_date
    dates = [parsedate_to_datetime(item.findtext("pubDate")) for item in items]
    assert dates == sorted(dates, reverse=True)


def test_press_pages_announce_the_feed(client):
    release = make_release(title="A release that announces the feed")
    for url in ("/press/", "/press/releases/", release.url):
        html = client.get(url).content.decode()
        head = html.split("</head>")[0]
        assert re.search(r'<link rel="alternate" type="application/rss\+xml" title="[^"]+" href="/press/feed/">', head)


@pytest.mark.usefixtures("organisation_images")
def test_every_release_carries_news_article_json_ld(client):
    releases = [
        make_release(title="A statement from New York", release_date=release_date_at(2021, 2, 2)),
        make_release(title="Sex workers' rights & safety: a statement", dateline="Albany", contact_name="Press Person"),
    ]
    for release in releases:
        html = client.get(release.url).content.decode()
        articles = [data for data in json_ld_blocks(html) if data.get("@type") == "NewsArticle"]
        assert len(articles) == 1, release.url
        article = articles[0]
        assert article["@context"] == "https://schema.org"
        assert article["headline"] == release.title
        assert parse_datetime(article["datePublished"]) == release.release_date
        assert parse_datetime(article["dateModified"]) >= parse_datetime(article["datePublished"])
        assert article["mainEntityOfPage"]["@id"] == release.full_url
        for role in ("author", "publisher"):
            assert article[role]["@type"] == "Organization"
            assert article[role]["name"] == "Sex Workers Project"
        logo = article["publisher"]["logo"]
        assert logo["@type"] == "ImageObject" and logo["url"].startswith("http://testserver/media/")
        assert client.get(logo["url"].removeprefix("http://testserver")).status_code == 200
        assert article["image"] and article["image"][0].startswith("http://testserver/media/")
        assert article["dateline"] == release.dateline
