"""In a real browser: the compact phone header (375 × 812, alert banner on) and the Get help page's
"open now" line, computed in New York time from the published hours with a fixed clock."""

import subprocess
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

NEW_YORK = ZoneInfo("America/New_York")
PHONE = {"width": 375, "height": 812}

SET_ALERT = """
from wagtail.models import Locale
from home.models import AlertBanner
banner = AlertBanner.objects.get(locale=Locale.get_default())
banner.enabled = {enabled}
banner.text = (
    "Our office is closed on Thursday 26 and Friday 27 November for Thanksgiving; "
    "we answer messages again from Monday 30 November."
)
banner.short_text = "Office closed 26–27 November for Thanksgiving."
banner.link = "/get-help/"
banner.save()
"""


def set_alert(site_server, enabled):
    subprocess.run(
        [*site_server.manage, "shell", "-c", SET_ALERT.format(enabled=enabled)],
        env=site_server.env,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def alert_on(site_server):
    set_alert(site_server, True)
    yield
    set_alert(site_server, False)


HEADER_PAGES = [
    "/",
    "/about/",
    "/about/staff/rj-thompson/",
    "/publications/",
    "/publications/kicking-down-the-door/",
    "/press/releases/",
    "/get-help/",
    "/get-help/know-your-rights-police/",
    "/contact/",
    "/donate/",
    "/search/?q=rights",
    # Spanish words are longer: the same row must hold "Salida rápida" and the short "Ayuda".
    "/es/",
    "/es/sobre-nosotros/",
    "/es/publicaciones/conozca-sus-derechos/",
    "/es/obtener-ayuda/",
]


def test_on_a_phone_the_heading_starts_within_220_px_with_the_alert_on(browser, site_server, alert_on):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    problems = []
    for path in HEADER_PAGES:
        page.goto(site_server.url + path)
        expect(page.locator(".alert-banner")).to_be_visible()
        top = page.locator("h1").first.bounding_box()["y"]
        if top > 220:
            problems.append(f"{path}: the h1 starts at {top:.0f} px")
        # Quick exit, Get help and the menu button share one row; search is a button-sized link.
        boxes = {
            name: page.locator(selector).bounding_box()
            for name, selector in {
                "quick exit": "[data-quick-exit]",
                "get help": ".site-header__help",
                "menu": ".main-nav__toggle",
                "search": ".site-header__search-link",
            }.items()
        }
        rows = {round(box["y"]) for box in boxes.values()}
        if len(rows) != 1:
            problems.append(f"{path}: the header buttons are on {len(rows)} rows: {boxes}")
        # The banner takes one or two lines.
        banner = page.locator(".alert-banner p").bounding_box()["height"]
        line = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.alert-banner p')).lineHeight)")
        if banner > 2 * line + 1:
            problems.append(f"{path}: the alert takes {banner / line:.1f} lines")
        if page.evaluate("() => document.documentElement.scrollWidth") > PHONE["width"]:
            problems.append(f"{path}: wider than the phone")
    context.close()
    assert not problems, "\n".join(problems)


def test_the_get_help_button_and_search_work_on_a_phone_without_opening_the_menu(browser, site_server):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_server.url + "/publications/")
    expect(page.locator("#main-menu")).to_be_hidden()
    page.get_by_role("link", name="Get help", exact=True).first.click()
    page.wait_for_url("**/get-help/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Get help")
    page.get_by_role("link", name="Search", exact=True).click()
    page.wait_for_url("**/search/")
    page.locator("main").get_by_label("Search the site").fill("rights")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=rights")
    context.close()


def test_on_a_phone_the_language_switch_is_first_in_the_menu_and_leads_to_the_same_page(browser, site_server):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_server.url + "/about/")
    expect(page.locator(".site-header__language")).to_be_hidden()
    page.get_by_role("button", name="Menu").click()
    switch = page.locator("#main-menu li").first.get_by_role("link")
    expect(switch).to_have_text("Español")
    expect(switch).to_have_attribute("lang", "es")
    switch.click()
    page.wait_for_url("**/es/sobre-nosotros/")
    page.get_by_role("button", name="Menú").click()
    expect(page.locator("#main-menu li").first.get_by_role("link")).to_have_text("English")
    context.close()


