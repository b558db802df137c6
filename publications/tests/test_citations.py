"""What researchers' tools read: JSON-LD, citation_* meta tags and the citation line."""

import json
import re

import pytest

from publications.models import PublicationPage

pytestmark = pytest.mark.django_db


def json_ld(html, type_name):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == type_name:
            return data
    raise AssertionError(f"No {type_name} JSON-LD")


def meta(html, name):
    return re.findall(rf'<meta name="{name}" content="([^"]*)">', html)


def test_a_report_has_report_json_ld(client):
    page = PublicationPage.objects.get(slug="behind-closed-doors")
    html = client.get(page.url).content.decode()
    data = json_ld(html, "Report")
    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Behind Closed Doors: An Analysis of Indoor Sex Work in New York City"
    assert data["datePublished"] == "2005-03-01"
    assert [author["name"] for author in data["author"]] == ["Juhu Thukral", "Melissa Ditmore", "Alexandra Murphy"]
    assert {author["@type"] for author in data["author"]} == {"Person"}
    assert data["publisher"]["name"] == "Sex Workers Project"
    assert data["publisher"]["parentOrganization"]["name"] == "Urban Justice Center"
    assert data["encoding"]["@type"] == "MediaObject"
    assert data["encoding"]["encodingFormat"] == "application/pdf"
    assert data["encoding"]["contentUrl"] == f"http://testserver{page.url}{page.document.filename}"
    assert data["inLanguage"] == "en"
    assert data["url"].endswith("/publications/behind-closed-doors/")


def test_other_publications_are_creative_works_with_organisation_authors(client):
    html = client.get("/publications/sex-workers-at-risk/").content.decode()
    data = json_ld(html, "CreativeWork")
    assert data["author"] == [{"@type": "Organization", "name": "Human Rights Watch"}]
    assert data["sourceOrganization"]["name"] == "Human Rights Watch"
    fact_sheet = json_ld(client.get("/es/publicaciones/conozca-sus-derechos/").content.decode(), "CreativeWork")
    assert fact_sheet["inLanguage"] == "es"
    assert fact_sheet["author"] == [{"@type": "Organization", "name": "Sex Workers Project"}]


def test_citation_meta_tags(client):
    page = PublicationPage.objects.get(slug="behind-closed-doors")
    html = client.get(page.url).content.decode()
    head = html.split("</head>")[0]
    assert meta(head, "citation_title") == ["Behind Closed Doors: An Analysis of Indoor Sex Work in New York City"]
    assert meta(head, "citation_author") == ["Juhu Thukral", "Melissa Ditmore", "Alexandra Murphy"]
    assert meta(head, "citation_publication_date") == ["2005/03/01"]
    assert meta(head, "citation_pdf_url") == [f"http://testserver{page.url}{page.document.filename}"]
    assert meta(head, "citation_technical_report_institution") == ["Sex Workers Project"]


def test_the_citation_line(client):
    page = PublicationPage.objects.get(slug="revolving-door")
    html = client.get(page.url).content.decode()
    citation = re.search(r'<p class="citation" id="citation-text">(.*?)</p>', html, re.S).group(1)
    assert citation == (
        "Juhu Thukral &amp; Melissa Ditmore. (2003). Revolving Door: An Analysis of Street-Based Prostitution "
        f"in New York City. New York: Urban Justice Center. {page.full_url}"
    )
    assert 'data-copy-citation="citation-text"' in html


def test_an_swp_publication_without_authors_is_cited_as_swp(client):
    page = PublicationPage.objects.get(slug="know-your-rights-police")
    html = client.get(page.url).content.decode()
    assert meta(html, "citation_author") == ["Sex Workers Project"]
    assert (
        "Sex Workers Project. (2018). Know Your Rights: Sex Work and the Police in New York. "
        "New York: Urban Justice Center." in html
    )


def test_a_partner_publication_is_cited_with_its_publisher(client):
    html = client.get("/publications/criminal-victim-or-worker/").content.decode()
    # The author is the publisher: not repeated.
    assert "Red Umbrella Project. (2014). Criminal, Victim, or Worker? The Effects" in html
    assert "Prostitution-Related Offenses. http" in html


def test_publication_page_shows_what_a_reader_needs(client):
    page = PublicationPage.objects.get(slug="kicking-down-the-door")
    html = client.get(page.url).content.decode()
    assert html.count("<h1") == 1
    assert f'href="{page.url}{page.document.filename}"' in html
    assert re.search(r"PDF, \d+(\.\d)? KB", html)
    assert '<a href="/publications/?topic=raids">raids</a>' in html
    assert '<a href="/publications/reports/">Reports</a>' in html
    # Hand-picked related publications, in the editor's order.
    related = re.findall(r'class="publication-card__title"[^>]*><a href="([^"]+)"', html)
    assert related == [
        "/publications/criminal-victim-or-worker/",
        "/publications/sex-work-and-trafficking-know-the-difference/",
    ]


def test_related_publications_fall_back_to_shared_topics(client):
    html = client.get("/publications/revolving-door/").content.decode()
    related = re.findall(r'class="publication-card__title"[^>]*><a href="([^"]+)"', html)
    assert related and "/publications/revolving-door/" not in related
    # These two share three topics with it: they come first (then the newest first).
    assert related[:2] == ["/publications/loitering-law-repeal/", "/publications/behind-closed-doors/"]


def test_a_publication_in_another_language_says_so(client):
    """A publication written in another language than the site's, such as a Spanish report on the English site."""
    page = PublicationPage.objects.get(slug="sex-workers-at-risk")
    page.language = "es"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert '<h1 lang="es">' in html
    assert 'hreflang="es"' in html
    assert "in Spanish" in html


def test_a_translation_shows_the_picks_of_its_english_page_in_its_own_language(client):
    """The picks are made on the English page; its Spanish copy shows the Spanish copy of each pick that
    has one (here the know-your-rights fact sheet, /es/publicaciones/conozca-sus-derechos/), in order."""
    from home.testing import translate_page

    english = PublicationPage.objects.get(slug="public-health-crisis", locale__language_code="en")
    spanish = translate_page(english, {"public-health-crisis": "crisis-de-salud-publica"})
    html = client.get(spanish.url).content.decode()
    related = re.findall(r'class="publication-card__title"[^>]*><a href="([^"]+)"', html)
    assert related[0] == "/es/publicaciones/conozca-sus-derechos/"
    assert all(url.startswith("/es/") for url in related)
