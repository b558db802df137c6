"""Write the whole site (database and uploaded files, public and private) to one archive."""

import io
import json
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

# Rebuilt on restore, or never worth keeping. Content types and permissions are kept with
# their ids (no natural keys: Wagtail's audit log may point at pages deleted since).
EXCLUDED = [
    "sessions",
    "admin.logentry",
    "wagtailsearch",  # the search index, rebuilt by update_index
    "wagtailcore.referenceindex",
    "wagtailadmin.editingsession",
    "axes",
]
FORMAT_VERSION = 1


def add_tree(archive, root, arcname):
    root = Path(root)
    if root.exists():
        archive.add(str(root), arcname=arcname, recursive=True)


class Command(BaseCommand):
    help = "Back up the database and the media files (public and private) into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            "-o",
            default=None,
            help="Where to write the archive (default: swp-backup-<date>.tar.gz in the current folder).",
        )

    def handle(self, *args, **options):
        output = Path(options["output"] or f"swp-backup-{datetime.now():%Y%m%d-%H%M%S}.tar.gz")
        with tempfile.TemporaryDirectory() as tmp:
            types_file = Path(tmp) / "contenttypes.json"
            data_file = Path(tmp) / "data.json"
            # Content types and permissions first, in a file of their own: they must be in place,
            # with their ids, before anything that points at them is loaded.
            call_command("dumpdata", "contenttypes", "auth.permission", output=str(types_file), verbosity=0)
            call_command(
                "dumpdata",
                *[arg for label in [*EXCLUDED, "contenttypes", "auth.permission"] for arg in ("--exclude", label)],
                output=str(data_file),
                verbosity=0,
            )
            manifest = {
                "format": FORMAT_VERSION,
                "created": datetime.now().isoformat(),
                "database_engine": settings.DATABASES["default"]["ENGINE"],
            }
            with tarfile.open(output, "w:gz") as archive:
                info = tarfile.TarInfo("manifest.json")
                payload = json.dumps(manifest, indent=2).encode()
                info.size = len(payload)
                archive.addfile(info, io.BytesIO(payload))
                archive.add(str(types_file), arcname="contenttypes.json")
                archive.add(str(data_file), arcname="data.json")
                add_tree(archive, settings.MEDIA_ROOT, "media")
                add_tree(archive, settings.PRIVATE_MEDIA_ROOT, "private-media")
        self.stdout.write(self.style.SUCCESS(f"Backup written to {output} ({output.stat().st_size // 1024} KB)."))
