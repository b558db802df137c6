"""Applying online: what is stored, what is refused, and that a broken mail server loses nothing."""

import io
import logging
import smtplib
import zipfile
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from home.models import OrganisationSettings, QueuedEmail
from people import factories
from people.models import InternshipApplication

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages


@pytest.fixture
def posting():
    return factories.make_posting(title="Legal intern, spring", contact_email="legal-interns@example.org")


def apply_url(posting):
    return posting.url + "apply/"


def post_application(client, posting, resume=None, **overrides):
    data = factories.application_data(**overrides)
    if resume is not False:
        data["resume"] = resume or factories.resume_upload()
    return client.post(apply_url(posting), data)


@pytest.mark.usefixtures("page_tree")
def test_a_complete_application_is_stored_emailed_and_confirmed(client, posting):
    response = post_application(client, posting)
    assert response.status_code == 303
    assert response["Location"] == posting.url + "apply/thanks/"

    application = InternshipApplication.objects.get()
    assert application.posting == posting and application.position_title == "Legal intern, spring"
    assert (application.name, application.email, application.pronouns) == (
        "Alex Applicant",
        "alex@example.org",
        "they/them",
    )
    assert application.school == "CUNY School of Law, J.D."
    assert application.status == InternshipApplication.Status.NEW
    assert application.submitted_at is not None

    # The résumé: private storage, a random name that says nothing about the applicant.
    path = Path(application.resume.path)
    assert path.is_file() and path.read_bytes().startswith(b"%PDF-")
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in path.resolve().parents
    assert Path(settings.MEDIA_ROOT).resolve() not in path.resolve().parents
    assert "alex" not in application.resume.name.lower() and application.resume.name.endswith(".pdf")
    assert len(Path(application.resume.name).stem) == 32

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["legal-interns@example.org"]
    assert "Legal intern, spring" in message.subject
    assert f"/admin/people/internshipapplication/edit/{application.pk}/" in message.body
    assert "I would like to join" not in message.body  # the letter stays in the admin, not in email

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert "We have received your application for Legal intern, spring" in confirmation.content.decode()


@pytest.mark.usefixtures("page_tree")
def test_a_word_docx_resume_is_accepted(client, posting):
    upload = SimpleUploadedFile("cv.DOCX", factories.docx_bytes(), content_type="application/octet-stream")
    assert post_application(client, posting, resume=upload).status_code == 303
    assert InternshipApplication.objects.get().resume.name.endswith(".docx")


@pytest.mark.usefixtures("page_tree")
def test_pronouns_are_optional(client, posting):
    assert post_application(client, posting, pronouns="").status_code == 303


