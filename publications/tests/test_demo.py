"""The demo's publications: the historical reports, every category, and building the demo again."""

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from home.models import HomePage
from publications.demo import loader as demo
from publications.models import PublicationCategory, PublicationPage

# Reads the demo site (conftest.py): these tests are about its content.
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
