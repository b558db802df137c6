"""Build the whole demo site of DESIGN.md, in English and Spanish. Running it again changes nothing."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

# Each step is ``f(home, options)``; the first one, ``build_home``, takes only options.
# Apps add their sections here, in the order they should appear in the page tree.
STEPS = [
    "home.demo.loader.build_about",
    "publications.demo.loader.build",
    "press.demo.loader.build",
    "home.demo.get_help_loader.build",
    "home.demo.loader.build_general_sections",
    "people.demo.loader.build",
    "press.demo.loader.link_staff_bios",
    "home.demo.loader.finish_about",
    "home.demo.donate_contact_loader.build",
    "home.demo.loader.build_sitemap",
    "home.demo.loader.build_settings",
    # The Spanish site: translations of the English pages, parents first.
    "home.demo.loader.build_spanish",
    "people.demo.loader.build_spanish",
    "publications.demo.loader.build_spanish",
    "press.demo.loader.build_spanish",
    "home.demo.get_help_loader.build_spanish",
    "home.demo.donate_contact_loader.build_spanish",
    "home.demo.loader.finish_spanish",
    "home.demo.loader.translate_site_words",
]


class Command(BaseCommand):
    help = "Create (or complete) the demo site: the page tree, images, documents, settings and menus."

    def add_arguments(self, parser):
        parser.add_argument(
            "--publications",
            type=int,
            default=0,
            help="Also generate this many extra publications, for scale tests.",
        )

    def handle(self, *args, **options):
        with transaction.atomic():
            home = import_string("home.demo.loader.build_home")(options)
            for step in STEPS:
                import_string(step)(home, options)
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: {home.title} ({home.get_descendant_count()} pages)."))
