"""The demo-site command builds the tree of DESIGN.md and is idempotent; its seed menu and footer are the
design's, and every link in them and in the sitemap answers."""

import re

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site

from home.models import Navigation
from home.testing import menu_links


def english_navigation():
    return Navigation.objects.get(locale=Locale.get_default())


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "slug", "content_type__model", "live")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "menu": list(english_navigation().main_menu.raw_data),
    }


@pytest.mark.django_db
def test_running_the_command_again_changes_nothing():
    before = snapshot()
    call_command("load_demo_site", verbosity=0)
    assert snapshot() == before


@pytest.mark.django_db
def test_the_tree_has_every_section_of_the_design():
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"
    children = {page.slug for page in site.root_page.get_children().live()}
    assert {"about", "campaigns", "multimedia", "resources", "sitemap"} <= children
    # The sitemap page closes the list of sections.
    assert site.root_page.get_children().last().slug == "sitemap"


@pytest.mark.django_db
def test_an_editors_menu_is_not_overwritten_by_a_later_run():
    nav = english_navigation()
    nav.main_menu = [{"type": "link", "value": {"label": "Only link", "page": None, "url": "/about/"}}]
    nav.save()
    call_command("load_demo_site", verbosity=0)
    nav.refresh_from_db()
    assert [item.value.text for item in nav.main_menu] == ["Only link"]


# --- The seed's menu and footer -----------------------------------------------------------------

SEED_MENU = ["home", "about", "publications", "press", "campaigns", "multimedia", "resources", "contact", "donate"]
SEED_FOOTER = {
    "Publications": ["Reports", "Publications by Partners", "Fact Sheets & Other"],
    "Press & Media": ["Press Releases", "Press & Media Appearances", "Media Toolkit"],
    "Other": ["Campaigns", "Multimedia", "Resources"],
    "General": ["Contact", "Donate", "About", "Sitemap"],
    "Urban Justice Center": ["Urban Justice Center"],
}


def footer_groups(html):
    footer = html.split('<nav class="footer-nav"', 1)[1].split("</nav>", 1)[0]
    groups = {}
    for heading, body in re.findall(r'<h2 class="footer-nav__heading">([^<]+)</h2>\s*<ul>(.*?)</ul>', footer, re.S):
        groups[heading.replace("&amp;", "&")] = [
            (href, text.replace("&amp;", "&")) for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', body)
        ]
    return groups


@pytest.mark.django_db
def test_menu_and_footer_are_the_seeds(client):
    html = client.get("/").content.decode()
    assert [text for _, text in menu_links(html)] == SEED_MENU
    groups = footer_groups(html)
    assert {heading: [text for _, text in links] for heading, links in groups.items()} == SEED_FOOTER
    assert groups["Urban Justice Center"][0][0] == "https://www.urbanjustice.org/"


@pytest.mark.django_db
def test_every_menu_footer_and_sitemap_link_answers_200(client):
    home = client.get("/").content.decode()
    sitemap = client.get("/sitemap/").content.decode()
    listing = sitemap.split('<ul class="sitemap">', 1)[1].split("</article>", 1)[0]
    hrefs = {href for href, _ in menu_links(home)}
    hrefs |= {href for links in footer_groups(home).values() for href, _ in links}
    hrefs |= set(re.findall(r'href="([^"]+)"', listing))
    internal = sorted(h for h in hrefs if h.startswith("/"))
    assert len(internal) >= 20
    for href in internal:
        assert client.get(href).status_code == 200, href
