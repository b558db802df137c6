"""The contact page: details from the settings, a form that never loses a message and keeps spam out."""

import logging
from datetime import timedelta
from io import StringIO
from smtplib import SMTPException
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase

from home.demo import publish
from home.factories import ContactPageFactory, build_page_tree, organisation
from home.models import ContactFormField, ContactPage, ContactSubmission, HomePage, OrganisationSettings, StandardPage
from home.testing import preview_post_data

# Builds the pages it needs (home/factories.py) on an empty site; the browser test visits the demo site.
pytestmark = pytest.mark.own_pages

TEAM_ADDRESS = "swp@urbanjustice.org"

VALID = {
    "name": "Ana",
    "email": "ana@example.org",
    "phone": "",
    "how_should_we_reach_you": "Email",
    "message": "I would like to know about your workshops.",
}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def set_up_contact(home):
    """/contact/ under ``home`` with the design's form, and the office's details in the organisation settings."""
    organisation(
        postal_address="Urban Justice Center\n40 Rector Street, 9th Floor\nNew York, NY 10006",
        phone="646-602-5617",
        email=TEAM_ADDRESS,
        office_hours="Monday to Friday, 10am to 6pm\nClosed on public holidays",
        languages_spoken="English and Spanish; we work with interpreters for other languages",
    )
    return ContactPageFactory(parent=home, to_address=TEAM_ADDRESS)


@pytest.fixture
def contact(page_tree):
    return set_up_contact(page_tree.home)


def submissions():
    return ContactSubmission.objects.filter(page__slug="contact")


# --- Page type ------------------------------------------------------------------------------------


@pytest.mark.django_db
class ContactPageTypeTest(WagtailPageTestCase):
    def setUp(self):
        # Built here, inside each test's transaction (a fixture would build it once for the whole class).
        self.home = build_page_tree().home
        self.contact = set_up_contact(self.home)

    def test_contact_page_is_a_singleton_under_the_home_page_with_no_children(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, set())
        self.assertFalse(ContactPage.can_create_at(self.home))
        self.assertCanNotCreateAt(StandardPage, ContactPage)

    def test_renders_and_previews_form_and_thank_you(self):
        self.login()
        self.assertPageIsRenderable(self.contact)
        self.assertPageIsRenderable(self.contact, route_path="/thank-you/")
        post_data = preview_post_data(self.client, self.contact)
        for mode in ["form", "landing"]:
            self.assertPageIsPreviewable(self.contact, mode=mode, post_data=post_data)

    def test_submissions_are_listed_in_the_admin(self):
        self.client.post(self.contact.url, VALID)
        self.login()
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.contact.pk])).content.decode()
        assert reverse("wagtailforms:list_submissions", args=[self.contact.pk]) in edit
        listing = self.client.get(reverse("wagtailforms:list_submissions", args=[self.contact.pk]))
        assert listing.status_code == 200
        assert "I would like to know about your workshops." in listing.content.decode()


@pytest.mark.django_db
def test_a_field_cannot_take_the_honeypots_name(contact):
    field = ContactFormField(page=contact, label="Website", field_type="url")
    with pytest.raises(ValidationError):
        field.full_clean(exclude=["page"])


# --- What the page shows --------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.usefixtures("contact")
def test_contact_page_shows_details_from_the_settings_and_the_notices(client, settings):
    response = client.get("/contact/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    for text in [
        "40 Rector Street",
        'href="tel:646-602-5617"',
        'href="mailto:swp@urbanjustice.org"',
        "Office hours",
        "Monday to Friday, 10am to 6pm",
        "Languages we speak",
        "English and Spanish",
        "Please do not send details of a legal case",
        "we never share them",
        f"We delete messages {settings.DATA_RETENTION_DAYS} days after they arrive.",
    ]:
        assert text in html, text
    # The notice comes before the form, and every question has a label.
    assert html.index("Please do not send details of a legal case") < html.index('<form method="post"')
    for name in ["name", "email", "phone", "message"]:
        assert f'<label for="id_{name}">' in html
    assert "<legend>How should we reach you</legend>" in html
    assert 'class="honeypot"' in html


