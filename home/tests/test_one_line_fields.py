"""One-line fields of the public forms (names, email addresses, phone numbers) refuse line breaks."""

import pytest
from django.core.cache import cache

from home.factories import ContactPageFactory
from home.forms import no_line_breaks
from people import factories
from people.models import InternshipApplication

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages

CONTACT = {
    "name": "Ana",
    "email": "ana@example.org",
    "phone": "",
    "how_should_we_reach_you": "Email",
    "message": "Two lines\nare fine here.",
}
MESSAGE = "Please write this on one line"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def contact_page(page_tree):
    """/contact/ with the design's form (name, email, phone, how to reach you, message)."""
    return ContactPageFactory(parent=page_tree.home)


@pytest.mark.django_db
@pytest.mark.usefixtures("contact_page")
@pytest.mark.parametrize(
    "field, value",
    [
        ("name", "Ana\nBcc: victim@example.org"),
        ("name", "Ana\rReyes"),
        ("phone", "555 0100\r\nX-Header: 1"),
        ("email", "ana@example.org\nBcc: victim@example.org"),
    ],
)
def test_the_contact_form_refuses_line_breaks_in_one_line_fields(client, field, value):
    from home.models import ContactSubmission

    response = client.post("/contact/", {**CONTACT, field: value})
    assert response.status_code == 400
    assert MESSAGE in response.content.decode()
    assert not ContactSubmission.objects.filter(page__slug="contact").exists()


@pytest.mark.django_db
@pytest.mark.usefixtures("contact_page")
def test_the_message_itself_keeps_its_lines(client):
    assert client.post("/contact/", CONTACT).status_code == 302


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
@pytest.mark.parametrize("field", ["name", "pronouns", "school", "email"])
def test_internship_applications_refuse_line_breaks_in_one_line_fields(client, field):
    posting = factories.make_posting(title="One-line intern")
    data = factories.application_data()
    data[field] = data[field].replace("@", "\n@", 1) if field == "email" else data[field] + "\nInjected: yes"
    data["resume"] = factories.resume_upload()
    response = client.post(posting.url + "apply/", data)
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert not InternshipApplication.objects.exists()


@pytest.mark.parametrize("value", ["a\u2028b", "a\x85b", "a\vb"])
def test_other_line_separators_too(value):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        no_line_breaks(value)
