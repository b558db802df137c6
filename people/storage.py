"""Private storage for applicants' résumés.

Files live under ``settings.PRIVATE_MEDIA_ROOT``, outside ``MEDIA_ROOT``, so no web server
or ``/media/`` URL ever serves them. They have random names and are only handed out by
``people.views.download_resume``, which checks the reviewer's permission.
"""

import os
import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible

from home.storage import RemovesFailedWrites

RESUME_DIRECTORY = "resumes"
RESUME_EXTENSIONS = {"pdf", "docx"}


@deconstructible
class PrivateMediaStorage(RemovesFailedWrites, FileSystemStorage):
    """A file system storage rooted at PRIVATE_MEDIA_ROOT, with no public URL; a failed write leaves nothing."""

    def __init__(self):
        super().__init__(file_permissions_mode=0o600, directory_permissions_mode=0o700)

    # Read the setting on every use (not once at start-up), so it can never fall back to MEDIA_ROOT.
    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL; link to people:resume_download instead.")


def private_storage():
    """Used as ``FileField(storage=private_storage)``: evaluated at run time, so tests can move the root."""
    return PrivateMediaStorage()


def resume_upload_to(instance, filename):
    """A random name that says nothing about the applicant: ``resumes/<32 hex>.pdf``."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in RESUME_EXTENSIONS:
        extension = "bin"
    return f"{RESUME_DIRECTORY}/{secrets.token_hex(16)}.{extension}"
