"""Help text that points somewhere: no "Settings tab" (it is Promote), no "press Publish" for Editors,
and the times of the schedule said to be New York time."""

from pathlib import Path

import pytest
from django.apps import apps
from wagtail.models import Page

from .admin_helpers import home_page, make_member

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "editor-guide.md"
POINTING_NOWHERE = ["Settings tab", "press 'Publish'", 'press "Publish"', "then publish."]


def every_help_text():
    for model in apps.get_models():
        if model.__module__.split(".")[0] not in {"home", "press", "people", "publications"}:
            continue
        for field in model._meta.get_fields():
            text = str(getattr(field, "help_text", "") or "")
            if text:
                yield f"{model.__name__}.{field.name}", text


def test_no_help_text_points_to_a_settings_tab_or_tells_editors_to_publish():
    for where, text in every_help_text():
        for phrase in POINTING_NOWHERE:
            assert phrase not in text, (where, phrase)
    guide = GUIDE.read_text()
    assert "Settings tab" not in guide


def test_the_schedule_says_new_york_time_on_a_press_release_an_editor_writes(client):
    client.force_login(make_member("Editors"))
    press = Page.objects.get(slug="press")
    html = client.get(f"/admin/pages/add/press/pressreleasepage/{press.pk}/").content.decode()
    assert html.count("New York time") >= 3  # go-live, expiry and the release's own date
    for phrase in POINTING_NOWHERE:
        assert phrase not in html, phrase
    schedule = html.split('id="schedule-publishing-dialog"', 1)[1].split("</template>", 1)[0]
    assert "New York time" in schedule


def test_every_page_types_edit_form_says_new_york_time_for_the_schedule(client):
    client.force_login(make_member("Editors"))
    html = client.get(f"/admin/pages/{home_page().pk}/edit/").content.decode()
    assert "New York time. The page stays off the site until then" in html
    assert "New York time. The page leaves the site on its own" in html
