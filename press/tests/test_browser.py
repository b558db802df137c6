"""Press & media in a real browser: from the footer to a release and back.

axe and the keyboard on every press page type are checked once for the whole site (tests/test_accessibility.py)."""

import pytest
from playwright.sync_api import expect


@pytest.mark.browser
def test_from_the_home_page_footer_to_a_press_release(page, site_url):
    page.goto(site_url + "/")
    footer = page.get_by_role("contentinfo")
    footer.get_by_role("link", name="Press Releases", exact=True).click()
    expect(page).to_have_url(site_url + "/press/releases/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Press releases")

    first = page.locator(".press-release-list h2 a").first
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("heading", name="Media contact")).to_be_visible()

    page.get_by_role("link", name="All press releases").click()
    expect(page).to_have_url(site_url + "/press/releases/")
