"""A visitor's path through the publications, in a real browser.

axe checks here only the states tests/test_accessibility.py cannot reach by a plain address (a filtered list
with its status line, a list with notices); every page type is checked there."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

REPORT = "Behind Closed Doors: An Analysis of Indoor Sex Work in New York City"


def assert_accessible(page):
    # The quick-exit button lives in base.html; its findings are the lead's (reported by other apps too).
    results = Axe().run(page, context={"exclude": [[".quick-exit"]]})
    assert results.violations_count == 0, results.generate_report()


def test_from_the_footer_to_a_report_and_its_pdf(site_server, page):
    page.goto(site_server.url + "/")
    page.get_by_role("navigation", name="Footer").get_by_role("link", name="Reports", exact=True).click()
    expect(page).to_have_url(site_server.url + "/publications/reports/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Reports")

    page.get_by_label("Year").select_option("2005")
    page.get_by_role("button", name="Show publications").click()
    expect(page).to_have_url(site_server.url + "/publications/reports/?year=2005")
    expect(page.get_by_role("status")).to_contain_text("1 publication in Reports from 2005")
    cards = page.locator(".publication-card__title")
    expect(cards).to_have_count(1)
    assert_accessible(page)

    page.get_by_role("link", name=REPORT).click()
    expect(page).to_have_url(site_server.url + "/publications/behind-closed-doors/")
    expect(page.get_by_role("heading", level=1)).to_have_text(REPORT)
    expect(page.locator("#citation-text")).to_contain_text("(2005). Behind Closed Doors")

    link = page.get_by_role("link", name=re.compile(r"^Read the PDF"))
    href = link.get_attribute("href")
    # The PDF lives under the publication's own address (Google Scholar's guidelines).
    assert href.startswith("/publications/behind-closed-doors/") and href.endswith(".pdf")
    # Opening the PDF: the browser gets it inline (shown in its viewer, not forced to download).
    with page.expect_response(lambda response: response.url.endswith(".pdf")) as opened:
        link.click()
    response = opened.value
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("inline")
    direct = page.request.get(site_server.url + href)
    assert direct.headers["content-type"] == "application/pdf"
    assert direct.body().startswith(b"%PDF-")


def test_filtering_works_with_the_keyboard_and_search_reads_pdfs(site_server, page):
    page.goto(site_server.url + "/publications/")
    page.get_by_label("Keywords").fill("lantern protocol")
    page.get_by_label("Keywords").press("Enter")
    expect(page).to_have_url(re.compile(r"/publications/\?q=lantern\+protocol$"))
    expect(page.locator(".publication-card__title")).to_have_text(
        ["Kicking Down the Door: The Use of Raids to Fight Trafficking in the United States"]
    )
    page.goto(site_server.url + "/publications/?topic=nope&page=abc")
    expect(page.locator(".notice").first).to_contain_text("There is no topic “nope”; showing all topics.")
    assert_accessible(page)
