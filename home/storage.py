"""File storage that leaves nothing half-written behind when a write fails (disk full, folder not writable).

Django's ``FileSystemStorage`` creates the file and then copies the upload into it; when the disk fills
up half-way it raises and leaves the part it wrote. A file no row points to is never cleaned up, so
these storages remove it before passing the error on (the upload is refused whole and can be retried).
"""

import contextlib
import logging
import os

from django.core.files.storage import FileSystemStorage

logger = logging.getLogger(__name__)


class RemovesFailedWrites:
    """For a ``FileSystemStorage``: a save that fails removes what it had written, then raises."""

    def _save(self, name, content):
        path = self.path(name)
        existed = os.path.lexists(path)
        try:
            return super()._save(name, content)
        except OSError as error:
            if not existed and os.path.lexists(path):
                with contextlib.suppress(OSError):
                    os.remove(path)
            logger.error("Could not store %s in %s: %s", name, self.location, error)
            raise


class SiteFileSystemStorage(RemovesFailedWrites, FileSystemStorage):
    """The public media storage (images, documents) on the local disk."""
