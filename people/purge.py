"""Retention: delete internship applications, and their résumé files, older than the cutoff.

Listed in home/management/commands/purge_personal_data.py PURGERS.
"""

import logging
from datetime import UTC

from django.db import transaction

from .models import InternshipApplication
from .storage import RESUME_DIRECTORY, private_storage

logger = logging.getLogger(__name__)


def purge_applications(cutoff):
    """Delete applications submitted before ``cutoff`` and their files; also stray files older than it."""
    old = InternshipApplication.objects.filter(submitted_at__lt=cutoff)
    files = [name for name in old.values_list("resume", flat=True) if name]
    with transaction.atomic():
        _total, per_model = old.delete()
    count = per_model.get(InternshipApplication._meta.label, 0)
    storage = private_storage()
    for name in files:
        storage.delete(name)
    _delete_stray_files(storage, cutoff)
    return ("internship applications", count)


def _delete_stray_files(storage, cutoff):
    """Résumés no application points to (e.g. left by a crash mid-upload), once they are old enough."""
    try:
        _dirs, names = storage.listdir(RESUME_DIRECTORY)
    except FileNotFoundError:
        return
    known = set(InternshipApplication.objects.values_list("resume", flat=True))
    for filename in names:
        name = f"{RESUME_DIRECTORY}/{filename}"
        if name in known:
            continue
        modified = storage.get_modified_time(name)
        if modified.tzinfo is None:
            modified = modified.replace(tzinfo=UTC)
        if modified < cutoff:
            storage.delete(name)
            logger.info("Deleted a stray résumé file older than the retention period.")
