"""Search ranks what a reader means first (home/search.py), the same on SQLite and PostgreSQL, and the
admin's page search finds what the public search finds."""

import re

import pytest
from wagtail.models import Page

from home.demo import publish
from home.models import StandardPage
from home.search import search_pages
from home.views import build_search_query

from .admin_helpers import make_member

pytestmark = pytest.mark.django_db

# (what a visitor types, the address that must come first, or a set of them when they share the exact title)
KNOW_YOUR_RIGHTS = frozenset({"/get-help/know-your-rights-police/", "/publications/know-your-rights-police/"})
FIRST_RESULTS = [
    ("know your rights police", KNOW_YOUR_RIGHTS),
    ("sex work and trafficking", "/publications/sex-work-and-trafficking-know-the-difference/"),
    ("internships", "/about/internships/"),
    ("media toolkit", "/press/media-toolkit/"),
    ("Molly Cohen", "/about/staff/molly-cohen/"),
    ("staff", "/about/staff/"),
    ("contact", "/contact/"),
    ("immigration", "/publications/t-visas-for-survivors/"),
    ("decriminalization", "/press/decriminalization-hearing-2025/"),
]


def results(client, query):
    """``[(address, title), …]`` of the public search's first page of results."""
    html = client.get("/search/", {"q": query}).content.decode()
    found = html.split('class="search-results"', 1)[1] if 'class="search-results"' in html else ""
    return re.findall(r'<h2><a href="([^"]+)">([^<]+)</a>', found)


def result_paths(client, query):
    return [path for path, _title in results(client, query)]


@pytest.mark.parametrize("query, first", FIRST_RESULTS)
def test_the_page_a_reader_means_comes_first(client, query, first):
    paths = result_paths(client, query)
    wanted = first if isinstance(first, frozenset) else {first}
    # The guide and the fact sheet it was written from share one title: either may lead, both before the rest.
    assert paths and paths[0] in wanted, paths[:5]
    assert set(paths[: len(wanted)]) == wanted, paths[:5]


@pytest.mark.parametrize("query", ["know your rights", "Know Your Rights", "  KNOW your rights "])
def test_know_your_rights_lists_the_guide_before_resources_multimedia_bios_and_internships(client, query):
    found = results(client, query)
    assert found and found[0][1].lower().startswith("know your rights"), found[:3]
    paths = [path for path, _title in found]
    guides = [n for n, (path, title) in enumerate(found) if "know your rights" in title.lower().replace("-", " ")]
    others = [paths.index(p) for p in paths if p in ("/resources/", "/multimedia/") or "/about/" in p]
    assert guides and others and max(guides) < min(others), paths


def test_a_title_outranks_a_summary_which_outranks_body_text(client):
    resources = Page.objects.get(slug="resources")
    pages = [
        ("In the body", "Nothing here.", [("paragraph", "<p>Wombatrights " * 30 + "</p>")]),
        ("In the summary", "All about wombatrights.", []),
        ("Wombatrights", "A short page.", []),
    ]
    for title, introduction, body in pages:
        page = StandardPage(title=title, slug=title.lower().replace(" ", "-"), introduction=introduction, body=body)
        resources.add_child(instance=page)
        publish(page)
    paths = result_paths(client, "wombatrights")
    assert paths == ["/resources/wombatrights/", "/resources/in-the-summary/", "/resources/in-the-body/"]


@pytest.mark.parametrize("query", ["know your rights", "trafficking", "immigration", "Molly Cohen", "loitering"])
def test_the_admins_page_search_finds_what_the_public_search_finds(client, query):
    public = {page.pk for page in search_pages(Page.objects.live().public(), build_search_query(query), query)}
    assert public
    client.force_login(make_member("Editors"))
    found, number = set(), 1
    while True:
        response = client.get("/admin/pages/search/", {"q": query, "p": number})
        assert response.status_code == 200
        found |= {page.pk for page in response.context["object_list"]}
        if not response.context["page_obj"].has_next():
            break
        number += 1
    assert public <= found, sorted(public - found)
