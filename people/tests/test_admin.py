"""The comms team's list of applications (wagtail-modeladmin): list, filters, search, CSV export, review."""

import csv
import io

import pytest
from django.urls import reverse

from people import factories
from people.models import InternshipApplication

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages

INDEX = "/admin/people/internshipapplication/"


@pytest.fixture
def applications():
    legal = factories.make_posting(title="Legal intern 2031")
    social = factories.make_posting(title="Social work intern 2031", team="social-work")
    return [
        factories.make_application(legal, name="Ana Reyes", email="ana@example.org", school="CUNY Law"),
        factories.make_application(social, name="Ben Okafor", email="ben@example.org", school="Hunter College"),
        factories.make_application(
            legal, name='=HYPERLINK("http://evil.example")', email="eve@example.org", school="Nowhere"
        ),
    ]


@pytest.fixture
def reviewer_client(client):
    client.force_login(factories.make_reviewer())
    return client


@pytest.mark.usefixtures("page_tree")
def test_anonymous_visitors_are_sent_to_the_login(client, applications):
    response = client.get(INDEX)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.get(INDEX + "?export=csv").status_code == 302


@pytest.mark.usefixtures("page_tree")
def test_staff_without_the_permission_cannot_see_applications(client, applications):
    client.force_login(factories.make_user(permissions=()))
    response = client.get(INDEX)
    assert response.status_code in (302, 403)
    assert b"Ana Reyes" not in response.content


@pytest.mark.usefixtures("page_tree")
def test_a_reviewer_sees_the_list_in_the_admin_menu(reviewer_client, applications):
    menu = reviewer_client.get("/admin/").content.decode()
    assert "Internship applications" in menu
    html = reviewer_client.get(INDEX).content.decode()
    for application in applications[:2]:
        assert application.name in html
        assert reverse("people:resume_download", args=[application.pk]) in html
    assert "Legal intern 2031" in html


@pytest.mark.usefixtures("page_tree")
def test_filters_and_search(reviewer_client, applications):
    ana, ben, _eve = applications
    html = reviewer_client.get(INDEX, {"posting__id__exact": ben.posting_id}).content.decode()
    assert "Ben Okafor" in html and "Ana Reyes" not in html
    ana.status = InternshipApplication.Status.INTERVIEW
    ana.save()
    html = reviewer_client.get(INDEX, {"status__exact": "interview"}).content.decode()
    assert "Ana Reyes" in html and "Ben Okafor" not in html
    for term in ["Hunter", "ben@example", "Okafor"]:
        html = reviewer_client.get(INDEX, {"q": term}).content.decode()
        assert "Ben Okafor" in html and "Ana Reyes" not in html, term
    assert reviewer_client.get(INDEX, {"submitted_at__gte": "not-a-date"}).status_code in (200, 302)


@pytest.mark.usefixtures("page_tree")
def test_csv_export(reviewer_client, applications):
    response = reviewer_client.get(INDEX, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "internship-applications.csv" in response["Content-Disposition"]
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert {row["Name"] for row in rows} >= {"Ana Reyes", "Ben Okafor"}
    assert {"Email", "School or programme", "Status", "Cover letter", "Submitted (New York time)"} <= set(rows[0])
    assert {row["Status"] for row in rows} == {"New"}
    # A formula typed into the form is kept as text, not run by a spreadsheet.
    assert '\'=HYPERLINK("http://evil.example")' in {row["Name"] for row in rows}


@pytest.mark.usefixtures("page_tree")
def test_a_reviewer_changes_status_and_notes_but_not_what_the_applicant_sent(reviewer_client, applications):
    ana = applications[0]
    url = f"{INDEX}edit/{ana.pk}/"
    html = reviewer_client.get(url).content.decode()
    assert "Ana Reyes" in html and "CUNY Law" in html
    assert 'name="name"' not in html and 'name="email"' not in html and 'name="cover_letter"' not in html
    assert 'name="status"' in html and 'name="notes"' in html
    assert reverse("people:resume_download", args=[ana.pk]) in html
    ana.cover_letter = "First paragraph.\n\nSecond <b>bold?</b>"
    ana.save()
    html = reviewer_client.get(url).content.decode()
    assert "<p>First paragraph.</p>" in html and "Second &lt;b&gt;bold?&lt;/b&gt;" in html  # kept, and escaped
    response = reviewer_client.post(
        url,
        {"status": "interview", "notes": "Strong writing sample.", "name": "Changed", "email": "x@example.org"},
    )
    assert response.status_code == 302
    ana.refresh_from_db()
    assert ana.status == "interview" and ana.notes == "Strong writing sample."
    assert ana.name == "Ana Reyes" and ana.email == "ana@example.org"


@pytest.mark.usefixtures("page_tree")
def test_applications_cannot_be_created_in_the_admin(reviewer_client, admin_client):
    assert reviewer_client.get(INDEX + "create/").status_code in (302, 403)
    assert admin_client.get(INDEX + "create/").status_code in (302, 403)


@pytest.mark.usefixtures("page_tree")
def test_superusers_see_the_list_too(admin_client, applications):
    assert admin_client.get(INDEX).status_code == 200
