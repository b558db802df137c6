"""Applying in Spanish: a Spanish posting's form at /es/…/apply/, its errors in Spanish, the application
stored with its language, and the team seeing that language in the admin and the export."""

import csv
import io

import pytest
from django.core import mail

from home.testing import spanish_home, translate_page
from people import factories
from people.models import InternshipApplication

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages


@pytest.fixture
def postings():
    english = factories.make_posting(title="Legal intern, spring", contact_email="legal-interns@example.org")
    spanish_home()
    spanish = translate_page(english, {"Legal intern, spring": "Pasantía legal, primavera"})
    return {"english": english, "spanish": spanish}


def post_application(client, url, **overrides):
    data = {**factories.application_data(**overrides), "resume": factories.resume_upload()}
    return client.post(url, data)


@pytest.mark.usefixtures("page_tree")
def test_the_spanish_postings_form_is_at_its_spanish_address_and_in_spanish(client, postings):
    spanish = postings["spanish"]
    assert spanish.url.startswith("/es/")
    response = client.get(spanish.url + "apply/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es"' in html and "Pasantía legal, primavera" in html
    assert 'name="cover_letter"' in html


@pytest.mark.usefixtures("page_tree")
def test_errors_on_the_spanish_form_are_in_spanish(client, postings):
    response = post_application(client, postings["spanish"].url + "apply/", name="")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Este campo es necesario." in html and "This field is required." not in html
    assert not InternshipApplication.objects.exists()
    english = post_application(client, postings["english"].url + "apply/", name="").content.decode()
    assert "This field is required." in english


@pytest.mark.usefixtures("page_tree")
def test_a_spanish_application_records_its_language_and_thanks_in_spanish(client, postings):
    spanish = postings["spanish"]
    response = post_application(client, spanish.url + "apply/")
    assert response.status_code == 303 and response["Location"] == spanish.url + "apply/thanks/"
    application = InternshipApplication.objects.get()
    assert application.language == "es" and application.posting_id == spanish.pk
    assert application.position_title == "Pasantía legal, primavera"
    thanks = client.get(response["Location"]).content.decode()
    assert '<html lang="es"' in thanks and "Pasantía legal, primavera" in thanks
    # The team's email is in English and says the language.
    email = mail.outbox[0]
    assert "A new application for" in email.body and "Language: Español" in email.body

    post_application(client, postings["english"].url + "apply/", email="sam@example.org")
    assert InternshipApplication.objects.get(email="sam@example.org").language == "en"


@pytest.mark.usefixtures("page_tree")
def test_the_team_sees_each_applications_language_in_the_list_filter_detail_and_export(admin_client, client, postings):
    post_application(client, postings["spanish"].url + "apply/", name="Rosa Solicitante")
    post_application(client, postings["english"].url + "apply/", name="Sam Applicant", email="sam@example.org")
    rosa = InternshipApplication.objects.get(name="Rosa Solicitante")
    listing = "/admin/people/internshipapplication/"

    html = admin_client.get(listing).content.decode()
    assert "Language" in html and "Español" in html
    spanish_only = admin_client.get(listing, {"language": "es"}).content.decode()
    assert "Rosa Solicitante" in spanish_only and "Sam Applicant" not in spanish_only

    detail = admin_client.get(f"{listing}edit/{rosa.pk}/").content.decode()
    assert "Español" in detail

    response = admin_client.get(listing, {"export": "csv"})
    content = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(csv.DictReader(io.StringIO(content.decode())))
    assert {row["Name"]: row["Language"] for row in rows} == {"Rosa Solicitante": "Español", "Sam Applicant": "English"}
