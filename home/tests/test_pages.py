"""Page types of the home app: where they may be created, and that they render and preview."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, SitemapPage, StandardPage
from home.testing import preview_post_data


@pytest.mark.django_db
class HomeAppPageTypesTest(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(locale__language_code="en")
        self.about = StandardPage.objects.get(slug="about")

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
        for page in [self.home, self.about, SitemapPage.objects.get(locale__language_code="en")]:
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


@pytest.mark.django_db
def test_about_page_carries_the_seed_text(client):
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


@pytest.mark.django_db
def test_every_page_has_exactly_one_h1_and_its_landmarks(client):
    for page in Page.objects.live().public().filter(depth__gte=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert html.count("<h1") == 1, page.url
        assert '<main id="main"' in html and '<nav class="main-nav" aria-label=' in html
        assert 'class="skip-link" href="#main"' in html
