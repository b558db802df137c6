"""Embargoed releases: scheduled with Wagtail's go-live time, invisible everywhere until then."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from press.factories import make_release

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

SECRET_WORD = "Quokkaembargo"


def visible_places(client, page):
    """Where a visitor could find the release: its page, the lists, the feed, the sitemap, search."""
    return {
        "page": client.get(page.url).status_code == 200,
        "index": SECRET_WORD in client.get("/press/").content.decode(),
        "list": SECRET_WORD in client.get("/press/releases/").content.decode(),
        "feed": SECRET_WORD in client.get("/press/feed/").content.decode(),
        "sitemap": page.slug in client.get("/sitemap.xml").content.decode(),
        "search": page.slug in client.get("/search/", {"q": SECRET_WORD}).content.decode(),
        "home": SECRET_WORD in client.get("/").content.decode(),
    }


def make_embargoed(hours=2):
    go_live = timezone.now() + timedelta(hours=hours)
    page = make_release(
        title=f"{SECRET_WORD} statement under embargo",
        summary=f"{SECRET_WORD} summary.",
        release_date=go_live,
        go_live_at=go_live,
    )
    return page, go_live


def test_an_embargoed_release_is_hidden_until_its_time_then_published_by_publish_scheduled(client):
    page, go_live = make_embargoed()
    assert not page.live
    revision = Revision.objects.get(object_id=str(page.pk), approved_go_live_at__isnull=False)
    assert revision.approved_go_live_at == go_live
    assert not any(visible_places(client, page).values())

    # The scheduler runs before the embargo ends: nothing changes.
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    assert not any(visible_places(client, page).values())

    # Time passes; the scheduler's next run publishes the release.
    with mock.patch("django.utils.timezone.now", return_value=go_live + timedelta(minutes=1)):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert all(visible_places(client, page).values()), visible_places(client, page)


def test_an_approved_go_live_time_in_the_past_is_published_by_the_next_run(client):
    page, go_live = make_embargoed()
    revision = Revision.objects.get(object_id=str(page.pk), approved_go_live_at__isnull=False)
    past = timezone.now() - timedelta(minutes=5)
    # As if the embargo had been set to a moment that has now passed.
    content = dict(revision.content, go_live_at=past.isoformat())
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=past, content=content)
    assert not any(visible_places(client, page).values())
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert all(visible_places(client, page).values())


def test_editors_preview_an_embargoed_release_with_its_embargo_shown(admin_client):
    page, go_live = make_embargoed()
    response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Embargoed until" in html
    assert "This is a preview" in html
