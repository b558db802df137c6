"""A phrase that is only inside a publication's PDF finds that publication."""

import re

import pytest

from publications.factories import make_document, make_publication, make_standard_categories

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

REPORT = "Closed Doors: What Raids Do to Survivors of Trafficking"
# Words only inside the report's PDF: in no title, summary or other text of the site.
UNIQUE_PDF_PHRASE = "lantern protocol"


@pytest.fixture
def report(page_tree):
    """A report whose PDF alone holds UNIQUE_PDF_PHRASE, with a fact sheet beside it in another category."""
    categories = make_standard_categories()
    make_publication(title="Know Your Rights with the Police", category=categories["fact-sheets"])
    document = make_document(
        "Closed Doors (PDF)", ["Interviews with survivors.", f"Officers followed the {UNIQUE_PDF_PHRASE} each time."]
    )
    return make_publication(
        title=REPORT,
        category=categories["reports"],
        summary="Survivors and service providers tell us what raids do.",
        document=document,
    )


def result_titles(response):
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', response.content.decode())


def test_the_phrase_is_only_in_the_pdf(client, report):
    assert UNIQUE_PDF_PHRASE in report.document.extracted_text
    html = client.get(report.url).content.decode().lower()
    assert UNIQUE_PDF_PHRASE not in html
    assert UNIQUE_PDF_PHRASE not in report.summary.lower()


@pytest.mark.usefixtures("report")
def test_site_search_finds_a_report_by_words_inside_its_pdf(client):
    response = client.get("/search/", {"q": UNIQUE_PDF_PHRASE})
    assert response.status_code == 200
    assert result_titles(response) == [REPORT]


@pytest.mark.usefixtures("report")
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
    # Each word of the searches is in some publication: "condoms" in two, "evidence" and "raids" in one each.
    make_publication(title="Sex Workers at Risk", summary="Police take condoms as evidence.")
    make_publication(title="Revolving Door", summary="Outreach workers hand out condoms on the street.")
    make_publication(title="Closed Doors", summary="What raids do to survivors.")
    html = client.get("/publications/", {"q": "condoms raids"}).content.decode()
    assert "0 publications matching" in html
    html = client.get("/publications/", {"q": "condoms evidence"}).content.decode()
    assert "Sex Workers at Risk" in html and "Revolving Door" not in html
