"""Staff: where the pages go, the cards on About and the staff index, bios and their Person data."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from home.factories import build_page_tree
from home.models import HomePage, StandardPage
from people import factories
from people.models import InternshipIndexPage, StaffBioPage, StaffIndexPage

# Builds the pages it needs (home/factories.py) on an empty site: the tests ask for ``page_tree`` or ``team``,
# the TestCase builds it in setUp (inside each test's transaction).
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages]

SEED_STAFF = [
    ("RJ Thompson", "Managing Director"),
    ("Clement Lee", "Supervising Attorney"),
    ("Molly Cohen", "Equal Justice Works Legal Fellow"),
    ("Abigail Anzalone", "DOJ Accredited Representative & Case Manager"),
]

# The staff of these tests, in page-tree order; the last role has an ampersand to escape.
TEAM = [
    ("Ana Alvarez", "ana-alvarez", "Managing Director"),
    ("Ben Okafor", "ben-okafor", "Supervising Attorney"),
    ("Cleo Marsh", "cleo-marsh", "Legal Fellow"),
    ("Dana Ruiz", "dana-ruiz", "Accredited Representative & Case Manager"),
]


@pytest.fixture
def team(page_tree):
    """The four people of TEAM, current and without photos, as cards on /about/staff/ and beside the About text."""
    people = [
        factories.make_staff(page_tree.staff, photo=False, title=name, slug=slug, role=role)
        for name, slug, role in TEAM
    ]
    factories.show_people_beside_about(page_tree.about, page_tree.staff, page_tree.internships)
    return people


def json_ld_of(html, kind):
    """The JSON-LD item of type ``kind``, at the top level or as a ProfilePage's main entity."""
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == kind:
            return data
        if isinstance(data.get("mainEntity"), dict) and data["mainEntity"].get("@type") == kind:
            return data["mainEntity"]
    return None


def card_names(html):
    return re.findall(r'class="staff-card__name"[^>]*><a href="[^"]+">([^<]+)</a>', html)


class StaffPageTypesTest(WagtailPageTestCase):
    def setUp(self):
        tree = build_page_tree()
        self.about = tree.about
        self.index = tree.staff

    def test_staff_index_only_under_a_standard_page_and_only_once(self):
        self.assertAllowedParentPageTypes(StaffIndexPage, {StandardPage})
        self.assertCanNotCreateAt(HomePage, StaffIndexPage)
        self.assertAllowedSubpageTypes(StaffIndexPage, {StaffBioPage})
        # One exists already (/about/staff/), so no second one can be added anywhere.
        self.assertFalse(StaffIndexPage.can_create_at(self.about))

    def test_bios_only_under_the_staff_index(self):
        self.assertAllowedParentPageTypes(StaffBioPage, {StaffIndexPage})
        self.assertCanCreateAt(StaffIndexPage, StaffBioPage)
        self.assertCanNotCreateAt(StandardPage, StaffBioPage)
        self.assertCanNotCreateAt(InternshipIndexPage, StaffBioPage)
        self.assertAllowedSubpageTypes(StaffBioPage, set())

    def test_pages_render_and_preview(self):
        for page in [self.index, factories.make_staff(self.index, photo=False, title="Ana Alvarez")]:
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page)

    def test_a_bio_can_be_created_in_the_admin(self):
        self.login()
        data = {
            "title": "Sam Example",
            "slug": "sam-example",
            "role": "Social Worker",
            "short_bio": "Sam provides counselling.",
            "bio": json.dumps({"blocks": [], "entityMap": {}}),
            "is_current": "on",
        }
        self.assertCanCreate(self.index, StaffBioPage, data)


def test_the_demo_has_the_seed_staff_in_order_without_stand_in_portraits(page_tree):
    from people.demo.loader import build_staff

    build_staff(page_tree.about)  # what load_demo_site does under About
    people = list(StaffBioPage.objects.live().filter(locale__language_code="en").order_by("path"))
    assert [(p.title, p.role) for p in people] == SEED_STAFF
    for person in people:
        # The demo has no photographs of these people, and shows no initials in their place.
        assert person.photo is None
        assert person.url.startswith("/about/staff/")


def test_about_page_and_staff_index_show_current_staff_cards_in_page_tree_order(client, page_tree, team):
    for url in ["/about/", "/about/staff/"]:
        html = client.get(url).content.decode()
        assert card_names(html) == [name for name, _slug, _role in TEAM], url
        assert 'href="/about/staff/ana-alvarez/"' in html
        assert "Accredited Representative &amp; Case Manager" in html
        assert "The initials" not in html

    # The comms team drags Dana to the top in the admin: the order follows.
    team[3].move(page_tree.staff, pos="first-child")
    assert card_names(client.get("/about/staff/").content.decode())[0] == "Dana Ruiz"


