"""The words every page shows, in the language it is read in (issue "Español", point 2).

The menus and footer and the alert banner have a copy per language, made with wagtail-localize. A Spanish
page shows the Spanish copy (else the English one); its links go to the Spanish pages, or to the English
page marked "(in English)" where there is none yet, never to a missing page; the header's buttons and the
donation call to action follow the language too. The copies were the site's settings until migration
0014 moved them; Editors change and translate them.
"""

import importlib
import re
from datetime import date
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from home.demo import link
from home.demo.loader import list_items
from home.demo.translating import translate_object as translate_now
from home.donations import CTA_APPEAL
from home.factories import (
    AlertBannerFactory,
    DonatePageFactory,
    DonationAppealPageFactory,
    GetHelpPageFactory,
    NavigationFactory,
    StandardPageFactory,
    organisation,
)
from home.models import AlertBanner, HomePage, Navigation, NoticeSettings, StandardPage
from home.testing import on_new_york_day

from .admin_helpers import make_member, site

# Builds the pages it needs (home/factories.py) on an empty site: English alone, each test makes the Spanish
# copies it is about.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("site_text")]
UJC = "https://www.urbanjustice.org/"


@pytest.fixture
def translate_object(django_capture_on_commit_callbacks):
    """wagtail-localize's translation, published as it is once the transaction commits (tests never commit)."""

    def translate(instance, locale, words):
        with django_capture_on_commit_callbacks(execute=True):
            copy = translate_now(instance, locale, words)
        return type(copy).objects.get(pk=copy.pk)

    return translate


@pytest.fixture
def site_text(page_tree):
    """The English menus, footer and (switched off) alert banner, with a Campaigns page for the menu to link to.

    The menu is the design's first links, in its words (home, about, publications, campaigns); the footer has
    a typed address (Reports, a category of publications) and a link to another site."""
    campaigns = StandardPageFactory(parent=page_tree.home, title="Campaigns", slug="campaigns")
    NavigationFactory(
        main_menu=[
            {"type": "link", "value": link("home", page=page_tree.home)},
            {"type": "link", "value": link("about", page=page_tree.about)},
            {"type": "link", "value": link("publications", page=page_tree.publications)},
            {"type": "link", "value": link("campaigns", page=campaigns)},
        ],
        footer_groups=[
            {
                "type": "group",
                "value": {
                    "heading": "Publications",
                    "links": list_items([link("Reports", url="/publications/reports/")]),
                },
            },
            {
                "type": "group",
                "value": {
                    "heading": "Urban Justice Center",
                    "links": list_items([link("Urban Justice Center", url=UJC)]),
                },
            },
        ],
    )
    AlertBannerFactory()
    return page_tree


@pytest.fixture
def spanish():
    return Locale.objects.get(language_code="es")


@pytest.fixture
def spanish_home(spanish, translate_object):
    home = HomePage.objects.get(locale__language_code="en")
    return translate_object(home, spanish, {home.title: "Proyecto de Trabajadoras Sexuales"})


def english(model):
    return model.objects.get(locale=Locale.get_default())


def english_page(slug):
    return Page.objects.get(slug=slug, locale__language_code="en").specific


def menu(html):
    """``[(attributes of <a>, inner HTML)]`` of the main menu's links (not the language switch)."""
    part = html.split('id="main-menu"', 1)[1].split("</ul>", 1)[0]
    part = re.sub(r'<li class="main-nav__language">.*?</li>', "", part)
    return re.findall(r"<a ([^>]*)>(.*?)</a>", part, re.S)


def words(inner_html):
    return re.sub(r"<[^>]+>", "", inner_html)


