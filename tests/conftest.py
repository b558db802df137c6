"""Shared by the visitor-first suite: the demo site's page types, found by following its own links."""

import re
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlparse

import pytest

HREF = re.compile(r'href="([^"#]+)"')

# Page types whose address is fixed by the design (DESIGN.md) and by the footer.
FIXED = {
    "home": "/",
    "about": "/about/",
    "staff index": "/about/staff/",
    "internships": "/about/internships/",
    "publications": "/publications/",
    "press index": "/press/",
    "press releases": "/press/releases/",
    "press appearances": "/press/appearances/",
    "media toolkit": "/press/media-toolkit/",
    "donate": "/donate/",
    "contact": "/contact/",
    "search results": "/search/?q=rights",
    "sitemap": "/sitemap/",
    "multimedia": "/multimedia/",
    "get help": "/get-help/",
    "know your rights guide": "/get-help/know-your-rights-police/",
    "guide in spanish": "/es/obtener-ayuda/conozca-sus-derechos/",
    "not found": "/this-page-does-not-exist/",
    # The same page types in Spanish (issue "Español"): the same checks and the same query budget.
    "spanish home": "/es/",
    "spanish about": "/es/sobre-nosotros/",
    "spanish staff bio": "/es/sobre-nosotros/personal/rj-thompson/",
    "spanish internship posting": "/es/sobre-nosotros/pasantias/pasante-legal/",
    "spanish publications": "/es/publicaciones/",
    "spanish publication": "/es/publicaciones/conozca-sus-derechos/",
    "spanish contact": "/es/contacto/",
    "spanish donate": "/es/donar/",
    "spanish get help": "/es/obtener-ayuda/",
    "spanish search results": "/es/search/?q=derechos",
    "spanish not found": "/es/esta-pagina-no-existe/",
}
FORM_PAGES = {"contact", "apply form"}


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (our own test server)
            return response.read().decode()
    except urllib.error.HTTPError as error:
        return error.read().decode()


def links(base, path, get=fetch):
    """The site's own paths linked from ``path``, in page order, without duplicates."""
    seen = []
    for href in HREF.findall(get(base + path).replace("&amp;", "&")):
        url = urlparse(urljoin(base + path, href))
        if f"{url.scheme}://{url.netloc}" != base:
            continue
        target = url.path + (f"?{url.query}" if url.query else "")
        if target not in seen:
            seen.append(target)
    return seen


def first_child(base, listing, exclude=(), parent=None, get=fetch):
    """The first link on ``listing`` to a page one level below ``parent`` (default: the listing itself)."""
    pattern = re.compile(rf"^{re.escape(parent or listing)}[a-z0-9-]+/$")
    for path in links(base, listing, get):
        if pattern.match(path) and path not in exclude:
            return path
    raise AssertionError(f"No page below {listing} is linked from it")


def discover(base, get=fetch):
    pages = dict(FIXED)
    pages["staff bio"] = first_child(base, "/about/staff/", get=get)
    pages["internship posting"] = first_child(base, "/about/internships/", get=get)
    apply_links = [p for p in links(base, pages["internship posting"], get) if p.endswith("/apply/")]
    assert apply_links, "The posting links to no application form"
    pages["apply form"] = apply_links[0]
    publication_links = links(base, "/publications/", get)
    years = [p for p in publication_links if re.search(r"[?&]year=\d{4}", p)]
    if years:
        pages["publications by year"] = years[0]
    else:  # the year filter is a <select>: take a year shown on the listing
        found = re.search(r'<option value="(\d{4})"', get(base + "/publications/"))
        assert found, "No year to filter the publications by"
        pages["publications by year"] = f"/publications/?year={found.group(1)}"
    pages["publications category"] = "/publications/reports/"
    categories = {"/publications/reports/", "/publications/partner-publications/", "/publications/fact-sheets/"}
    pages["publication"] = first_child(base, "/publications/", exclude=categories | {"/publications/feed/"}, get=get)
    pages["press release"] = first_child(
        base,
        "/press/releases/",
        parent="/press/",
        exclude={"/press/releases/", "/press/appearances/", "/press/media-toolkit/", "/press/feed/"},
        get=get,
    )
    pages["donation appeal"] = first_child(base, "/donate/", get=get)
    return pages


@pytest.fixture(scope="session")
def site_pages(site_server):
    """``{page type: path}`` for every public page type of the demo site."""
    return discover(site_server.url)


@pytest.fixture
def client_pages(client):
    """``{page type: path}`` found through the Django test client (its links are absolute to the Site's root)."""
    from wagtail.models import Site

    root = Site.objects.get(is_default_site=True).root_url
    return discover(root, get=lambda url: client.get(url.removeprefix(root) or "/").content.decode())
