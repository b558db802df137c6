"""Routine content work is an Editor's (issue 18), done the way an Editor does it: through the admin's
own forms (open the form, send it, look at the result). Moderators still publish and approve; users,
groups and workflows stay with the administrators.
"""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Site, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from home.models import NavigationSettings, NoticeSettings
from people.models import StaffBioPage, StaffIndexPage
from press.models import PressAppearance

from .admin_helpers import make_member

pytestmark = pytest.mark.django_db

APPEARANCES = "/admin/snippets/press/pressappearance/"


def site():
    return Site.objects.get(is_default_site=True)


def form_data(client, url, form_id=None):
    """What the admin's form at ``url`` would send as it is (StreamFields are added by the caller)."""
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    html = response.content.decode()
    data = querydict_from_html(html, form_id=form_id) if form_id else querydict_from_html(html)
    return response.request["PATH_INFO"], data.dict()


def block_data(prefix, value):
    """A StreamField block's value as the admin's form posts it."""
    data = {}
    if isinstance(value, dict):
        for key, item in value.items():
            data.update(block_data(f"{prefix}-{key}", item))
    elif isinstance(value, list):  # a ListBlock
        data[f"{prefix}-count"] = str(len(value))
        for index, item in enumerate(value):
            data.update(block_data(f"{prefix}-{index}-value", item))
            data.update({f"{prefix}-{index}-deleted": "", f"{prefix}-{index}-order": str(index)})
            data[f"{prefix}-{index}-id"] = ""
    else:
        data[prefix] = "" if value is None else str(value)
    return data


def stream_data(name, children):
    """A StreamField of ``[(block_type, value), …]`` as the admin's form posts it."""
    data = {f"{name}-count": str(len(children))}
    for index, (block_type, value) in enumerate(children):
        data.update(
            {
                f"{name}-{index}-type": block_type,
                f"{name}-{index}-deleted": "",
                f"{name}-{index}-order": str(index),
                f"{name}-{index}-id": "",
            }
        )
        data.update(block_data(f"{name}-{index}-value", value))
    return data


def raw_stream(stream_value):
    return [(child["type"], child["value"]) for child in stream_value.raw_data]


@pytest.fixture
def editor(client):
    user = make_member("Editors", username="comms-editor")
    client.force_login(user)
    return user


# --- Press appearances: Editors add and submit, Moderators publish ------------------------------


def appearance_post(data, **changes):
    data.update(
        {
            "outlet": "City Limits",
            "headline": "Advocates push for decriminalization in Albany",
            "url": "https://citylimits.example.org/albany",
            "date": "2031-03-04",
            "medium": "article",
            "quote": "Safety comes from rights.",
            "spokesperson_name": "RJ Thompson",
        }
    )
    data.update(changes)
    return data


def test_an_editor_adds_a_press_appearance_and_submits_it_for_review(client, editor):
    assert "Press appearances" in client.get("/admin/").content.decode()
    path, data = form_data(client, APPEARANCES + "add/", form_id="w-editor-form")
    html = client.get(APPEARANCES + "add/").content.decode()
    assert "Submit to Moderator approval" in html
    assert 'name="action-publish"' not in html  # Editors do not publish

    response = client.post(path, appearance_post(data, **{"action-submit": "action-submit"}))
    assert response.status_code == 302
    appearance = PressAppearance.objects.get(headline="Advocates push for decriminalization in Albany")
    assert not appearance.live
    state = WorkflowState.objects.get(
        base_content_type__model="pressappearance", object_id=str(appearance.pk), status="in_progress"
    )
    assert state.workflow.name == "Moderator approval"
    assert "decriminalization in Albany" not in client.get("/press/appearances/").content.decode()

    # A Moderator approves it: it is published, and on the public list.
    moderator = make_member("Moderators", username="comms-moderator")
    client.force_login(moderator)
    edit_url = f"{APPEARANCES}edit/{appearance.pk}/"
    html = client.get(edit_url).content.decode()
    assert "Approve and publish" in html
    _path, data = form_data(client, edit_url, form_id="w-editor-form")
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(edit_url, data, follow=True)
    assert any("approved and published" in str(message) for message in response.context["messages"])
    appearance.refresh_from_db()
    assert appearance.live
    assert "decriminalization in Albany" in client.get("/press/appearances/").content.decode()


def test_an_editor_cannot_publish_or_delete_an_appearance(client, editor):
    path, data = form_data(client, APPEARANCES + "add/", form_id="w-editor-form")
    client.post(path, appearance_post(data, headline="Only a draft", **{"action-publish": "action-publish"}))
    appearance = PressAppearance.objects.get(headline="Only a draft")
    assert not appearance.live
    published = PressAppearance.objects.filter(live=True).first()
    assert client.post(f"{APPEARANCES}delete/{published.pk}/").status_code in (302, 403)
    assert PressAppearance.objects.filter(pk=published.pk).exists()


# --- Navigation and footer --------------------------------------------------------------------


