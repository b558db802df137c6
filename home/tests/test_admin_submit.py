"""A Submit either submits or changes nothing: never a page that was saved but not sent for review."""

from unittest import mock

import pytest
from django.db import OperationalError
from wagtail.models import Workflow, WorkflowState

from home.factories import DonatePageFactory, GetHelpPageFactory
from home.models import HomePage

from .admin_helpers import make_member, make_standard_page, standard_page_post

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]


def test_a_submit_that_fails_half_way_leaves_no_draft_behind(client):
    """What happened under make run: the revision was saved, then starting the review hit "database is locked"."""
    page = make_standard_page("Half-submitted page")
    revisions = page.revisions.count()
    client.force_login(make_member("Editors"))
    locked = OperationalError("database is locked")
    with mock.patch.object(Workflow, "start", side_effect=locked), pytest.raises(OperationalError):
        client.post(
            f"/admin/pages/{page.pk}/edit/",
            standard_page_post(page, title="Half-submitted page, edited", **{"action-submit": "1"}),
        )
    page.refresh_from_db()
    assert page.revisions.count() == revisions  # the new revision went with the failed review
    assert page.get_latest_revision().content["title"] == "Half-submitted page"
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_a_submit_that_works_saves_and_starts_the_review(client):
    page = make_standard_page("Fully submitted page")
    client.force_login(make_member("Editors"))
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        standard_page_post(page, title="Fully submitted page, edited", **{"action-submit": "1"}),
        follow=True,
    )
    page.refresh_from_db()
    assert page.get_latest_revision().content["title"] == "Fully submitted page, edited"
    assert page.workflow_in_progress
    assert any("submitted for moderation" in str(message) for message in response.context["messages"])


def test_every_page_type_an_editor_can_add_offers_submit_to_moderator_approval(client, page_tree):
    """The review covers the whole tree: no section where Submit is missing and Save is all there is."""
    from wagtail.models import Page, get_page_models

    # The sections that take pages of their own besides those of page_tree: appeals and guides.
    DonatePageFactory(parent=page_tree.home)
    GetHelpPageFactory(parent=page_tree.home)
    client.force_login(make_member("Editors"))
    offered = set()
    for parent in Page.objects.filter(depth__gte=2).specific():
        for model in parent.specific_class.creatable_subpage_models():
            if not model.can_create_at(parent):
                continue
            meta = model._meta
            html = client.get(f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{parent.pk}/").content.decode()
            assert "Submit to Moderator approval" in html, (meta.label, parent.url_path)
            offered.add(model)
    # Every page type but the home page was tried somewhere, save the one-of-a-kind pages the site already has.
    missing = {
        model
        for model in get_page_models()
        if model is not HomePage and model._meta.app_label in ("home", "publications", "press", "people")
    } - offered
    one_of_a_kind = {model for model in missing if 1 in (model.max_count, model.max_count_per_parent)}
    assert missing == one_of_a_kind and all(model.objects.exists() for model in missing), missing