def test_someone_who_leaves_is_off_the_listings_but_keeps_their_page(client, team):
    cleo = team[2]
    cleo.is_current = False
    cleo.save_revision().publish()
    for url in ["/about/", "/about/staff/"]:
        assert "Cleo Marsh" not in card_names(client.get(url).content.decode())
    response = client.get("/about/staff/cleo-marsh/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "no longer works at the Sex Workers Project" in html
    assert "worksFor" not in json.dumps(json_ld_of(html, "Person"))


def test_drafts_and_private_bios_are_not_listed(client, team):
    draft = factories.make_staff(title="Draft Person", live=False)
    html = client.get("/about/staff/").content.decode()
    assert draft.title not in html
    assert team[0].title in card_names(html)


@pytest.mark.usefixtures("page_tree")
def test_bio_page_shows_the_person_and_their_person_json_ld(client):
    person = factories.make_staff(
        title="Sam Example",
        role="Staff Attorney",
        pronouns="they/them",
        languages="English, Spanish",
        email="sam@example.org",
        bio="<p>Sam represents clients in family court.</p>",
    )
    person.save_revision().publish()
    response = client.get(person.url)
    html = response.content.decode()
    assert html.count("<h1") == 1 and "<h1>Sam Example</h1>" in html
    assert "Pronouns: they/them" in html and "Sam represents clients in family court." in html
    assert 'href="mailto:sam@example.org"' in html
    profile = json_ld_of(html, "ProfilePage")
    assert profile["@context"] == "https://schema.org"
    assert profile["url"] == "http://testserver" + person.url and profile["dateModified"]
    data = json_ld_of(html, "Person")
    assert data is profile["mainEntity"] or data == profile["mainEntity"]
    assert data["name"] == "Sam Example"
    assert data["jobTitle"] == "Staff Attorney"
    assert data["email"] == "sam@example.org"
    assert data["knowsLanguage"] == ["English", "Spanish"]
    assert data["image"].startswith("http://testserver/media/") and data["image"].endswith(".jpg")
    works_for = data["worksFor"]
    assert works_for["@type"] == "Organization" and works_for["name"] == "Sex Workers Project"
    assert works_for["parentOrganization"] == {
        "@type": "Organization",
        "name": "Urban Justice Center",
        "url": "https://www.urbanjustice.org/",
    }


def test_no_email_in_json_ld_when_none_is_public(client, team):
    data = json_ld_of(client.get("/about/staff/ana-alvarez/").content.decode(), "Person")
    assert data["name"] == "Ana Alvarez" and "email" not in data


@pytest.mark.usefixtures("team")
def test_staff_pages_set_no_cookies(client):
    for url in ["/about/staff/", "/about/staff/ana-alvarez/"]:
        assert not client.get(url).cookies, url


@pytest.mark.usefixtures("team")
def test_staff_index_survives_bad_page_numbers(client):
    for page in ["abc", "0", "-1", "999999", "1" * 500]:
        assert client.get("/about/staff/", {"page": page}).status_code == 200


def count_queries(client, url):
    client.get(url)  # renditions are generated on the first visit; count a later one
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.usefixtures("no_cache", "team")
def test_staff_index_and_about_page_query_count_does_not_grow_with_staff(client, page_tree, django_assert_num_queries):
    index = page_tree.staff
    for _ in range(10 - index.get_children().count()):
        factories.make_staff(index)
    counts_10 = {url: count_queries(client, url) for url in ["/about/staff/", "/about/"]}
    for _ in range(290):
        factories.make_staff(index)
    assert StaffBioPage.objects.live().child_of(index).count() == 300
    counts_300 = {url: count_queries(client, url) for url in ["/about/staff/", "/about/"]}
    print("queries with 10 and 300 staff:", counts_10, counts_300)
    assert counts_10 == counts_300
    # And exactly that many, measured with django_assert_num_queries.
    with django_assert_num_queries(counts_300["/about/staff/"]):
        client.get("/about/staff/")


@pytest.mark.usefixtures("team")
def test_a_card_without_a_photo_shows_no_stand_in_and_one_with_a_photo_shows_it(client):
    with_photo = factories.make_staff(title="Pat Photo", role="Paralegal")
    with_photo.save_revision().publish()
    html = client.get("/about/staff/").content.decode()
    cards = {}
    for card in re.findall(r'<article class="card staff-card.*?</article>', html, re.S):
        cards[re.search(r'staff-card__name"[^>]*><a href="[^"]+">([^<]+)</a>', card).group(1)] = card
    assert "staff-card--no-photo" in cards["Ana Alvarez"] and "<img" not in cards["Ana Alvarez"]
    assert "staff-card--no-photo" not in cards["Pat Photo"] and "<picture" in cards["Pat Photo"]


@pytest.mark.usefixtures("team")
def test_the_about_page_puts_staff_and_internships_beside_the_text(client):
    html = client.get("/about/").content.decode()
    aside = html.split('<div class="stream page-aside">', 1)[1].split("</main>", 1)[0]
    assert "Ana Alvarez" in aside and ">Internships</h2>" in aside
    assert 'class="page-body page-body--with-aside"' in html