def test_on_a_wide_screen_the_language_switch_is_in_the_header_row(browser, site_server):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(site_server.url + "/es/sobre-nosotros/")
    switch = page.locator(".site-header__language")
    expect(switch).to_be_visible()
    expect(switch).to_have_text("English")
    expect(page.locator(".main-nav__language")).to_be_hidden()
    switch.click()
    page.wait_for_url("**/about/")
    context.close()


def open_status_at(browser, site_server, moment):
    """The Get help page's status line with the browser's clock fixed at ``moment`` (New York time)."""
    context = browser.new_context(viewport=PHONE, timezone_id="Europe/Berlin")
    page = context.new_page()
    page.clock.set_fixed_time(moment)
    page.goto(site_server.url + "/get-help/")
    status = page.locator("[data-open-status]")
    text = status.inner_text() if status.is_visible() else ""
    context.close()
    return text


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # Wednesday 2030-01-09 at 10:15 in New York (16:15 in Berlin, where the visitor's clock is).
        (datetime(2030, 1, 9, 10, 15, tzinfo=NEW_YORK), "Open now, closes at 5 p.m."),
        (datetime(2030, 1, 9, 8, 0, tzinfo=NEW_YORK), "Closed now, opens today at 9 a.m."),
        (datetime(2030, 1, 9, 17, 0, tzinfo=NEW_YORK), "Closed now, opens tomorrow at 9 a.m."),
        # Friday evening and Saturday: Monday.
        (datetime(2030, 1, 11, 18, 30, tzinfo=NEW_YORK), "Closed now, opens Monday at 9 a.m."),
        (datetime(2030, 1, 12, 12, 0, tzinfo=NEW_YORK), "Closed now, opens Monday at 9 a.m."),
    ],
)
def test_the_open_status_follows_new_york_time(browser, site_server, moment, expected):
    assert open_status_at(browser, site_server, moment) == expected


def test_a_holiday_closure_is_said_and_skipped(browser, site_server):
    # The demo's closures start at the next Thanksgiving: the Thursday is closed, and so is the Friday.
    from home.demo.get_help_loader import fourth_thursday_of_november

    today = datetime.now(NEW_YORK).date()
    year = today.year if fourth_thursday_of_november(today.year) >= today else today.year + 1
    thursday = fourth_thursday_of_november(year)
    moment = datetime(thursday.year, thursday.month, thursday.day, 11, 0, tzinfo=NEW_YORK)
    assert open_status_at(browser, site_server, moment) == (
        "Closed today for Thanksgiving. Closed now, opens Monday at 9 a.m."
    )


def test_without_scripts_the_page_shows_the_hours_and_never_open_now(browser, site_server):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_server.url + "/get-help/")
    expect(page.locator("[data-open-status]")).to_be_hidden()
    expect(page.locator("table.office-hours")).to_contain_text("9 a.m. to 5 p.m.")
    expect(page.get_by_text("Open now")).to_have_count(0)
    expect(page.locator('a[href="tel:+16466025617"]').first).to_be_visible()
    context.close()


def test_a_guide_prints_its_sections_without_the_site_around_it(page, site_server):
    page.goto(site_server.url + "/get-help/know-your-rights-police/")
    page.locator(".guide__contents a").nth(2).click()
    expect(page.locator("#if-police-want-to-search-you")).to_be_in_viewport()
    page.emulate_media(media="print")
    for selector in (".site-header", ".site-footer", ".guide__contents", "[data-quick-exit]"):
        expect(page.locator(selector)).to_be_hidden()
    expect(page.locator(".guide-section")).to_have_count(5)
    for section in page.locator(".guide-section").all():
        expect(section).to_be_visible()
    assert page.pdf(format="Letter").startswith(b"%PDF")
