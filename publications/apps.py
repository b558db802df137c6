from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "publications"
    verbose_name = "Publications"

    def ready(self):
        # Read the text inside uploaded PDFs and keep publications' search entries up to date.
        from . import signals

        signals.connect()