@pytest.mark.django_db
@pytest.mark.usefixtures("contact")
def test_changing_the_settings_changes_the_page(client):
    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    org.office_hours = "Tuesdays only"
    org.languages_spoken = "Tagalog"
    org.save()
    html = client.get("/contact/").content.decode()
    assert "Tuesdays only" in html and "Tagalog" in html


@pytest.mark.django_db
@pytest.mark.usefixtures("contact")
def test_get_sets_at_most_the_csrf_cookie(client):
    response = client.get("/contact/")
    assert set(response.cookies) <= {"csrftoken"}
    assert not client.get("/contact/thank-you/").cookies


# --- Sending a message ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_message_is_stored_emailed_and_the_visitor_thanked(client, contact):
    before = submissions().count()
    response = client.post("/contact/", VALID)
    assert response.status_code == 302
    assert response["Location"] == "/contact/thank-you/"
    assert submissions().count() == before + 1
    stored = submissions().latest("submit_time").form_data
    assert stored["message"] == VALID["message"] and "website" not in stored
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [TEAM_ADDRESS]
    # By default the email only says a message arrived: the message stays on the site, which deletes it in time.
    assert VALID["message"] not in email.body
    assert reverse("wagtailforms:list_submissions", args=[contact.pk]) in email.body

    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert thanks.status_code == 200
    assert "<h1>Thank you, your message has been sent</h1>" in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.django_db
def test_the_whole_message_can_be_emailed_with_a_reply_address(client, contact):
    contact.email_whole_message = True
    publish(contact)
    client.post("/contact/", VALID)
    email = mail.outbox[0]
    assert "Message: I would like to know about your workshops." in email.body
    assert email.reply_to == ["ana@example.org"]
    assert "Leave this field empty" not in email.body


@pytest.mark.django_db
@pytest.mark.parametrize("missing", ["name", "email", "how_should_we_reach_you", "message"])
@pytest.mark.usefixtures("contact")
def test_each_required_field_is_required(client, missing):
    before = submissions().count()
    data = {key: value for key, value in VALID.items() if key != missing}
    response = client.post("/contact/", data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Your message was not sent" in html
    assert f'href="#id_{missing}' in html  # the summary links to the field
    assert "This field is required." in html
    assert submissions().count() == before
    assert not mail.outbox


@pytest.mark.django_db
@pytest.mark.usefixtures("contact")
def test_the_phone_is_optional(client):
    assert client.post("/contact/", {**VALID, "phone": ""}).status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    "changes, error",
    [
        ({"message": "x" * 100_000}, "Ensure this value has at most 5000 characters"),
        ({"name": "n" * 10_000}, "Ensure this value has at most 255 characters"),
        ({"email": "a" * 300 + "@example.org"}, "Ensure this value has at most 254 characters"),
        ({"email": "not an email"}, "Enter a valid email address."),
        ({"how_should_we_reach_you": "Carrier pigeon"}, "Select a valid choice."),
        ({"message": "null \x00 byte"}, "Null characters are not allowed."),
    ],
)
@pytest.mark.usefixtures("contact")
def test_oversized_and_malformed_fields_get_a_clear_error(client, changes, error):
    before = submissions().count()
    response = client.post("/contact/", {**VALID, **changes})
    assert response.status_code == 400
    assert error in response.content.decode()
    assert submissions().count() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"--boundary\r\nnot really multipart", "multipart/form-data; boundary=boundary"),
        (b"anything", "multipart/form-data"),
        (b'{"name": "Ana"}', "application/json"),
        (b"name=%FF%FE&message=%E2%28%A1", "application/x-www-form-urlencoded"),
        (b"&&&===&", "application/x-www-form-urlencoded"),
    ],
)
@pytest.mark.usefixtures("contact")
def test_malformed_posts_never_reach_a_500(client, body, content_type):
    before = submissions().count()
    response = client.generic("POST", "/contact/", body, content_type=content_type)
    assert response.status_code == 400
    assert submissions().count() == before


