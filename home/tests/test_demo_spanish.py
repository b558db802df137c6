"""The demo site in Spanish: ``load_demo_site`` builds the Spanish pages as wagtail-localize translations of
the English ones, with the know-your-rights fact sheet's Spanish PDF, and keeps doing so idempotently."""

import re
from urllib.parse import quote

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from home.models import HomePage, KnowYourRightsPage
from publications.models import PublicationIndexPage, PublicationPage

pytestmark = pytest.mark.django_db

# Every Spanish page of the demo, by the English page it translates.
SPANISH = {
    "/": "/es/",
    "/about/": "/es/sobre-nosotros/",
    "/about/staff/": "/es/sobre-nosotros/personal/",
    "/about/staff/rj-thompson/": "/es/sobre-nosotros/personal/rj-thompson/",
    "/about/staff/clement-lee/": "/es/sobre-nosotros/personal/clement-lee/",
    "/about/staff/molly-cohen/": "/es/sobre-nosotros/personal/molly-cohen/",
    "/about/staff/abigail-anzalone/": "/es/sobre-nosotros/personal/abigail-anzalone/",
    "/about/internships/": "/es/sobre-nosotros/pasantias/",
    "/about/internships/legal-intern/": "/es/sobre-nosotros/pasantias/pasante-legal/",
    "/about/internships/social-work-intern/": "/es/sobre-nosotros/pasantias/pasante-de-trabajo-social/",
    "/about/internships/policy-and-advocacy-intern/": "/es/sobre-nosotros/pasantias/pasante-de-politicas-e-incidencia/",
    "/publications/": "/es/publicaciones/",
    "/publications/know-your-rights-police/": "/es/publicaciones/conozca-sus-derechos/",
    "/publications/sex-work-and-trafficking-know-the-difference/": (
        "/es/publicaciones/trabajo-sexual-y-trata-conozca-la-diferencia/"
    ),
    "/publications/vacating-convictions-for-survivors/": "/es/publicaciones/anulacion-de-condenas-para-sobrevivientes/",
    "/publications/t-visas-for-survivors/": "/es/publicaciones/visas-t-para-sobrevivientes/",
    "/publications/loitering-law-repeal/": "/es/publicaciones/derogacion-de-la-ley-de-merodeo/",
    "/press/": "/es/prensa/",
    "/get-help/": "/es/obtener-ayuda/",
    "/get-help/know-your-rights-police/": "/es/obtener-ayuda/conozca-sus-derechos/",
    "/contact/": "/es/contacto/",
    "/donate/": "/es/donar/",
    "/sitemap/": "/es/mapa-del-sitio/",
}
# Full addresses start with the site's own.
SITE = r"https?://[^/\"]+"
ENGLISH_FACT_SHEET = "/publications/know-your-rights-police/"
SPANISH_FACT_SHEET = SPANISH[ENGLISH_FACT_SHEET]


def spanish():
    return Locale.objects.get(language_code="es")


def page_at(url):
    return Page.objects.get(pk=next(p.pk for p in Page.objects.live() if p.url == url)).specific


def counts():
    return {locale.language_code: Page.objects.filter(locale=locale).count() for locale in Locale.objects.all()} | {
        "revisions": Revision.objects.count()
    }


