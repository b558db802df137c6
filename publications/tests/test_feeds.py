"""RSS feeds of the latest publications, overall and per category."""

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from publications.factories import make_many_publications, make_publication, make_standard_categories

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.attrib["version"] == "2.0"
    return root.find("channel")


def test_the_overall_feed_lists_the_latest_publications(client):
    make_publication(title="An older report", publication_date=date(2003, 1, 15))
    newest = make_publication(title="Brand new report", publication_date=date(2030, 1, 2))
    channel = parse(client.get("/publications/feed/"))
    assert channel.findtext("title") == "Sex Workers Project: Publications"
    items = channel.findall("item")
    assert 1 <= len(items) <= 20
    first = items[0]
    assert first.findtext("title") == "Brand new report"
    assert first.findtext("link") == "http://testserver" + newest.url
    assert first.findtext("description") == newest.summary
    assert "2030" in first.findtext("pubDate")
    enclosure = first.find("enclosure")
    assert enclosure.attrib["type"] == "application/pdf"
    # The PDF's address under its publication's own (publications/documents.py).
    assert enclosure.attrib["url"].startswith("http://testserver/publications/") and enclosure.attrib["url"].endswith(
        ".pdf"
    )
    assert int(enclosure.attrib["length"]) > 0


def test_a_category_feed_lists_only_that_category(client):
    categories = make_standard_categories()
    make_publication(title="An older report", category=categories["reports"], publication_date=date(2003, 1, 15))
    make_publication(title="The latest report", category=categories["reports"], publication_date=date(2009, 4, 1))
    # Newer than both reports, so it would head the feed if it were in it.
    make_publication(title="A fact sheet", category=categories["fact-sheets"], publication_date=date(2014, 3, 1))
    channel = parse(client.get("/publications/reports/feed/"))
    assert channel.findtext("title") == "Sex Workers Project: Reports"
    assert channel.findtext("link") == "http://testserver/publications/reports/"
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["The latest report", "An older report"]
    assert all(item.findtext("category") == "Reports" for item in channel.findall("item"))


def test_the_feed_is_short(client):
    make_many_publications(25)
    channel = parse(client.get("/publications/feed/"))
    assert len(channel.findall("item")) == 20
