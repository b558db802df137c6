"""Every Spanish page type reads in Spanish, interface included (issue "Español", points 3 and 4).

The Spanish demo site holds a page of every type a visitor reaches in Spanish. Each is rendered as a visitor
gets it, and its visible text and the words of its controls (labels, placeholders, alternative text) are read
the way a screen reader would; none of the site's English interface words may be left. Text marked as English
(``lang="en"``: a menu link to a page not yet translated, marked "(en inglés)") is English on purpose and is
skipped.
"""

import re
from html.parser import HTMLParser

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

# Interface words from the site's templates that a Spanish reader must never meet.
ENGLISH_INTERFACE = [
    "Published",
    "Read the PDF",
    "Search",
    "Next",
    "Previous",
    "Page",
    "Menu",
    "Quick exit",
    "Apply",
    "Donate",
    "All topics",
    "Skip to",
    "Get help",
    "Home",
    "Contact us",
    "Language",
    "Download",
    "Share",
    "Read more",
    "More",
    "Close",
    "Submit",
    "Send",
    "Required",
]
ATTRIBUTES = ("aria-label", "placeholder", "alt", "title", "value")
SKIPPED = {"script", "style", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class ReadableText(HTMLParser):
    """What a reader of the page meets: text and the words of controls, outside anything marked English."""

    def __init__(self):
        super().__init__()
        self.words = []
        self.stack = []  # (tag, skipped) of open elements

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skipped = (self.stack and self.stack[-1][1]) or tag in SKIPPED or (attrs.get("lang") or "").startswith("en")
        if not skipped and tag != "html":
            self.words += [attrs[name] for name in ATTRIBUTES if attrs.get(name) and not _is_value_data(tag, attrs)]
        if tag not in VOID:
            self.stack.append((tag, skipped))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if not (self.stack and self.stack[-1][1]) and data.strip():
            self.words.append(data)


def _is_value_data(tag, attrs):
    """A form field's value is what the visitor typed or a hidden token, not an interface word."""
    return tag == "input" and attrs.get("type") not in ("submit", "button")


def english_left_in(html):
    parser = ReadableText()
    parser.feed(html)
    text = " ".join(parser.words)
    return sorted({word for word in ENGLISH_INTERFACE if re.search(rf"\b{re.escape(word)}\b", text)})


def spanish_pages():
    """One live Spanish page of each type, by type name."""
    pages = {}
    for page in Page.objects.live().filter(locale__language_code="es", depth__gt=1).specific().order_by("path"):
        pages.setdefault(type(page).__name__, page)
    return pages


EXPECTED_TYPES = {
    "HomePage",
    "StandardPage",
    "StaffIndexPage",
    "StaffBioPage",
    "InternshipIndexPage",
    "InternshipPage",
    "PublicationIndexPage",
    "PublicationPage",
    "PressIndexPage",
    "ContactPage",
    "DonatePage",
    "SitemapPage",
    "GetHelpPage",
}


def test_the_spanish_demo_has_every_page_type_a_reader_needs():
    assert EXPECTED_TYPES - set(spanish_pages()) == set()


def test_every_spanish_page_type_reads_in_spanish(client):
    found = {}
    for name, page in spanish_pages().items():
        response = client.get(page.get_url())
        assert response.status_code == 200, name
        html = response.content.decode()
        assert '<html lang="es"' in html, name
        left = english_left_in(html)
        if left:
            found[f"{name} {page.get_url()}"] = left
    assert found == {}


@pytest.mark.parametrize(
    "path",
    ["/es/search/?q=derechos", "/es/search/", "/es/no-existe/", "/es/search/?q=zzzzqqq"],
)
def test_search_and_the_not_found_page_read_in_spanish(client, path):
    response = client.get(path)
    html = response.content.decode()
    assert '<html lang="es"' in html
    assert english_left_in(html) == []


def test_the_reader_detects_english_words(client):
    """The check itself: an English page is caught, and text marked English is not counted."""
    assert "Search" in english_left_in("<p>Search the site</p>")
    assert english_left_in('<p lang="en">Search the site</p><p>Buscar</p>') == []
    assert "Quick exit" in english_left_in('<a aria-label="Quick exit" href="#">X</a>')


@pytest.mark.usefixtures("no_cache")
def test_a_spanish_page_costs_the_queries_of_its_english_page(client, client_pages):
    """With no cache at all, each Spanish page type is read in as many queries as the same English one, but for
    one: Wagtail's serving finds the Spanish home page (``root_page.localized``) before it routes below it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(path):
        client.get(path)  # the first request makes the renditions
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        return len(captured)

    pairs = {name: name.removeprefix("spanish ") for name in client_pages if name.startswith("spanish ")}
    counts = {es: (queries(client_pages[en]), queries(client_pages[es])) for es, en in pairs.items()}
    assert {name: (en, es) for name, (en, es) in counts.items() if es > en + 1} == {}
