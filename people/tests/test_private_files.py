"""Résumés are private: only a permitted reviewer can download one, and old ones are purged with their files."""

import os
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from home.management.commands.purge_personal_data import PURGERS
from people import factories
from people.models import InternshipApplication
from people.storage import private_storage

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages


@pytest.fixture
def application():
    return factories.make_application()


@pytest.mark.usefixtures("page_tree")
def test_the_file_is_outside_media_and_has_no_public_url(client, application):
    path = Path(application.resume.path).resolve()
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in path.parents
    assert Path(settings.MEDIA_ROOT).resolve() not in path.parents
    with pytest.raises(ValueError):
        application.resume.url  # noqa: B018
    # Guessing its path under /media/ finds nothing.
    assert client.get(f"/media/{application.resume.name}").status_code == 404
    client.raise_request_exception = False  # Django answers a path-traversal attempt with 400
    assert client.get(f"/media/../private-media/{application.resume.name}").status_code in (400, 404)


@pytest.mark.usefixtures("page_tree")
def test_anonymous_visitors_cannot_download_a_resume(client, application):
    response = client.get(application.get_resume_url())
    assert response.status_code in (403, 404)
    assert b"%PDF" not in response.content


@pytest.mark.usefixtures("page_tree")
def test_logged_in_users_without_permission_cannot_download(client, application):
    client.force_login(factories.make_user(permissions=()))
    assert client.get(application.get_resume_url()).status_code == 403
    client.force_login(factories.make_user(permissions=("people.change_internshipapplication",)))
    assert client.get(application.get_resume_url()).status_code == 403


@pytest.mark.usefixtures("page_tree")
def test_a_permitted_reviewer_gets_the_file_as_an_attachment(client, application):
    client.force_login(factories.make_user(permissions=("people.view_internshipapplication",)))
    response = client.get(application.get_resume_url())
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF-")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert f"resume-alex-applicant-{application.pk}.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


@pytest.mark.usefixtures("page_tree")
def test_unknown_or_missing_files_give_404_to_a_reviewer(client, application):
    client.force_login(factories.make_reviewer())
    assert client.get("/applications/999999/resume/").status_code == 404
    private_storage().delete(application.resume.name)
    assert client.get(application.get_resume_url()).status_code == 404
    assert client.post(application.get_resume_url()).status_code == 405


@pytest.mark.usefixtures("page_tree")
def test_purge_deletes_old_applications_and_their_files_and_keeps_recent_ones():
    assert "people.purge.purge_applications" in PURGERS
    now = timezone.now()
    old = factories.make_application(submitted_at=now - timedelta(days=settings.DATA_RETENTION_DAYS + 1))
    recent = factories.make_application(submitted_at=now - timedelta(days=settings.DATA_RETENTION_DAYS - 1))
    old_path, recent_path = Path(old.resume.path), Path(recent.resume.path)
    # A stray file nobody points to (e.g. left by a crash), old enough to go.
    storage = private_storage()
    stray = storage.save("resumes/stray.pdf", ContentFile(b"%PDF-1.4"))
    stray_path = Path(storage.path(stray))
    past = (now - timedelta(days=settings.DATA_RETENTION_DAYS + 5)).timestamp()
    os.utime(stray_path, (past, past))

    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "Deleted 1 internship applications" in out.getvalue()
    assert list(InternshipApplication.objects.all()) == [recent]
    assert not old_path.exists() and not stray_path.exists()
    assert recent_path.exists()


@pytest.mark.usefixtures("page_tree")
def test_deleting_an_application_deletes_its_file(django_capture_on_commit_callbacks, application):
    path = Path(application.resume.path)
    with django_capture_on_commit_callbacks(execute=True):
        application.delete()
    assert not path.exists()
