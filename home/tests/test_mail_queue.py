"""The mail server fails or hangs: a form waits EMAIL_TIMEOUT at most, the email waits in the queue, editors see
a note on the dashboard, /health/ counts it, and ``send_queued_mail`` sends it once the server answers again.
"""

import logging
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from home.factories import ContactPageFactory
from home.models import ContactSubmission, QueuedEmail
from home.tests.admin_helpers import make_member
from people import factories as people_factories
from people.models import InternshipApplication
from people.tests.test_applications import post_application
from tests.faults import SilentServer, SMTPSink, closed_port

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

MESSAGE = {
    "name": "Ana",
    "email": "ana@example.org",
    "phone": "",
    "how_should_we_reach_you": "Email",
    "message": "Is the clinic open on Fridays?",
}


def smtp_on(port, timeout=0.5):
    return override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_USE_TLS=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_TIMEOUT=timeout,
    )


@pytest.fixture
def contact(page_tree):
    return ContactPageFactory(parent=page_tree.home, to_address="office@example.org")


def test_the_site_waits_for_the_mail_server_five_seconds_at_most():
    assert 0 < settings.EMAIL_TIMEOUT <= 5


def test_a_hung_mail_server_keeps_the_email_and_send_queued_mail_sends_it_when_the_server_is_back(
    client, contact, caplog
):
    hung = SilentServer()
    try:
        with smtp_on(hung.port), caplog.at_level(logging.WARNING, logger="home.mail"):
            response = client.post("/contact/", MESSAGE)
        assert hung.accepted  # the site did try it
    finally:
        hung.close()
    # The visitor is thanked, the message is stored, the email waits.
    assert response.status_code == 302
    assert ContactSubmission.objects.filter(page=contact).count() == 1
    queued = QueuedEmail.objects.get()
    assert queued.to == ["office@example.org"]
    assert "timed out" in queued.last_error.lower()
    assert "could not be sent" in caplog.text

    # Still down (nothing listens now): the email stays, with one more attempt counted.
    with smtp_on(closed_port()):
        out = StringIO()
        call_command("send_queued_mail", stdout=out, stderr=StringIO())
    assert "0 still waiting" not in out.getvalue()
    queued.refresh_from_db()
    assert queued.attempts == 2

    # The mail server is back: the email goes out once, and the queue is empty.
    sink = SMTPSink()
    try:
        with smtp_on(sink.port):
            out = StringIO()
            call_command("send_queued_mail", stdout=out)
            call_command("send_queued_mail", stdout=StringIO())
    finally:
        sink.close()
    assert "Sent 1 queued email(s); 0 still waiting." in out.getvalue()
    assert len(sink.messages) == 1
    assert "To: office@example.org" in sink.messages[0]
    assert not QueuedEmail.objects.exists()


def test_an_application_whose_email_fails_is_stored_and_its_email_queued(client):
    posting = people_factories.make_posting(contact_email="interns@example.org")
    with smtp_on(closed_port()):
        assert post_application(client, posting).status_code == 303
    assert InternshipApplication.objects.filter(posting=posting).count() == 1
    assert QueuedEmail.objects.get().to == ["interns@example.org"]


def test_editors_see_a_note_on_the_dashboard_while_emails_wait(client):
    editor = make_member("Editors")
    client.force_login(editor)
    assert 'id="swp-mail-queue' not in client.get("/admin/").content.decode()

    QueuedEmail.objects.create(subject="New message from the contact form", body="…", to=["office@example.org"])
    html = client.get("/admin/").content.decode()
    assert 'id="swp-mail-queue' in html
    assert 'data-waiting="1"' in html
    assert "the mail server did not answer" in html
    assert "Nothing is lost" in html


def test_health_counts_the_waiting_emails(client):
    QueuedEmail.objects.create(subject="A", body="…", to=["office@example.org"])
    QueuedEmail.objects.create(subject="B", body="…", to=["office@example.org"])
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["mail_queue"]["status"] == "waiting" and body["mail_queue"]["waiting"] == 2


def test_emails_still_waiting_after_the_retention_period_are_deleted():
    old = QueuedEmail.objects.create(subject="Old", body="A visitor's words", to=["office@example.org"])
    QueuedEmail.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=400))
    recent = QueuedEmail.objects.create(subject="Recent", body="…", to=["office@example.org"])
    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    assert list(QueuedEmail.objects.values_list("pk", flat=True)) == [recent.pk]
    assert "Deleted 1 emails waiting to be sent" in out.getvalue()
