"""Caches and purges per language: a Spanish page lives at its own address (/es/…), is kept apart from the
English one in every cache, and its changes purge the Spanish listings, parents and home page."""

import re
from pathlib import Path

import pytest
from django.test import override_settings
from wagtail.models import Locale, Site

from home.demo import publish
from home.demo.translating import translate_object
from home.factories import NavigationFactory
from home.models import SitemapPage
from home.testing import spanish_home, translate_page
from press.factories import make_release
from publications.factories import get_category, make_publication
from publications.models import PublicationIndexPage, PublicationPage

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

VCL = (Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "site.vcl").read_text()


def root():
    return Site.objects.get(is_default_site=True).root_url


@pytest.fixture
def spanish(page_tree):
    """The Spanish home page and the T visa publication in Spanish (with its parent, /es/publicaciones/, whose
    Reports are at /es/publicaciones/informes/), and the HTML sitemap in both languages."""
    sitemap = SitemapPage(title="Sitemap", slug="sitemap", introduction="Every page.")
    page_tree.home.add_child(instance=sitemap)
    spanish_home()
    translate_page(sitemap, {"sitemap": "mapa-del-sitio"})
    translate_page(page_tree.publications, {"publications": "publicaciones"})
    translate_object(get_category("reports"), Locale.objects.get(language_code="es"), {"reports": "informes"})
    english = make_publication(
        title="Immigration Relief for Survivors of Trafficking: The T Visa", slug="t-visas-for-survivors"
    )
    translation = translate_page(
        english,
        {"Immigration Relief for Survivors of Trafficking: The T Visa": "La visa T", "t-visas-for-survivors": "visa-t"},
    )
    return {"english": english, "spanish": translation}


def test_publishing_a_spanish_page_purges_its_spanish_listing_and_home_and_no_english_page(purged, spanish):
    page = spanish["spanish"]
    page.summary = "Un resumen nuevo."
    urls = purged(publish, page)

    spanish_index = PublicationIndexPage.objects.get(locale__language_code="es")
    assert page.full_url == root() + "/es/publicaciones/visa-t/"
    assert {page.full_url, spanish_index.full_url, spanish_index.full_url + "feed/", root() + "/es/"} <= urls
    assert root() + "/es/publicaciones/informes/" in urls  # the Spanish listing's category routes
    assert root() + "/sitemap.xml" in urls
    english_pages = {url for url in urls if not url.startswith(root() + "/es/")}
    # Of the English site only the sitemaps, which list every language's pages; never /, /publications/…
    assert english_pages == {root() + "/sitemap.xml", root() + "/sitemap/"}, english_pages


def test_publishing_an_english_page_purges_no_spanish_address(purged, spanish):
    page = spanish["english"]
    page.summary = "A new summary."
    urls = purged(publish, page)
    assert root() + "/" in urls and page.full_url in urls
    # Of the Spanish site only its HTML sitemap, which every publish refreshes (as the English one).
    assert [url for url in urls if "/es/" in url] == [root() + "/es/mapa-del-sitio/"]


def test_a_new_title_or_address_purges_the_translations_whose_language_switch_points_at_it(purged, spanish):
    page = spanish["spanish"]
    page.slug = "visa-t-nueva"
    urls = purged(publish, page)
    # Its old and new Spanish addresses, and the English page, whose switch and hreflang link to it.
    assert {root() + "/es/publicaciones/visa-t/", root() + "/es/publicaciones/visa-t-nueva/"} <= urls
    assert spanish["english"].full_url in urls
    assert root() + "/publications/visa-t/" not in urls  # a Spanish address is never purged without /es/


def test_a_site_wide_change_purges_the_spanish_pages_too(purged, spanish):
    urls = purged(NavigationFactory().save)
    assert {root() + "/es/", root() + "/es/publicaciones/", spanish["spanish"].full_url} <= urls
    assert {root() + "/", spanish["english"].full_url} <= urls


cached = override_settings(PAGE_CACHE_SECONDS=86400)


