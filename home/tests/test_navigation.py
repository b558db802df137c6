"""The main menu: editors change it without code, it marks the section being read (a home page only on itself),
and it opens in the admin; every page's header leads to Get help, Donate and search in the page's language.

The seed's own menu and footer (and that their links answer) are the demo's: home/tests/test_demo_site.py."""

import re

import pytest
from django.apps import apps
from wagtail.models import Page, get_page_models

from home.demo import link
from home.factories import NavigationFactory, StandardPageFactory
from home.models import DonatePage, GetHelpPage, Navigation
from home.testing import menu_links, spanish_home, translate_page
from people.models import InternshipPage
from publications.models import PublicationPage

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages]

APPS = ("home", "publications", "press", "people")
# The Spanish slugs of the pages the header's buttons lead to (the others keep their English slugs).
SPANISH_SLUGS = {"get-help": "obtener-ayuda", "donate": "donar", "about": "sobre-nosotros", "press": "prensa"}


@pytest.fixture
def main_menu(page_tree):
    """The English menu as the comms team first sets it up: the home page and four sections, chosen as pages."""
    campaigns = StandardPageFactory(parent=page_tree.home, title="Campaigns", slug="campaigns")
    return NavigationFactory(
        main_menu=[
            {"type": "link", "value": link("home", page=page_tree.home)},
            {"type": "link", "value": link("about", page=page_tree.about)},
            {"type": "link", "value": link("publications", page=page_tree.publications)},
            {"type": "link", "value": link("press", page=page_tree.press)},
            {"type": "link", "value": link("campaigns", page=campaigns)},
        ]
    )


@pytest.mark.usefixtures("main_menu")
def test_current_section_is_marked_in_the_menu(client):
    html = client.get("/campaigns/").content.decode()
    assert re.search(r'<a href="/campaigns/" aria-current="page">campaigns</a>', html)
    assert 'aria-current="page">home<' not in html


@pytest.mark.usefixtures("main_menu")
def test_editors_can_rename_reorder_add_and_remove_menu_items(client):
    assert [text for _, text in menu_links(client.get("/").content.decode())] == [
        "home",
        "about",
        "publications",
        "press",
        "campaigns",
    ]
    nav = Navigation.objects.get()
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


def test_the_menus_and_footer_open_in_the_admin(admin_client, main_menu):
    response = admin_client.get(f"/admin/snippets/home/navigation/edit/{main_menu.pk}/")
    assert response.status_code == 200
    assert "The links across the top of every page" in response.content.decode()


@pytest.mark.usefixtures("main_menu")
def test_the_spanish_home_link_is_current_only_on_the_spanish_home_page(client, page_tree):
    """/es/ starts every Spanish address: its home link is marked current on /es/ alone, as "home" is on / alone."""
    spanish_home()
    translate_page(page_tree.about, SPANISH_SLUGS)
    translate_page(page_tree.press, SPANISH_SLUGS)

    def home_link(path):
        response = client.get(path)
        assert response.status_code == 200, path
        menu = response.content.decode().split('id="main-menu"', 1)[1].split("</ul>", 1)[0]
        return re.search(r'<a href="/es/"[^>]*>', menu).group(0)

    assert 'aria-current="page"' in home_link("/es/")
    for path in ("/es/sobre-nosotros/", "/es/prensa/", "/es/search/?q=derechos"):
        assert "aria-current" not in home_link(path), path


@pytest.fixture
def every_page_a_visitor_reaches(every_page_type, page_tree):
    """``{what it is: (path, status)}``: each live page, English and Spanish (every page translated, the Get help
    and Donate pages at their Spanish addresses), and the pages its routes draw (lists, filters, forms, search,
    not found)."""
    spanish_home()
    english = Page.objects.live().filter(depth__gt=page_tree.home.depth, locale__language_code="en")
    for page in english.order_by("path"):
        translate_page(page, SPANISH_SLUGS)
    assert GetHelpPage.objects.get(locale__language_code="es").url == "/es/obtener-ayuda/"
    assert DonatePage.objects.get(locale__language_code="es").url == "/es/donar/"

    pages = {
        f"{page.specific_class.__name__} {page.locale.language_code} {page.url}": (page.url, 200)
        for page in Page.objects.live().filter(depth__gte=page_tree.home.depth).select_related("locale")
    }
    posting = InternshipPage.objects.get(locale__language_code="en")
    year = PublicationPage.objects.get(locale__language_code="en").publication_date.year
    pages.update(
        {
            "apply form": (f"{posting.url}apply/", 200),
            "publications by year": (f"/publications/?year={year}", 200),
            "publications category": ("/publications/reports/", 200),
            "press releases": ("/press/releases/", 200),
            "press appearances": ("/press/appearances/", 200),
            "search results": ("/search/?q=rights", 200),
            "spanish search results": ("/es/search/?q=derechos", 200),
            "not found": ("/this-page-does-not-exist/", 404),
            "spanish not found": ("/es/esta-pagina-no-existe/", 404),
        }
    )
    return pages


def test_every_page_has_the_get_help_button_in_its_header(client, every_page_a_visitor_reaches):
    pages = every_page_a_visitor_reaches
    # Every type of page, in English and in Spanish.
    page_types = {model.__name__ for app in APPS for model in apps.get_app_config(app).get_models()} & {
        model.__name__ for model in get_page_models()
    }
    assert len(page_types) >= 15
    for language in ("en", "es"):
        assert page_types <= {kind.split()[0] for kind in pages if kind.split()[1:2] == [language]}, language
    for page_type, (path, status) in pages.items():
        response = client.get(path)
        assert response.status_code == status, page_type
        html = response.content.decode()
        header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
        # Each language's own Get help and Donate pages.
        spanish = path.startswith("/es/")
        get_help, donate = ("/es/obtener-ayuda/", "/es/donar/") if spanish else ("/get-help/", "/donate/")
        assert re.search(rf'<a class="button site-header__help" href="{get_help}"', header), page_type
        assert f'class="button button--secondary site-header__donate" href="{donate}"' in header, page_type
        # Search (in the page's language) sits behind a link on phones (the form shows on wide screens).
        search = "/es/search/" if path.startswith("/es/") else "/search/"
        assert f'<a class="site-header__search-link" href="{search}">' in header, page_type
