"""Search ranks what a reader means first (home/search.py), the same on SQLite and PostgreSQL, and the
admin's page search finds what the public search finds."""

import re

import pytest
from wagtail.models import Page

from home.demo import publish
from home.factories import (
    ContactPageFactory,
    GetHelpPageFactory,
    KnowYourRightsPageFactory,
    StandardPageFactory,
)
from home.models import StandardPage
from home.search import search_pages
from home.views import build_search_query
from people.factories import make_posting, make_staff
from press.factories import MediaToolkitPageFactory, make_release
from publications.factories import make_publication

from .admin_helpers import make_member

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree", "pages")]

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

KNOW_YOUR_RIGHTS_POLICE = "Know Your Rights: Sex Work and the Police in New York"


def paragraphs(text, times):
    """A StreamField body of one paragraph saying ``text`` ``times`` over."""
    return [("paragraph", "<p>" + " ".join([text] * times) + "</p>")]


@pytest.fixture
def pages(page_tree):
    """The page each of FIRST_RESULTS means, and pages that also hold its words: in their summary, in their body
    (said over and over, which the database's relevance rewards) or in a longer title."""
    home, about, press = page_tree.home, page_tree.about, page_tree.press
    # "know your rights": the guide and the fact sheet it was written from, and pages that only mention it.
    get_help = GetHelpPageFactory(
        parent=home,
        introduction="Free, confidential legal help: contact our intake team.",
        who_we_serve="<p>Your immigration status does not matter.</p>",
    )
    KnowYourRightsPageFactory(parent=get_help, slug="know-your-rights-police", title=KNOW_YOUR_RIGHTS_POLICE)
    make_publication(title=KNOW_YOUR_RIGHTS_POLICE, slug="know-your-rights-police")
    make_release(
        index=press,
        title="Police raids leave sex workers without help",
        summary="Know your rights when police come to your door.",
        body=paragraphs("Know your rights: the police may not search you without consent.", 10),
    )
    StandardPageFactory(
        parent=home,
        title="Resources",
        slug="resources",
        introduction="Guides and fact sheets: know your rights.",
        body=paragraphs("Know your rights, share know your rights leaflets.", 10),
    )
    StandardPageFactory(
        parent=home,
        title="Multimedia",
        slug="multimedia",
        introduction="Videos and recordings, such as our know your rights training.",
        body=paragraphs("Watch the know your rights training.", 10),
    )
    make_staff(
        index=page_tree.staff,
        photo=False,
        title="Dana Reyes",
        slug="dana-reyes",
        role="Community Organizer",
        short_bio="Dana leads our know your rights trainings.",
        bio="<p>" + "Dana runs know your rights workshops. " * 10 + "</p>",
    )
    # "internships": the section, a posting that names it and a page with a longer title.
    about.introduction = "Who we are, our staff and our internships."
    publish(about)
    make_posting(
        index=page_tree.internships,
        title="Legal intern, spring",
        summary="One of our internships for law students.",
        description="<p>" + "Interns help run know your rights workshops; internships last a term. " * 10 + "</p>",
    )
    StandardPageFactory(parent=home, title="Summer internships at partner organisations")
    # "staff": the section and a page with a longer title.
    StandardPageFactory(parent=home, title="Staff picks: what we are reading", introduction="Books the staff like.")
    # "Molly Cohen": her bio, a release quoting her and a page with a longer title.
    make_staff(
        index=page_tree.staff,
        photo=False,
        title="Molly Cohen",
        slug="molly-cohen",
        role="Equal Justice Works Legal Fellow",
        short_bio="Molly provides legal help to survivors of trafficking.",
    )
    make_release(
        index=press,
        title="A fellowship for post-conviction relief",
        summary="Molly Cohen joins SWP as a fellow.",
        body=paragraphs("Molly Cohen said the fellowship helps Molly Cohen's clients.", 10),
    )
    StandardPageFactory(
        parent=home,
        title="Ask Molly Cohen about post-conviction relief",
        body=paragraphs("Molly Cohen answers; write to Molly Cohen.", 10),
    )
    # "media toolkit": the toolkit and a release pointing to it.
    MediaToolkitPageFactory(parent=press)
    make_release(
        index=press,
        title="Reporting on sex work",
        summary="Journalists: read our media toolkit first.",
        body=paragraphs("The media toolkit has our boilerplate; the media toolkit has our logos.", 10),
    )
    # "contact": the contact page, Get help (above) and a page with a longer title.
    ContactPageFactory(parent=home)
    StandardPageFactory(
        parent=home,
        title="How to contact the press office",
        introduction="Journalists: contact us here.",
        body=paragraphs("Contact us by email; contact us by phone.", 10),
    )
    # "sex work and trafficking", "immigration" and "decriminalization".
    make_publication(
        title="Sex Work and Trafficking: Know the Difference",
        slug="sex-work-and-trafficking-know-the-difference",
        summary="Sex work and human trafficking are not the same thing.",
    )
    make_publication(
        title="Immigration Relief for Survivors of Trafficking: The T Visa",
        slug="t-visas-for-survivors",
        summary="The T visa lets survivors of trafficking stay in the United States.",
    )
    make_release(
        index=press,
        title="SWP testifies for the decriminalization of sex work in New York",
        slug="decriminalization-hearing-2025",
        summary="Criminal laws make the people we serve less safe, and survivors of trafficking too.",
    )
    make_publication(
        title="Criminal, Victim or Worker?",
        summary="Sex work and trafficking, immigration and decriminalization: what people told us.",
        body=paragraphs("Sex work and trafficking; immigration; decriminalization.", 10),
    )
    # "loitering", for the admin's search.
    StandardPageFactory(parent=home, title="Campaigns", slug="campaigns", introduction="Repeal the loitering law.")


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
