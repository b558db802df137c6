"""Publications read in Spanish (issue "Español", point 2): categories and topics have Spanish copies.

A translated publication is filed under the Spanish copy of its category and keeps the English
publication's topics, both shown in Spanish; the Spanish section lists Spanish filters and has each
category's route under its Spanish address. English addresses and words stay as they were.
"""

import re

import pytest
from wagtail.models import Locale

from home.demo.translating import translate_object as translate_now
from home.models import HomePage
from publications.demo.translate import translate_taxonomies
from publications.factories import get_index, make_category, make_publication, make_standard_categories
from publications.models import PublicationCategory, Topic

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]


@pytest.fixture
def translate_object(django_capture_on_commit_callbacks):
    """wagtail-localize's translation, published as it is once the transaction commits (tests never commit)."""

    def translate(instance, locale, words):
        with django_capture_on_commit_callbacks(execute=True):
            copy = translate_now(instance, locale, words)
        return type(copy).objects.get(pk=copy.pk)

    return translate


@pytest.fixture
def spanish():
    return Locale.objects.get(language_code="es")


@pytest.fixture
def publication(page_tree):
    """An English report with two topics that have Spanish words (publications/demo/taxonomy_es.py)."""
    return make_publication(title="Revolving Door", topics=["policing", "street-based sex work"])


@pytest.fixture
def publicaciones(spanish, translate_object, publication):
    """The Spanish publications section, with Spanish copies of the three categories and of the topics in use,
    made with the demo's Spanish words."""
    make_standard_categories()
    home = HomePage.objects.get(locale__language_code="en")
    translate_object(home, spanish, {home.title: "Proyecto de Trabajadoras Sexuales"})
    index = get_index()
    translate_taxonomies(spanish)
    return translate_object(index, spanish, {index.title: "Publicaciones"})


def options(html, name):
    select = html.split(f'name="{name}"', 1)[1].split("</select>", 1)[0]
    return re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)


def test_a_spanish_publication_shows_its_category_and_topics_in_spanish(
    client, spanish, publicaciones, translate_object, publication
):
    traducida = translate_object(publication, spanish, {publication.title: "La puerta giratoria"})
    assert traducida.category.locale == spanish and traducida.category.name == "Informes"

    html = client.get(traducida.url).content.decode()
    assert "Informes" in html
    assert "actuación policial" in html and "trabajo sexual en la calle" in html
    assert ">policing<" not in html
    # The English publication is as it was.
    english_html = client.get(publication.url).content.decode()
    assert ">policing<" in english_html and "actuación policial" not in english_html


def test_the_spanish_section_lists_spanish_filters_and_spanish_category_addresses(
    client, spanish, publicaciones, translate_object, publication
):
    traducida = translate_object(publication, spanish, {publication.title: "La puerta giratoria"})

    html = client.get(publicaciones.url).content.decode()
    assert ("policing", "actuación policial") in options(html, "topic")
    assert "Informes" in html and f'href="{publicaciones.url}informes/"' in html

    category_page = client.get(f"{publicaciones.url}informes/")
    assert category_page.status_code == 200
    assert "<h1>Informes</h1>" in category_page.content.decode()
    assert "La puerta giratoria" in category_page.content.decode()
    # The topic's address is the same in every language; its filter lists the Spanish publication.
    by_topic = client.get(f"{publicaciones.url}?topic=policing").content.decode()
    assert "La puerta giratoria" in by_topic and "actuación policial" in by_topic
    assert traducida.title in by_topic

    # English addresses stay as they were.
    assert client.get("/publications/reports/").status_code == 200
    assert "<h1>Reports</h1>" in client.get("/publications/reports/").content.decode()
    # The address of the category's other copy leads to the one in the language read, never to a 404.
    for path, target in (
        (f"{publicaciones.url}reports/", f"{publicaciones.url}informes/"),
        (f"{publicaciones.url}reports/feed/", f"{publicaciones.url}informes/feed/"),
        ("/publications/informes/", "/publications/reports/"),
    ):
        response = client.get(path)
        assert (response.status_code, response["Location"]) == (301, target), path


def test_a_category_not_yet_in_spanish_is_listed_in_english_under_its_english_address(
    client, spanish, publicaciones, translate_object
):
    category = make_category(name="Testimony", slug="testimony")
    testimony = make_publication(title="Testimony on the budget", category=category)
    traducida = translate_object(testimony, spanish, {testimony.title: "Testimonio sobre el presupuesto"})
    assert traducida.category == category  # wagtail-localize keeps the English category while it has no copy

    response = client.get(f"{publicaciones.url}testimony/")
    assert response.status_code == 200
    assert "<h1>Testimony</h1>" in response.content.decode()
    assert "Testimonio sobre el presupuesto" in response.content.decode()


def test_the_demos_spanish_categories_and_topics_are_made_once(spanish, publicaciones):
    translate_taxonomies(spanish)  # again
    spanish_categories = PublicationCategory.objects.filter(locale=spanish)
    assert sorted(spanish_categories.values_list("slug", flat=True)) == [
        "hojas-informativas",
        "informes",
        "publicaciones-aliadas",
    ]
    policing = Topic.objects.get(name="policing", locale__language_code="en")
    assert policing.get_translation(spanish).name == "actuación policial"
    assert policing.get_translation(spanish).slug == "policing"
    assert Topic.objects.filter(locale=spanish, slug="policing").count() == 1


def test_an_editor_tags_a_publication_with_a_topic_that_has_a_spanish_copy(spanish, publicaciones):
    """Typing an existing topic links the same topic, whichever copy has the name typed."""
    page = make_publication(title="Policing in 2030", topics=["policing"])
    assert [topic.translation_key for topic in page.topics.all()] == [
        Topic.objects.get(name="policing", locale__language_code="en").translation_key
    ]
