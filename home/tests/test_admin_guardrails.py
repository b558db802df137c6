"""Guard-rails for editors: page types only where they belong, singletons, help text, alt text,
upload limits, redirects on slug changes, New York time, preview sizes."""

import io
import zoneinfo
from datetime import datetime

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from modelcluster.fields import ParentalKey
from PIL import Image as PILImage
from taggit.models import ItemBase
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, AbstractFormSubmission
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import DraftStateMixin, LockableMixin, Page, RevisionMixin, TranslatableMixin

from home.models import ContactPage, DonatePage, HomePage, SitemapPage, StandardPage
from home.testing import spanish_home, translate_page
from people.models import InternshipIndexPage, StaffIndexPage
from press.models import MediaToolkitPage, PressIndexPage
from publications.models import PublicationIndexPage

from .admin_helpers import add_live_page, home_page, make_member, make_standard_page, standard_page_post

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

APPS = ("home", "publications", "press", "people")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def project_page_types():
    return [
        model
        for app in APPS
        for model in apps.get_app_config(app).get_models()
        if issubclass(model, Page) and not model._meta.abstract
    ]


def test_every_page_type_says_where_it_belongs():
    page_types = project_page_types()
    assert len(page_types) >= 15
    for model in page_types:
        assert "parent_page_types" in model.__dict__, f"{model.__name__} declares no parent_page_types"
        assert "subpage_types" in model.__dict__, f"{model.__name__} declares no subpage_types"


def test_the_home_page_and_general_pages_offer_only_their_children():
    home = home_page()
    allowed = {m.__name__ for m in HomePage.allowed_subpage_models()}
    assert allowed == {
        "StandardPage",
        "ContactPage",
        "DonatePage",
        "GetHelpPage",
        "SitemapPage",
        "PublicationIndexPage",
        "PressIndexPage",
    }
    assert {m.__name__ for m in StandardPage.allowed_subpage_models()} == {
        "StandardPage",
        "StaffIndexPage",
        "InternshipIndexPage",
    }
    from press.models import PressReleasePage

    assert not PressReleasePage.can_create_at(home)
    assert StandardPage.can_create_at(home)


SINGLETONS = [
    HomePage,
    SitemapPage,
    ContactPage,
    DonatePage,
    PublicationIndexPage,
    PressIndexPage,
    MediaToolkitPage,
    StaffIndexPage,
    InternshipIndexPage,
]


@pytest.mark.parametrize("model", SINGLETONS, ids=lambda m: m.__name__)
def test_singletons_are_limited_to_one(model, every_page_type):
    spanish_home()
    if model is not HomePage:
        translate_page(model.objects.get())
    assert model.max_count == 1
    # One page, in each language it is translated into.
    assert model.objects.filter(locale__language_code="en").count() == 1
    assert model.objects.values("translation_key").distinct().count() == 1
    for parent_model in model.allowed_parent_page_models():
        for parent in parent_model.objects.all():
            assert not model.can_create_at(parent.specific), f"a second {model.__name__} under {parent}"


def test_an_editor_cannot_open_the_form_for_a_second_singleton(client, page_tree):
    add_live_page(page_tree.home, SitemapPage, "sitemap", title="Sitemap")
    client.force_login(make_member("Editors"))
    response = client.get(f"/admin/pages/add/home/sitemappage/{home_page().pk}/")
    assert response.status_code in (302, 403)


WAGTAIL_BASES = (
    Page,
    AbstractImage,
    AbstractDocument,
    AbstractRendition,
    AbstractFormField,
    AbstractEmailForm,
    AbstractFormSubmission,
)
# Drafts, revisions and locking of snippets (press appearances), and the locale and translation key of what
# is translated (the contact form's questions): Wagtail's own fields, shown in its own panels or never.
WAGTAIL_MIXINS = (DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin)


def inherited_from_wagtail(model, field):
    for base in WAGTAIL_BASES + WAGTAIL_MIXINS + (BaseSiteSetting, ItemBase):
        if issubclass(model, base):
            names = {f.name for f in base._meta.get_fields()} if not base._meta.abstract else set()
            names |= {f.name for f in base._meta.local_fields}
            if field.name in names:
                return True
    return False


def test_every_field_has_help_text():
    missing = []
    for app in APPS:
        for model in apps.get_app_config(app).get_models():
            if issubclass(model, AbstractRendition | ItemBase):
                continue  # made by Wagtail and taggit, never shown in a form
            for field in model._meta.concrete_fields:
                if isinstance(field, models.AutoField) or field.auto_created:
                    continue
                if field.remote_field and getattr(field.remote_field, "parent_link", False):
                    continue
                if isinstance(field, ParentalKey) or field.name == "sort_order":
                    continue  # the link from an inline item to its page; never shown to editors
                if inherited_from_wagtail(model, field):
                    continue
                if not str(field.help_text).strip():
                    missing.append(f"{model._meta.label}.{field.name}")
    assert missing == []


# --- Uploads ----------------------------------------------------------------------------------


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "purple").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def moderator_client(client):
    client.force_login(make_member("Moderators"))
    return client


