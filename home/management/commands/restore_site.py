"""Restore an archive written by ``backup_site`` into an empty (freshly migrated) database."""

import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page

from home.database import refresh_statistics


class Command(BaseCommand):
    help = (
        "Restore a backup_site archive: migrates, replaces the database's content and the media files, "
        "then rebuilds the search and reference indexes. Refuses a database that already has pages "
        "unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz file written by backup_site.")
        parser.add_argument("--force", action="store_true", help="Replace a database that already has content.")

    def handle(self, *args, **options):
        archive_path = Path(options["archive"])
        if not archive_path.is_file():
            raise CommandError(f"No such archive: {archive_path}")
        call_command("migrate", interactive=False, verbosity=0)
        if Page.objects.filter(depth__gt=1).exclude(slug="home", numchild=0).exists() and not options["force"]:
            raise CommandError("This database already has pages. Restore into an empty database, or use --force.")

        with tempfile.TemporaryDirectory() as tmp, tarfile.open(archive_path, "r:gz") as archive:
            archive.extractall(tmp, filter="data")
            tmp = Path(tmp)
            manifest = json.loads((tmp / "manifest.json").read_text())
            if manifest.get("format") != 1:
                raise CommandError(f"Unknown backup format: {manifest.get('format')}")
            with transaction.atomic():
                call_command("flush", interactive=False, verbosity=0)
                # flush recreates content types and permissions with new ids; the backup's own
                # (with the ids its data points to) replace them.
                Permission.objects.all().delete()
                ContentType.objects.all().delete()
                ContentType.objects.clear_cache()
                call_command("loaddata", str(tmp / "contenttypes.json"), verbosity=0)
                call_command("loaddata", str(tmp / "data.json"), verbosity=0)
                ContentType.objects.clear_cache()
            for folder, target in (("media", settings.MEDIA_ROOT), ("private-media", settings.PRIVATE_MEDIA_ROOT)):
                source = tmp / folder
                if source.exists():
                    Path(target).mkdir(parents=True, exist_ok=True)
                    shutil.copytree(source, target, dirs_exist_ok=True)
        call_command("rebuild_references_index", verbosity=0)
        call_command("update_index", verbosity=0)
        refresh_statistics()
        self.stdout.write(self.style.SUCCESS(f"Restored {archive_path} ({Page.objects.count()} pages)."))
