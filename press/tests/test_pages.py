"""Press page types: where they may be created, and that they render and preview."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.demo import ensure_image, stream
from home.factories import build_page_tree, organisation
from home.models import HomePage, StandardPage
from home.testing import preview_post_data
from press.factories import MediaToolkitPageFactory, build_release, make_release
from press.models import (
    MediaToolkitFactSheet,
    MediaToolkitLogo,
    MediaToolkitPage,
    MediaToolkitSpokesperson,
    PressIndexPage,
    PressReleaseAttachment,
    PressReleasePage,
    PressReleaseRelatedPublication,
)
from publications.factories import make_document, make_publication

# Builds the pages it needs (home/factories.py) on an empty site: the tests ask for ``page_tree``, the
# TestCase builds it in setUp (inside each test's transaction).
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages]


def make_toolkit(index):
    """A media toolkit with all it offers: spokespeople, a logo, a fact sheet and a guide to the words to use."""
    return MediaToolkitPageFactory(
        parent=index,
        spokespeople=[
            MediaToolkitSpokesperson(name="Robin Speaker", role="Managing Director", topics="Policy in New York"),
            MediaToolkitSpokesperson(name="Casey Counsel", role="Supervising Attorney", languages="English, Spanish"),
        ],
        logos=[
            MediaToolkitLogo(
                image=ensure_image("Toolkit test logo", text="SWP", size=(512, 512)), label="Square logo (PNG)"
            )
        ],
        fact_sheets=[MediaToolkitFactSheet(document=make_document("Toolkit test fact sheet"), label="SWP in brief")],
        language_guide=stream(
            ("heading", {"text": "Sex work is not trafficking", "level": "h3"}),
            ("paragraph", "<p>Say sex worker, or people who trade sex, as the people you write about do.</p>"),
        ),
    )


def make_full_release(index):
    """A live release with an attachment and a related publication."""
    return make_release(
        index,
        title="A release with everything",
        attachments=[PressReleaseAttachment(document=make_document("Full statement"), label="Full statement (PDF)")],
        related_publications=[PressReleaseRelatedPublication(page=make_publication(title="A related report"))],
    )


class PressPageTypesTest(WagtailPageTestCase):
    def setUp(self):
        tree = build_page_tree()
        self.home = tree.home
        self.index = tree.press
        self.toolkit = make_toolkit(self.index)
        self.release = make_full_release(self.index)

    def test_press_index_only_under_home_and_only_once(self):
        self.assertAllowedParentPageTypes(PressIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, PressIndexPage)
        self.assertCanNotCreateAt(StandardPage, PressIndexPage)
        # The site has its press index, so the admin offers no second one.
        assert not PressIndexPage.can_create_at(self.home)

    def test_releases_and_the_toolkit_only_under_the_press_index(self):
        self.assertAllowedSubpageTypes(PressIndexPage, {PressReleasePage, MediaToolkitPage})
        self.assertAllowedParentPageTypes(PressReleasePage, {PressIndexPage})
        self.assertAllowedParentPageTypes(MediaToolkitPage, {PressIndexPage})
        for parent in (HomePage, StandardPage, PressReleasePage, MediaToolkitPage):
            self.assertCanNotCreateAt(parent, PressReleasePage)
            self.assertCanNotCreateAt(parent, MediaToolkitPage)
        self.assertAllowedSubpageTypes(PressReleasePage, set())
        self.assertAllowedSubpageTypes(MediaToolkitPage, set())
        self.assertCanCreateAt(PressIndexPage, PressReleasePage)
        assert PressReleasePage.can_create_at(self.index)

    def test_the_media_toolkit_is_a_singleton(self):
        assert not MediaToolkitPage.can_create_at(self.index)

    def test_every_press_page_and_route_renders(self):
        for page in (self.index, self.release, self.toolkit):
            self.assertPageIsRenderable(page)
        for route in ("releases/", "appearances/", "feed/"):
            self.assertPageIsRenderable(self.index, route_path=route)
        self.assertPageIsRenderable(self.index, route_path="no-such-list/", accept_404=True)

    def test_every_press_page_previews(self):
        user = self.login()
        for page in (self.index, self.release, self.toolkit):
            self.client.force_login(user)
            self.assertPageIsPreviewable(page, post_data=preview_post_data(self.client, page))

    def test_a_release_can_be_created_through_the_admin(self):
        self.login()
        data = nested_form_data(
            {
                "title": "SWP responds to the new budget",
                "slug": "swp-responds-to-the-budget",
                "release_date": "2025-05-01 10:00",
                "dateline": "New York",
                "summary": "Our statement on the city budget.",
                "body": streamfield([("paragraph", rich_text("<p>Budget text.</p>"))]),
                "attachments": inline_formset([]),
                "related_publications": inline_formset([]),
            }
        )
        self.assertCanCreate(self.index, PressReleasePage, data)
        page = PressReleasePage.objects.get(slug="swp-responds-to-the-budget")
        assert page.live
        assert page.dateline == "New York"


def test_new_releases_default_to_a_new_york_dateline():
    assert PressReleasePage().dateline == "New York"


@pytest.mark.parametrize("slug", ["releases", "appearances", "feed"])
def test_a_release_cannot_take_the_address_of_a_list(slug):
    page = build_release(slug=slug)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "slug" in error.value.message_dict


def test_a_scheduled_release_is_dated_no_earlier_than_its_go_live_time():
    from datetime import timedelta

    from django.utils import timezone

    go_live = timezone.now() + timedelta(days=3)
    page = build_release(release_date=timezone.now(), go_live_at=go_live)
    page.clean()
    assert page.release_date == go_live


def test_related_publications_and_bios_must_be_of_the_right_type(page_tree):
    """The links hold a publication or a staff bio, and the admin's choosers offer only pages of that type."""
    from wagtail.admin.panels import ObjectList

    from people.models import StaffBioPage
    from press.models import MediaToolkitSpokesperson, PressAppearance, PressReleaseRelatedPublication
    from publications.models import PublicationPage

    about = page_tree.about
    checks = [
        (PressReleaseRelatedPublication, "page", PublicationPage),
        (MediaToolkitSpokesperson, "bio_page", StaffBioPage),
        (PressAppearance, "spokesperson_page", StaffBioPage),
    ]
    for model, field_name, page_type in checks:
        assert model._meta.get_field(field_name).related_model is page_type
        with pytest.raises(ValueError):
            model(**{field_name: about})
        form_class = ObjectList(model.panels).bind_to_model(model).get_form_class()
        form = form_class(data={field_name: str(about.pk)})
        assert form.fields[field_name].widget.target_models == [page_type]
        assert not form.is_valid() and field_name in form.errors


