"""The contact form in Spanish: its questions, errors and thank-you page in Spanish at /es/, each message
stored with its language, and the team reading every language's messages in one list (column, filter,
export), with the team's email in English."""

import csv
import io
from smtplib import SMTPException
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache

from home.factories import ContactPageFactory
from home.mail import send_queued
from home.models import ContactFormField, ContactPage, ContactSubmission, QueuedEmail
from home.testing import spanish_home, translate_page

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

SPANISH = {
    "Contact": "Contacto",
    "contact": "contacto",
    "Name": "Nombre",
    "Message": "Mensaje",
    "How should we reach you": "¿Cómo podemos comunicarnos con usted?",
    # A question's choices, one a line (wagtail-localize shows the lines joined by <br/>).
    "Email<br/>Phone call<br/>Text message": "Correo electrónico<br/>Llamada<br/>Mensaje de texto",
    "Send message": "Enviar mensaje",
    "Thank you, your message has been sent": "Gracias, recibimos su mensaje",
}
VALID = {
    "name": "Ana",
    "email": "ana@example.org",
    "phone": "",
    "how_should_we_reach_you": "Correo electrónico",
    "message": "Quisiera saber de sus talleres.",
}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def spanish_contact(page_tree):
    """The design's contact page at /contact/, translated into Spanish at /es/contacto/."""
    english = ContactPageFactory(parent=page_tree.home)
    spanish_home()
    return translate_page(english, SPANISH)


def test_the_spanish_contact_page_asks_its_questions_in_spanish(client, spanish_contact):
    assert spanish_contact.url == "/es/contacto/"
    html = client.get("/es/contacto/").content.decode()
    assert '<html lang="es"' in html
    assert "Nombre" in html and "¿Cómo podemos comunicarnos con usted?" in html and "Enviar mensaje" in html
    assert "Llamada" in html
    # The same field names as the English questions: the messages of both languages share their columns.
    english = ContactPage.objects.get(locale__language_code="en")
    names = set(ContactFormField.objects.filter(page=english).values_list("clean_name", flat=True))
    assert set(ContactFormField.objects.filter(page=spanish_contact).values_list("clean_name", flat=True)) == names
    # The English page is as it was.
    english_html = client.get("/contact/").content.decode()
    assert "How should we reach you" in english_html and "Nombre" not in english_html


def test_errors_come_in_spanish_on_the_spanish_form(client, spanish_contact):
    response = client.post("/es/contacto/", {**VALID, "name": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Este campo es necesario." in html and "This field is required." not in html
    response = client.post("/es/contacto/", {**VALID, "email": "not an address"})
    assert "Introduzca una dirección de correo electrónico válida." in response.content.decode()
    assert "This field is required." in client.post("/contact/", {"name": ""}).content.decode()
    assert not ContactSubmission.objects.exists()


def test_a_spanish_message_is_stored_as_spanish_and_thanked_in_spanish(client, spanish_contact):
    response = client.post("/es/contacto/", VALID)
    assert response.status_code == 302 and response["Location"] == "/es/contacto/thank-you/"
    message = ContactSubmission.objects.get()
    assert message.language == "es" and message.page_id == spanish_contact.pk
    assert message.form_data["message"] == VALID["message"]
    thanks = client.get(response["Location"]).content.decode()
    assert '<html lang="es"' in thanks and "Gracias, recibimos su mensaje" in thanks

    client.post("/contact/", {**VALID, "how_should_we_reach_you": "Email"})
    assert ContactSubmission.objects.get(page__locale__language_code="en").language == "en"


def test_the_team_is_emailed_in_english_with_the_language_of_the_message(client, spanish_contact):
    client.post("/es/contacto/", VALID)
    email = mail.outbox[0]
    assert "A new message was sent through the contact form on the website." in email.body
    assert "Language: Español" in email.body


def test_an_email_queued_during_a_spanish_request_is_sent_as_it_was_written(client, spanish_contact):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=SMTPException("down")):
        client.post("/es/contacto/", VALID)
    queued = QueuedEmail.objects.get()
    assert "Language: Español" in queued.body
    assert send_queued() == (1, 0)
    assert mail.outbox[-1].body == queued.body


def test_the_team_reads_every_languages_messages_in_one_list_with_their_language(admin_client, client, spanish_contact):
    client.post("/es/contacto/", VALID)
    client.post("/contact/", {**VALID, "how_should_we_reach_you": "Email", "message": "An English message."})
    english = ContactPage.objects.get(locale__language_code="en")
    listing = f"/admin/forms/submissions/{english.pk}/"

    html = admin_client.get(listing).content.decode()
    assert "Quisiera saber de sus talleres." in html and "An English message." in html
    assert "Language" in html and "Español" in html and "English" in html
    only_spanish = admin_client.get(listing, {"language": "es"}).content.decode()
    assert "Quisiera saber de sus talleres." in only_spanish and "An English message." not in only_spanish

    response = admin_client.get(listing, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:2] == ["Submission date", "Language"]
    assert sorted(row[1] for row in rows[1:]) == ["English", "Español"]

    # The page's panel counts both, and the admin menu's "Contact messages" leads to this list.
    assert admin_client.get("/admin/contact-messages/")["Location"].endswith(listing)


def test_purging_old_messages_deletes_every_languages(client, spanish_contact, settings):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    client.post("/es/contacto/", VALID)
    ContactSubmission.objects.update(submit_time=timezone.now() - timedelta(days=settings.DATA_RETENTION_DAYS + 1))
    call_command("purge_personal_data", stdout=io.StringIO())
    assert not ContactSubmission.objects.exists()