def test_an_image_without_a_description_is_refused(moderator_client):
    Image = get_image_model()
    before = Image.objects.count()
    response = moderator_client.post(
        "/admin/images/add/",
        {"title": "No alt text", "file": SimpleUploadedFile("no-alt.png", png_bytes(), "image/png"), "description": ""},
    )
    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    assert Image.objects.count() == before

    response = moderator_client.post(
        "/admin/images/add/",
        {
            "title": "With alt text",
            "file": SimpleUploadedFile("alt.png", png_bytes(), "image/png"),
            "description": "A purple square.",
        },
    )
    assert response.status_code == 302
    assert Image.objects.filter(title="With alt text", description="A purple square.").exists()


def test_an_svg_image_is_refused(moderator_client):
    Image = get_image_model()
    before = Image.objects.count()
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
    response = moderator_client.post(
        "/admin/images/add/",
        {"title": "Vector", "file": SimpleUploadedFile("logo.svg", svg, "image/svg+xml"), "description": "A logo."},
    )
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert Image.objects.count() == before


@pytest.mark.parametrize(
    "name, data, content_type",
    [
        ("setup.exe", b"MZ\x90\x00" + b"\x00" * 60, "application/x-msdownload"),
        ("page.html", b"<html><script>alert(1)</script></html>", "text/html"),
        ("page.htm", b"<html></html>", "text/html"),
    ],
)
def test_executable_and_web_page_documents_are_refused(moderator_client, name, data, content_type):
    Document = get_document_model()
    before = Document.objects.count()
    response = moderator_client.post(
        "/admin/documents/add/", {"title": "Bad file", "file": SimpleUploadedFile(name, data, content_type)}
    )
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert Document.objects.count() == before


def test_a_pdf_document_is_accepted(moderator_client):
    from home.demo import make_pdf_bytes

    response = moderator_client.post(
        "/admin/documents/add/",
        {
            "title": "Guard-rail report",
            "file": SimpleUploadedFile(
                "report.pdf", make_pdf_bytes("Guard-rail report", ["A paragraph."]), "application/pdf"
            ),
            "language": "English",
        },
    )
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Guard-rail report").exists()


def test_too_large_uploads_are_refused(moderator_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100
    response = moderator_client.post(
        "/admin/documents/add/",
        {"title": "Huge", "file": SimpleUploadedFile("huge.txt", b"x" * 1000, "text/plain"), "language": "English"},
    )
    assert response.status_code == 200 and "file" in response.context["form"].errors


# --- Slug changes leave a redirect -----------------------------------------------------------


def test_changing_a_published_pages_slug_leaves_a_redirect(moderator_client, django_capture_on_commit_callbacks):
    page = make_standard_page("Old name of a page", slug="old-name", live=True)
    assert moderator_client.get("/old-name/").status_code == 200
    # Wagtail sends page_slug_changed once the change is committed; run those callbacks here.
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            f"/admin/pages/{page.pk}/edit/", standard_page_post(page, slug="new-name", **{"action-publish": "1"})
        )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.slug == "new-name"
    assert Redirect.objects.filter(old_path="/old-name", redirect_page=page).exists()
    moderator_client.logout()
    response = moderator_client.get("/old-name/")
    assert response.status_code == 301
    assert response["Location"].rstrip("/").endswith("/new-name")
    assert moderator_client.get("/new-name/").status_code == 200


# --- Times are New York times ------------------------------------------------------------------


def test_a_releases_date_shows_in_new_york_time_on_the_site_and_in_the_admin(moderator_client):
    from press.factories import make_release

    # 03:30 UTC on 2 March is 22:30 on 1 March in New York (EST, UTC-5).
    utc_moment = datetime(2026, 3, 2, 3, 30, tzinfo=zoneinfo.ZoneInfo("UTC"))
    release = make_release(title="Time zone release", summary="When was it?", release_date=utc_moment)
    html = moderator_client.get(f"/admin/pages/{release.pk}/edit/").content.decode()
    assert "2026-03-01 22:30" in html
    moderator_client.logout()
    html = moderator_client.get(release.url).content.decode()
    assert "March 1, 2026, 10:30 PM EST" in html


# --- Preview at phone and desktop sizes ------------------------------------------------------


def test_every_page_type_previews_at_phone_and_desktop_sizes(moderator_client, every_page_type):
    for model in project_page_types():
        sizes = {size["name"]: size["device_width"] for size in model().preview_sizes}
        assert sizes == {"mobile": 375, "desktop": 1280}, model.__name__
        assert model().default_preview_size == "mobile"
    about = StandardPage.objects.get(slug="about")
    html = moderator_client.get(f"/admin/pages/{about.pk}/edit/").content.decode()
    assert "1280" in html and "375" in html
    previewed = set()
    for page in Page.objects.filter(depth__gte=2).live().specific():
        response = moderator_client.get(f"/admin/pages/{page.pk}/edit/preview/?mode={page.default_preview_mode}")
        assert response.status_code == 200, page.url_path
        previewed.add(type(page))
    assert set(project_page_types()) <= previewed
