"""An intern applicant in a real browser: from the home page to a sent application.

axe checks here only what tests/test_accessibility.py cannot reach by address (the form with its errors, the
thanks page); the internships list, a posting and the apply form are checked there for every page type."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from home.demo import make_pdf_bytes


def assert_no_axe_violations(page):
    # The quick-exit bar is base.html's (outside any landmark); other helpers report it to the lead too.
    results = Axe().run(page, context={"exclude": [[".quick-exit"]]})
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.browser
def test_an_applicant_finds_an_open_internship_and_applies(page, site_url, tmp_path):
    resume = tmp_path / "my-resume.pdf"
    resume.write_bytes(
        make_pdf_bytes("Alex Applicant", ["Education: CUNY School of Law.", "Experience: legal clinic."])
    )

    page.goto(site_url + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="about", exact=True).click()
    expect(page).to_have_url(site_url + "/about/")
    staff = page.locator(".staff-card__name")
    expect(staff).to_have_text(["RJ Thompson", "Clement Lee", "Molly Cohen", "Abigail Anzalone"])
    page.get_by_role("link", name="More details").click()

    expect(page).to_have_url(site_url + "/about/internships/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Internships")
    open_postings = page.get_by_role("region", name="Open postings")
    expect(open_postings.get_by_text("days left").first).to_be_visible()

    open_postings.get_by_role("link", name="Legal intern").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Legal intern")
    expect(page.get_by_text("Open for applications")).to_be_visible()

    page.get_by_role("link", name="Apply online").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Apply: Legal intern")

    # A first try without the résumé: a clear message, linked to the field.
    page.get_by_label("Your name").fill("Alex Applicant")
    page.get_by_label("Email address").fill("alex@example.org")
    page.get_by_label("Pronouns (optional)").fill("they/them")
    page.get_by_label("School or programme").fill("CUNY School of Law, J.D.")
    page.get_by_label("Availability").fill("Mondays to Wednesdays, January to May.")
    page.get_by_label("Cover letter").fill("I would like to support clients seeking to vacate convictions.")
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("alert")).to_contain_text("Your application was not sent")
    assert_no_axe_violations(page)

    page.get_by_label("Résumé").set_input_files(str(resume))
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: your application was sent")
    expect(page.get_by_role("status")).to_contain_text("We have received your application for Legal intern")
    assert page.url.endswith("/about/internships/legal-intern/apply/thanks/")
    assert_no_axe_violations(page)
