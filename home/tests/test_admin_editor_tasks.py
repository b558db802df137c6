"""The comms team's nine routine tasks (issue 18), each done by an Editor through the admin's own forms.

An Editor (group "Editors", not a superuser) opens the real add or edit form, fills it in as a person
would and presses Submit to Moderator approval; the page or press appearance is then in review and not
on the site. Publishing stays a Moderator's step (test_admin_moderation.py). The menus and footer and the
alert banner are snippets with a copy per language: they change the site when saved, with no review.

1. a report with its PDF            6. a donation appeal
2. an embargoed press release       7. the footer menu
3. a press appearance               8. the alert banner
4. a staff bio under About → Staff  9. admin search
5. an internship posting

The internship's last step, downloading a résumé, is an Internship reviewer's by design: the last
test here does it through the admin; people/tests/test_private_files.py checks that nobody else can.
"""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home import clock
from home.demo import link
from home.factories import AlertBannerFactory, DonatePageFactory, NavigationFactory
from home.models import AlertBanner, DonationAppealPage, Navigation
from people import factories as people_factories
from people.models import InternshipIndexPage, InternshipPage, StaffBioPage
from press.models import PressAppearance, PressIndexPage, PressReleasePage
from publications.factories import get_category, get_index
from publications.models import PublicationPage

from .admin_helpers import (
    form_data,
    make_member,
    make_standard_page,
    page_form_data,
    press_appearance_post,
    raw_stream,
    review_in_progress,
    stream_data,
)

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

SUBMIT = {"action-submit": "action-submit"}


@pytest.fixture
def editor(client):
    user = make_member("Editors", username="comms-editor")
    assert not user.is_superuser
    client.force_login(user)
    return user


