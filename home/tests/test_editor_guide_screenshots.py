"""The screenshots of docs/editor-guide.md, taken from the demo site so that they stay true.

An ordinary test run takes them into a temporary folder, so running the tests never changes the
repository. To refresh the guide, run
``UPDATE_EDITOR_GUIDE=1 .venv/bin/python -m pytest home/tests/test_editor_guide_screenshots.py``
and commit the PNG files in docs/editor-guide/ that change.
"""

import io
import os
import tempfile
from pathlib import Path

import pytest
from PIL import Image as PILImage
from playwright.sync_api import expect

from .browser_admin import create_user, log_in, manage_shell, page_ids

DOCS_GUIDE = Path(__file__).resolve().parents[2] / "docs" / "editor-guide"
GUIDE = DOCS_GUIDE if os.environ.get("UPDATE_EDITOR_GUIDE") == "1" else Path(tempfile.mkdtemp(prefix="editor-guide-"))


SUBMIT_FOR_REVIEW = """
from django.contrib.auth import get_user_model
from wagtail.models import Page
page = Page.objects.get(url_path={path!r}).specific
user = get_user_model().objects.get(username={username!r})
page.save_revision(user=user)
page.get_workflow().start(page, user)
"""


@pytest.fixture
def guide_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def shoot(page, name):
    """Save the visible part of the screen (1280 × 800) as a small PNG with a 256-colour palette."""
    GUIDE.mkdir(parents=True, exist_ok=True)
    page.wait_for_load_state("networkidle")
    image = PILImage.open(io.BytesIO(page.screenshot(full_page=False))).convert("RGB")
    image.quantize(colors=256, method=PILImage.Quantize.MEDIANCUT).save(GUIDE / f"{name}.png", optimize=True)


# Below the admin's header bar (about 50 px high), and never sideways.
SCROLL_TO_TOP = """element => {
    element.style.scrollMarginTop = "70px";
    element.scrollIntoView({block: "start", inline: "nearest"});
}"""


def scroll_to_panel(page, heading):
    """Scroll the editor down (never sideways) until the panel with this heading is at the top."""
    panel = page.get_by_role("heading", name=heading).first
    expect(panel).to_be_visible()
    panel.evaluate(SCROLL_TO_TOP)


