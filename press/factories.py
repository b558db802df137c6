"""Press content for tests: factories for the press room (home/factories.py builds a small site with it) and
its media toolkit, and plain functions that make releases and appearances (and help when trying things out in
a shell)."""

import itertools
import json
import uuid
from datetime import date, datetime, timedelta

import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from .models import MediaToolkitPage, PressAppearance, PressIndexPage, PressReleasePage

_counter = itertools.count(1)


class PressIndexPageFactory(wagtail_factories.PageFactory):
    title = "Press"
    slug = "press"

    class Meta:
        model = PressIndexPage


class MediaToolkitPageFactory(wagtail_factories.PageFactory):
    """The media toolkit, with only the required boilerplate; a test adds the spokespeople, logos and fact sheets
    it is about (``spokespeople=[MediaToolkitSpokesperson(...)]`` and the like)."""

    title = "Media Toolkit"
    slug = "media-toolkit"
    boilerplate = "<p>The Sex Workers Project is a project of the Urban Justice Center.</p>"

    class Meta:
        model = MediaToolkitPage


def press_index():
    """The English press index (the demo site has one per language)."""
    return PressIndexPage.objects.get(locale=Locale.get_default())


def _body(text):
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}])


def release_date_at(year, month=6, day=15, hour=10):
    return timezone.make_aware(datetime(year, month, day, hour, 0), timezone.get_default_timezone())


def build_release(title=None, **fields):
    """An unsaved release with sensible defaults; ``fields`` override any of them."""
    n = next(_counter)
    title = title or f"Test release {n}"
    values = {
        "title": title,
        "slug": f"test-release-{n}-{uuid.uuid4().hex[:6]}",
        "release_date": timezone.now() - timedelta(days=1),
        "dateline": "New York",
        "summary": f"A summary of {title}.",
        "body": _body(f"The body of {title}."),
    }
    values.update(fields)
    return PressReleasePage(**values)


def make_release(index=None, *, publish=True, go_live_at=None, user=None, **fields):
    """A release under the press index, published through a revision like an editor's.

    With ``go_live_at`` in the future the revision is scheduled, not published: the page is
    not live until ``publish_scheduled`` runs after that time (Wagtail's embargo).
    """
    index = index or press_index()
    page = build_release(**fields)
    page.live = False
    if go_live_at is not None:
        page.go_live_at = go_live_at
    index.add_child(instance=page)
    revision = page.save_revision(user=user)
    if publish:
        revision.publish(user=user)
    page.refresh_from_db()
    return page


def make_live_releases(count, index=None, years=None):
    """``count`` live releases, fast (no revisions), spread over ``years`` (default: 2015-2024)."""
    index = index or press_index()
    years = years or list(range(2015, 2025))
    pages = []
    for i in range(count):
        year = years[i % len(years)]
        page = build_release(
            release_date=release_date_at(year, month=1 + i % 12, day=1 + i % 28),
            live=True,
            first_published_at=timezone.now(),
            last_published_at=timezone.now(),
        )
        index.add_child(instance=page)
        pages.append(page)
    return pages


def build_appearance(**fields):
    n = next(_counter)
    values = {
        "outlet": "Test Outlet",
        "headline": f"Test headline {n}",
        "url": f"https://news.example.org/story-{n}",
        "date": date(2020, 1, 1),
        "medium": "article",
    }
    values.update(fields)
    return PressAppearance(**values)


def make_appearance(**fields):
    appearance = build_appearance(**fields)
    appearance.full_clean()
    appearance.save()
    return appearance


def make_appearances(count, years=None, **fields):
    """``count`` appearances in one query, spread over ``years`` (default: 2015-2024)."""
    years = years or list(range(2015, 2025))
    items = [build_appearance(date=date(years[i % len(years)], 1 + i % 12, 1 + i % 28), **fields) for i in range(count)]
    return PressAppearance.objects.bulk_create(items)
