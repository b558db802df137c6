"""The comms team's dashboard panels and the accessibility checker in the editor's preview."""

import json
import re
from datetime import timedelta

import pytest
from django.test import RequestFactory

from home.call_to_action import running_appeals
from home.clock import today as local_today
from home.dashboard import ApplicationsAwaitingReviewPanel, DonationAppealPanel, InternshipDeadlinesPanel
from home.factories import DonatePageFactory, DonationAppealPageFactory, StandardPageFactory
from home.models import DonatePage, DonationAppealPage
from people import factories as people_factories
from people.models import InternshipApplication

from .admin_helpers import make_member, make_standard_page

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

PANEL_IDS = ["swp-internship-deadlines", "swp-applications", "swp-pages-in-moderation", "swp-donation-appeal"]


@pytest.fixture
def donate(page_tree):
    return DonatePageFactory(parent=page_tree.home)


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_dashboard_shows_each_panel_with_postings_applications_and_an_appeal(client, donate):
    today = local_today()
    DonationAppealPageFactory(parent=donate, start_date=today - timedelta(days=5), end_date=today + timedelta(days=20))
    DonationAppealPageFactory(parent=donate, start_date=today - timedelta(days=2), end_date=today + timedelta(days=8))
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
    appeal = next(iter(running_appeals()))  # the one ending soonest, as the panel shows
    assert appeal.title in html
    assert f'data-days-left="{(appeal.end_date - today).days}"' in html


def test_the_appeal_panel_says_when_no_appeal_is_running(client, donate):
    today = local_today()
    DonationAppealPageFactory(parent=donate, start_date=today - timedelta(days=60), end_date=today - timedelta(days=1))
    html = dashboard(client, make_member("Moderators", superuser=True))
    assert "No donation appeal is running today." in html


def test_the_appeal_panel_counts_the_days_left_of_the_running_appeal(client, donate):
    today = local_today()
    DonationAppealPageFactory(
        parent=donate, start_date=today - timedelta(days=500), end_date=today - timedelta(days=400)
    )
    appeal = DonationAppealPage(
        title="Spring dashboard appeal",
        slug="spring-dashboard-appeal",
        introduction="Give.",
        goal=1000,
        start_date=today - timedelta(days=2),
        end_date=today + timedelta(days=9),
    )
    donate.add_child(instance=appeal)
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
    # The appeals: the running appeals, the call to action's settings, and the private sections when their
    # cache has just been emptied (home/privacy.py); the site and the user's permissions are read once per
    # request. The same with 2 or 12 appeals: test_the_dashboard_lists_every_running_appeal_….
    [(InternshipDeadlinesPanel, 1), (ApplicationsAwaitingReviewPanel, 1), (DonationAppealPanel, 3)],
)
def test_each_panel_makes_a_fixed_number_of_queries(django_assert_max_num_queries, panel_class, queries):
    request = RequestFactory().get("/admin/")
    request.user = make_member("Moderators", superuser=True)
    panel_class(request).render_html({"request": request})  # what is read once per request
    with django_assert_max_num_queries(queries):
        panel_class(request).render_html({"request": request})
    posting = people_factories.make_posting(deadline="in 5 days")
    for number in range(15):
        people_factories.make_posting(deadline=f"in {number + 1} days")
        people_factories.make_application(posting)
    with django_assert_max_num_queries(queries):
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


# --- Issue 18: every running appeal, the call to action's, and your drafts ---------------------


def make_running_appeal(title, slug, start, end, goal=25000, raised=12300):
    appeal = DonationAppealPage(
        title=title, slug=slug, introduction="Give.", goal=goal, raised=raised, start_date=start, end_date=end
    )
    DonatePage.objects.get(locale__language_code="en").add_child(instance=appeal)
    appeal.save_revision().publish()
    return appeal


