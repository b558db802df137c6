"""Press & media in a real browser: from the footer to a release, and no accessibility violations."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect


def assert_no_axe_violations(page):
    # The quick-exit bar sits outside any landmark (axe's best-practice "region" rule). It is
    # base.html's, not ours, and is reported to the lead; everything else on the page is checked.
    results = Axe().run(page, context={"exclude": [[".quick-exit"]]})
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.browser
def test_from_the_home_page_footer_to_a_press_release(page, site_url):
    page.goto(site_url + "/")
    footer = page.get_by_role("contentinfo")
    footer.get_by_role("link", name="Press Releases", exact=True).click()
    expect(page).to_have_url(site_url + "/press/releases/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Press releases")
    assert_no_axe_violations(page)

    first = page.locator(".press-release-list h2 a").first
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("heading", name="Media contact")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="All press releases").click()
    expect(page).to_have_url(site_url + "/press/releases/")


@pytest.mark.browser
def test_the_year_archive_works_by_keyboard(page, site_url):
    page.goto(site_url + "/press/releases/")
    years = page.get_by_role("navigation", name="Press releases by year")
    year_link = years.get_by_role("link").nth(1)
    year = year_link.inner_text()
    year_link.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site_url}/press/releases/?year={year}")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Press releases from {year}")
    expect(years.get_by_role("link", name=year)).to_have_attribute("aria-current", "page")


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/press/", "/press/appearances/", "/press/media-toolkit/"])
def test_the_other_press_pages_have_no_accessibility_violations(page, site_url, path):
    page.goto(site_url + path)
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)