@pytest.mark.parametrize("english, url", SPANISH.items())
def test_every_spanish_page_is_served_in_spanish_and_switches_to_its_english_page(client, english, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es"' in html
    assert re.search(rf'class="site-header__language" href="{re.escape(english)}"', html)
    assert re.search(rf'<link rel="alternate" hreflang="en" href="{SITE}{re.escape(english)}">', html)
    assert re.search(rf'<link rel="alternate" hreflang="es" href="{SITE}{re.escape(url)}">', html)


def test_the_spanish_pages_are_translations_kept_by_wagtail_localize_with_every_string_in_spanish():
    for english, url in SPANISH.items():
        page, translated = page_at(english), page_at(url)
        assert translated.translation_key == page.translation_key and translated.locale == spanish()
        translation = Translation.objects.get(
            source=TranslationSource.objects.get_for_instance(page), target_locale=spanish()
        )
        total, done = translation.get_progress()
        assert total and done == total, f"{url}: {done} of {total} segments in Spanish"


def test_pages_not_in_the_list_have_no_spanish_copy():
    spanish_pages = Page.objects.filter(locale=spanish())
    assert spanish_pages.count() == len(SPANISH)
    assert not spanish_pages.filter(slug__in=["campaigns", "multimedia", "resources", "media-toolkit"]).exists()


def test_the_about_page_is_the_seeds_text_in_spanish_and_links_to_the_spanish_staff_and_internships(client):
    html = client.get("/es/sobre-nosotros/").content.decode()
    assert "<h1" in html and "Acerca del Sex Workers Project" in html
    assert "ofrece servicios legales y sociales centrados en el cliente" in html
    assert "El Urban Justice Center" in html and 'href="https://www.urbanjustice.org/"' in html
    assert 'href="/es/sobre-nosotros/personal/clement-lee/"' in html
    assert 'href="/es/sobre-nosotros/pasantias/"' in html
    assert 'href="/about/' not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_the_fact_sheets_are_translations_of_each_other_and_link_to_each_other(client):
    english, translated = page_at(ENGLISH_FACT_SHEET), page_at(SPANISH_FACT_SHEET)
    assert isinstance(translated, PublicationPage) and translated.translation_key == english.translation_key
    english_html = client.get(ENGLISH_FACT_SHEET).content.decode()
    spanish_html = client.get(SPANISH_FACT_SHEET).content.decode()
    assert re.search(
        rf'<p class="other-language" lang="es"><a href="{SITE}{SPANISH_FACT_SHEET}" hreflang="es">',
        english_html,
    )
    assert re.search(
        rf'<p class="other-language" lang="en"><a href="{SITE}{ENGLISH_FACT_SHEET}" hreflang="en">',
        spanish_html,
    )
    # A page only in English has no such line.
    assert 'class="other-language"' not in client.get("/publications/revolving-door/").content.decode()


def test_the_spanish_fact_sheet_offers_its_spanish_pdf_and_says_it_is_in_spanish(client):
    english, translated = page_at(ENGLISH_FACT_SHEET), page_at(SPANISH_FACT_SHEET)
    assert translated.document_id != english.document_id
    assert translated.document.language == "Spanish" and translated.language == "es"
    assert english.language == "en"
    html = client.get(SPANISH_FACT_SHEET).content.decode()
    assert "<h1" in html and "Conozca sus derechos: el trabajo sexual y la policía en Nueva York" in html
    pdf = f"{SPANISH_FACT_SHEET}{translated.document.filename}"
    assert f'href="{quote(pdf)}"' in html
    response = client.get(pdf)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    # The Spanish guide offers the same PDF.
    guide = page_at(SPANISH["/get-help/know-your-rights-police/"])
    assert isinstance(guide, KnowYourRightsPage) and guide.document_id == translated.document_id


def test_related_publications_stay_in_the_pages_language(client):
    spanish_html = client.get(SPANISH_FACT_SHEET).content.decode()
    related = re.findall(r'class="publication-card__title"[^>]*><a href="([^"]+)"', spanish_html)
    assert related and all(path.startswith("/es/") for path in related)
    english_html = client.get(ENGLISH_FACT_SHEET).content.decode()
    related = re.findall(r'class="publication-card__title"[^>]*><a href="([^"]+)"', english_html)
    assert related and not any(path.startswith("/es/") for path in related)


def test_a_later_sync_keeps_the_spanish_pdf():
    english = page_at(ENGLISH_FACT_SHEET)
    translated = page_at(SPANISH_FACT_SHEET)
    spanish_pdf = translated.document_id
    # An editor changes the English fact sheet, then syncs the translation (what "Sync translated pages" does).
    english.summary = "A new summary."
    english.save_revision().publish()
    source, _ = TranslationSource.update_or_create_from_instance(english)
    source.create_or_update_translation(spanish(), publish=True, fallback=True)
    translated = PublicationPage.objects.get(pk=translated.pk)
    assert translated.document_id == spanish_pdf and translated.language == "es"
    # The new summary waits for its translation (in English meanwhile); the rest stays Spanish.
    assert translated.summary == "A new summary." and translated.title.startswith("Conozca sus derechos")


def test_the_english_site_keeps_every_page_and_no_spanish_one(client):
    english_paths = {p.url for p in Page.objects.live().filter(locale__language_code="en", depth__gt=1)}
    assert set(SPANISH) <= english_paths
    assert not any(path.startswith("/es/") or "conozca" in path for path in english_paths)
    publications = PublicationPage.objects.child_of(PublicationIndexPage.objects.get(locale__language_code="en"))
    assert publications.live().count() == 11
    # The English sitemap lists English pages only (the header's language switch aside).
    sitemap = client.get("/sitemap/").content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    assert 'href="/campaigns/"' in sitemap and 'href="/es/' not in sitemap


def test_the_spanish_sitemap_and_home_page_list_spanish_pages(client):
    sitemap = client.get("/es/mapa-del-sitio/").content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    links = set(re.findall(r'href="(/[^"]*)"', sitemap))
    assert {"/es/sobre-nosotros/", "/es/publicaciones/conozca-sus-derechos/", "/es/donar/"} <= links
    assert not {link for link in links if not link.startswith("/es/")}
    home = client.get("/es/").content.decode()
    assert 'href="/es/publicaciones/conozca-sus-derechos/"' in home


def test_loading_again_changes_nothing():
    before = counts()
    call_command("load_demo_site", verbosity=0)
    assert counts() == before


def test_a_database_from_the_old_loader_loses_its_spanish_copies_in_the_english_tree(client):
    """The old loader put the Spanish fact sheet and guide in the English tree: they go, their addresses redirect."""
    home = HomePage.objects.get(locale__language_code="en")
    index = PublicationIndexPage.objects.get(locale=home.locale)
    english = page_at(ENGLISH_FACT_SHEET)
    # Remove the translations, then put back what the old loader made.
    for url in (SPANISH_FACT_SHEET, SPANISH["/get-help/know-your-rights-police/"]):
        page_at(url).delete()
    old = PublicationPage(
        slug="conozca-sus-derechos",
        title="Conozca sus derechos: el trabajo sexual y la policía en Nueva York",
        category=english.category,
        summary="Our know-your-rights fact sheet in Spanish.",
        document=english.document,
        language="es",
    )
    index.add_child(instance=old)
    old.save_revision().publish()
    get_help = page_at("/get-help/")
    old_guide = KnowYourRightsPage(
        slug="conozca-sus-derechos",
        title="Conozca sus derechos",
        introduction="Qué puede hacer.",
        content_language="es",
        sections=[{"type": "section", "value": {"heading": "Si le arrestan", "body": "<p>No firme nada.</p>"}}],
    )
    get_help.add_child(instance=old_guide)
    old_guide.save_revision().publish()

    call_command("load_demo_site", verbosity=0)
    call_command("load_demo_site", verbosity=0)

    assert not Page.objects.filter(locale=home.locale, slug="conozca-sus-derechos").exists()
    assert Page.objects.filter(locale=spanish(), slug="conozca-sus-derechos").count() == 2
    assert page_at(SPANISH_FACT_SHEET).translation_key == english.translation_key
    response = client.get("/publications/conozca-sus-derechos/")
    assert response.status_code == 301 and response["Location"] == SPANISH_FACT_SHEET


def test_a_change_to_an_english_page_reaches_its_translation_on_the_next_load(client):
    """New English text shows in English on the Spanish page until it is translated; a new link to a page
    that has no Spanish translation stays a link to the English page."""
    about = page_at("/about/")
    about.body = [
        *about.body.raw_data,
        {"type": "paragraph", "value": '<p>See our <a href="/campaigns/">campaigns</a>.</p>'},
    ]
    about.save_revision().publish()
    call_command("load_demo_site", verbosity=0)
    html = client.get("/es/sobre-nosotros/").content.decode()
    assert 'See our <a href="/campaigns/">campaigns</a>.' in html
    assert 'href="/es/sobre-nosotros/pasantias/"' in html
    assert "Lo que hacemos" in html


def test_spanish_publications_show_their_category_in_spanish(client):
    """A translated publication's category is the category's Spanish copy: on its card and on its page."""
    for url in ("/es/publicaciones/", "/es/publicaciones/conozca-sus-derechos/"):
        main = client.get(url).content.decode().split("<main", 1)[1].split("</main>", 1)[0]
        assert "Hojas informativas y más" in main, url
        assert "Fact Sheets" not in main, url
    page = client.get("/es/publicaciones/conozca-sus-derechos/").content.decode()
    assert '<a href="/es/publicaciones/hojas-informativas/">Hojas informativas y más</a>' in page


def test_the_spanish_press_room_and_home_list_the_english_releases_said_to_be_in_english(client):
    """Releases are written in English: the Spanish press room and home page list them, each marked."""
    from press.models import PressReleasePage

    newest = PressReleasePage.objects.live().filter(locale__language_code="en").order_by("-release_date").first()
    for url in ("/es/prensa/", "/es/prensa/releases/", "/es/"):
        main = client.get(url).content.decode().split("<main", 1)[1].split("</main>", 1)[0]
        card = re.search(
            rf'<a href="{re.escape(newest.url)}" hreflang="en"><span lang="en">[^<]+</span></a> '
            r'<span class="link-language">\(en inglés\)</span>',
            main,
        )
        assert card, url
        assert "Todavía no hay comunicados" not in main, url
    home = client.get("/es/").content.decode()
    assert 'href="/es/prensa/"' in home.split("<main", 1)[1]
