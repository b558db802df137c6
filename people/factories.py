"""People-app objects for tests: factories for the two indexes (home/factories.py builds a small site with
them), and plain functions that add staff, postings and applications under them."""

import io
import zipfile
from datetime import timedelta
from itertools import count

import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from home import clock
from home.demo import ensure_image, make_pdf_bytes, publish
from home.models import StandardPage

from .models import InternshipApplication, InternshipIndexPage, InternshipPage, StaffBioPage, StaffIndexPage

_numbers = count(1)


class StaffIndexPageFactory(wagtail_factories.PageFactory):
    title = "Staff"
    slug = "staff"

    class Meta:
        model = StaffIndexPage


class InternshipIndexPageFactory(wagtail_factories.PageFactory):
    title = "Internships"
    slug = "internships"

    class Meta:
        model = InternshipIndexPage


def about_page():
    return StandardPage.objects.get(slug="about", depth=3)


def staff_index():
    index = StaffIndexPage.objects.first()
    if index is None:
        index = StaffIndexPage(title="Staff", slug="staff")
        about_page().add_child(instance=index)
    return index


def internship_index():
    index = InternshipIndexPage.objects.first()
    if index is None:
        index = InternshipIndexPage(title="Internships", slug="internships")
        about_page().add_child(instance=index)
    return index


def show_people_beside_about(about, staff, internships):
    """Publish ``about`` with the staff cards and a paragraph linking to the internships beside its text, as
    the comms team lays out the About page (the demo's is the same)."""
    listing = {"heading": "Staff", "section": staff.pk, "limit": 12, "link_text": "Meet our staff"}
    about.sidebar = [
        {"type": "section_listing", "value": listing},
        {"type": "heading", "value": {"text": "Internships", "level": "h2"}},
        {"type": "paragraph", "value": f'<p>We take interns. <a href="{internships.url}">More details</a>.</p>'},
    ]
    return publish(about)


def make_staff(index=None, photo=True, **fields):
    number = next(_numbers)
    if photo is True:
        photo = ensure_image(f"Test portrait {number % 3}", text="TP", description="Test portrait", size=(300, 300))
    values = {
        "title": f"Test Person {number}",
        "slug": f"test-person-{number}",
        "role": "Staff Attorney",
        "short_bio": "A test bio.",
        "bio": "<p>A longer test bio.</p>",
        "photo": photo or None,
        "is_current": True,
    }
    values.update(fields)
    page = StaffBioPage(**values)
    (index or staff_index()).add_child(instance=page)
    return page


def make_posting(index=None, deadline="in 10 days", publish=True, **fields):
    """A live posting; ``deadline`` is a date, None (rolling), or 'in N days' / 'N days ago' from today in New York."""
    number = next(_numbers)
    today = clock.today()
    if isinstance(deadline, str):
        amount = int(deadline.split()[1] if deadline.startswith("in ") else deadline.split()[0])
        deadline = today + timedelta(days=amount if deadline.startswith("in ") else -amount)
    values = {
        "title": f"Test intern {number}",
        "slug": f"test-intern-{number}",
        "summary": "A test posting.",
        "team": InternshipPage.Team.LEGAL,
        "term": "Spring 2027",
        "start_date": today + timedelta(days=30),
        "end_date": today + timedelta(days=120),
        "application_deadline": deadline,
        "rolling": deadline is None,
        "compensation": InternshipPage.Compensation.UNPAID,
        "hours_per_week": "15",
        "location": InternshipPage.Location.OFFICE,
        "description": "<p>What the intern does.</p>",
        "responsibilities": "<ul><li>Research</li></ul>",
        "qualifications": "<ul><li>Law students</li></ul>",
        "contact_email": "internships@example.org",
    }
    values.update(fields)
    page = InternshipPage(**values)
    (index or internship_index()).add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def pdf_bytes(text="Résumé of a test applicant"):
    return make_pdf_bytes("Résumé", [text])


def docx_bytes():
    """The smallest file Word-like programs accept as .docx: a zip holding word/document.xml."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>Resume</w:t></w:r></w:p></w:body></w:document>",
        )
    return buffer.getvalue()


def resume_upload(name="resume.pdf", data=None, content_type="application/pdf"):
    return SimpleUploadedFile(name, pdf_bytes() if data is None else data, content_type=content_type)


def application_data(**overrides):
    data = {
        "name": "Alex Applicant",
        "email": "alex@example.org",
        "pronouns": "they/them",
        "school": "CUNY School of Law, J.D.",
        "availability": "Mondays to Wednesdays, from January to May.",
        "cover_letter": "I would like to join the legal team because…",
        "website": "",
    }
    data.update(overrides)
    return data


def make_application(posting=None, submitted_at=None, resume=True, **fields):
    posting = posting or make_posting()
    values = {
        "posting": posting,
        "position_title": posting.title,
        "name": "Alex Applicant",
        "email": "alex@example.org",
        "school": "CUNY School of Law",
        "availability": "Spring",
        "cover_letter": "Hello",
        "submitted_at": submitted_at or timezone.now(),
    }
    values.update(fields)
    application = InternshipApplication(**values)
    if resume:
        application.resume.save("resume.pdf", ContentFile(pdf_bytes()), save=False)
    application.save()
    return application


def make_user(username=None, permissions=(), admin_access=True, **fields):
    """A user with the given ``app_label.codename`` permissions (and access to the Wagtail admin)."""
    user = get_user_model().objects.create_user(
        username=username or f"user{next(_numbers)}",
        password="a long test password",  # noqa: S106
        **fields,
    )
    codes = list(permissions) + (["wagtailadmin.access_admin"] if admin_access else [])
    for code in codes:
        app_label, codename = code.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return get_user_model().objects.get(pk=user.pk)  # fresh, so the permission cache is empty


def make_reviewer(**fields):
    return make_user(permissions=("people.view_internshipapplication", "people.change_internshipapplication"), **fields)
