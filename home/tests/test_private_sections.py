"""Private sections stay private and addresses lead to the right page, as an editor changes the site.

Readers visit first, then the site changes the way an editor changes it (a page made private, a section
renamed, a page unpublished), and the tests check what a reader gets next.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from home.factories import ContactPageFactory, DonatePageFactory, StandardPageFactory
from people import factories as people_factories
from publications import factories as publication_factories

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]


def restrict(page, restriction_type=PageViewRestriction.PASSWORD, **fields):
    """Make ``page`` and everything under it private, as the admin's privacy switch does."""
    if restriction_type == PageViewRestriction.PASSWORD:
        fields.setdefault("password", "a-long-shared-password")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, **fields)
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get(name="Editors")])
    return restriction


def make_campaigns(home):
    return StandardPageFactory(parent=home, title="Campaigns", slug="campaigns")


def test_a_page_made_private_after_readers_visited_asks_for_its_password(client):
    publication = publication_factories.make_publication(title="A report not yet public", summary="Draft findings.")
    url = publication.url
    assert "Draft findings." in client.get(url).content.decode()  # the private sections are now in the cache
    assert "A report not yet public" in client.get("/publications/").content.decode()

    restriction = restrict(publication)

    response = client.get(url)
    assert response.status_code == 200
    assert "Draft findings." not in response.content.decode()
    assert "password" in response.content.decode().lower()
    assert "A report not yet public" not in client.get("/publications/").content.decode()
    assert "A report not yet public" not in client.get("/publications/feed/").content.decode()

    restriction.delete()
    assert "Draft findings." in client.get(url).content.decode()
    assert "A report not yet public" in client.get("/publications/").content.decode()


def test_a_private_section_covers_every_page_under_it(client, django_user_model, page_tree):
    # About shows cards of the staff, as the design's About page does.
    about = page_tree.about
    about.sidebar = [
        {"type": "section_listing", "value": {"heading": "Our staff", "section": page_tree.staff.pk, "limit": 6}}
    ]
    about.save_revision().publish()
    bio = people_factories.make_staff(title="Private Person", short_bio="Works quietly.")
    client.get(bio.url)
    client.get("/about/staff/")
    assert "Private Person" in client.get("/about/").content.decode()

    restrict(people_factories.staff_index(), PageViewRestriction.LOGIN)

    bio_response = client.get(bio.url)
    assert bio_response.status_code == 302  # to the login page
    assert "/login/" in bio_response["Location"]
    assert client.get("/about/staff/").status_code == 302
    assert "Private Person" not in client.get("/about/").content.decode()
    # A signed-in reader is let in.
    client.force_login(django_user_model.objects.create_user("reader", password="a-long-password-here"))
    assert "Works quietly." in client.get(bio.url).content.decode()


def test_an_alias_of_a_private_page_is_private_too(client, page_tree):
    about = Page.objects.get(slug="about")
    campaigns = make_campaigns(page_tree.home)
    alias = campaigns.create_alias(parent=about, update_slug="campaigns-again")
    alias_url = alias.url
    assert client.get(alias_url).status_code == 200

    restrict(campaigns.page_ptr, PageViewRestriction.GROUPS)

    response = client.get(alias_url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_addresses_that_are_not_pages_are_404s(client):
    assert client.get("/about/staff/nobody-by-this-name/").status_code == 404
    assert client.get("/about/nobody/deeper/still/").status_code == 404
    assert client.get("/publications/reports/extra/").status_code == 404
    assert client.get("/about/%00/").status_code == 400  # PostgreSQL refuses a NUL in a query
    # A page is only found at its own address, not under another section.
    bio = people_factories.make_staff(slug="someone-here")
    assert client.get(bio.url).status_code == 200
    assert client.get("/publications/someone-here/").status_code == 404


def test_a_renamed_section_moves_its_pages_with_it(client):
    bio = people_factories.make_staff(slug="moving-person", short_bio="Still here.")
    client.get(bio.url)
    staff = people_factories.staff_index()
    staff.slug = "our-team"
    staff.save_revision().publish()
    assert "Still here." in client.get("/about/our-team/moving-person/").content.decode()
    # The old address redirects (Wagtail's redirects app), it does not serve the page from a stale path.
    old = client.get("/about/staff/moving-person/")
    assert old.status_code in (301, 302, 404)
    if old.status_code != 404:
        assert old["Location"].endswith("/about/our-team/moving-person/")


def test_a_draft_page_is_not_served_at_its_address(client):
    draft = people_factories.make_staff(slug="not-yet-live", live=False)
    assert client.get(draft.url or "/about/staff/not-yet-live/").status_code == 404


def test_a_moved_an_unpublished_and_a_new_page_are_found_at_once(client, page_tree):
    from home.demo import publish
    from home.models import StandardPage

    make_campaigns(page_tree.home)
    assert client.get("/campaigns/").status_code == 200
    campaigns = Page.objects.get(slug="campaigns").specific
    campaigns.slug = "our-campaigns"
    publish(campaigns)
    assert client.get("/our-campaigns/").status_code == 200
    assert client.get("/campaigns/").status_code in (301, 404)
    Page.objects.get(slug="our-campaigns").unpublish()
    assert client.get("/our-campaigns/").status_code == 404
    about = Page.objects.get(slug="about")
    assert client.get("/about/new-section/").status_code == 404
    about.add_child(instance=StandardPage(title="New section", slug="new-section", live=True))
    assert client.get("/about/new-section/").status_code == 200


def test_the_header_never_sends_readers_to_a_private_donate_page(client, page_tree):
    donate = DonatePageFactory(parent=page_tree.home)
    ContactPageFactory(parent=page_tree.home)
    assert "site-header__donate" in client.get("/contact/").content.decode()
    assert "DonateAction" in client.get("/").content.decode()
    restrict(donate)

    assert "site-header__donate" not in client.get("/contact/").content.decode()  # no Donate button
    assert "DonateAction" not in client.get("/").content.decode()  # nor a donate action for search engines