@pytest.mark.usefixtures("donate")
def test_the_dashboard_lists_every_running_appeal_and_the_one_in_the_call_to_action(client):
    from wagtail.models import Site

    from home.donations import CTA_APPEAL
    from home.models import NoticeSettings

    today = local_today()
    first = make_running_appeal("Rent party appeal", "rent-party", today, today + timedelta(days=5))
    second = make_running_appeal(
        "Legal fund appeal", "legal-fund", today, today + timedelta(days=20), goal=1000000, raised=123456
    )
    html = dashboard(client, make_member("Editors"))
    panel = html.split('id="swp-donation-appeal', 1)[1].split("</section>", 1)[0]
    assert "Rent party appeal" in panel and "Legal fund appeal" in panel
    assert "$12,300 of $25,000" in panel and "$123,456 of $1,000,000" in panel
    # Automatic: the one ending soonest is in the call to action.
    assert re.search(r"<tr data-in-cta>\s*<td class=\"title\"><a [^>]*>Rent party appeal", panel)
    assert "/admin/settings/home/noticesettings/" in panel  # Editors may choose another

    notices = NoticeSettings.for_site(Site.objects.get(is_default_site=True))
    notices.donation_cta, notices.donation_cta_appeal = CTA_APPEAL, second
    notices.save()
    # The same queries for 2 running appeals as for 12.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def panel_queries():
        request = RequestFactory().get("/admin/")
        request.user = make_member("Editors")
        request.user.has_perm("home.change_noticesettings")  # the user's permissions, read once per request
        with CaptureQueriesContext(connection) as queries:
            DonationAppealPanel(request).render_html({"request": request})
        return len(queries)

    few = panel_queries()
    for number in range(10):
        make_running_appeal(f"Extra appeal {number}", f"extra-{number}", today, today + timedelta(days=30 + number))
    assert panel_queries() == few
    panel = dashboard(client, make_member("Editors")).split('id="swp-donation-appeal', 1)[1]
    assert re.search(r"<tr data-in-cta>\s*<td class=\"title\"><a [^>]*>Legal fund appeal", panel)
    assert first.title in panel


@pytest.mark.usefixtures("donate")
def test_the_call_to_action_chooser_offers_only_running_appeals(client):
    from wagtail.models import Site

    today = local_today()
    running = make_running_appeal("Running chooser appeal", "running-chooser", today, today + timedelta(days=3))
    ended = make_running_appeal(
        "Ended chooser appeal", "ended-chooser", today - timedelta(days=30), today - timedelta(days=1)
    )
    client.force_login(make_member("Editors"))
    site = Site.objects.get(is_default_site=True)
    html = client.get(f"/admin/settings/home/noticesettings/{site.pk}/").content.decode()
    select = html.split('name="donation_cta_appeal"', 1)[1].split("</select>", 1)[0]
    assert f'value="{running.pk}"' in select and "Running chooser appeal (until" in select
    assert f'value="{ended.pk}"' not in select


def test_your_drafts_lists_the_pages_you_left_unpublished_with_edit_and_delete_links(client, page_tree):
    editor = make_member("Editors")
    other = make_member("Editors")
    mine = make_standard_page("My abandoned draft")
    mine.save_revision(user=editor)
    theirs = make_standard_page("Someone elses draft")
    theirs.save_revision(user=other)
    live = StandardPageFactory(parent=page_tree.home, title="Campaigns", slug="campaigns")
    live.title = "Campaigns, with changes"
    live.save_revision(user=editor)

    html = dashboard(client, editor)
    panel = html.split('id="swp-your-drafts', 1)[1].split("</section>", 1)[0]
    assert "My abandoned draft" in panel and f"/admin/pages/{mine.pk}/delete/" in panel
    assert "Campaigns, with changes" in panel and f"/admin/pages/{live.pk}/edit/" in panel
    assert f"/admin/pages/{live.pk}/delete/" not in panel  # a live page is not deleted from here
    assert "Someone elses draft" not in panel
    assert "Draft, never published" in panel and "Live, with unpublished changes" in panel


def test_your_drafts_is_one_query_for_3_or_30_drafts(django_assert_num_queries):
    from home.dashboard import YourDraftsPanel

    editor = make_member("Editors")
    request = RequestFactory().get("/admin/")
    request.user = editor

    def render():
        return YourDraftsPanel(request).render_html({"request": request})

    for number in range(3):
        make_standard_page(f"Query draft {number}").save_revision(user=editor)
    render()  # Django's content type cache is warm after any admin request
    with django_assert_num_queries(1):
        assert render().count("Query draft") >= 3
    for number in range(3, 30):
        make_standard_page(f"Query draft {number}").save_revision(user=editor)
    with django_assert_num_queries(1):
        html = render()
    assert "30 pages" in html and "The 25 most recent are listed." in html
