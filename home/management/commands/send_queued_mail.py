"""Send the emails the site could not send when it tried (run from cron every few minutes)."""

from django.core.management.base import BaseCommand

from home.mail import send_queued


class Command(BaseCommand):
    help = "Send the emails waiting because the mail server did not answer; keep those that still fail."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="Send at most this many emails in this run.")

    def handle(self, *args, **options):
        sent, waiting = send_queued(limit=options["limit"])
        self.stdout.write(f"Sent {sent} queued email(s); {waiting} still waiting.")
        if waiting and options["verbosity"] > 0 and not sent:
            self.stderr.write("The mail server still does not answer; the emails are kept for the next run.")
