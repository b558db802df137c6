"""Every language in the sitemaps and the structured data: sitemap.xml lists each language's pages with
their translations as hreflang alternates (in a number of queries that does not grow with the site), the
HTML sitemap lists the pages of its own language, and every page's JSON-LD says its language."""

import json
import re
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from home.factories import ContactPageFactory, DonatePageFactory, StandardPageFactory
from home.models import SitemapPage
from home.testing import spanish_home, translate_page
from people.factories import make_staff
from press.factories import make_release

from .admin_helpers import add_live_page

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def root():
    return Site.objects.get(is_default_site=True).root_url


@pytest.fixture
def spanish(page_tree):
    """About, the press room and the HTML sitemap (/sitemap/, the home page's last child) translated into
    Spanish; /campaigns/ stays in English only."""
    StandardPageFactory(parent=page_tree.home, title="Campaigns", slug="campaigns")
    sitemap = add_live_page(page_tree.home, SitemapPage, "sitemap", title="Sitemap")
    spanish_home()
    return {
        "about": translate_page(page_tree.about, {"About": "Quiénes somos", "about": "quienes-somos"}),
        "sitemap": translate_page(sitemap, {"Sitemap": "Mapa del sitio", "sitemap": "mapa-del-sitio"}),
        "press": translate_page(page_tree.press, {"Press": "Prensa", "press": "prensa"}),
    }


def sitemap_entries(client):
    """``{location: {hreflang: href}}`` of sitemap.xml."""
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)
    entries = {}
    for url in tree.findall("s:url", NS):
        links = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
        entries[url.find("s:loc", NS).text] = links
    return entries


def test_sitemap_xml_lists_each_language_with_its_translations_and_an_x_default(client, spanish):
    entries = sitemap_entries(client)
    english, spanish_about = root() + "/about/", root() + "/es/quienes-somos/"
    both = {"en": english, "es": spanish_about, "x-default": english}
    assert entries[english] == both
    assert entries[spanish_about] == both
    assert entries[root() + "/es/"] == {"en": root() + "/", "es": root() + "/es/", "x-default": root() + "/"}
    # A page with no translation has no alternates.
    assert entries[root() + "/campaigns/"] == {}
    # A page's routes (the press lists) have theirs too, under the translation's address.
    assert entries[root() + "/es/prensa/releases/"] == {
        "en": root() + "/press/releases/",
        "es": root() + "/es/prensa/releases/",
        "x-default": root() + "/press/releases/",
    }


def test_a_draft_translation_is_no_alternate(client, spanish):
    spanish["about"].unpublish()
    entries = sitemap_entries(client)
    assert root() + "/es/quienes-somos/" not in entries
    assert entries[root() + "/about/"] == {}


def test_the_sitemap_costs_the_same_queries_however_many_pages_are_translated(client, spanish, page_tree):
    # Pages of several types, all in English before the first count: only their translations come after it.
    for slug in ["multimedia", "resources"]:
        StandardPageFactory(parent=page_tree.home, title=slug.title(), slug=slug)
    ContactPageFactory(parent=page_tree.home)
    DonatePageFactory(parent=page_tree.home)
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap.xml")
    for slug in ["campaigns", "multimedia", "resources", "contact", "donate"]:
        translate_page(Page.objects.get(slug=slug, locale__language_code="en"), {slug: f"{slug}-es"})
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as many:
        entries = sitemap_entries(client)
    assert root() + "/es/campaigns-es/" in entries and entries[root() + "/campaigns/"]["es"]
    assert len(many) == len(few), [query["sql"][:120] for query in many.captured_queries]


def test_the_html_sitemap_lists_the_pages_of_its_own_language(client, spanish):
    def listed(path):
        html = client.get(path).content.decode()
        return re.findall(r'href="([^"]+)"', html.split('class="sitemap"', 1)[1].split("</article>")[0])

    spanish_links = listed("/es/mapa-del-sitio/")
    assert spanish_links[0] == "/es/"
    assert "/es/quienes-somos/" in spanish_links and "/es/prensa/" in spanish_links
    assert not [link for link in spanish_links if not link.startswith("/es/")]
    english_links = listed("/sitemap/")
    assert english_links[0] == "/" and "/about/" in english_links
    assert not [link for link in english_links if link.startswith("/es/")]


def test_a_long_section_shows_its_first_pages_and_how_many_more_it_has(client, page_tree):
    add_live_page(page_tree.home, SitemapPage, "sitemap", title="Sitemap")
    campaigns = StandardPageFactory(parent=page_tree.home, title="Campaigns", slug="campaigns")
    for number in range(1, 15):
        StandardPageFactory(parent=campaigns, title=f"Campaign {number}", slug=f"campaign-{number}")
    StandardPageFactory(parent=campaigns, title="Campaign draft", slug="campaign-draft").unpublish()
    StandardPageFactory(parent=page_tree.about, title="Our history", slug="history")

    sitemap = client.get("/sitemap/").content.decode().split('class="sitemap"', 1)[1].split("</article>")[0]
    shown = re.findall(r">(Campaign [^<]+)</a>", sitemap)
    assert shown == [f"Campaign {number}" for number in range(1, 13)]
    assert '<a href="/campaigns/">2 more in Campaigns</a>' in sitemap  # the draft is not counted
    assert ">Our history</a>" in sitemap and "more in About" not in sitemap


def json_ld_items(html):
    return [json.loads(item) for item in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]


@pytest.mark.parametrize(
    "path, language",
    [("/", "en"), ("/about/", "en"), ("/es/", "es"), ("/es/quienes-somos/", "es"), ("/es/prensa/", "es")],
)
def test_every_page_says_its_language_in_its_structured_data(client, spanish, path, language):
    items = json_ld_items(client.get(path).content.decode())
    pages = [item for item in items if item.get("@type") == "WebPage"]
    assert len(pages) == 1, items
    assert pages[0]["inLanguage"] == language
    assert pages[0]["url"] == root() + path


def test_a_staff_profile_and_a_press_release_say_their_language(client):
    bio = make_staff(title="Rosa Abogada")
    items = json_ld_items(client.get(bio.url).content.decode())
    assert [item["inLanguage"] for item in items if item.get("@type") in ("ProfilePage", "WebPage")] == ["en"]
    spanish_home()
    spanish_bio = translate_page(bio, {bio.title: bio.title})
    items = json_ld_items(client.get(spanish_bio.url).content.decode())
    assert [item["inLanguage"] for item in items if item.get("@type") in ("ProfilePage", "WebPage")] == ["es"]

    release = make_release(title="Statement on the new law")
    spanish_release = translate_page(release)
    for page, language in [(release, "en"), (spanish_release, "es")]:
        items = json_ld_items(client.get(page.url).content.decode())
        assert [item["inLanguage"] for item in items if item.get("@type") == "NewsArticle"] == [language]
