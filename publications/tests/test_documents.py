"""Documents: opened in the browser, limited to safe types, and their text read for search."""

import io
import logging

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfReader, PdfWriter
from wagtail.documents import get_document_model

from home.demo import make_pdf_bytes
from home.documents_text import extract_text
from publications.factories import make_document, make_publication
from publications.models import PublicationPage

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

Document = get_document_model()


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("doceditor", "doceditor@example.org", "a-long-test-password")
    client.force_login(user)
    return client


def upload(client, filename, data, title="Uploaded file", content_type="application/octet-stream"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(filename, data, content_type=content_type), "language": "English"},
    )


def encrypted_pdf(text, user_password="secret"):  # noqa: S107 - a test file's password
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf_bytes("Encrypted", [text]))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_opens_in_the_browser(client):
    document = make_publication(title="A report to read").document
    response = client.get(document.url, follow=True)
    assert response.redirect_chain[0][1] == 301
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body.startswith(b"%PDF-")


def test_other_document_types_are_downloaded(client):
    document = make_document("A spreadsheet", data=b"a,b\n1,2\n", filename="numbers.csv")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("setup.exe", b"MZ\x90\x00" + b"\x00" * 60),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("page.htm", b"<html></html>"),
        ("script.js", b"alert(1)"),
        ("report.pdf.exe", b"%PDF-1.4 not really"),
    ],
)
def test_unsafe_types_are_refused_by_the_admin(editor_client, filename, data):
    before = Document.objects.count()
    response = upload(editor_client, filename, data, title=f"Refused {filename}")
    assert response.status_code == 200  # the form again, with its error
    errors = response.context["form"].errors
    assert "file" in errors, errors
    assert "is not allowed" in str(errors["file"]), errors
    assert Document.objects.count() == before


def test_a_pdf_uploaded_in_the_admin_has_its_text_read(editor_client):
    data = make_pdf_bytes("Field notes", ["Observations about the marmalade cartography workshop."])
    response = upload(editor_client, "field-notes.pdf", data, title="Field notes", content_type="application/pdf")
    assert response.status_code == 302
    document = Document.objects.get(title="Field notes")
    assert "marmalade cartography" in document.extracted_text
    assert document.file_size == len(data)


def test_an_unreadable_pdf_still_uploads_and_the_failure_is_logged(editor_client, caplog):
    caplog.set_level(logging.WARNING, logger="home.documents_text")
    response = upload(editor_client, "broken.pdf", b"\x8f\x02 not a pdf at all " * 50, title="Broken scan")
    assert response.status_code == 302
    document = Document.objects.get(title="Broken scan")
    assert document.extracted_text == ""
    assert any("Could not read the text of" in record.getMessage() for record in caplog.records)


def test_an_encrypted_pdf_still_uploads(editor_client, caplog):
    caplog.set_level(logging.WARNING, logger="home.documents_text")
    data = encrypted_pdf("A secret about the pelican ledger.")
    response = upload(editor_client, "locked.pdf", data, title="Locked", content_type="application/pdf")
    assert response.status_code == 302
    document = Document.objects.get(title="Locked")
    assert document.extracted_text == ""
    assert any("password" in record.getMessage() for record in caplog.records)
    # Visitors can still open it; their PDF reader asks for the password.
    assert editor_client.get(document.url).status_code == 200


def test_a_pdf_locked_only_against_editing_is_still_read():
    document = make_document("Owner-locked", data=encrypted_pdf("Words about the heron almanac.", user_password=""))
    assert "heron almanac" in document.extracted_text


def test_text_is_bounded():
    pdf = make_pdf_bytes("Long", ["word " * 2000] * 3)
    text = extract_text(io.BytesIO(pdf), max_chars=500)
    assert len(text) == 500
    writer = PdfWriter()
    for number in range(5):
        writer.append(PdfReader(io.BytesIO(make_pdf_bytes(f"Page {number}", [f"unique{number}word"]))))
    out = io.BytesIO()
    writer.write(out)
    first_two = extract_text(out, max_pages=2)
    assert "unique1word" in first_two and "unique2word" not in first_two


def test_non_pdf_documents_keep_an_empty_text():
    document = make_document("Notes", data=b"plain words about a walrus", filename="notes.txt")
    assert document.extracted_text == ""


def test_replacing_a_documents_file_updates_search(editor_client):
    document = make_document("Replaceable", ["The first version talks about gardens."])
    page = make_publication(title="Replaceable report", document=document)
    assert not list(PublicationPage.objects.live().search("quokka nebula"))
    new_data = make_pdf_bytes("Replaceable", ["The second version is about the quokka nebula survey."])
    response = editor_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": "Replaceable",
            "file": SimpleUploadedFile("replaceable-v2.pdf", new_data, content_type="application/pdf"),
            "language": "English",
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert "quokka nebula" in document.extracted_text
    assert [result.pk for result in PublicationPage.objects.live().search("quokka nebula")] == [page.pk]
    search = editor_client.get("/search/?q=quokka+nebula")
    assert "Replaceable report" in search.content.decode()


def test_saving_a_document_without_a_new_file_does_not_read_it_again():
    document = make_document("Read once", ["Once upon a time."])
    document.extracted_text = "kept as it is"
    document.title = "Read once, renamed"
    document.save()
    document.refresh_from_db()
    assert document.extracted_text == "kept as it is"


def test_the_command_reads_documents_uploaded_before(client):
    from django.core.management import call_command

    document = make_document("Old upload", ["Notes on the walrus timetable."])
    page = make_publication(title="Old report", document=document)
    Document.objects.filter(pk=document.pk).update(extracted_text="")
    call_command("extract_document_text", stdout=io.StringIO())
    document.refresh_from_db()
    assert "walrus timetable" in document.extracted_text
    assert [result.pk for result in PublicationPage.objects.live().search("walrus timetable")] == [page.pk]


def test_a_publication_whose_document_was_deleted_still_shows(client):
    page = make_publication(title="Orphaned report", document=make_document("Soon gone"))
    page.document.delete()
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Read the PDF" not in html and "citation_pdf_url" not in html
    assert client.get("/publications/feed/").status_code == 200
    assert client.get("/publications/").status_code == 200