@cached
def test_a_spanish_page_and_an_english_page_never_share_a_cache_entry(client, spanish):
    english = client.get("/publications/t-visas-for-survivors/")
    assert english["X-Page-Cache"] == "miss"
    spanish_page = client.get("/es/publicaciones/visa-t/")
    assert spanish_page["X-Page-Cache"] == "miss"  # not the English copy
    assert '<html lang="es"' in spanish_page.content.decode() and "La visa T" in spanish_page.content.decode()
    assert client.get("/es/publicaciones/visa-t/")["X-Page-Cache"] == "hit"
    # The home pages likewise, whatever language the browser asks for.
    assert '<html lang="en"' in client.get("/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    spanish_home_page = client.get("/es/", HTTP_ACCEPT_LANGUAGE="en")
    assert spanish_home_page["X-Page-Cache"] == "miss"
    assert '<html lang="es"' in spanish_home_page.content.decode()
    assert '<html lang="en"' in client.get("/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert "Accept-Language" not in client.get("/es/").get("Vary", "")


@cached
def test_publishing_a_spanish_page_refreshes_its_spanish_parent_and_leaves_the_english_one_kept(
    client, spanish, django_capture_on_commit_callbacks
):
    for path in ["/publications/", "/es/publicaciones/", "/es/"]:
        client.get(path)
    page = PublicationPage.objects.get(pk=spanish["spanish"].pk)
    page.title = "La visa T, explicada"
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)
    assert client.get("/publications/")["X-Page-Cache"] == "hit"
    listing = client.get("/es/publicaciones/")
    assert listing["X-Page-Cache"] == "miss" and "La visa T, explicada" in listing.content.decode()
    assert client.get("/es/")["X-Page-Cache"] == "miss"


# --- Varnish (deploy/varnish/site.vcl) ----------------------------------------------------------


def vcl_code():
    """The VCL without its comments."""
    return "\n".join(line.split("#", 1)[0] for line in VCL.splitlines())


def rewrite_like_varnish(url):
    """``url`` after every ``set req.url = regsub…`` of vcl_recv, applied in order (querysort aside)."""
    for function, pattern, replacement in re.findall(
        r'set req\.url = (regsub|regsuball)\(req\.url, "((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\);', vcl_code()
    ):
        python_replacement = replacement.replace("\\1", r"\g<1>")
        url = re.sub(pattern, python_replacement, url, count=1 if function == "regsub" else 0)
    return url


def test_varnish_keeps_the_language_prefix_and_never_varies_on_accept_language():
    assert rewrite_like_varnish("/es/publicaciones/?page=2&utm_source=x") == "/es/publicaciones/?page=2"
    assert rewrite_like_varnish("/es/") == "/es/"
    assert "accept-language" not in vcl_code().lower()
    assert "vary" not in re.sub(r'Vary == "\*"', "", vcl_code()).lower()


def test_the_503_varnish_answers_is_in_spanish_under_es_and_in_english_elsewhere():
    error = VCL.split("sub vcl_backend_error", 1)[1].split("\nsub ", 1)[0]
    condition, spanish, english = re.search(
        r'if \(bereq\.url ~ "([^"]+)"\) \{\s*synthetic\(\{"(.*?)"\}\);\s*\} else \{\s*synthetic\(\{"(.*?)"\}\);',
        error,
        re.DOTALL,
    ).groups()
    language_pattern = condition.replace("\\?", r"\?")
    assert re.match(language_pattern, "/es/publicaciones/") and re.match(language_pattern, "/es")
    assert not re.match(language_pattern, "/estate/") and not re.match(language_pattern, "/about/")
    assert '<html lang="es">' in spanish and "El sitio web vuelve en unos minutos" in spanish
    assert 'href="/es/"' in spanish
    assert '<html lang="en">' in english and "The website is back in a few minutes" in english


def test_publishing_an_english_release_purges_the_spanish_press_room_and_home_that_list_it(purged, page_tree):
    """The Spanish press room and home page list the English releases not yet translated, marked as English."""
    release = make_release(title="SWP welcomes the new law")
    spanish_home()
    translate_page(page_tree.press, {"press": "prensa"})
    release.summary = "A new summary."
    urls = purged(publish, release)
    assert {root() + "/es/prensa/", root() + "/es/prensa/releases/", root() + "/es/"} <= urls


def test_publishing_a_spanish_release_purges_no_english_press_address(purged, page_tree):
    spanish_home()
    translate_page(page_tree.press, {"press": "prensa"})
    english = make_release(title="SWP welcomes the new law")
    spanish = translate_page(english, {english.slug: "comunicado"})
    spanish.summary = "Un resumen nuevo."
    urls = purged(publish, spanish)
    assert root() + "/es/prensa/" in urls
    assert not {url for url in urls if url.startswith(root() + "/press/")}
