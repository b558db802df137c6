"""Who may do what in the admin: Editors, Moderators, Internship reviewers and anonymous visitors."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction, Workflow, WorkflowState

from .admin_helpers import home_page, make_member, make_standard_page, standard_page_post

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

APPLICATIONS = "/admin/people/internshipapplication/"
ORG_SETTINGS = "/admin/settings/home/organisationsettings/"
NAVIGATION = "/admin/snippets/home/navigation/"
ALERT_BANNER = "/admin/snippets/home/alertbanner/"
REDIRECTS = "/admin/redirects/"
PRESS_APPEARANCES = "/admin/snippets/press/pressappearance/"
NOTICE_SETTINGS = "/admin/settings/home/noticesettings/"


def refused(response):
    """Wagtail refuses with a 403, or a redirect to the dashboard or login with a message."""
    return response.status_code in (302, 403) and "/admin/people/" not in response.get("Location", "")


def test_the_groups_and_the_workflow_exist_once():
    for name in ("Editors", "Moderators", "Internship reviewers"):
        assert Group.objects.filter(name=name).count() == 1
    workflow = Workflow.objects.get(name="Moderator approval")
    assert workflow.active
    tasks = [t.specific for t in workflow.tasks]
    assert len(tasks) == 1
    assert [g.name for g in tasks[0].groups.all()] == ["Moderators"]
    assert home_page().get_workflow() == workflow


def test_an_editor_cannot_publish_and_the_page_goes_to_review(client):
    editor = make_member("Editors")
    page = make_standard_page("Editor draft")
    client.force_login(editor)
    edit_url = f"/admin/pages/{page.pk}/edit/"
    assert client.get(edit_url).status_code == 200

    client.post(edit_url, standard_page_post(page, title="Editor draft, published?", **{"action-publish": "1"}))
    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision().content["title"] == "Editor draft, published?"

    response = client.post(edit_url, standard_page_post(page, **{"action-submit": "1"}))
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.workflow.name == "Moderator approval"


def test_an_editor_can_add_pages_but_sees_no_applications_organisation_settings_or_redirects(client):
    client.force_login(make_member("Editors"))
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/add/home/standardpage/{home_page().pk}/").status_code == 200
    assert client.get("/admin/images/").status_code == 200
    assert client.get("/admin/documents/").status_code == 200
    # Routine work (issue 18): appearances, menus, the alert banner and the call to action.
    for url in (NAVIGATION, ALERT_BANNER, NOTICE_SETTINGS, PRESS_APPEARANCES):
        assert client.get(url, follow=True).status_code == 200, url
    for url in (APPLICATIONS, ORG_SETTINGS, REDIRECTS):
        assert refused(client.get(url)), url
    assert "Internship applications" not in client.get("/admin/").content.decode()


def test_a_moderator_can_publish_and_manage_settings_press_and_redirects(client):
    page = make_standard_page("Moderator draft")
    client.force_login(make_member("Moderators"))
    response = client.post(f"/admin/pages/{page.pk}/edit/", standard_page_post(page, **{"action-publish": "1"}))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
    for url in (
        ORG_SETTINGS,
        NAVIGATION,
        ALERT_BANNER,
        NOTICE_SETTINGS,
        REDIRECTS,
        PRESS_APPEARANCES,
        "/admin/snippets/publications/publicationcategory/",
    ):
        assert client.get(url, follow=True).status_code == 200, url
    assert refused(client.get(APPLICATIONS))

    response = client.post(f"/admin/pages/{page.pk}/unpublish/")
    page.refresh_from_db()
    assert not page.live


def test_an_internship_reviewer_sees_applications_and_nothing_else(client):
    client.force_login(make_member("Internship reviewers"))
    assert client.get(APPLICATIONS).status_code == 200
    for url in (
        "/admin/pages/",
        f"/admin/pages/{home_page().pk}/",
        f"/admin/pages/{home_page().pk}/edit/",
        ORG_SETTINGS,
        NAVIGATION,
        REDIRECTS,
        PRESS_APPEARANCES,
        "/admin/images/",
        "/admin/documents/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url


def test_anonymous_visitors_see_no_draft_private_page_or_admin(client):
    draft = make_standard_page("Secret draft")
    private = make_standard_page("Members only", live=True)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    for url in ("/admin/", APPLICATIONS, ORG_SETTINGS, f"/admin/pages/{draft.pk}/edit/", "/admin/images/"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
    assert client.get(draft.get_url_parts()[2]).status_code == 404
    response = client.get(private.url)
    assert response.status_code == 302 and "login" in response["Location"]
    results = client.get("/search/", {"q": "Members only"}).content.decode()
    assert f'href="{private.url}"' not in results and f'href="{private.full_url}"' not in results
    assert Page.objects.get(pk=draft.pk).live is False
