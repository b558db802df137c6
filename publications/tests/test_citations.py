"""What researchers' tools read: JSON-LD, citation_* meta tags and the citation line."""

import json
import re
from datetime import date

import pytest
from wagtail.models import Locale

from home.testing import spanish_home, translate_page
from publications.demo.translate import translate_taxonomies
from publications.factories import get_index, make_publication, make_standard_categories
from publications.models import RelatedPublication

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

BEHIND_CLOSED_DOORS = "Behind Closed Doors: An Analysis of Indoor Sex Work in New York City"
KNOW_YOUR_RIGHTS = "Know Your Rights: Sex Work and the Police in New York"


def json_ld(html, type_name):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == type_name:
            return data
    raise AssertionError(f"No {type_name} JSON-LD")


def meta(html, name):
    return re.findall(rf'<meta name="{name}" content="([^"]*)">', html)


def related_links(html):
    return re.findall(r'class="publication-card__title"[^>]*><a href="([^"]+)"', html)


def pick_related(page, *picks):
    """The editor's hand-picked related publications, in this order, published."""
    page.related_publications = [RelatedPublication(publication=pick) for pick in picks]
    page.save_revision().publish()


@pytest.fixture
def categories(page_tree):
    """The design's three categories; Reports told to search engines as reports, as the site's is."""
    categories = make_standard_categories()
    categories["reports"].schema_type = "Report"
    categories["reports"].save()
    return categories


@pytest.fixture
def behind_closed_doors(categories):
    """A report by three people."""
    return make_publication(
        title=BEHIND_CLOSED_DOORS,
        slug="behind-closed-doors",
        category=categories["reports"],
        publication_date=date(2005, 3, 1),
        authors="Juhu Thukral\nMelissa Ditmore\nAlexandra Murphy",
        topics=["indoor sex work", "policing", "violence", "human rights"],
    )


@pytest.fixture
def revolving_door(categories):
    """A report by two people."""
    return make_publication(
        title="Revolving Door: An Analysis of Street-Based Prostitution in New York City",
        slug="revolving-door",
        category=categories["reports"],
        publication_date=date(2003, 1, 15),
        authors="Juhu Thukral\nMelissa Ditmore",
        topics=["street-based sex work", "policing", "violence", "human rights"],
    )


@pytest.fixture
def sex_workers_at_risk(categories):
    """A partner's publication, by the partner."""
    return make_publication(
        title="Sex Workers at Risk: Condoms as Evidence of Prostitution in Four US Cities",
        slug="sex-workers-at-risk",
        category=categories["partner-publications"],
        publication_date=date(2012, 7, 19),
        authors="Human Rights Watch",
        partner_organisation="Human Rights Watch",
        topics=["condoms as evidence", "public health"],
    )


@pytest.fixture
def criminal_victim_or_worker(categories):
    """A partner's publication, by the partner, with a title that ends in a question mark."""
    return make_publication(
        title=(
            "Criminal, Victim, or Worker? The Effects of New York's Human Trafficking Intervention "
            "Courts on Adults Charged with Prostitution-Related Offenses"
        ),
        slug="criminal-victim-or-worker",
        category=categories["partner-publications"],
        publication_date=date(2014, 10, 1),
        authors="Red Umbrella Project",
        partner_organisation="Red Umbrella Project",
        topics=["courts"],
    )


@pytest.fixture
def know_your_rights(categories):
    """An SWP fact sheet with no authors."""
    return make_publication(
        title=KNOW_YOUR_RIGHTS,
        slug="know-your-rights-police",
        category=categories["fact-sheets"],
        publication_date=date(2018, 9, 10),
        topics=["know your rights"],
    )


@pytest.fixture
def conozca_sus_derechos(know_your_rights):
    """The fact sheet's Spanish translation at /es/publicaciones/conozca-sus-derechos/, its PDF said to be in
    Spanish (a translator's override)."""
    spanish_home()
    translate_taxonomies(Locale.objects.get(language_code="es"))
    translate_page(get_index(), {"Publications": "Publicaciones", "publications": "publicaciones"})
    translation = translate_page(
        know_your_rights,
        {
            KNOW_YOUR_RIGHTS: "Conozca sus derechos: el trabajo sexual y la policía en Nueva York",
            "know-your-rights-police": "conozca-sus-derechos",
        },
    )
    translation.language = "es"
    translation.save_revision().publish()
    assert translation.url == "/es/publicaciones/conozca-sus-derechos/"
    return translation


def test_a_report_has_report_json_ld(client, behind_closed_doors):
    page = behind_closed_doors
    html = client.get(page.url).content.decode()
    data = json_ld(html, "Report")
    assert data["@context"] == "https://schema.org"
    assert data["name"] == BEHIND_CLOSED_DOORS
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


def test_other_publications_are_creative_works_with_organisation_authors(
    client, sex_workers_at_risk, conozca_sus_derechos
):
    html = client.get("/publications/sex-workers-at-risk/").content.decode()
    data = json_ld(html, "CreativeWork")
    assert data["author"] == [{"@type": "Organization", "name": "Human Rights Watch"}]
    assert data["sourceOrganization"]["name"] == "Human Rights Watch"
    fact_sheet = json_ld(client.get("/es/publicaciones/conozca-sus-derechos/").content.decode(), "CreativeWork")
    assert fact_sheet["inLanguage"] == "es"
    assert fact_sheet["author"] == [{"@type": "Organization", "name": "Sex Workers Project"}]


