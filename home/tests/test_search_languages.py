"""Search in the visitor's language: Spanish results first on /es/search/, English first on /search/, and
accents never decide what is found ("trafico" finds "tráfico", "información" finds "informacion")."""

import re

import pytest

from home.factories import StandardPageFactory
from home.testing import spanish_home, translate_page
from publications.factories import make_publication

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

T_VISA_ES = "/es/publicaciones/visas-t-para-sobrevivientes/"


@pytest.fixture
def spanish_pages(page_tree):
    """A Spanish home, publications section, T visa publication and Resources page, in the search index, and an
    English page that also says "derechos" (over and over, so relevance alone would put it first)."""
    t_visa = make_publication(
        title="Immigration Relief for Survivors of Trafficking: The T Visa",
        slug="t-visas-for-survivors",
        summary="The T visa lets survivors of trafficking stay in the United States.",
    )
    resources = StandardPageFactory(
        parent=page_tree.home, title="Resources", slug="resources", introduction="Guides and fact sheets."
    )
    StandardPageFactory(
        parent=page_tree.home,
        title="Our leaflets in Spanish",
        introduction="Conozca sus derechos: know your rights, in Spanish.",
        body=[("paragraph", "<p>" + "Derechos, derechos, derechos. " * 10 + "</p>")],
    )
    spanish_home()
    translate_page(page_tree.publications, {"Publications": "Publicaciones", "publications": "publicaciones"})
    translate_page(
        t_visa,
        {
            "Immigration Relief for Survivors of Trafficking: The T Visa": (
                "Alivio migratorio para sobrevivientes de tráfico: la visa T"
            ),
            "t-visas-for-survivors": "visas-t-para-sobrevivientes",
            t_visa.summary: (
                "La visa T permite a sobrevivientes de tráfico quedarse en Estados Unidos. Información sobre "
                "sus derechos y el proceso."
            ),
        },
    )
    translate_page(
        resources,
        {
            "Resources": "Recursos",
            "resources": "recursos",
            resources.introduction: "Guias y hojas informativas: informacion sobre derechos.",
        },
    )


def results(client, path, query):
    html = client.get(path, {"q": query}).content.decode()
    found = html.split('class="search-results"', 1)[1] if 'class="search-results"' in html else ""
    return re.findall(r'<h2><a href="([^"]+)">', found)


def test_the_spanish_search_lists_spanish_pages_first_and_the_english_search_english_first(client, spanish_pages):
    spanish_first = results(client, "/es/search/", "derechos")
    spanish = [path for path in spanish_first if path.startswith("/es/")]
    assert {T_VISA_ES, "/es/recursos/"} <= set(spanish)
    # Any English page that holds the word comes after every Spanish one.
    assert spanish_first[: len(spanish)] == spanish, spanish_first

    english_first = results(client, "/search/", "derechos")
    assert set(english_first) == set(spanish_first)
    english = [path for path in english_first if not path.startswith("/es/")]
    assert english_first[: len(english)] == english, english_first


def test_visa_t_finds_the_spanish_guide_first_on_the_spanish_search(client, spanish_pages):
    assert results(client, "/es/search/", "visa T")[0] == T_VISA_ES
    # On the English search the English publication leads, and the Spanish one is still found.
    found = results(client, "/search/", "T visa")
    assert found[0] == "/publications/t-visas-for-survivors/" and T_VISA_ES in found


@pytest.mark.parametrize("query", ["tráfico", "trafico", "TRÁFICO", "información", "informacion"])
def test_words_with_or_without_their_accents_find_the_spanish_page(client, spanish_pages, query):
    assert T_VISA_ES in results(client, "/es/search/", query)


@pytest.mark.parametrize("query", ["informacion", "información", "guías"])
def test_a_page_written_without_accents_is_found_with_or_without_them(client, spanish_pages, query):
    # The Spanish Resources page writes "informacion" and "Guias" without their accents.
    assert "/es/recursos/" in results(client, "/es/search/", query)


def test_a_search_in_spanish_is_answered_in_spanish_at_its_own_address(client, spanish_pages):
    response = client.get("/es/search/", {"q": "visa"})
    assert response.status_code == 200
    assert response["Content-Language"] == "es"
    assert '<html lang="es"' in response.content.decode()