@pytest.mark.usefixtures("page_tree")
@pytest.mark.parametrize("field", ["name", "email", "school", "availability", "cover_letter", "resume"])
def test_each_missing_field_is_refused_with_a_message(client, posting, field):
    if field == "resume":
        response = post_application(client, posting, resume=False)
    else:
        response = post_application(client, posting, **{field: ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your application was not sent" in html
    assert f'href="#id_{field}"' in html and "This field is required." in html
    assert not InternshipApplication.objects.exists()
    assert not mail.outbox


@pytest.mark.usefixtures("page_tree")
def test_a_bad_email_address_is_refused(client, posting):
    response = post_application(client, posting, email="not an address")
    assert "Enter a valid email address." in response.content.decode()
    assert not InternshipApplication.objects.exists()


@pytest.mark.usefixtures("page_tree")
def test_a_file_just_over_five_megabytes_gets_the_forms_message(client, posting):
    # Bigger requests (over 6 MB) are refused before they are read: test_body_limits.py.
    big = factories.pdf_bytes() + b"%" + b"0" * (5 * 1024 * 1024 + 512 * 1024)
    response = post_application(client, posting, resume=SimpleUploadedFile("cv.pdf", big))
    assert response.status_code == 200
    html = response.content.decode()
    assert "the limit is 5 MB" in html
    assert not InternshipApplication.objects.exists()


@pytest.mark.usefixtures("page_tree")
@pytest.mark.parametrize(
    "name, data, message",
    [
        ("resume.pdf", b"MZ\x90\x00 this is a program, not a PDF", "is named .pdf but is not a readable PDF"),
        ("resume.pdf", b"%PDF-1.7\nnot really a pdf at all", "is named .pdf but is not a readable PDF"),
        ("resume.docx", b"%PDF-1.4 a pdf pretending to be word", "is named .docx but is not a readable Word"),
        ("resume.docx", None, "is named .docx but is not a readable Word"),  # a zip without word/document.xml
        ("resume.exe", b"%PDF-1.4", "Send your résumé as a PDF or a Word (.docx) file"),
        ("resume", b"%PDF-1.4", "Send your résumé as a PDF or a Word (.docx) file"),
        ("resume.html", b"<script>alert(1)</script>", "Send your résumé as a PDF or a Word (.docx) file"),
    ],
)
def test_files_are_checked_by_their_content_not_only_their_name(client, posting, name, data, message):
    if data is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "not a word document")
        data = buffer.getvalue()
    response = post_application(client, posting, resume=SimpleUploadedFile(name, data, content_type="application/pdf"))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not InternshipApplication.objects.exists()


@pytest.mark.usefixtures("page_tree")
def test_a_closed_posting_refuses_applications(client):
    closed = factories.make_posting(deadline="1 days ago")
    page = client.get(apply_url(closed))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Applications for this posting are closed" in html
    assert '<form method="post"' not in html and not page.cookies
    response = post_application(client, closed)
    assert response.status_code == 410
    assert "Applications for this posting are closed" in response.content.decode()
    assert not InternshipApplication.objects.exists()
    assert not mail.outbox


@pytest.mark.usefixtures("page_tree")
def test_the_deadline_day_still_takes_applications(client, freeze_new_york):
    posting = factories.make_posting(deadline=date(2027, 2, 28))
    freeze_new_york(2027, 2, 28, 23, 59, 30)
    assert post_application(client, posting).status_code == 303
    freeze_new_york(2027, 3, 1, 0, 0, 5)
    assert post_application(client, posting).status_code == 410
    assert InternshipApplication.objects.count() == 1


@pytest.mark.usefixtures("page_tree")
def test_the_honeypot_keeps_bots_out_silently(client, posting):
    response = post_application(client, posting, website="http://spam.example")
    assert response.status_code == 302 and response["Location"].endswith("/apply/thanks/")
    assert not InternshipApplication.objects.exists()
    assert not mail.outbox


@pytest.mark.usefixtures("page_tree")
@override_settings(FORM_RATE_LIMIT=3)
def test_the_rate_limit_stops_a_flood_from_one_address(client, posting):
    for _ in range(3):
        assert post_application(client, posting).status_code == 303
    response = post_application(client, posting)
    assert response.status_code == 429
    assert "too many applications from your connection" in response.content.decode()
    assert InternshipApplication.objects.count() == 3
    # Another address is not affected.
    other = post_application(client.__class__(REMOTE_ADDR="203.0.113.9"), posting)
    assert other.status_code == 303


@pytest.mark.usefixtures("page_tree")
def test_a_failing_mail_server_loses_nothing(client, posting, caplog):
    with (
        mock.patch("django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPException("mail server down")),
        caplog.at_level(logging.WARNING, logger="home.mail"),
    ):
        response = post_application(client, posting)
    assert response.status_code == 303
    application = InternshipApplication.objects.get()
    assert Path(application.resume.path).is_file()
    assert "could not be sent" in caplog.text
    # The email is kept for send_queued_mail.
    assert QueuedEmail.objects.get().subject == f"New internship application: {posting.title}"


@pytest.mark.usefixtures("page_tree")
def test_an_unreachable_mail_server_loses_nothing(client, posting):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=ConnectionRefusedError):
        assert post_application(client, posting).status_code == 303
    assert InternshipApplication.objects.count() == 1


def test_without_a_contact_on_the_posting_the_site_email_gets_it(client, page_tree):
    org = OrganisationSettings.for_site(page_tree.site)
    org.email = "info@example.org"
    org.save()
    posting = factories.make_posting(contact_email="")
    post_application(client, posting)
    assert mail.outbox[0].to == ["info@example.org"]


@pytest.mark.usefixtures("page_tree")
def test_malformed_posts_never_cause_a_server_error(client, posting):
    url = apply_url(posting)
    assert client.post(url, {}).status_code == 200
    assert client.post(url, "garbage", content_type="application/octet-stream").status_code == 200
    huge = factories.application_data(name="x" * 100_000, cover_letter="y" * 200_000, email="a@" + "b" * 300 + ".org")
    response = client.post(url, {**huge, "resume": factories.resume_upload()})
    assert response.status_code == 200
    assert "Ensure this value has at most" in response.content.decode()
    assert client.put(url).status_code == 405
    assert not InternshipApplication.objects.exists()


@pytest.mark.usefixtures("page_tree")
def test_a_draft_posting_has_no_form(client):
    posting = factories.make_posting()
    posting.unpublish()
    assert client.get(apply_url(posting)).status_code == 404
    assert post_application(client, posting).status_code == 404
    assert not InternshipApplication.objects.exists()


@pytest.mark.usefixtures("page_tree")
def test_the_form_is_accessible_markup(client, posting):
    html = client.get(apply_url(posting)).content.decode()
    for field in ["name", "email", "pronouns", "school", "availability", "cover_letter", "resume"]:
        assert f'<label for="id_{field}">' in html, field
    assert 'enctype="multipart/form-data"' in html
    assert '<div class="honeypot" aria-hidden="true">' in html
    assert html.count("<h1") == 1
    assert '<meta name="robots" content="noindex, follow">' in html
