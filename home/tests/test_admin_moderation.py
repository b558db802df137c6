"""Review that reads as what it does: the Moderator's buttons and the message after approving."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from .admin_helpers import make_member, make_standard_page, standard_page_post

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]


def submitted_page(client, title):
    page = make_standard_page(title)
    client.force_login(make_member("Editors"))
    response = client.post(f"/admin/pages/{page.pk}/edit/", standard_page_post(page, **{"action-submit": "1"}))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.workflow_in_progress
    return page


def menu_labels(html):
    """The labels of the edit form's action menu, in the order the Moderator sees them."""
    menu = html.split('<footer class="footer', 1)[1].split("</footer>", 1)[0]
    texts = [" ".join(text.split()) for text in re.findall(r">([^<>]+)<", menu)]
    wanted = {"Approve and publish", "Publish", "Cancel workflow", "Request changes", "Save draft"}
    return [text for text in texts if text in wanted]


def test_a_moderator_sees_approve_and_publish_first_then_publish_and_cancel(client):
    page = submitted_page(client, "Review order page")
    client.force_login(make_member("Moderators"))
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    labels = menu_labels(html)
    assert labels[:3] == ["Approve and publish", "Publish", "Cancel workflow"], labels
    assert "Approve and Publish" not in html


def test_after_approving_the_message_says_the_page_is_published(client):
    page = submitted_page(client, "Approve me page")
    client.force_login(make_member("Moderators"))
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        standard_page_post(page, **{"action-workflow-action": "true", "workflow-action-name": "approve"}),
        follow=True,
    )
    page.refresh_from_db()
    assert page.live
    shown = [str(message) for message in response.context["messages"]]
    assert any("approved and published" in message for message in shown), shown
    assert not any("has been updated" in message for message in shown), shown


def test_approving_a_scheduled_page_says_when_it_goes_live_in_new_york_time(client):
    page = make_standard_page("Embargoed approval")
    go_live = timezone.now() + timedelta(days=3)
    local = timezone.localtime(go_live)
    client.force_login(make_member("Editors"))
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        standard_page_post(page, go_live_at=local.strftime("%Y-%m-%d %H:%M"), **{"action-submit": "1"}),
    )
    client.force_login(make_member("Moderators"))
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        standard_page_post(
            page,
            go_live_at=local.strftime("%Y-%m-%d %H:%M"),
            **{"action-workflow-action": "true", "workflow-action-name": "approve"},
        ),
        follow=True,
    )
    page.refresh_from_db()
    assert not page.live
    shown = " ".join(str(message) for message in response.context["messages"])
    assert "will be published on" in shown and "(New York time)" in shown, shown
    assert f"{local:%B}" in shown
