"""Internship postings: where they go, the listing (open first, then past), filters, caching, JobPosting data."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home import clock
from home.factories import build_page_tree, organisation
from home.models import HomePage, StandardPage
from people import factories
from people.models import InternshipIndexPage, InternshipPage, StaffIndexPage

# Builds the pages it needs (home/factories.py) on an empty site: the tests ask for ``page_tree`` or
# ``postings``, the TestCase builds it in setUp (inside each test's transaction).
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages]

INDEX = "/about/internships/"


@pytest.fixture
def postings(page_tree):
    """Two open postings (a hybrid legal one, an office one) and one whose deadline has passed."""
    index = page_tree.internships
    return {
        "legal": factories.make_posting(
            index,
            title="Housing law intern",
            slug="housing-law-intern",
            deadline="in 45 days",
            team=InternshipPage.Team.LEGAL,
            compensation=InternshipPage.Compensation.CREDIT,
            hours_per_week="15–20",
            location=InternshipPage.Location.HYBRID,
        ),
        "office": factories.make_posting(
            index,
            title="Counselling intern",
            slug="counselling-intern",
            deadline="in 30 days",
            team=InternshipPage.Team.SOCIAL_WORK,
            location=InternshipPage.Location.OFFICE,
            description="<p>Interns support clients with case management and counselling.</p>",
        ),
        "closed": factories.make_posting(
            index,
            title="Research intern",
            slug="research-intern",
            deadline="40 days ago",
            team=InternshipPage.Team.POLICY,
            location=InternshipPage.Location.REMOTE,
        ),
    }


def json_ld_of(html, kind):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == kind:
            return data
    return None


def sections(html):
    """(open part, past part) of the listing page."""
    open_part, _, past_part = html.partition('id="past-postings-heading"')
    return open_part, past_part


class InternshipPageTypesTest(WagtailPageTestCase):
    def setUp(self):
        tree = build_page_tree()
        self.about = tree.about
        self.index = tree.internships

    def test_index_only_under_a_standard_page_and_only_once(self):
        self.assertAllowedParentPageTypes(InternshipIndexPage, {StandardPage})
        self.assertCanNotCreateAt(HomePage, InternshipIndexPage)
        self.assertAllowedSubpageTypes(InternshipIndexPage, {InternshipPage})
        self.assertFalse(InternshipIndexPage.can_create_at(self.about))

    def test_postings_only_under_the_internships_index(self):
        self.assertAllowedParentPageTypes(InternshipPage, {InternshipIndexPage})
        self.assertCanCreateAt(InternshipIndexPage, InternshipPage)
        self.assertCanNotCreateAt(StandardPage, InternshipPage)
        self.assertCanNotCreateAt(StaffIndexPage, InternshipPage)
        self.assertAllowedSubpageTypes(InternshipPage, set())

    def test_pages_render_and_preview(self):
        posting = factories.make_posting(self.index, title="Housing law intern")
        self.assertPageIsRenderable(self.index)
        index_data = nested_form_data(
            {
                "title": self.index.title,
                "slug": self.index.slug,
                "introduction": self.index.introduction,
                "no_openings_message": self.index.no_openings_message,
                "body": streamfield([]),
            }
        )
        self.assertPageIsPreviewable(self.index, post_data=index_data)
        # English postings: a translation opens in the translation editor instead of the page editor.
        for page in InternshipPage.objects.filter(locale=self.index.locale):
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page)
        self.assertPageIsRoutable(posting, "apply/")

    def test_a_posting_needs_a_deadline_unless_rolling(self):
        self.login()
        today = clock.today()
        rich = json.dumps({"blocks": [{"key": "a", "text": "Text", "type": "unstyled"}], "entityMap": {}})
        data = {
            "title": "Communications intern",
            "slug": "communications-intern",
            "summary": "Help tell SWP's story.",
            "team": "communications",
            "term": "Summer 2027",
            "start_date": str(today + timedelta(days=60)),
            "end_date": str(today + timedelta(days=120)),
            "compensation": "paid",
            "hours_per_week": "20",
            "location": "remote",
            "description": rich,
            "responsibilities": rich,
            "qualifications": rich,
            "how_to_apply": json.dumps({"blocks": [], "entityMap": {}}),
        }
        add_url = reverse("wagtailadmin_pages:add", args=("people", "internshippage", self.index.pk))
        response = self.client.post(add_url, data)  # no deadline and not rolling: refused with a message
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Give the last day to apply")
        self.assertFalse(InternshipPage.objects.filter(slug="communications-intern").exists())
        self.assertCanCreate(self.index, InternshipPage, {**data, "application_deadline": str(today)})


def test_the_demo_has_two_open_postings_and_one_closed(client, page_tree):
    from people.demo.loader import build_internships

    build_internships(page_tree.about)  # what load_demo_site does under About
    html = client.get(INDEX).content.decode()
    open_part, past_part = sections(html)
    assert "Legal intern" in open_part and "Social work intern" in open_part
    assert "Policy and advocacy intern" in past_part and "Policy and advocacy intern" not in open_part
    assert "days left" in open_part


def test_about_more_details_link_leads_to_the_internships(client, page_tree):
    factories.show_people_beside_about(page_tree.about, page_tree.staff, page_tree.internships)
    about = client.get("/about/").content.decode()
    assert '<a href="/about/internships/">More details</a>' in about
    assert client.get(INDEX).status_code == 200


@pytest.mark.usefixtures("page_tree")
def test_open_postings_come_first_soonest_deadline_first_with_days_left(client):
    later = factories.make_posting(deadline="in 20 days", title="Later intern")
    sooner = factories.make_posting(deadline="in 3 days", title="Sooner intern")
    last_day = factories.make_posting(deadline="in 0 days", title="Last day intern")
    rolling = factories.make_posting(deadline=None, title="Rolling intern")
    closed = factories.make_posting(deadline="1 days ago", title="Yesterday intern")
    open_part, past_part = sections(client.get(INDEX).content.decode())
    positions = [open_part.index(p.title) for p in [last_day, sooner, later, rolling]]
    assert positions == sorted(positions)
    assert "(3 days left)" in open_part and "(20 days left)" in open_part and "(last day to apply)" in open_part
    assert "Rolling applications" in open_part
    assert closed.title in past_part and closed.title not in open_part
    deadline = (clock.today() - timedelta(days=1)).strftime("%B %-d, %Y")
    assert f"the deadline was {deadline}" in past_part


@pytest.mark.usefixtures("postings")
def test_a_clear_message_when_nothing_is_open(client):
    for posting in InternshipPage.objects.all():
        posting.application_deadline = clock.today() - timedelta(days=5)
        posting.rolling = False
        posting.save_revision().publish()
    html = client.get(INDEX).content.decode()
    open_part, past_part = sections(html)
    assert "There are no open internships right now" in open_part
    assert "Housing law intern" in past_part


@pytest.mark.usefixtures("postings")
def test_filters_by_team_and_term(client):
    factories.make_posting(title="Comms intern", team="communications", term="Summer 2031")
    html = client.get(INDEX, {"team": "communications"}).content.decode()
    open_part, _ = sections(html)
    assert "Comms intern" in open_part and "Housing law intern" not in open_part
    assert '<option value="communications" selected>' in html
    html = client.get(INDEX, {"term": "Summer 2031"}).content.decode()
    assert "Comms intern" in html and "Housing law intern" not in html
    html = client.get(INDEX, {"team": "legal", "term": "Summer 2031"}).content.decode()
    assert "No open posting matches these filters" in html
    assert '<option value="Summer 2031">Summer 2031</option>' in client.get(INDEX).content.decode()


@pytest.mark.usefixtures("postings")
@pytest.mark.parametrize(
    "params, message",
    [
        ({"team": "astronauts"}, "There is no team called “astronauts”"),
        ({"term": "Winter 1850"}, "There are no postings for the term “Winter 1850”"),
        ({"team": "<script>alert(1)</script>"}, "There is no team called “&lt;script&gt;"),
        ({"team": "x" * 5000, "term": "\x00\x01"}, "There is no team called"),
        ({"page": "abc"}, ""),
        ({"page": "0"}, ""),
        ({"page": "999999"}, ""),
        ({"team": ["legal", "astronauts"]}, "There is no team called “astronauts”"),
    ],
)
def test_unknown_filter_values_get_a_clear_message_never_an_error(client, params, message):
    response = client.get(INDEX, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "<script>alert(1)</script>" not in html
    assert "Housing law intern" in html  # unknown filters are dropped; the postings are still shown


@pytest.mark.usefixtures("page_tree")
def test_past_postings_are_paginated(client):
    for number in range(15):
        factories.make_posting(deadline=f"{number + 2} days ago", title=f"Old intern {number:02d}", publish=False)
    first = client.get(INDEX).content.decode()
    second = client.get(INDEX, {"page": 2}).content.decode()
    assert "Old intern 00" in first and "Old intern 14" not in first
    assert "Old intern 14" in second
    assert 'rel="next"' in first


def test_listing_and_posting_pages_are_cached_only_until_new_york_midnight(client, postings, freeze_new_york):
    posting = postings["legal"]
    freeze_new_york(2027, 1, 5, 12, 0)
    for url in [INDEX, posting.url]:
        cache_control = client.get(url)["Cache-Control"]
        assert "public" in cache_control and "s-maxage=43200" in cache_control  # the 12 hours left
    freeze_new_york(2027, 1, 5, 23, 58, 0)
    for url in [INDEX, posting.url]:
        assert "s-maxage=120" in client.get(url)["Cache-Control"]  # the 120 s left


@pytest.mark.usefixtures("page_tree")
def test_editors_get_uncached_pages(admin_client):
    assert "private" in admin_client.get(INDEX)["Cache-Control"]


def test_only_the_form_page_sets_a_cookie(client, postings):
    posting = postings["legal"]
    for url in [INDEX, posting.url, posting.url + "apply/thanks/", postings["closed"].url]:
        response = client.get(url)
        assert response.status_code == 200 and not response.cookies, url
    assert "csrftoken" in client.get(posting.url + "apply/").cookies


def test_open_posting_page_shows_the_facts_and_an_apply_link(client, postings):
    posting = postings["legal"]
    html = client.get(posting.url).content.decode()
    assert html.count("<h1") == 1
    for text in ["Open for applications", "days left", "Legal", "Hybrid", "For academic credit", "15–20 hours a week"]:
        assert text in html, text
    assert f'href="{posting.url}apply/"' in html


def test_job_posting_json_ld_for_an_open_office_posting(client, postings):
    organisation(postal_address="Urban Justice Center\n40 Rector Street, 9th Floor\nNew York, NY 10006")
    posting = postings["office"]
    data = json_ld_of(client.get(posting.url).content.decode(), "JobPosting")
    assert data["@context"] == "https://schema.org"
    assert data["title"] == "Counselling intern"
    assert "case management" in data["description"]
    assert data["employmentType"] == "INTERN"
    assert data["datePosted"] == posting.first_published_at.astimezone(clock.SITE_TIMEZONE).date().isoformat()
    assert data["validThrough"] == f"{posting.application_deadline.isoformat()}T23:59:59" + data["validThrough"][-6:]
    assert data["validThrough"][-6:] in ("-05:00", "-04:00")
    org = data["hiringOrganization"]
    assert org["name"] == "Sex Workers Project" and org["parentOrganization"]["name"] == "Urban Justice Center"
    address = data["jobLocation"]["address"]
    assert address["@type"] == "PostalAddress"
    assert address["addressLocality"] == "New York" and address["addressRegion"] == "NY"
    assert address["streetAddress"] == "40 Rector Street, 9th Floor" and address["postalCode"] == "10006"
    assert "jobLocationType" not in data


@pytest.mark.usefixtures("page_tree")
def test_job_posting_json_ld_for_a_remote_posting(client):
    posting = factories.make_posting(location="remote", deadline="in 5 days")
    data = json_ld_of(client.get(posting.url).content.decode(), "JobPosting")
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"]["@type"] == "Country"
    assert "jobLocation" not in data


def test_closed_postings_carry_no_job_posting(client, postings):
    html = client.get(postings["closed"].url).content.decode()
    assert "Applications are closed" in html
    assert json_ld_of(html, "JobPosting") is None
    assert "Apply online" not in html


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.usefixtures("no_cache")
def test_listing_query_count_does_not_grow_with_postings(client, page_tree, django_assert_num_queries):
    index = page_tree.internships

    def add(number):
        for n in range(number):
            deadline = f"in {n % 40} days" if n % 2 else f"{n % 40 + 1} days ago"
            team = InternshipPage.Team.values[n % 5]
            factories.make_posting(index, deadline=deadline, team=team, term=f"Term {n % 7}", publish=False)

    add(10 - InternshipPage.objects.count())
    urls = [INDEX, INDEX + "?team=legal", INDEX + "?page=2"]
    counts_10 = {url: count_queries(client, url) for url in urls}
    add(290)
    assert InternshipPage.objects.count() == 300
    counts_300 = {url: count_queries(client, url) for url in urls}
    print("queries with 10 and 300 postings:", counts_10, counts_300)
    assert counts_10 == counts_300
    with django_assert_num_queries(counts_300[INDEX]):
        client.get(INDEX)


def test_demo_postings_are_open_for_applications(client, page_tree):
    from people.demo.loader import build_internships
    from people.models import InternshipApplication

    build_internships(page_tree.about)  # what load_demo_site does under About

    for slug in ["legal-intern", "social-work-intern"]:
        posting = InternshipPage.objects.get(slug=slug)
        data = {**factories.application_data(), "resume": factories.resume_upload()}
        assert client.post(posting.url + "apply/", data).status_code == 303
    assert InternshipApplication.objects.count() == 2