def test_a_spanish_page_shows_the_spanish_menu_with_links_to_the_spanish_pages(
    client, translate_object, spanish, spanish_home
):
    about = english_page("about")
    sobre = translate_object(about, spanish, {about.title: "Quiénes somos"})
    translate_object(english(Navigation), spanish, {"about": "quiénes somos", "publications": "publicaciones"})

    links = menu(client.get("/es/").content.decode())
    texts = [words(inner) for _attrs, inner in links]
    assert "quiénes somos" in texts
    assert texts[2].startswith("publicaciones ")  # no Spanish page yet: marked
    attrs = {words(inner): attrs for attrs, inner in links}
    assert f'href="{sobre.url}"' in attrs["quiénes somos"] and sobre.url.startswith("/es/")
    assert "hreflang" not in attrs["quiénes somos"]

    # English pages keep the English menu, word for word.
    english_texts = [words(inner) for _attrs, inner in menu(client.get("/").content.decode())]
    assert english_texts[:3] == ["home", "about", "publications"]


def test_a_link_to_a_page_not_yet_in_spanish_goes_to_the_english_page_marked_as_english(
    client, translate_object, spanish, spanish_home
):
    navigation = translate_object(english(Navigation), spanish, {"campaigns": "campañas"})
    campaigns = english_page("campaigns")
    # A link without words of its own shows the page's (English) title.
    navigation.main_menu = [*navigation.main_menu.raw_data, {"type": "link", "value": {"page": campaigns.pk}}]
    navigation.save()

    links = menu(client.get("/es/").content.decode())
    labelled = next((attrs, inner) for attrs, inner in links if inner.startswith("campañas"))
    assert 'href="/campaigns/"' in labelled[0] and 'hreflang="en"' in labelled[0]
    assert re.search(r'<span class="link-language" lang="es">[^<]+</span>$', labelled[1])
    untitled_attrs, untitled = links[-1]
    assert 'href="/campaigns/"' in untitled_attrs and 'hreflang="en"' in untitled_attrs
    assert untitled.startswith(f'<span lang="en">{campaigns.title}</span> <span class="link-language" lang="es">')

    # An address typed in a link (not a chosen page) that is not under /es/ is an English page too.
    footer = client.get("/es/").content.decode().split('<nav class="footer-nav"', 1)[1].split("</nav>", 1)[0]
    assert re.search(r'<a href="/publications/reports/" hreflang="en">Reports <span class="link-language"', footer)
    assert f'href="{UJC}">Urban Justice Center</a>' in footer  # another site: no mark

    # In English, nothing is marked.
    html = client.get("/").content.decode()
    assert "link-language" not in html and 'hreflang="en"' not in html.split("<main", 1)[0].split("</head>", 1)[1]


@pytest.mark.usefixtures("no_cache")
def test_a_spanish_page_costs_the_same_queries_for_3_or_15_menu_links(
    client, translate_object, spanish, spanish_home, site_text
):
    for number in range(10):
        StandardPageFactory(parent=site_text.about, title=f"About part {number}")
    navigation = translate_object(english(Navigation), spanish, {})
    pages = list(Page.objects.live().filter(locale__language_code="en", depth__gte=3).order_by("path")[:15])
    assert len(pages) == 15
    for page in pages[::3]:  # some have a Spanish translation, the others not
        translate_object(page.specific, spanish, {})

    def queries_with(count):
        navigation.main_menu = [{"type": "link", "value": {"page": page.pk}} for page in pages[:count]]
        navigation.save()
        client.get("/es/")
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/es/").content.decode()
        assert len(menu(html)) == count
        return len(queries)

    assert queries_with(3) == queries_with(15)


def test_the_header_buttons_go_to_the_spanish_pages_else_the_english_ones(
    client, translate_object, spanish, spanish_home, site_text
):
    get_help = GetHelpPageFactory(parent=site_text.home)
    donate = DonatePageFactory(parent=site_text.home)
    ayuda = translate_object(get_help, spanish, {get_help.title: "Obtener ayuda"})
    header = client.get("/es/").content.decode().split("<header", 1)[1].split("</header>", 1)[0]
    assert re.search(rf'class="button site-header__help" href="{ayuda.url}"(?! hreflang)', header)
    assert f'site-header__donate" href="{donate.url}" hreflang="en"' in header