def test_citation_meta_tags(client, behind_closed_doors):
    page = behind_closed_doors
    html = client.get(page.url).content.decode()
    head = html.split("</head>")[0]
    assert meta(head, "citation_title") == [BEHIND_CLOSED_DOORS]
    assert meta(head, "citation_author") == ["Juhu Thukral", "Melissa Ditmore", "Alexandra Murphy"]
    assert meta(head, "citation_publication_date") == ["2005/03/01"]
    assert meta(head, "citation_pdf_url") == [f"http://testserver{page.url}{page.document.filename}"]
    assert meta(head, "citation_technical_report_institution") == ["Sex Workers Project"]


def test_the_citation_line(client, revolving_door):
    page = revolving_door
    html = client.get(page.url).content.decode()
    citation = re.search(r'<p class="citation" id="citation-text">(.*?)</p>', html, re.S).group(1)
    assert citation == (
        "Juhu Thukral &amp; Melissa Ditmore. (2003). Revolving Door: An Analysis of Street-Based Prostitution "
        f"in New York City. New York: Urban Justice Center. {page.full_url}"
    )
    assert 'data-copy-citation="citation-text"' in html


def test_an_swp_publication_without_authors_is_cited_as_swp(client, know_your_rights):
    html = client.get(know_your_rights.url).content.decode()
    assert meta(html, "citation_author") == ["Sex Workers Project"]
    assert f"Sex Workers Project. (2018). {KNOW_YOUR_RIGHTS}. New York: Urban Justice Center." in html


def test_a_partner_publication_is_cited_with_its_publisher(client, criminal_victim_or_worker):
    html = client.get("/publications/criminal-victim-or-worker/").content.decode()
    # The author is the publisher: not repeated.
    assert "Red Umbrella Project. (2014). Criminal, Victim, or Worker? The Effects" in html
    assert "Prostitution-Related Offenses. http" in html


def test_publication_page_shows_what_a_reader_needs(client, categories, criminal_victim_or_worker):
    page = make_publication(
        title="Kicking Down the Door: The Use of Raids to Fight Trafficking in the United States",
        slug="kicking-down-the-door",
        category=categories["reports"],
        publication_date=date(2009, 4, 1),
        topics=["raids", "trafficking"],
    )
    fact_sheet = make_publication(
        slug="sex-work-and-trafficking-know-the-difference",
        category=categories["fact-sheets"],
        publication_date=date(2019, 6, 3),
    )
    # Shares a topic, so it would be suggested if the editor had picked none.
    make_publication(slug="raids-shared-topic", publication_date=date(2020, 1, 1), topics=["raids"])
    # The older pick first: not the newest-first order of suggestions by topic.
    pick_related(page, criminal_victim_or_worker, fact_sheet)

    html = client.get(page.url).content.decode()
    assert html.count("<h1") == 1
    assert f'href="{page.url}{page.document.filename}"' in html
    assert re.search(r"PDF, \d+(\.\d)? KB", html)
    assert '<a href="/publications/?topic=raids">raids</a>' in html
    assert '<a href="/publications/reports/">Reports</a>' in html
    # Hand-picked related publications, in the editor's order.
    assert related_links(html) == [
        "/publications/criminal-victim-or-worker/",
        "/publications/sex-work-and-trafficking-know-the-difference/",
    ]


def test_related_publications_fall_back_to_shared_topics(client, revolving_door, behind_closed_doors):
    make_publication(
        slug="loitering-law-repeal",
        publication_date=date(2021, 2, 2),
        topics=["policing", "human rights", "street-based sex work"],
    )
    # Newer than both, but shares one topic only.
    make_publication(slug="shares-one-topic", publication_date=date(2024, 1, 1), topics=["human rights"])

    related = related_links(client.get("/publications/revolving-door/").content.decode())
    assert related and "/publications/revolving-door/" not in related
    # These two share three topics with it: they come first (then the newest first).
    assert related[:2] == ["/publications/loitering-law-repeal/", "/publications/behind-closed-doors/"]


def test_a_publication_in_another_language_says_so(client, sex_workers_at_risk):
    """A publication written in another language than the site's, such as a Spanish report on the English site."""
    page = sex_workers_at_risk
    page.language = "es"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert '<h1 lang="es">' in html
    assert 'hreflang="es"' in html
    assert "in Spanish" in html


def test_a_translation_shows_the_picks_of_its_english_page_in_its_own_language(
    client, categories, sex_workers_at_risk, know_your_rights, conozca_sus_derechos
):
    """The picks are made on the English page; its Spanish copy shows the Spanish copy of each pick that
    has one (here the know-your-rights fact sheet, /es/publicaciones/conozca-sus-derechos/), in order."""
    english = make_publication(
        title="Public Health Crisis",
        slug="public-health-crisis",
        category=categories["partner-publications"],
        topics=["public health"],
    )
    pick_related(english, sex_workers_at_risk, know_your_rights)
    spanish = translate_page(english, {"public-health-crisis": "crisis-de-salud-publica"})
    html = client.get(spanish.url).content.decode()
    related = related_links(html)
    assert related[0] == "/es/publicaciones/conozca-sus-derechos/"
    assert all(url.startswith("/es/") for url in related)
