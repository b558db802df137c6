"""Demo content, the home page rail and the 'Cards from a section' block."""

import re
from html import unescape

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from home.demo import stream
from home.models import HomePage, StandardPage
from publications.demo import loader as demo
from publications.factories import get_index
from publications.models import PublicationCategory, PublicationPage

pytestmark = pytest.mark.django_db


def test_demo_has_the_historical_reports_and_every_category():
    pages = PublicationPage.objects.live().select_related("category", "document")
    assert pages.count() >= 12
    by_title = {page.title: page for page in pages}
    for title, year in [
        ("Revolving Door: An Analysis of Street-Based Prostitution in New York City", 2003),
        ("Behind Closed Doors: An Analysis of Indoor Sex Work in New York City", 2005),
        ("Kicking Down the Door: The Use of Raids to Fight Trafficking in the United States", 2009),
        ("Public Health Crisis: The Impact of Using Condoms as Evidence of Prostitution in New York City", 2012),
    ]:
        assert by_title[title].publication_date.year == year
    english = pages.filter(locale__language_code="en")
    assert {page.category.slug for page in english} == {"reports", "partner-publications", "fact-sheets"}
    # The Spanish publications (translations) are in the categories' Spanish copies.
    spanish = pages.filter(locale__language_code="es")
    assert {page.category.slug for page in spanish} == {"hojas-informativas"}
    for page in pages:
        assert page.document.file_extension == "pdf"
        assert page.document.extracted_text, page.title
        assert page.cover is not None and page.summary


def test_demo_build_is_idempotent():
    home = HomePage.objects.get(locale__language_code="en")
    counts = (
        Page.objects.count(),
        Revision.objects.count(),
        get_document_model().objects.count(),
        get_image_model().objects.count(),
        PublicationCategory.objects.count(),
    )
    demo.build(home, {"publications": 0})
    assert counts == (
        Page.objects.count(),
        Revision.objects.count(),
        get_document_model().objects.count(),
        get_image_model().objects.count(),
        PublicationCategory.objects.count(),
    )


def test_demo_can_add_many_sample_publications_sharing_one_file():
    home = HomePage.objects.get(locale__language_code="en")
    documents = get_document_model().objects.count()
    demo.build(home, {"publications": 7})
    samples = PublicationPage.objects.filter(slug__startswith="sample-publication-")
    assert samples.count() == 7
    assert samples.values("document").distinct().count() == 1
    assert get_document_model().objects.count() == documents + 1
    demo.build(home, {"publications": 7})
    assert samples.count() == 7


def test_renamed_category_keeps_the_editors_name():
    category = PublicationCategory.objects.get(slug="reports")
    category.name = "Research reports"
    category.save()
    demo.ensure_categories()
    category.refresh_from_db()
    assert category.name == "Research reports"


def test_home_page_shows_the_latest_publications(client):
    html = client.get("/").content.decode()
    rail = re.search(r'<section class="rail rail--publications".*?</section>', html, re.S).group(0)
    titles = [
        unescape(title)
        for title in re.findall(r'class="publication-card__title"[^>]*><a href="[^"]+"[^>]*>([^<]+)</a>', rail)
    ]
    english = PublicationPage.objects.live().filter(locale__language_code="en")
    newest = [page.title for page in english.order_by("-publication_date", "-pk")[:3]]
    assert titles == newest
    assert '<h3 class="publication-card__title" id="publication-' in rail
    assert 'href="/publications/">All publications' in rail


def test_the_rail_disappears_without_publications(client):
    get_index().unpublish()
    html = client.get("/").content.decode()
    assert "rail--publications" not in html


def test_cards_from_the_publications_section_in_a_page_body(client):
    index = get_index()
    home = HomePage.objects.get(locale__language_code="en")
    page = StandardPage(
        title="Our research",
        slug="our-research",
        body=stream(
            ("section_listing", {"heading": "Recent work", "section": index.pk, "limit": 2, "link_text": "All"})
        ),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    html = client.get("/our-research/").content.decode()
    assert html.count('class="card publication-card"') == 2
    assert "PDF, " in html


def test_listing_items_are_the_newest_live_publications():
    items = list(get_index().listing_items(limit=4))
    assert len(items) == 4
    assert [item.publication_date for item in items] == sorted((item.publication_date for item in items), reverse=True)
    assert items[0].card_template == "publications/includes/publication_card.html"