def add_page_and_submit(client, parent, model, fields):
    """Fill in the admin's add form for ``model`` under ``parent`` and press Submit; return the new page."""
    meta = model._meta
    path, data = page_form_data(client, f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{parent.pk}/", model)
    data.update(nested_form_data(fields))
    data.update(SUBMIT)
    response = client.post(path, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return model.objects.get(slug=fields["slug"])


def assert_submitted_not_live(obj, editor):
    """In the Moderator approval review, started by the editor, and not on the site."""
    state = review_in_progress(obj)
    assert state is not None, obj
    assert state.workflow.name == "Moderator approval"
    assert state.requested_by == editor
    obj.refresh_from_db()
    assert not obj.live


# --- 1. A report with its PDF ------------------------------------------------------------------


def test_1_an_editor_uploads_a_pdf_and_submits_a_report_with_it(client, editor, page_tree):
    upload = SimpleUploadedFile(
        "street-safety.pdf", people_factories.pdf_bytes("Street safety report"), content_type="application/pdf"
    )
    response = client.post(
        "/admin/documents/multiple/add/", {"files[]": upload}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.status_code == 200 and response.json()["success"]
    document_id = response.json()["doc_id"]

    page = add_page_and_submit(
        client,
        get_index(),
        PublicationPage,
        {
            "title": "Street safety report",
            "slug": "street-safety-report",
            "category": get_category("reports").pk,
            "language": "en",
            "summary": "What sex workers told us about safety on the street.",
            "document": document_id,
            "topics": "policing, safety",
        },
    )
    assert page.get_parent().url_path == f"{page_tree.home.url_path}publications/"
    assert_submitted_not_live(page, editor)
    latest = page.get_latest_revision().as_object()
    assert latest.document_id == document_id and latest.is_pdf
    assert client.get("/publications/street-safety-report/").status_code == 404


# --- 2. An embargoed press release -------------------------------------------------------------


def test_2_an_editor_submits_a_press_release_embargoed_until_a_future_time(client, editor):
    go_live = timezone.localtime() + timedelta(days=3)
    page = add_page_and_submit(
        client,
        PressIndexPage.objects.get(locale__language_code="en"),
        PressReleasePage,
        {
            "title": "SWP responds to the new policing plan",
            "slug": "swp-responds-to-the-policing-plan",
            "release_date": go_live.strftime("%Y-%m-%d %H:%M"),
            "dateline": "New York",
            "summary": "Our statement on the city's new policing plan.",
            "body": streamfield([("paragraph", rich_text("<p>The plan puts sex workers at risk.</p>"))]),
            "go_live_at": go_live.strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert_submitted_not_live(page, editor)
    scheduled = page.get_latest_revision().as_object().go_live_at
    assert scheduled is not None and abs(scheduled - go_live) < timedelta(minutes=1)
    assert "new policing plan" not in client.get("/press/").content.decode()


# --- 3. A press appearance ---------------------------------------------------------------------


def test_3_an_editor_adds_a_press_appearance_and_submits_it(client, editor):
    url = "/admin/snippets/press/pressappearance/add/"
    path, data = form_data(client, url, form_id="w-editor-form")
    html = client.get(url).content.decode()
    assert "Submit to Moderator approval" in html
    assert 'name="action-publish"' not in html  # Editors do not publish

    response = client.post(path, press_appearance_post(data, **SUBMIT))
    assert response.status_code == 302
    appearance = PressAppearance.objects.get(headline="Advocates push for decriminalization in Albany")
    assert_submitted_not_live(appearance, editor)
    assert "decriminalization in Albany" not in client.get("/press/appearances/").content.decode()
    # What happens next, a Moderator's approval: test_admin_editors.py and test_admin_moderation.py.


# --- 4. A staff bio under About → Staff --------------------------------------------------------


def test_4_an_editor_adds_a_staff_bio_under_about_staff_and_submits_it(client, editor, page_tree):
    staff = page_tree.staff
    assert staff.url_path == f"{page_tree.home.url_path}about/staff/"
    page = add_page_and_submit(
        client,
        staff,
        StaffBioPage,
        {
            "title": "Jordan Rivera",
            "slug": "jordan-rivera",
            "role": "Staff Attorney",
            "pronouns": "they/them",
            "short_bio": "Jordan represents clients in criminal and vacatur cases.",
            "bio": rich_text("<p>Jordan joined SWP in 2024.</p>"),
            "languages": "English, Spanish",
        },
    )
    assert page.get_parent().pk == staff.pk
    assert_submitted_not_live(page, editor)
    assert page.get_latest_revision().as_object().is_current
    assert "Jordan Rivera" not in client.get("/about/staff/").content.decode()


# --- 5. An internship posting ------------------------------------------------------------------


def test_5_an_editor_adds_an_internship_posting_and_submits_it(client, editor):
    today = clock.today()
    text = rich_text("<p>Help tell SWP's story.</p>")
    page = add_page_and_submit(
        client,
        InternshipIndexPage.objects.get(locale__language_code="en"),
        InternshipPage,
        {
            "title": "Communications intern",
            "slug": "communications-intern",
            "summary": "Help tell SWP's story.",
            "team": "communications",
            "term": "Summer 2031",
            "start_date": str(today + timedelta(days=60)),
            "end_date": str(today + timedelta(days=120)),
            "application_deadline": str(today + timedelta(days=30)),
            "compensation": "paid",
            "hours_per_week": "20",
            "location": "remote",
            "description": text,
            "responsibilities": text,
            "qualifications": text,
        },
    )
    assert_submitted_not_live(page, editor)
    assert "Communications intern" not in client.get("/about/internships/").content.decode()


# --- 6. A donation appeal ----------------------------------------------------------------------


def test_6_an_editor_adds_a_donation_appeal_under_donate_and_submits_it(client, editor, page_tree):
    today = clock.today()
    page = add_page_and_submit(
        client,
        DonatePageFactory(parent=page_tree.home),
        DonationAppealPage,
        {
            "title": "Spring legal fund appeal",
            "slug": "spring-legal-fund",
            "introduction": "Help us keep our legal services free.",
            "start_date": str(today),
            "end_date": str(today + timedelta(days=30)),
            "goal": "25000",
            "raised": "12300",
            "ended_message": "Thank you to everyone who gave.",
        },
    )
    assert_submitted_not_live(page, editor)
    appeal = page.get_latest_revision().as_object()
    assert (appeal.goal, appeal.raised) == (25000, 12300)
    assert "Spring legal fund appeal" not in client.get("/donate/").content.decode()


# --- 7. The footer menu (a snippet with a copy per language: no review) --------------------------


def english(model):
    return model.objects.get(locale=Locale.get_default())


def test_7_an_editor_changes_the_main_menu_and_the_footer(client, editor, page_tree):
    reports = link("Reports", url="/publications/reports/")
    NavigationFactory(
        main_menu=[{"type": "link", "value": link("About", page=page_tree.about)}],
        footer_groups=[{"type": "group", "value": {"heading": "Publications", "links": [reports]}}],
    )
    navigation = english(Navigation)
    path, data = form_data(client, f"/admin/snippets/home/navigation/edit/{navigation.pk}/")
    menu = raw_stream(navigation.main_menu) + [("link", {"label": "Know your rights", "page": None, "url": "/kyr/"})]
    footer = raw_stream(navigation.footer_groups)
    footer[0][1]["heading"] = "Our publications"
    data.update(stream_data("main_menu", menu))
    data.update(stream_data("footer_groups", footer))
    response = client.post(path, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""

    html = client.get("/").content.decode()
    assert 'href="/kyr/"' in html and "Know your rights" in html
    assert "Our publications" in html


# --- 8. The alert banner (a snippet with a copy per language: no review) ---------------------------


def test_8_an_editor_puts_up_the_alert_banner_with_a_short_text_for_phones(client, editor):
    AlertBannerFactory()
    path, data = form_data(client, f"/admin/snippets/home/alertbanner/edit/{english(AlertBanner).pk}/")
    data.update(
        {
            "enabled": "on",
            "text": "The office is closed on Friday for the holiday; leave a message on the intake line.",
            "short_text": "Office closed Friday",
            "link": "/get-help/",
        }
    )
    assert client.post(path, data).status_code == 302
    banner = english(AlertBanner)
    assert banner.enabled and banner.short_text == "Office closed Friday"
    html = client.get("/").content.decode()
    assert 'aria-label="Announcement"' in html
    assert "Office closed Friday" in html and "The office is closed on Friday for the holiday" in html

    # A short alert without a link to the full message is refused, with a message by the link.
    data.update({"link": ""})
    response = client.post(path, data)
    assert response.status_code == 200
    assert "link" in response.context["form"].errors


# --- 9. Admin search ---------------------------------------------------------------------------


def test_9_an_editor_finds_a_page_with_the_admin_search(client, editor):
    make_standard_page("Know Your Rights: Sex Work and the Police in New York", slug="know-your-rights", live=True)
    make_standard_page("Vacating convictions", live=True)
    response = client.get("/admin/pages/search/", {"q": "know your rights"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Know Your Rights: Sex Work and the Police in New York" in html
    assert "Vacating convictions" not in html


# --- The résumé: an Internship reviewer's task ---------------------------------------------------


def test_an_internship_reviewer_downloads_a_resume_from_the_application_in_the_admin(client):
    application = people_factories.make_application()
    client.force_login(make_member("Internship reviewers"))
    html = client.get(f"/admin/people/internshipapplication/edit/{application.pk}/").content.decode()
    download_url = application.get_resume_url()
    assert f'href="{download_url}"' in html and "Download the résumé" in html

    response = client.get(download_url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
