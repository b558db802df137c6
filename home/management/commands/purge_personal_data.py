"""Delete visitors' personal data (form submissions, applications and their files) older than the retention period."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.module_loading import import_string

# Each purger is ``f(cutoff) -> (what, count)``; apps that keep personal data add theirs here.
PURGERS = [
    "people.purge.purge_applications",
    "home.models.contact.purge_form_submissions",
    "home.models.mail_queue.purge_queued_emails",
]


class Command(BaseCommand):
    help = "Delete contact messages and internship applications (with their files) older than DATA_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep this many days instead of the DATA_RETENTION_DAYS setting.",
        )

    def handle(self, *args, **options):
        days = options["days"] if options["days"] is not None else settings.DATA_RETENTION_DAYS
        cutoff = timezone.now() - timedelta(days=days)
        for path in PURGERS:
            what, count = import_string(path)(cutoff)
            self.stdout.write(f"Deleted {count} {what} older than {days} days.")
