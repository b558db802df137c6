"""Oversized request bodies are refused with a 413 page before a byte of them is read."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from home.body_limits import body_limit_for
from home.tests.admin_helpers import make_member
from people import factories
from people.models import InternshipApplication

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages

MB = 1024 * 1024


class UnreadBody(io.RawIOBase):
    """A request body that counts what is read of it."""

    def __init__(self, size):
        self.size = size
        self.bytes_read = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        count = min(len(buffer), self.size - self.bytes_read)
        buffer[:count] = b"x" * count
        self.bytes_read += count
        return count

    def read(self, size=-1):
        size = self.size - self.bytes_read if size is None or size < 0 else size
        data = b"x" * max(min(size, self.size - self.bytes_read), 0)
        self.bytes_read += len(data)
        return data

    def readline(self, size=-1):
        return self.read(size)


def post_announcing(client, path, size, **headers):
    body = UnreadBody(size)
    response = client.generic(
        "POST",
        path,
        b"",
        content_type="multipart/form-data; boundary=BoUnDaRy",
        CONTENT_LENGTH=str(size),
        **{"wsgi.input": body},
        **headers,
    )
    return response, body


@pytest.fixture
def posting():
    return factories.make_posting(title="Legal intern, autumn")


@pytest.mark.usefixtures("page_tree")
def test_a_40_mb_application_is_refused_unread(client, posting):
    response, body = post_announcing(client, posting.url + "apply/", 40 * MB)
    assert response.status_code == 413
    assert body.bytes_read == 0
    html = response.content.decode()
    assert "What you sent is too large" in html and "6.0\xa0MB" in html
    assert '<link rel="stylesheet" href="/static/css/site.css' in html  # the site's own page
    assert "no-store" in response["Cache-Control"]
    assert not InternshipApplication.objects.exists()


@pytest.mark.usefixtures("page_tree")
def test_the_refusal_is_in_a_language_the_site_is_written_in(client, posting):
    """A browser asking for French gets the page in English, numbers included, not English words with French numbers."""
    response, _body = post_announcing(client, posting.url + "apply/", 40 * MB, HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    html = response.content.decode()
    assert response.status_code == 413
    assert '<html lang="en"' in html and "6.0\xa0MB" in html


@pytest.mark.usefixtures("page_tree")
def test_the_contact_form_takes_far_less(client):
    response, body = post_announcing(client, "/contact/", 1 * MB)
    assert response.status_code == 413 and body.bytes_read == 0
    assert "256.0\xa0KB" in response.content.decode()


@pytest.mark.usefixtures("page_tree")
def test_a_real_five_megabyte_resume_still_gets_through(client, posting):
    resume = factories.pdf_bytes() + b"%" + b"0" * (5 * MB - 20 * 1024)
    assert len(resume) < 5 * MB
    data = factories.application_data()
    data["resume"] = SimpleUploadedFile("cv.pdf", resume, content_type="application/pdf")
    response = client.post(posting.url + "apply/", data)
    assert response.status_code == 303
    assert InternshipApplication.objects.get().resume.size == len(resume)


def test_admin_uploads_have_their_own_larger_limits(settings):
    for path in ("/admin/documents/multiple/add/", "/admin/images/multiple/add/", "/django-admin/"):
        assert body_limit_for(path) >= settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    assert body_limit_for("/about/internships/legal/apply/") == 6 * MB
    assert body_limit_for("/contact/") < MB


@pytest.mark.usefixtures("page_tree")
def test_an_editor_still_uploads_a_large_document():
    client = Client()
    client.force_login(make_member("Editors"))
    upload = SimpleUploadedFile("annual-report.pdf", factories.pdf_bytes() + b"%" + b"0" * (3 * MB))
    response = client.post(
        "/admin/documents/multiple/add/", {"files[]": upload}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.status_code == 200, response.content[:300]
    assert response.json()["success"]


@pytest.mark.usefixtures("page_tree")
def test_a_bad_content_length_is_not_a_500(client):
    response = client.generic("POST", "/contact/", b"", CONTENT_LENGTH="lots")
    assert response.status_code < 500
