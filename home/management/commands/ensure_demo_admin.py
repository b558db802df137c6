"""Create (or reset) the demo site's administrator with a fresh random password, and print it."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Development only: give the 'admin' account a new random password and print the login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_demo_admin is for development (DEBUG=True) only.")
        User = get_user_model()
        password = secrets.token_urlsafe(12)
        user, _ = User.objects.get_or_create(username=options["username"], defaults={"email": "admin@example.org"})
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login for this run: username '{user.username}', password '{password}' (a new one each time)."
            )
        )
