"""A document uploaded from a publication gets the publication's title, not its file name ("report")."""

import pytest
from playwright.sync_api import expect

from home.demo import make_pdf_bytes
from home.tests.admin_helpers import make_member
from home.tests.browser_admin import create_user, log_in, page_ids
from publications.models import PublicationIndexPage

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages

MARKER = "data-swp-document-title-from-page"
SCRIPT = "js/admin/document-title-from-page.js"


@pytest.mark.usefixtures("page_tree")
def test_the_publication_editor_titles_uploads_after_the_page_and_other_editors_do_not(client):
    client.force_login(make_member("Editors"))
    index = PublicationIndexPage.objects.get(locale__language_code="en")
    html = client.get(f"/admin/pages/add/publications/publicationpage/{index.pk}/").content.decode()
    assert MARKER in html and SCRIPT in html
    assert ">Topics<" in html or "Topics\n" in html or "Topics</label>" in html
    other = client.get(f"/admin/pages/{index.pk}/edit/").content.decode()
    assert MARKER not in other


@pytest.mark.browser
def test_an_editor_uploads_report_pdf_from_a_publication_and_it_takes_the_publications_title(
    browser, site_server, tmp_path
):
    report = tmp_path / "report.pdf"
    report.write_bytes(make_pdf_bytes("A report", ["Some words."]))
    password = create_user(site_server, "doc-title-editor", groups=["Editors"])
    ids = page_ids(site_server)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        log_in(page, site_server.url, "doc-title-editor", password)
        page.goto(site_server.url + f"/admin/pages/add/publications/publicationpage/{ids['/home/publications/']}/")
        page.locator("form[data-edit-form] input[name='title']").fill("Know your rights at the border")
        page.get_by_role("button", name="Choose a document").click()
        modal = page.locator(".modal-dialog")
        modal.get_by_role("tab", name="Upload").click()
        modal.locator("input[type='file']").set_input_files(str(report))
        expect(modal.get_by_label("Title")).to_have_value("Know your rights at the border")
    finally:
        context.close()