@pytest.mark.browser
def test_take_the_editor_guide_screenshots(guide_page, site_server):
    page, url = guide_page, site_server.url
    password = create_user(site_server, "guide-admin", superuser=True, first_name="Sam")
    ids = page_ids(site_server)
    log_in(page, url, "guide-admin", password)
    try:
        shots = [
            ("01-dashboard", "/admin/", "Internship deadlines in the next 30 days"),
            ("02-pages", f"/admin/pages/{ids['/home/']}/", None),
            (
                "03-add-publication",
                f"/admin/pages/add/publications/publicationpage/{ids['/home/publications/']}/",
                None,
            ),
            ("04-add-document", "/admin/documents/multiple/add/", None),
            ("05-add-press-release", f"/admin/pages/add/press/pressreleasepage/{ids['/home/press/']}/", None),
            ("06-press-appearances", "/admin/snippets/press/pressappearance/", None),
            ("07-add-press-appearance", "/admin/snippets/press/pressappearance/add/", None),
            ("08-add-staff-bio", f"/admin/pages/add/people/staffbiopage/{ids['/home/about/staff/']}/", None),
            (
                "09-add-internship",
                f"/admin/pages/add/people/internshippage/{ids['/home/about/internships/']}/",
                None,
            ),
            ("10-add-donation-appeal", f"/admin/pages/add/home/donationappealpage/{ids['/home/donate/']}/", None),
            ("12-organisation-settings", "/admin/settings/home/organisationsettings/", None),
            ("13-edit-page", f"/admin/pages/{ids['/home/about/']}/edit/", None),
            ("15-redirects-import", "/admin/redirects/import/", None),
            ("16-applications", "/admin/people/internshipapplication/", None),
            ("19-admin-search", "/admin/pages/search/?q=know+your+rights", None),
        ]
        for name, path, text in shots:
            response = page.goto(url + path)
            assert response.status == 200, path
            if text:
                expect(page.get_by_text(text).first).to_be_visible()
            shoot(page, name)

        # The English menus and footer, opened from their list (one copy per language).
        page.goto(url + "/admin/snippets/home/navigation/")
        page.get_by_role("link", name="Menus and footer (English)").first.click()
        shoot(page, "11-navigation-settings")

        # The alert banner, filled in as for a long message with its short version for phones (not saved).
        page.goto(url + "/admin/snippets/home/alertbanner/")
        page.get_by_role("link", name="Alert banner (English)").first.click()
        page.get_by_label("Show the alert banner").check()
        page.get_by_label("Alert text", exact=True).fill(
            "Our office is closed on Friday 27 November; call the intake line to leave a message and we call "
            "you back on Monday."
        )
        page.get_by_label("Short alert for phones").fill("Office closed Friday 27 November")
        page.get_by_label("Alert link").fill("/get-help/")
        page.get_by_text("Alert banner").first.scroll_into_view_if_needed()
        shoot(page, "21-alert-banner")

        # The Get help page: how to reach intake.
        page.goto(url + f"/admin/pages/{ids['/home/get-help/']}/edit/")
        scroll_to_panel(page, "How to reach intake")
        shoot(page, "22-get-help-intake")

        # A know-your-rights guide: its sections, from which the page builds the table of contents.
        page.goto(url + f"/admin/pages/{ids['/home/get-help/know-your-rights-police/']}/edit/")
        scroll_to_panel(page, "Sections")
        shoot(page, "24-know-your-rights-guide")

        # The translation editor: the Spanish About page, each field's English beside its Spanish.
        page.goto(url + f"/admin/pages/{ids['/inicio/sobre-nosotros/']}/edit/")
        expect(page.get_by_text("Acerca del Sex Workers Project").first).to_be_visible()
        shoot(page, "25-translation-editor")

        # The donation call to action, further down the same settings.
        page.goto(url + "/admin/settings/home/noticesettings/")
        page.get_by_text("Appeal in the call to action").first.scroll_into_view_if_needed()
        page.mouse.wheel(0, 250)
        shoot(page, "17-alert-and-call-to-action")

        # The order of the staff list, on the Staff page.
        page.goto(url + f"/admin/pages/{ids['/home/about/staff/']}/edit/")
        page.get_by_text("Order of the staff list").first.scroll_into_view_if_needed()
        shoot(page, "18-staff-order")

        # What an Editor's menu offers: Submit to Moderator approval (and no Publish).
        editor_password = create_user(site_server, "guide-editor", groups=["Editors"], first_name="Eli")
        editor_context = page.context.browser.new_context(viewport={"width": 1280, "height": 800})
        editor_page = editor_context.new_page()
        editor_page.set_default_timeout(15000)
        log_in(editor_page, url, "guide-editor", editor_password)
        editor_page.goto(url + f"/admin/pages/{ids['/home/campaigns/']}/edit/")
        editor_page.get_by_role("button", name="More actions").click()
        expect(editor_page.get_by_text("Submit to Moderator approval").first).to_be_visible()
        shoot(editor_page, "14-publish-menu")
        editor_context.close()

        # The reviewer's menu on a page waiting for review: Approve and publish first.
        manage_shell(site_server, SUBMIT_FOR_REVIEW.format(path="/home/multimedia/", username="guide-editor"))
        page.goto(url + f"/admin/pages/{ids['/home/multimedia/']}/edit/")
        page.get_by_role("button", name="More actions").click()
        expect(page.get_by_text("Cancel workflow").first).to_be_visible()
        shoot(page, "20-review-menu")
        # Every picture the guide shows was taken.
        for picture in sorted(DOCS_GUIDE.glob("*.png")):
            assert (GUIDE / picture.name).stat().st_size > 5000, picture.name
    except Exception:
        page.screenshot(path="/tmp/editor-guide-failure.png")
        raise