@pytest.mark.usefixtures("page_tree")
def test_a_release_shows_its_media_contact_from_settings_unless_it_has_its_own(client):
    organisation(email="office@example.org", phone="212-555-0100")
    default = make_release(title="Default contact release")
    html = client.get(default.url).content.decode()
    assert "mailto:office@example.org" in html
    assert 'href="tel:212-555-0100"' in html

    own = make_release(
        title="Own contact release", contact_name="Press Person", contact_email="press@example.org", contact_phone="555"
    )
    html = client.get(own.url).content.decode()
    assert "Press Person" in html
    assert "mailto:press@example.org" in html
    assert "mailto:office@example.org" not in html.split('class="press-contact"')[1].split("</aside>")[0]


def test_the_media_toolkit_offers_contacts_logos_facts_and_guidance(client, page_tree):
    toolkit = make_toolkit(page_tree.press)
    assert toolkit.url == "/press/media-toolkit/"
    html = client.get(toolkit.url).content.decode()
    for text in ["Media contact", "Robin Speaker", "Managing Director", "Casey Counsel", "Supervising Attorney"]:
        assert text in html
    assert "sex worker" in html and "people who trade sex" in html
    assert "Sex work is not trafficking" in html
    # Logos: the original upload is offered for download, and it is really there.
    logo = toolkit.logos.first().image
    assert f'href="{logo.file.url}" download' in html
    assert client.get(logo.file.url).status_code == 200
    # The fact sheet downloads as a PDF.
    sheet = toolkit.fact_sheets.first().document
    response = client.get(sheet.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content if response.streaming else [response.content]).startswith(b"%PDF")


@pytest.mark.usefixtures("page_tree")
def test_a_scheduled_change_to_a_published_release_keeps_its_date():
    from datetime import timedelta

    from django.utils import timezone

    page = make_release(title="Already out")
    original = page.release_date
    page.go_live_at = timezone.now() + timedelta(days=1)
    page.clean()
    assert page.release_date == original
