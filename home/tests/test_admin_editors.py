"""Routine content work is an Editor's (issue 18), done the way an Editor does it: through the admin's
own forms (open the form, send it, look at the result). Moderators still publish and approve; users,
groups and workflows stay with the administrators.

The nine routine tasks themselves, one test each, are in test_admin_editor_tasks.py; this module holds
what surrounds them: what an Editor may not do, the call to action's appeal, the staff order's review.
"""

import re

import pytest
from django.contrib.auth.models import Group

from home.factories import DonatePageFactory
from people.factories import make_staff
from press.factories import make_appearance
from press.models import PressAppearance

from .admin_helpers import form_data, make_member, press_appearance_post, site

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

APPEARANCES = "/admin/snippets/press/pressappearance/"


@pytest.fixture
def editor(client):
    user = make_member("Editors", username="comms-editor")
    client.force_login(user)
    return user


# --- Press appearances: Editors neither publish nor delete ---------------------------------------


def test_an_editor_cannot_publish_or_delete_an_appearance(client, editor):
    published = make_appearance(headline="Already on the site")
    assert published.live
    path, data = form_data(client, APPEARANCES + "add/", form_id="w-editor-form")
    client.post(path, press_appearance_post(data, headline="Only a draft", **{"action-publish": "action-publish"}))
    appearance = PressAppearance.objects.get(headline="Only a draft")
    assert not appearance.live
    assert client.post(f"{APPEARANCES}delete/{published.pk}/").status_code in (302, 403)
    assert PressAppearance.objects.filter(pk=published.pk).exists()


# --- The call to action ------------------------------------------------------------------------


def test_an_editor_chooses_the_appeal_the_call_to_action_shows(client, editor, page_tree):
    from datetime import timedelta

    from home.clock import today as local_today
    from home.demo import publish
    from home.models import DonationAppealPage

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
    DonatePageFactory(parent=page_tree.home).add_child(instance=appeal)
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


def test_an_editor_puts_the_staff_in_a_new_order_and_a_moderator_approves_it(client, editor, page_tree):
    index = page_tree.staff
    make_staff(index, title="Ana Reyes", slug="ana-reyes")
    make_staff(index, title="Jordan Rivera", slug="jordan-rivera")
    abigail = make_staff(index, title="Abigail Anzalone", slug="abigail-anzalone")
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
