"""The seed's menu and footer: every link answers, and editors can change them without code; every page's header
leads to Get help, Donate and search."""

import re

import pytest
from wagtail.models import Locale, Site

from home.models import Navigation

SEED_MENU = ["home", "about", "publications", "press", "campaigns", "multimedia", "resources", "contact", "donate"]
SEED_FOOTER = {
    "Publications": ["Reports", "Publications by Partners", "Fact Sheets & Other"],
    "Press & Media": ["Press Releases", "Press & Media Appearances", "Media Toolkit"],
    "Other": ["Campaigns", "Multimedia", "Resources"],
    "General": ["Contact", "Donate", "About", "Sitemap"],
    "Urban Justice Center": ["Urban Justice Center"],
}


def menu_links(html):
    """The editors' links of the main menu (the language switch that opens it on a phone left out)."""
    menu = html.split('id="main-menu"', 1)[1].split("</ul>", 1)[0]
    menu = re.sub(r'<li class="main-nav__language">.*?</li>', "", menu)
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', menu)


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


@pytest.mark.django_db
def test_current_section_is_marked_in_the_menu(client):
    html = client.get("/campaigns/").content.decode()
    assert re.search(r'<a href="/campaigns/" aria-current="page">campaigns</a>', html)
    assert 'aria-current="page">home<' not in html


@pytest.mark.django_db
def test_editors_can_rename_reorder_add_and_remove_menu_items(client):
    nav = Navigation.objects.get(locale=Locale.get_default())
    items = [item.value for item in nav.main_menu]
    about = next(value for value in items if value.text == "about")
    nav.main_menu = [
        {"type": "link", "value": {"label": "Who we are", "page": about["page"].pk, "url": ""}},
        {"type": "link", "value": {"label": "Home", "page": None, "url": "/"}},
        {"type": "link", "value": {"label": "Know your rights", "page": None, "url": "/resources/"}},
    ]
    nav.save()
    assert menu_links(client.get("/").content.decode()) == [
        ("/about/", "Who we are"),
        ("/", "Home"),
        ("/resources/", "Know your rights"),
    ]


@pytest.mark.django_db
def test_the_menus_and_footer_open_in_the_admin(admin_client):
    nav = Navigation.objects.get(locale=Locale.get_default())
    response = admin_client.get(f"/admin/snippets/home/navigation/edit/{nav.pk}/")
    assert response.status_code == 200
    assert "The links across the top of every page" in response.content.decode()


@pytest.mark.django_db
def test_the_spanish_home_link_is_current_only_on_the_spanish_home_page(client):
    """/es/ starts every Spanish address: "inicio" is marked current on /es/ alone, as "home" is on / alone."""

    def home_link(path):
        menu = client.get(path).content.decode().split('id="main-menu"', 1)[1].split("</ul>", 1)[0]
        return re.search(r'<a href="/es/"[^>]*>', menu).group(0)

    assert 'aria-current="page"' in home_link("/es/")
    for path in ("/es/sobre-nosotros/", "/es/prensa/", "/es/search/?q=derechos"):
        assert "aria-current" not in home_link(path), path


@pytest.mark.django_db
def test_every_page_has_the_get_help_button_in_its_header(client):
    from tests.conftest import discover

    root = Site.objects.get(is_default_site=True).root_url
    pages = discover(root, get=lambda url: client.get(url.removeprefix(root) or "/").content.decode())
    for page_type, path in pages.items():
        html = client.get(path).content.decode()
        header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
        # Each language's own Get help and Donate pages.
        spanish = path.startswith("/es/")
        get_help, donate = ("/es/obtener-ayuda/", "/es/donar/") if spanish else ("/get-help/", "/donate/")
        assert re.search(rf'<a class="button site-header__help" href="{get_help}"', header), page_type
        assert f'class="button button--secondary site-header__donate" href="{donate}"' in header, page_type
        # Search (in the page's language) sits behind a link on phones (the form shows on wide screens).
        search = "/es/search/" if path.startswith("/es/") else "/search/"
        assert f'<a class="site-header__search-link" href="{search}">' in header, page_type
