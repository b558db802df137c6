"""The disk is full or the upload folder cannot be written: an application or an admin upload gets a clear
answer, nothing is half-stored (no row without its file, no file without its row), and trying again works.

The folders fail for real: an upload folder whose path runs through a plain file (the kernel refuses it, even
to root), a read-only folder (when the tests do not run as root, who may write anywhere), and a write the
kernel cuts off half-way (a file size limit, as a full disk would).
"""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.models import Collection

from conftest import ROOT
from home.models import SiteDocument, SiteImage
from home.tests.admin_helpers import make_member
from people import factories
from people.models import InternshipApplication
from people.tests.test_applications import post_application

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]


def files_under(folder):
    folder = Path(folder)
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


@pytest.fixture(params=["path through a file", "read-only folder"])
def broken_folder(request, tmp_path):
    """``(folder_setting_value, folder_to_check_for_files)`` for a folder the site cannot write to."""
    if request.param == "path through a file":
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("a file where the upload folder should be")
        yield blocker / "uploads", tmp_path
        return
    if os.geteuid() == 0:
        pytest.skip("running as root, who may write into a read-only folder; the other case covers it")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    yield folder, folder
    folder.chmod(0o700)


def test_an_application_whose_resume_cannot_be_stored_is_refused_clearly_and_can_be_sent_again(
    client, broken_folder, tmp_path
):
    posting = factories.make_posting(contact_email="interns@example.org")
    folder, check = broken_folder
    with override_settings(PRIVATE_MEDIA_ROOT=folder):
        response = post_application(client, posting)
        html = response.content.decode()
        assert response.status_code == 503
        assert "Your application was not sent:" in html
        assert "could not store your résumé just now, so nothing was kept" in html
        assert "interns@example.org" in html
        assert 'name="name" value="Alex Applicant"' in html  # what they typed is still in the form
        health = client.get("/health/")
        assert health.status_code == 200 and health.json()["private_storage"]["status"] == "down"
    assert not InternshipApplication.objects.filter(posting=posting).exists()
    assert files_under(check) in ([tmp_path / "not-a-folder"], [])

    working = tmp_path / "working"
    with override_settings(PRIVATE_MEDIA_ROOT=working):
        assert post_application(client, posting).status_code == 303
        application = InternshipApplication.objects.get(posting=posting)
        assert files_under(working) == [Path(application.resume.path)]


def png_upload(name="photo.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "purple").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


UPLOADS = [
    ("/admin/documents/multiple/add/", SiteDocument, lambda: SimpleUploadedFile("notes.txt", b"Meeting notes.")),
    ("/admin/images/multiple/add/", SiteImage, png_upload),
]


@pytest.mark.parametrize(("url", "model", "make_file"), UPLOADS, ids=["document", "image"])
def test_an_admin_upload_the_disk_cannot_take_is_refused_clearly_and_can_be_tried_again(
    client, broken_folder, tmp_path, url, model, make_file
):
    client.force_login(make_member("Editors", superuser=True))
    collection = Collection.get_first_root_node().pk
    before = model.objects.count()
    folder, check = broken_folder
    # Its own transaction, as each request has in production (the test's own is around it).
    with override_settings(MEDIA_ROOT=folder), transaction.atomic():
        response = client.post(url, {"title": "Upload", "collection": collection, "files[]": make_file()})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "The file could not be stored" in response.json()["error_message"]
    assert model.objects.count() == before
    assert files_under(check) in ([tmp_path / "not-a-folder"], [])

    with override_settings(MEDIA_ROOT=tmp_path / "media"):
        response = client.post(url, {"title": "Upload", "collection": collection, "files[]": make_file()})
        assert response.json()["success"] is True
    # Stored (an image waits for its alt text in the upload list, a document is in the library).
    assert files_under(tmp_path / "media")


def test_an_admin_form_whose_file_cannot_be_stored_shows_the_reason_on_the_same_form(client, tmp_path):
    client.force_login(make_member("Editors", superuser=True))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    collection = Collection.get_first_root_node().pk
    with override_settings(MEDIA_ROOT=blocker / "media"), transaction.atomic():
        response = client.post(
            "/admin/documents/add/",
            {"title": "Annual report", "collection": collection, "file": SimpleUploadedFile("r.txt", b"Report.")},
            follow=True,
        )
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/admin/documents/add/"
    assert "The file could not be stored" in response.content.decode()
    assert not SiteDocument.objects.filter(title="Annual report").exists()


PARTIAL_WRITE = """
import errno, resource, signal, sys
import django
django.setup()
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from people.storage import private_storage

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the kernel refuses the write instead of ending us
resource.setrlimit(resource.RLIMIT_FSIZE, (8192, resource.RLIM_INFINITY))
for storage in (default_storage, private_storage()):
    try:
        storage.save("uploads/large.bin", ContentFile(b"x" * 200_000))
    except OSError as error:
        print(storage.__class__.__name__, errno.errorcode[error.errno])
    else:
        print(storage.__class__.__name__, "saved")
"""


def test_a_write_cut_off_half_way_leaves_no_partial_file(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "swpsite.settings.test",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
    }
    result = subprocess.run(  # noqa: S603 (our own script)
        [sys.executable, "-c", PARTIAL_WRITE], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split("\n")[:2] == ["SiteFileSystemStorage EFBIG", "PrivateMediaStorage EFBIG"]
    assert files_under(tmp_path / "media") == [] and files_under(tmp_path / "private") == []


def test_only_storage_errors_get_the_storage_answer(rf):
    from smtplib import SMTPServerDisconnected

    from home.upload_errors import UploadStorageErrorMiddleware

    middleware = UploadStorageErrorMiddleware(lambda request: None)
    request = rf.post("/admin/documents/multiple/add/")
    assert middleware.process_exception(request, SMTPServerDisconnected("mail server went away")) is None
    assert middleware.process_exception(request, ConnectionRefusedError(111, "refused")) is None
    assert middleware.process_exception(rf.post("/contact/"), OSError(28, "No space left on device")) is None
