"""Grow the demo site to a large one, for benchmarks: many publications, press, staff and postings.

Run after ``load_demo_site``. Pages are added live without revisions and share one generated PDF
and one cover image, so a thousand publications take seconds. Running it again adds only what is
missing (each kind is counted by its slug prefix or outlet name).
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from home.database import refresh_statistics


class Command(BaseCommand):
    help = "Add many publications, press releases and appearances, staff bios and internships (scale tests)."

    def add_arguments(self, parser):
        parser.add_argument("--publications", type=int, default=1000)
        parser.add_argument("--releases", type=int, default=300)
        parser.add_argument("--appearances", type=int, default=200)
        parser.add_argument("--staff", type=int, default=30)
        parser.add_argument("--internships", type=int, default=40)

    def handle(self, *args, **options):
        with transaction.atomic():
            counts = {
                "publications": self.publications(options["publications"]),
                "releases": self.releases(options["releases"]),
                "appearances": self.appearances(options["appearances"]),
                "staff": self.staff(options["staff"]),
                "internships": self.internships(options["internships"]),
            }
        added = ", ".join(f"{value} {name}" for name, value in counts.items())
        refresh_statistics()
        self.stdout.write(self.style.SUCCESS(f"Scale site ready (added {added})."))

    def publications(self, count):
        from wagtail.models import Locale

        from publications.demo.loader import build_sample_publications, ensure_categories
        from publications.models import PublicationIndexPage

        # The English section (the demo also has a Spanish one).
        index = PublicationIndexPage.objects.get(locale=Locale.get_default())
        before = index.get_children().count()
        build_sample_publications(index, ensure_categories(), count)
        return index.get_children().count() - before

    def releases(self, count):
        from press.factories import make_live_releases, press_index
        from press.models import PressReleasePage

        index = press_index()
        missing = count - PressReleasePage.objects.filter(slug__startswith="test-release-").count()
        if missing > 0:
            make_live_releases(missing, index=index)
        return max(missing, 0)

    def appearances(self, count):
        from press.factories import make_appearances
        from press.models import PressAppearance

        missing = count - PressAppearance.objects.filter(outlet="Test Outlet").count()
        if missing > 0:
            make_appearances(missing)
        return max(missing, 0)

    def staff(self, count):
        from home.demo import ensure_image
        from people.factories import make_staff, staff_index
        from people.models import StaffBioPage

        index = staff_index()
        existing = set(StaffBioPage.objects.filter(slug__startswith="scale-person-").values_list("slug", flat=True))
        photo = ensure_image(
            "Portrait: scale test", text="SP", description="Portrait of a sample person", size=(300, 300)
        )
        added = 0
        for number in range(1, count + 1):
            slug = f"scale-person-{number:03d}"
            if slug not in existing:
                make_staff(index=index, photo=photo, slug=slug, title=f"Sample Person {number}")
                added += 1
        return added

    def internships(self, count):
        from people.factories import internship_index, make_posting
        from people.models import InternshipPage

        index = internship_index()
        existing = set(InternshipPage.objects.filter(slug__startswith="scale-intern-").values_list("slug", flat=True))
        added = 0
        for number in range(1, count + 1):
            slug = f"scale-intern-{number:03d}"
            if slug not in existing:
                make_posting(
                    index=index,
                    deadline=f"in {10 + number % 60} days",
                    publish=False,
                    slug=slug,
                    title=f"Sample internship {number}",
                )
                added += 1
        return added