@pytest.mark.django_db
@pytest.mark.usefixtures("contact")
def test_the_honeypot_keeps_bots_out(client):
    before = submissions().count()
    response = client.post("/contact/", {**VALID, "website": "https://spam.example"})
    assert response.status_code == 400
    assert "Leave this field empty" in response.content.decode()
    assert "Your message was not sent" in response.content.decode()
    assert submissions().count() == before
    assert not mail.outbox


@pytest.mark.django_db
@pytest.mark.usefixtures("contact")
def test_the_rate_limit_stops_a_flood_from_one_address(client, settings):
    settings.FORM_RATE_LIMIT = 3
    before = submissions().count()
    for _ in range(3):
        assert client.post("/contact/", VALID).status_code == 302
    response = client.post("/contact/", VALID)
    assert response.status_code == 429
    assert "Your message was not sent" in response.content.decode()
    assert "wait an hour" in response.content.decode()
    assert submissions().count() == before + 3
    # Another address is not held back.
    assert client.post("/contact/", VALID, REMOTE_ADDR="192.0.2.7").status_code == 302


@pytest.mark.django_db
@pytest.mark.usefixtures("contact")
def test_a_failing_mail_server_loses_nothing(client, caplog):
    before = submissions().count()
    with (
        mock.patch("django.core.mail.EmailMessage.send", side_effect=SMTPException("mail server down")),
        caplog.at_level(logging.WARNING, logger="home.mail"),
    ):
        response = client.post("/contact/", VALID)
    assert response.status_code == 302
    assert response["Location"] == "/contact/thank-you/"
    assert submissions().count() == before + 1
    assert submissions().latest("submit_time").form_data["message"] == VALID["message"]
    assert "could not be sent" in caplog.text


@pytest.mark.django_db
@pytest.mark.usefixtures("contact")
def test_a_mail_backend_that_raises_loses_nothing(client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1  # nothing listens
    before = submissions().count()
    assert client.post("/contact/", VALID).status_code == 302
    assert submissions().count() == before + 1


@pytest.mark.django_db
@pytest.mark.usefixtures("contact")
def test_other_methods_are_refused(client):
    assert client.put("/contact/", "x").status_code == 405
    assert client.post("/contact/thank-you/", VALID).status_code == 405


# --- Retention --------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.usefixtures("contact")
def test_purge_deletes_old_messages_and_keeps_recent_ones(client, settings):
    client.post("/contact/", VALID)
    client.post("/contact/", {**VALID, "message": "A recent one"})
    old, recent = submissions().order_by("id")[:2]
    ContactSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - timedelta(days=settings.DATA_RETENTION_DAYS + 1)
    )
    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    assert not ContactSubmission.objects.filter(pk=old.pk).exists()
    assert ContactSubmission.objects.filter(pk=recent.pk).exists()
    assert f"Deleted 1 form submissions older than {settings.DATA_RETENTION_DAYS} days." in out.getvalue()
    call_command("purge_personal_data", "--days", "0", stdout=StringIO())
    assert not ContactSubmission.objects.filter(pk=recent.pk).exists()


# --- In a browser -----------------------------------------------------------------------------------


@pytest.mark.browser
def test_send_the_contact_form_and_see_the_thank_you(page, site_url):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(site_url + "/contact/")
    results = Axe().run(page, context={"exclude": [[".quick-exit"]]})  # base.html: reported to the lead
    assert results.violations_count == 0, results.generate_report()
    page.get_by_role("textbox", name="Name", exact=True).fill("Ana")
    page.get_by_role("textbox", name="Email", exact=True).fill("ana@example.org")
    page.get_by_role("radio", name="Text message").check()
    page.get_by_role("textbox", name="Message", exact=True).fill("Hello from a browser test.")
    page.get_by_role("button", name="Send message").click()
    expect(page).to_have_url(site_url + "/contact/thank-you/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, your message has been sent")
    results = Axe().run(page, context={"exclude": [[".quick-exit"]]})  # base.html: reported to the lead
    assert results.violations_count == 0, results.generate_report()
