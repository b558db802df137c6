"""A phrase that is only inside a publication's PDF finds that publication."""

import re

import pytest

from publications.demo.content import UNIQUE_PDF_PHRASE
from publications.factories import make_document, make_publication
from publications.models import PublicationPage

pytestmark = pytest.mark.django_db

REPORT = "Kicking Down the Door: The Use of Raids to Fight Trafficking in the United States"


def result_titles(response):
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', response.content.decode())


def test_the_phrase_is_only_in_the_pdf(client):
    page = PublicationPage.objects.get(slug="kicking-down-the-door")
    assert UNIQUE_PDF_PHRASE in page.document.extracted_text
    html = client.get(page.url).content.decode().lower()
    assert UNIQUE_PDF_PHRASE not in html
    assert UNIQUE_PDF_PHRASE not in page.summary.lower()


def test_site_search_finds_a_report_by_words_inside_its_pdf(client):
    response = client.get("/search/", {"q": UNIQUE_PDF_PHRASE})
    assert response.status_code == 200
    assert result_titles(response) == [REPORT]


def test_publications_search_finds_a_report_by_words_inside_its_pdf(client):
    response = client.get("/publications/", {"q": UNIQUE_PDF_PHRASE})
    html = response.content.decode()
    assert re.findall(r'class="publication-card__title"[^>]*><a href="[^"]+"[^>]*>([^<]+)</a>', html) == [REPORT]
    assert "1 publication matching “lantern protocol”" in html
    # Narrowed to another category, the same words find nothing.
    other = client.get("/publications/fact-sheets/", {"q": UNIQUE_PDF_PHRASE})
    assert "0 publications in Fact Sheets &amp; Other matching" in other.content.decode()


def test_a_document_uploaded_after_the_page_is_found(client):
    page = make_publication(title="Report with a late document")
    late = make_document("Late document", ["Minutes of the tangerine observatory meeting."])
    page.document = late
    page.save_revision().publish()
    response = client.get("/search/", {"q": "tangerine observatory"})
    assert result_titles(response) == ["Report with a late document"]


def test_unpublished_publications_are_not_found(client):
    make_publication(
        title="Secret draft", publish=False, document=make_document("Draft doc", ["The zeppelin orchard plan."])
    )
    assert result_titles(client.get("/search/", {"q": "zeppelin orchard"})) == []
    html = client.get("/publications/", {"q": "zeppelin orchard"}).content.decode()
    assert "Secret draft" not in html


def test_every_word_of_a_search_must_match(client):
    html = client.get("/publications/", {"q": "condoms raids"}).content.decode()
    assert "0 publications matching" in html
    html = client.get("/publications/", {"q": "condoms evidence"}).content.decode()
    assert "Sex Workers at Risk" in html and "Revolving Door" not in html
