"""Page types of the home app: where they may be created, and that they render and preview."""

import pytest
from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase

from home.factories import (
    ContactPageFactory,
    DonatePageFactory,
    DonationAppealPageFactory,
    GetHelpPageFactory,
    KnowYourRightsPageFactory,
    build_page_tree,
)
from home.models import HomePage, SitemapPage, StandardPage
from home.testing import preview_post_data, translate_page
from people.factories import make_posting, make_staff
from press.factories import MediaToolkitPageFactory, make_release
from publications.factories import make_publication

from .admin_helpers import add_live_page

# Builds the pages it needs (home/factories.py) on an empty site: the tests ask for ``page_tree``, the TestCase
# builds it in setUp (inside each test's transaction), and the demo's About page is made by the demo's loader.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages]


def add_sitemap(home):
    return add_live_page(home, SitemapPage, "sitemap", title="Sitemap")


class HomeAppPageTypesTest(WagtailPageTestCase):
    def setUp(self):
        tree = build_page_tree()
        self.home = tree.home
        self.about = tree.about
        self.sitemap = add_sitemap(self.home)

    def test_home_page_only_at_the_root_and_only_once(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        # One already exists, so the admin offers no second one anywhere.
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_standard_page_under_home_and_other_standard_pages(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(SitemapPage, StandardPage)

    def test_sitemap_page_is_a_singleton_under_home_with_no_children(self):
        self.assertAllowedParentPageTypes(SitemapPage, {HomePage})
        self.assertAllowedSubpageTypes(SitemapPage, set())
        self.assertFalse(SitemapPage.can_create_at(self.home))

    def test_every_page_renders_and_previews(self):
        user = self.login()
        for page in [self.home, self.about, self.sitemap]:
            self.assertPageIsRenderable(page)
            self.client.force_login(user)
            self.assertPageIsPreviewable(page, post_data=preview_post_data(self.client, page))

    def test_a_new_standard_page_can_be_created_through_the_admin(self):
        self.login()
        data = {
            "title": "Know your rights",
            "slug": "know-your-rights",
            "introduction": "A short guide.",
            "body-count": "0",
            "sidebar-count": "0",
        }
        self.assertCanCreate(self.home, StandardPage, data)
        assert StandardPage.objects.filter(slug="know-your-rights").exists()


def test_the_demos_about_page_carries_the_seed_text(client):
    from home.demo.loader import build_about, build_home, finish_about

    # What load_demo_site does for About, on an empty site.
    home = build_home({})
    build_about(home, {})
    finish_about(home, {})
    html = client.get("/about/").content.decode()
    assert "<h1>About the Sex Workers Project</h1>" in html
    for phrase in [
        "What we do",
        "One of the first programs in the nation to assist survivors of human trafficking",
        "The Urban Justice Center",
        "serves low-income and marginalized New Yorkers",
        "Internships",
        "Positions for unpaid interns and externs are available",
    ]:
        assert phrase in html, phrase
    assert 'href="/about/internships/"' in html


@pytest.fixture
def a_page_of_every_type(page_tree):
    """One live page of each page type, in English, and each of them translated into Spanish."""
    home = page_tree.home
    donate = DonatePageFactory(parent=home)
    DonationAppealPageFactory(parent=donate)
    get_help = GetHelpPageFactory(parent=home)
    # Every field of the section, as the admin saves it: wagtail-localize cannot translate a missing one.
    section = {"heading": "Your rights", "body": "<p>You have some.</p>", "say_this": ""}
    KnowYourRightsPageFactory(parent=get_help, sections=[{"type": "section", "value": section}])
    ContactPageFactory(parent=home)
    make_publication()
    make_release(index=page_tree.press)
    MediaToolkitPageFactory(parent=page_tree.press)
    make_staff(index=page_tree.staff, photo=False)
    make_posting(index=page_tree.internships)
    add_sitemap(home)
    for page in home.get_descendants(inclusive=True).order_by("path"):
        translate_page(page)


def test_every_page_has_exactly_one_h1_and_its_landmarks(client, a_page_of_every_type):
    seen = set()
    for page in Page.objects.live().public().filter(depth__gte=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert html.count("<h1") == 1, page.url
        assert '<main id="main"' in html and '<nav class="main-nav" aria-label=' in html
        assert 'class="skip-link" href="#main"' in html
        seen.add((type(page), page.locale.language_code))
    every_type = {model for model in get_page_models() if model is not Page}
    assert seen == {(model, language) for model in every_type for language in ("en", "es")}
