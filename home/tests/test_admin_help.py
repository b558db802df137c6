"""SWP's editor guide inside the admin: a Help menu item, a dashboard link, the guide with its pictures."""

import re

import pytest
from django.utils.text import capfirst

from home import editor_guide
from home.models import AlertBanner, GetHelpPage, HolidayClosure, KnowYourRightsPage, OfficeHours

from .admin_helpers import make_member

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

GUIDE_URL = "/admin/help/"


def test_an_editor_reads_the_guide_with_its_pictures_from_the_menu_and_the_dashboard(client):
    client.force_login(make_member("Editors"))
    dashboard = client.get("/admin/").content.decode()
    assert f'href="{GUIDE_URL}"' in dashboard  # the dashboard's Help panel

    response = client.get(GUIDE_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "Editor guide" in html
    for heading in (
        "Who can do what",
        "The alert banner",
        "The order of the staff list",
        "Search the admin",
        "The Get help page",
        "Know-your-rights guides",
    ):
        assert heading in html, heading
    assert 'src="editor-guide/01-dashboard.png"' in html
    picture = client.get(GUIDE_URL + "editor-guide/01-dashboard.png")
    assert picture.status_code == 200 and picture["Content-Type"] == "image/png"
    assert b"".join(picture.streaming_content).startswith(b"\x89PNG")


def test_the_menus_help_offers_swps_guide_first(client):
    client.force_login(make_member("Editors"))
    html = client.get("/admin/").content.decode()
    assert '"name": "swp-editor-guide"' in html and "SWP editor guide" in html


@pytest.mark.parametrize("name", ["../editor-guide.md", "..%2F..%2Fmanage.py", "notes.txt", "missing.png", ".png"])
def test_only_the_guides_own_pictures_are_served(client, name):
    client.force_login(make_member("Editors"))
    response = client.get(GUIDE_URL + "editor-guide/" + name, follow=True)
    assert response.status_code == 404
    assert response.get("Content-Type", "").startswith("text/html")


def test_visitors_who_are_not_logged_in_are_sent_to_log_in(client):
    for url in (GUIDE_URL, GUIDE_URL + "editor-guide/01-dashboard.png"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url


def test_the_guide_is_cleaned_of_anything_but_text_links_and_pictures():
    html = editor_guide.cleaned_html(
        "# Title\n\n<script>alert(1)</script>\n\n[a link](javascript:alert(1)) <img src=x onerror=alert(2)>\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html
    assert "<table>" in html and "<h1" in html


def test_the_guide_names_the_fields_as_the_admin_labels_them_and_shows_every_picture_it_links():
    guide = " ".join(editor_guide.GUIDE.read_text(encoding="utf-8").split())  # bold text may wrap
    fields = {
        AlertBanner: ["text", "short_text", "link"],
        GetHelpPage: [
            "phone", "phone_note", "email", "text_number", "address", "address_note", "hours_note", "languages",
            "languages_note",
        ],
        OfficeHours: ["weekday", "opens", "closes"],
        HolidayClosure: ["name", "date", "end_date"],
        KnowYourRightsPage: ["content_language", "last_reviewed", "sections", "document"],
    }  # fmt: skip
    for model, names in fields.items():
        for name in names:
            label = capfirst(model._meta.get_field(name).verbose_name)
            assert f"**{label}**" in guide, (model.__name__, name, label)
    for heading in ("How to reach intake", "The office", "Office hours", "Holiday closures", "About the guide"):
        assert f"**{heading}**" in guide, heading
    for picture in re.findall(r"\]\((editor-guide/[^)]+\.png)\)", guide):
        assert (editor_guide.GUIDE.parent / picture).is_file(), picture