def test_an_editor_changes_the_main_menu_and_the_footer(client, editor):
    navigation = NavigationSettings.for_site(site())
    url = f"/admin/settings/home/navigationsettings/{site().pk}/"
    path, data = form_data(client, url)
    menu = raw_stream(navigation.main_menu) + [("link", {"label": "Know your rights", "page": None, "url": "/kyr/"})]
    footer = raw_stream(navigation.footer_groups)
    footer[0][1]["heading"] = "Our publications"
    data.update(stream_data("main_menu", menu))
    data.update(stream_data("footer_groups", footer))
    response = client.post(path, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""

    html = client.get("/").content.decode()
    assert 'href="/kyr/"' in html and "Know your rights" in html
    assert "Our publications" in html


# --- The alert banner and the call to action --------------------------------------------------


def test_an_editor_switches_the_alert_banner_on(client, editor):
    url = f"/admin/settings/home/noticesettings/{site().pk}/"
    path, data = form_data(client, url)
    data.update({"alert_enabled": "on", "alert_text": "The office is closed on Friday.", "alert_link": "/contact/"})
    assert client.post(path, data).status_code == 302
    assert NoticeSettings.for_site(site()).alert_enabled
    html = client.get("/").content.decode()
    assert 'aria-label="Announcement"' in html and "The office is closed on Friday." in html


def test_an_editor_chooses_the_appeal_the_call_to_action_shows(client, editor):
    from datetime import timedelta

    from home.clock import today as local_today
    from home.demo import publish
    from home.models import DonatePage, DonationAppealPage

    today = local_today()
    appeal = DonationAppealPage(
        title="Editors' choice appeal",
        slug="editors-choice",
        introduction="Give to the legal fund.",
        goal=50000,
        raised=12300,
        start_date=today,
        end_date=today + timedelta(days=60),
    )
    DonatePage.objects.get().add_child(instance=appeal)
    publish(appeal)
    url = f"/admin/settings/home/noticesettings/{site().pk}/"
    path, data = form_data(client, url)
    data.update({"donation_cta": "appeal", "donation_cta_appeal": str(appeal.pk)})
    assert client.post(path, data).status_code == 302
    cta = client.get("/").content.decode().split('class="block-cta donate-cta"')[1].split("</section>")[0]
    assert "Editors&#x27; choice appeal" in cta or "Editors' choice appeal" in cta
    assert "$12,300 raised of $50,000 goal" in cta

    # Choosing "the appeal chosen below" without one is refused with a message.
    data.update({"donation_cta_appeal": ""})
    response = client.post(path, data)
    assert response.status_code == 200
    assert "donation_cta_appeal" in response.context["form"].errors


def test_an_editor_sees_no_organisation_settings_users_groups_or_workflows(client, editor):
    for url in (
        "/admin/settings/home/organisationsettings/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert not response.get("Location", "").startswith(url), url


# --- The staff list's order -------------------------------------------------------------------


def card_names(html):
    return re.findall(r'class="staff-card__name"[^>]*><a href="[^"]+">([^<]+)</a>', html)


def test_an_editor_puts_the_staff_in_a_new_order_and_a_moderator_approves_it(client, editor):
    index = StaffIndexPage.objects.get()
    abigail = StaffBioPage.objects.get(slug="abigail-anzalone")
    before = card_names(client.get("/about/staff/").content.decode())
    assert before and before[0] != "Abigail Anzalone"

    edit_url = f"/admin/pages/{index.pk}/edit/"
    _path, data = form_data(client, edit_url, form_id="page-edit-form")
    data.update(
        {
            "staff_order-TOTAL_FORMS": "1",
            "staff_order-INITIAL_FORMS": "0",
            "staff_order-MIN_NUM_FORMS": "0",
            "staff_order-MAX_NUM_FORMS": "1000",
            "staff_order-0-person": str(abigail.pk),
            "staff_order-0-ORDER": "1",
            "staff_order-0-id": "",
            "staff_order-0-DELETE": "",
            "action-submit": "1",
        }
    )
    response = client.post(edit_url, data)
    assert response.status_code == 302
    index.refresh_from_db()
    assert index.workflow_in_progress
    # Not on the site until a Moderator approves it.
    assert card_names(client.get("/about/staff/").content.decode()) == before

    client.force_login(make_member("Moderators", username="staff-moderator"))
    _path, data = form_data(client, edit_url, form_id="page-edit-form")
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    assert client.post(edit_url, data).status_code == 302
    after = card_names(client.get("/about/staff/").content.decode())
    assert after[0] == "Abigail Anzalone"
    assert sorted(after) == sorted(before)


def test_the_groups_hold_the_new_permissions():
    editors = Group.objects.get(name="Editors")
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert {"add_pressappearance", "change_pressappearance", "change_navigationsettings"} <= codenames
    assert {"change_noticesettings"} <= codenames
    assert not codenames & {"publish_pressappearance", "delete_pressappearance", "change_organisationsettings"}
    moderators = set(Group.objects.get(name="Moderators").permissions.values_list("codename", flat=True))
    assert {"publish_pressappearance", "change_noticesettings", "change_organisationsettings"} <= moderators