def test_the_spanish_alert_banner_shows_until_the_english_one_changes(client, translate_object, spanish, spanish_home):
    banner = english(AlertBanner)
    banner.enabled, banner.text, banner.link = True, "Our office is closed on Friday.", "/get-help/"
    banner.save()
    translate_object(banner, spanish, {banner.text: "Nuestra oficina cierra el viernes."})

    spanish_page = client.get("/es/").content.decode()
    assert "Nuestra oficina cierra el viernes." in spanish_page and "closed on Friday" not in spanish_page
    assert "Our office is closed on Friday." in client.get("/").content.decode()

    # The news changes in English: until the translation is synced, Spanish pages show the English banner.
    banner.text = "Our office is closed on Monday."
    banner.save()
    spanish_page = client.get("/es/").content.decode()
    alert = spanish_page.split('<div class="alert-banner"', 1)[1].split("</div>", 1)[0]
    assert '<p lang="en"><a href="/get-help/" hreflang="en">Our office is closed on Monday.</a></p>' in alert
    translate_object(banner, spanish, {banner.text: "Nuestra oficina cierra el lunes."})
    assert "Nuestra oficina cierra el lunes." in client.get("/es/").content.decode()

    # Switched off in English: off in every language.
    banner.enabled = False
    banner.save()
    assert "alert-banner" not in client.get("/es/").content.decode()


def test_the_call_to_action_shows_the_chosen_appeals_spanish_translation(
    client, translate_object, spanish, spanish_home, site_text
):
    organisation(donate_url="https://processor.example/give/swp")  # else the page offers no amounts
    donate = DonatePageFactory(parent=site_text.home)
    metrocard = donate.suggested_amounts.first().description
    translate_object(donate, spanish, {metrocard: "Una MetroCard para que una clienta llegue al tribunal"})
    appeal = DonationAppealPageFactory(
        parent=donate,
        title="17 December: End violence against sex workers",
        start_date=date(2030, 11, 1),
        end_date=date(2030, 12, 17),
    )
    llamado = translate_object(appeal, spanish, {appeal.title: "17 de diciembre: fin a la violencia"})
    notices = NoticeSettings.for_site(site())
    notices.donation_cta, notices.donation_cta_appeal = CTA_APPEAL, appeal
    notices.save()

    with on_new_york_day(appeal.start_date):
        spanish_cta = client.get("/es/").content.decode().split('class="block-cta donate-cta"')[1]
        english_cta = client.get("/").content.decode().split('class="block-cta donate-cta"')[1]
    assert "17 de diciembre: fin a la violencia" in spanish_cta and f'href="{llamado.url}"' in spanish_cta
    assert appeal.title in english_cta and f'href="{appeal.url}"' in english_cta
    # What each suggested amount pays for is translated with the donate page.
    assert (
        "Una MetroCard para que una clienta llegue al tribunal"
        in client.get(donate.get_translation(spanish).url).content.decode()
    )


# --- Moving the settings, and the comms team's work -------------------------------------------------


