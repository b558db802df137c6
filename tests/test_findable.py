"""Easy to find and share: title, description, canonical URL, OpenGraph/Twitter cards, JSON-LD that search
engines accept, and a print stylesheet that prints the content only."""

import html
import json
import re
from html.parser import HTMLParser

import pytest
from playwright.sync_api import expect

from .test_accessibility import PAGE_TYPES

# Pages that are not in the page tree: no breadcrumbs, no canonical of their own.
NOT_PAGES = {"search results", "not found", "spanish search results", "spanish not found"}
PAGE_TYPES_IN_TREE = [t for t in PAGE_TYPES if t not in NOT_PAGES]


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.json_ld, self.title = {}, {}, [], ""
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, attrs.get("content", ""))
        elif tag == "link" and attrs.get("rel"):
            self.links.setdefault(attrs["rel"], attrs.get("href"))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in = "json"
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "json":
            self.json_ld.append(json.loads(data))
        elif self._in == "title":
            self.title += data


def parse(client, path):
    response = client.get(path)
    head = Head()
    head.feed(response.content.decode())
    return response, head


def absolute(url):
    return bool(url) and re.match(r"^https?://[^/]+/", url)


def items(json_ld):
    """Every JSON-LD object, including those of an @graph."""
    for block in json_ld:
        yield from block if isinstance(block, list) else block.get("@graph", [block])


def of_type(json_ld, *types):
    found = []
    for item in items(json_ld):
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if set(kinds) & set(types):
            found.append(item)
    return found


@pytest.mark.django_db
def test_every_page_type_has_a_title_description_canonical_and_share_cards(client, client_pages):
    problems = []
    for page_type in PAGE_TYPES:
        path = client_pages[page_type]
        response, head = parse(client, path)
        expected = 404 if page_type.endswith("not found") else 200
        if response.status_code != expected:
            problems.append(f"{page_type} {path}: status {response.status_code}")
            continue
        title = html.unescape(head.title).strip()
        if not title or title.startswith("|"):
            problems.append(f"{page_type}: empty title {title!r}")
        if len(head.meta.get("description", "")) < (10 if page_type.endswith("not found") else 30):
            problems.append(f"{page_type}: meta description {head.meta.get('description')!r}")
        if page_type in NOT_PAGES:
            continue
        if not absolute(head.links.get("canonical")):
            problems.append(f"{page_type}: canonical {head.links.get('canonical')!r}")
        for key in ("og:title", "og:description", "og:url", "og:image", "og:image:alt", "twitter:card"):
            if not head.meta.get(key):
                problems.append(f"{page_type}: no {key}")
        if not absolute(head.meta.get("og:image")) or not absolute(head.meta.get("twitter:image", "")):
            problems.append(f"{page_type}: share image not absolute: {head.meta.get('og:image')!r}")
        width, height = head.meta.get("og:image:width"), head.meta.get("og:image:height")
        if (width, height) != ("1200", "630"):
            problems.append(f"{page_type}: share image is {width}x{height}, not 1200x630")
        if head.meta.get("twitter:card") != "summary_large_image":
            problems.append(f"{page_type}: twitter:card {head.meta.get('twitter:card')!r}")
        if page_type not in ("home", "spanish home"):
            crumbs = of_type(head.json_ld, "BreadcrumbList")
            if not crumbs:
                problems.append(f"{page_type}: no BreadcrumbList JSON-LD")
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_the_home_page_describes_the_organisation(client):
    _, head = parse(client, "/")
    organisations = of_type(head.json_ld, "Organization", "NGO")
    assert organisations, head.json_ld
    org = organisations[0]
    assert org.get("name") and absolute(org.get("url"))
    logo = org.get("logo")
    assert absolute(logo if isinstance(logo, str) else (logo or {}).get("url")), org
    assert org.get("address"), org
    assert org.get("sameAs") and all(absolute(url) for url in org["sameAs"]), org
    # What SWP is, in a sentence (the home page's description for search engines).
    assert org.get("description", "").startswith("Client-centred legal and social services"), org


def missing(item, *keys):
    return [key for key in keys if not item.get(key)]


REQUIRED = {
    "publication": (("Report", "CreativeWork", "ScholarlyArticle"), ("name", "datePublished", "author", "publisher")),
    "press release": (
        ("NewsArticle",),
        ("headline", "datePublished", "dateModified", "image", "author", "publisher"),
    ),
    "staff bio": (("ProfilePage",), ("mainEntity", "url")),
    "internship posting": (
        ("JobPosting",),
        ("title", "description", "datePosted", "validThrough", "hiringOrganization", "employmentType"),
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", sorted(REQUIRED))
def test_structured_data_has_what_search_engines_require(client, client_pages, page_type):
    types, keys = REQUIRED[page_type]
    _, head = parse(client, client_pages[page_type])
    found = of_type(head.json_ld, *types)
    assert found, f"No {types} JSON-LD on {client_pages[page_type]}: {head.json_ld}"
    item = found[0]
    assert not missing(item, *keys), f"{page_type} lacks {missing(item, *keys)}: {item}"
    if page_type == "internship posting":
        assert item.get("jobLocation") or item.get("applicantLocationRequirements"), item
        hiring = item["hiringOrganization"]
        assert hiring.get("name") and hiring.get("sameAs") or hiring.get("url"), hiring
    if page_type == "press release":
        image = item["image"]
        images = image if isinstance(image, list) else [image]
        assert all(absolute(i if isinstance(i, str) else i.get("url")) for i in images), image
    if page_type == "staff bio":
        person = item["mainEntity"]
        assert person["@type"] == "Person" and not missing(person, "name", "jobTitle", "worksFor"), person
    for party in ("author", "publisher", "worksFor", "hiringOrganization"):
        value = item.get(party)
        for one in value if isinstance(value, list) else [value] if value else []:
            assert one.get("@type") and one.get("name"), f"{party} of {page_type}: {one}"


@pytest.mark.django_db
def test_every_json_ld_parses_and_breadcrumbs_are_complete(client, client_pages):
    problems = []
    for page_type in PAGE_TYPES_IN_TREE:
        _, head = parse(client, client_pages[page_type])
        for org in of_type(head.json_ld, "Organization", "NGO"):
            if org.get("@id") and len(org) <= 2:
                continue  # a reference to the organisation described elsewhere
            problems += [f"{page_type}: {org.get('@type')} lacks {k}" for k in missing(org, "name", "url")]
        for crumbs in of_type(head.json_ld, "BreadcrumbList"):
            elements = crumbs.get("itemListElement") or []
            if not elements:
                problems.append(f"{page_type}: empty BreadcrumbList")
            for index, element in enumerate(elements, start=1):
                if element.get("position") != index or not element.get("name") or not absolute(element.get("item")):
                    problems.append(f"{page_type}: breadcrumb {element}")
    assert not problems, "\n".join(problems)


# --- Print -----------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("page_type", ["publication", "press release"])
def test_a_publication_or_release_prints_its_content_only(page, site_server, site_pages, page_type):
    page.goto(site_server.url + site_pages[page_type])
    page.emulate_media(media="print")
    for selector in (".site-header", ".main-nav", ".site-footer", "[data-quick-exit]", ".donate-cta", "main button"):
        for element in page.locator(selector).all():
            expect(element).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator("main p").first).to_be_visible()
    pdf = page.pdf(format="Letter")
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000
