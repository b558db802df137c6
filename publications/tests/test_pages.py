"""Page types: where they can be created, that they render and preview, and the admin screens."""

import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.factories import build_page_tree
from home.models import HomePage, StandardPage
from publications.factories import (
    get_category,
    get_index,
    make_document,
    make_publication,
    make_standard_categories,
)
from publications.models import PublicationIndexPage, PublicationPage

# Builds the pages it needs (home/factories.py) on an empty site: the test case in setUpTestData, each
# database test with ``page_tree`` (a fixture would run outside a TestCase's per-test transaction).
pytestmark = pytest.mark.own_pages


def make_report(**fields):
    """A report with the fields an editor usually fills in: authors and topics."""
    return make_publication(authors="Ana Author\nBo Writer", topics=["policing", "raids"], **fields)


def publication_form_data(page, **changes):
    """What the admin's edit form posts for ``page``."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "category": page.category_id,
        "publication_date": page.publication_date.isoformat() if page.publication_date else "",
        "authors": page.authors,
        "partner_organisation": page.partner_organisation,
        "language": page.language,
        "summary": page.summary,
        "document": page.document_id,
        "topics": ", ".join(tag.name for tag in page.topics.all()),
        "body": streamfield([("paragraph", rich_text("<p>Read this online.</p>"))]),
        "related_publications": inline_formset([], max=4),
    }
    data.update(changes)
    return nested_form_data(data)


class PublicationPageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        build_page_tree()

    def test_index_only_under_the_home_page_and_only_once(self):
        self.assertAllowedParentPageTypes(PublicationIndexPage, {HomePage})
        self.assertCanNotCreateAt(StandardPage, PublicationIndexPage)
        self.assertCanNotCreateAt(PublicationIndexPage, PublicationIndexPage)
        # max_count=1: the site's section exists, so no second one can be added.
        self.assertFalse(PublicationIndexPage.can_create_at(HomePage.objects.get(locale__language_code="en")))

    def test_publication_only_under_the_index(self):
        self.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})
        self.assertAllowedSubpageTypes(PublicationPage, set())
        self.assertCanCreateAt(PublicationIndexPage, PublicationPage)
        self.assertCanNotCreateAt(HomePage, PublicationPage)
        self.assertCanNotCreateAt(StandardPage, PublicationPage)
        self.assertCanNotCreateAt(PublicationPage, PublicationPage)

    def test_index_renders_and_previews(self):
        index = get_index()
        self.assertPageIsRenderable(index)
        self.assertPageIsPreviewable(
            index, post_data=nested_form_data({"title": index.title, "slug": index.slug, "introduction": "Hello"})
        )

    def test_publication_renders_and_previews(self):
        page = make_report(title="A report to render")
        self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(page, post_data=publication_form_data(page))

    def test_a_new_publication_previews_before_it_is_ever_published(self):
        page = make_publication(title="A draft report", publish=False, topics=["drafts"])
        page.save_revision()
        self.assertPageIsPreviewable(page, post_data=publication_form_data(page))

    def test_editor_can_create_a_publication_through_the_admin(self):
        index = get_index()
        document = make_document("A PDF already in the library")
        related = make_report(title="A report to suggest")
        self.login()
        self.assertCanCreate(
            index,
            PublicationPage,
            nested_form_data(
                {
                    "title": "A report made in the admin",
                    "slug": "a-report-made-in-the-admin",
                    "category": get_category("reports").pk,
                    "publication_date": "2024-05-01",
                    "authors": "Someone\nSomeone Else",
                    "partner_organisation": "",
                    "language": "en",
                    "summary": "A summary written by an editor.",
                    "document": document.pk,
                    "topics": "policing, new topic",
                    "body": streamfield([]),
                    "related_publications": inline_formset([{"publication": related.pk}], max=4),
                }
            ),
        )
        page = PublicationPage.objects.get(slug="a-report-made-in-the-admin")
        self.assertEqual(page.get_parent().pk, index.pk)
        self.assertEqual({tag.name for tag in page.topics.all()}, {"policing", "new topic"})
        self.assertEqual([link.publication for link in page.related_publications.all()], [related])


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_publication_date_falls_back_to_the_day_it_is_first_published():
    page = make_publication(publication_date=None, publish=False)
    page.publication_date = None
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.first_published_at is not None
    from django.utils import timezone

    assert page.publication_date == timezone.localdate(page.first_published_at)


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_a_publication_cannot_take_a_category_address(client):
    from django.core.exceptions import ValidationError

    page = make_publication(publish=False)
    page.slug = "reports"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "slug" in error.value.message_dict


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_category_cannot_take_a_route_address():
    from django.core.exceptions import ValidationError

    from publications.models import PublicationCategory

    category = PublicationCategory(name="Feeds", slug="feed")
    with pytest.raises(ValidationError):
        category.full_clean()
    make_publication(slug="street-corners")
    clash = PublicationCategory(name="Clash", slug="street-corners")
    with pytest.raises(ValidationError):
        clash.full_clean()


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("pubadmin", "pubadmin@example.org", "a-long-test-password")
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_admin_can_open_the_publication_edit_form(admin_client_logged_in):
    page = make_report()
    response = admin_client_logged_in.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    # Help text a non-technical editor reads.
    assert "one per line" in content
    assert "Leave empty to use the day this page is first published" in content


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_admin_can_list_and_edit_categories(admin_client_logged_in):
    make_standard_categories()
    listing = admin_client_logged_in.get(reverse("wagtailsnippets_publications_publicationcategory:list"))
    assert listing.status_code == 200
    content = listing.content.decode()
    for name in ("Reports", "Publications by Partners", "Fact Sheets &amp; Other"):
        assert name in content
    category = get_category("reports")
    edit = admin_client_logged_in.get(
        reverse("wagtailsnippets_publications_publicationcategory:edit", args=[category.pk])
    )
    assert edit.status_code == 200
    menu = admin_client_logged_in.get(reverse("wagtailadmin_home"))
    assert "Publication categories" in menu.content.decode()


def test_every_field_an_editor_fills_in_has_help_text():
    from publications.models import PublicationCategory, RelatedPublication

    checked = []
    for model in (PublicationPage, PublicationCategory, PublicationIndexPage, RelatedPublication):
        fields = [*model._meta.local_fields, *model._meta.local_many_to_many, *model._meta.private_fields]
        for field in fields:
            if field.auto_created or not field.editable or field.name in {"id", "page_ptr", "page", "sort_order"}:
                continue
            checked.append(f"{model.__name__}.{field.name}")
            assert field.help_text, f"{model.__name__}.{field.name} has no help text"
    assert "PublicationPage.topics" in checked and "PublicationPage.document" in checked


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_a_category_in_use_cannot_be_deleted(admin_client_logged_in):
    from publications.models import PublicationCategory

    category = get_category("reports")
    make_publication(category=category)
    url = reverse("wagtailsnippets_publications_publicationcategory:delete", args=[category.pk])
    assert admin_client_logged_in.get(url).status_code == 200
    response = admin_client_logged_in.post(url)
    assert response.status_code in (200, 302)
    assert PublicationCategory.objects.filter(pk=category.pk).exists()


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_category_pages_are_in_the_sitemap(client):
    make_standard_categories()
    make_publication(slug="street-corners")
    xml = client.get("/sitemap.xml").content.decode()
    for path in (
        "/publications/",
        "/publications/reports/",
        "/publications/fact-sheets/",
        "/publications/street-corners/",
    ):
        assert path + "</loc>" in xml


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_a_publication_previews_while_it_is_being_created(admin_client_logged_in):
    index = get_index()
    source = make_report()
    url = reverse("wagtailadmin_pages:preview_on_add", args=["publications", "publicationpage", index.pk])
    data = publication_form_data(source, title="Not saved yet", slug="not-saved-yet", publication_date="")
    response = admin_client_logged_in.post(url, data)
    assert response.json() == {"is_valid": True, "is_available": True}
    preview = admin_client_logged_in.get(url)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "<h1>Not saved yet</h1>" in html
    assert "(n.d.). Not saved yet." in html
