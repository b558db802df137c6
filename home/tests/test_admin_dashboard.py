"""The comms team's dashboard panels and the accessibility checker in the editor's preview."""

import json
import re
from datetime import timedelta

import pytest
from django.test import RequestFactory

from home.dashboard import ApplicationsAwaitingReviewPanel, DonationAppealPanel, InternshipDeadlinesPanel
from home.models import DonatePage, DonationAppealPage
from home.models.donate import local_today, running_appeal
from people import factories as people_factories
from people.models import InternshipApplication

from .admin_helpers import make_member, make_standard_page

pytestmark = pytest.mark.django_db

PANEL_IDS = ["swp-internship-deadlines", "swp-applications", "swp-pages-in-moderation", "swp-donation-appeal"]


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_dashboard_shows_each_panel_with_the_demo_data(client):
    posting = people_factories.make_posting(title="Dashboard legal intern", deadline="in 12 days")
    people_factories.make_posting(title="Far away intern", deadline="in 45 days")
    people_factories.make_posting(title="Closed intern", deadline="3 days ago")
    people_factories.make_application(posting)
    people_factories.make_application(posting)
    new_count = InternshipApplication.objects.filter(status="new").count()

    html = dashboard(client, make_member("Moderators", superuser=True))
    for panel_id in PANEL_IDS:
        assert f'id="{panel_id}' in html or f'id="panel-{panel_id}' in html, panel_id
    assert "Dashboard legal intern" in html and "12 days left" in html
    assert "Far away intern" not in html and "Closed intern" not in html
    assert f'data-count="{new_count}"' in html
    assert "/admin/people/internshipapplication/?status__exact=new" in html
    appeal = running_appeal()
    if appeal:
        assert appeal.title in html
        assert f'data-days-left="{(appeal.end_date - local_today()).days}"' in html
    else:
        assert "No donation appeal is running today." in html


def test_the_appeal_panel_counts_the_days_left_of_the_running_appeal(client):
    today = local_today()
    DonationAppealPage.objects.update(end_date=today - timedelta(days=400), start_date=today - timedelta(days=500))
    appeal = DonationAppealPage(
        title="Spring dashboard appeal",
        slug="spring-dashboard-appeal",
        introduction="Give.",
        goal=1000,
        start_date=today - timedelta(days=2),
        end_date=today + timedelta(days=9),
    )
    DonatePage.objects.get().add_child(instance=appeal)
    appeal.save_revision().publish()
    html = dashboard(client, make_member("Editors"))
    assert "Spring dashboard appeal" in html and "9 days left" in html and 'data-days-left="9"' in html


def test_pages_in_review_are_counted_for_moderators_only(client):
    editor = make_member("Editors")
    page = make_standard_page("Dashboard review page")
    page.get_workflow().start(page, editor)
    html = dashboard(client, make_member("Moderators"))
    assert 'id="swp-pages-in-moderation' in html or "Pages waiting for review" in html
    assert re.search(r'data-count="[1-9]\d*"', html)
    assert "Pages waiting for review" not in dashboard(client, editor)


def test_an_editor_does_not_see_the_applications_panel(client):
    people_factories.make_application()
    html = dashboard(client, make_member("Editors"))
    assert "Internship applications awaiting review" not in html
    assert "/admin/people/internshipapplication/" not in html
    assert "Internship deadlines in the next 30 days" in html


def test_a_reviewer_sees_only_the_applications_panel(client):
    people_factories.make_application()
    html = dashboard(client, make_member("Internship reviewers"))
    assert "Internship applications awaiting review" in html
    assert "Internship deadlines in the next 30 days" not in html
    assert "Donation appeal" not in html


@pytest.mark.parametrize(
    "panel_class, queries",
    # One query each, the appeal's privacy check included (home/querysets.py).
    [(InternshipDeadlinesPanel, 1), (ApplicationsAwaitingReviewPanel, 1), (DonationAppealPanel, 1)],
)
def test_each_panel_makes_a_fixed_number_of_queries(django_assert_num_queries, panel_class, queries):
    request = RequestFactory().get("/admin/")
    request.user = make_member("Moderators", superuser=True)
    with django_assert_num_queries(queries):
        panel_class(request).render_html({"request": request})
    posting = people_factories.make_posting(deadline="in 5 days")
    for number in range(15):
        people_factories.make_posting(deadline=f"in {number + 1} days")
        people_factories.make_application(posting)
    with django_assert_num_queries(queries):
        html = panel_class(request).render_html({"request": request})
    if panel_class is InternshipDeadlinesPanel:
        assert html.count("days left") + html.count("1 day left") >= 15


def test_the_accessibility_checker_runs_the_projects_rules(client):
    client.force_login(make_member("Editors"))
    html = client.get("/about/").content.decode()
    match = re.search(r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', html, re.S)
    assert match, "the userbar's accessibility checker is on the page"
    config = json.loads(match.group(1))
    run_only = config["options"]["runOnly"]
    for rule in ["image-alt", "link-name", "heading-order", "empty-heading", "button-name", "label", "color-contrast"]:
        assert rule in run_only
    assert "alt-text-quality" in run_only  # Wagtail's own rules are kept
    assert config["messages"]["image-alt"]["error_name"] == "Image without alt text"
