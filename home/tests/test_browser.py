"""The foundation in a real browser: the menu leads to About and its staff; the skip link works.

The phone menu by keyboard is checked with the rest of the keyboard (tests/test_accessibility.py)."""

import pytest
from playwright.sync_api import expect

SEED_STAFF = ["RJ Thompson", "Clement Lee", "Molly Cohen", "Abigail Anzalone"]


@pytest.mark.browser
def test_menu_leads_to_about_and_the_seeds_staff(page, site_url):
    page.goto(site_url + "/")
    expect(page.locator("h1")).to_have_count(1)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="about", exact=True).click()
    expect(page).to_have_url(site_url + "/about/")
    expect(page.get_by_role("heading", level=1)).to_have_text("About the Sex Workers Project")
    for name in SEED_STAFF:
        expect(page.get_by_role("link", name=name)).to_be_visible()


@pytest.mark.browser
def test_the_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, site_url):
    page.goto(site_url + "/about/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(site_url + "/about/#main")