def test_the_migration_moves_the_sites_menus_and_alert_into_the_english_copies():
    moving = importlib.import_module("home.migrations.0014_site_text_from_settings")
    menu = [{"type": "link", "value": {"label": "Who we are", "page": english_page("about").pk, "url": ""}, "id": "a"}]
    ujc = {"label": "UJC", "page": None, "url": "https://www.urbanjustice.org/"}
    footer = [{"type": "group", "value": {"heading": "Elsewhere", "links": [ujc]}, "id": "b"}]
    streams = Navigation(main_menu=menu, footer_groups=footer)
    rows = {
        "NavigationSettings": SimpleNamespace(main_menu=streams.main_menu, footer_groups=streams.footer_groups),
        "NoticeSettings": SimpleNamespace(
            alert_enabled=True, alert_text="Closed Friday.", alert_short_text="Closed.", alert_link="/get-help/"
        ),
    }

    class Settings:
        """A setting's rows as the migration reads them: the default site's one."""

        def __init__(self, row):
            self.objects = self
            self.row = row

        def filter(self, **lookups):
            return self

        def order_by(self, *fields):
            return self

        def first(self):
            return self.row

    models = {"home.Navigation": Navigation, "home.AlertBanner": AlertBanner, "wagtailcore.Locale": Locale}
    apps = SimpleNamespace(
        get_model=lambda app, name=None: Settings(rows[name]) if name in rows else models[f"{app}.{name}"]
    )
    Navigation.objects.all().delete()
    AlertBanner.objects.all().delete()

    moving.settings_to_snippets(apps, None)

    navigation, banner = english(Navigation), english(AlertBanner)
    assert list(navigation.main_menu.raw_data) == menu
    [group] = navigation.footer_groups.raw_data
    assert group["value"]["heading"] == "Elsewhere"
    # The list's links are stored with ids, as wagtail-localize needs to translate them.
    assert [(item["type"], item["value"]) for item in group["value"]["links"]] == [("item", ujc)]
    assert (banner.enabled, banner.text, banner.short_text, banner.link) == (
        True,
        "Closed Friday.",
        "Closed.",
        "/get-help/",
    )
    moving.settings_to_snippets(apps, None)  # again: nothing more
    assert Navigation.objects.count() == 1 and AlertBanner.objects.count() == 1


@pytest.mark.parametrize("model", [Navigation, AlertBanner])
def test_an_editor_translates_the_menus_and_the_banner_into_spanish(client, translate_object, spanish, model):
    client.force_login(make_member("Editors"))
    source = english(model)
    listing = client.get(f"/admin/snippets/home/{model._meta.model_name}/").content.decode()
    assert "Translate" in listing

    response = client.post(
        f"/admin/localize/submit/snippet/home/{model._meta.model_name}/{source.pk}/", {"locales": [spanish.pk]}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    copy = source.get_translation(spanish)
    assert Translation.objects.filter(source__object_id=source.translation_key, target_locale=spanish).exists()
    editor = client.get(f"/admin/snippets/home/{model._meta.model_name}/edit/{copy.pk}/")
    assert editor.status_code == 200 and "translation-editor" in editor.content.decode()


def test_a_second_copy_in_the_same_language_is_refused(client):
    client.force_login(make_member("Editors"))
    response = client.post(
        "/admin/snippets/home/navigation/add/?locale=en", {"main_menu-count": "0", "footer_groups-count": "0"}
    )
    assert response.status_code == 200
    assert "English already has its copy of the menus and footer" in response.content.decode()
    assert Navigation.objects.count() == 1


def test_the_demo_gives_the_menus_their_spanish_words_and_addresses(client, translate_object, spanish, spanish_home):
    from home.demo.site_text_loader import translate_site_text
    from publications.factories import get_index

    index = get_index()
    publicaciones = translate_object(index, spanish, {index.title: "Publicaciones"})
    translate_site_text(spanish)

    html = client.get("/es/").content.decode()
    texts = [words(inner) for _attrs, inner in menu(html)]
    assert texts[0] == "inicio" and texts[2] == "publicaciones"
    assert texts[1].startswith("quiénes somos ")  # About has no Spanish page yet: marked
    footer = html.split('<nav class="footer-nav"', 1)[1].split("</nav>", 1)[0]
    assert f'<a href="{publicaciones.url}informes/">Informes</a>' in footer
    assert client.get(f"{publicaciones.url}informes/").status_code == 200
    translate_site_text(spanish)  # again: the same copies
    assert Navigation.objects.count() == 2 and StandardPage.objects.filter(locale=spanish).count() == 0
