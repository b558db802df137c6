"""Safe for people at risk: no request to any other site, no cookies for readers, click-to-load media, and a
quick exit (button or Escape twice) that leaves no trace in the Back button."""

import re
import urllib.request
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from .test_accessibility import PAGE_TYPES

pytestmark = pytest.mark.browser


def origin(url):
    parsed = urlparse(url)
    return f"{parsed.scheme}://{parsed.netloc}"


@pytest.mark.parametrize("width", [375, 1280])
def test_public_pages_ask_nothing_of_other_sites_and_show_the_quick_exit_first(browser, site_server, site_pages, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    elsewhere, problems = [], []
    for page_type in PAGE_TYPES:
        requests.clear()
        url = site_server.url + site_pages[page_type]
        page.goto(url)
        page.wait_for_load_state("networkidle")
        others = [r for r in requests if not r.startswith(("data:", "blob:")) and origin(r) != site_server.url]
        if others:
            elsewhere.append(f"{page_type} ({url}) asked {others}")
        # The quick exit: visible without scrolling, and the first stop after the skip link.
        button = page.locator("[data-quick-exit]")
        expect(button).to_be_visible()
        expect(button).to_be_in_viewport()
        page.locator("body").focus()
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        if not button.evaluate("el => el === document.activeElement"):
            problems.append(f"{page_type}: the quick exit is not the second Tab stop")
    context.close()
    assert not elsewhere, "\n".join(elsewhere)
    assert not problems, "\n".join(problems)


def test_readers_get_no_cookies(browser, site_server, site_pages):
    """Only the pages with a form may set a cookie, and only the CSRF one, in every language."""
    allowed = {"contact": {"csrftoken"}, "apply form": {"csrftoken"}}
    found = []
    for page_type in PAGE_TYPES:
        context = browser.new_context()
        page = context.new_page()
        page.goto(site_server.url + site_pages[page_type])
        names = {cookie["name"] for cookie in context.cookies()}
        storage = page.evaluate("() => localStorage.length + sessionStorage.length")
        context.close()
        if names - allowed.get(page_type.removeprefix("spanish "), set()) or storage:
            found.append(f"{page_type}: cookies {sorted(names)}, {storage} storage item(s)")
    assert not found, "\n".join(found)


def test_media_loads_only_after_the_visitor_presses_play(page, site_server):
    outside = []
    page.on("request", lambda request: outside.append(request.url) if origin(request.url) != site_server.url else None)
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(site_server.url) else route.abort(),
    )
    page.goto(site_server.url + "/multimedia/")
    page.wait_for_load_state("networkidle")
    placeholders = page.locator("[data-embed-src]")
    assert placeholders.count() >= 1
    expect(page.locator("iframe")).to_have_count(0)
    assert outside == []
    holder = placeholders.first
    provider = urlparse(holder.get_attribute("data-embed-src")).hostname
    notice = holder.locator(".media-placeholder__notice")
    expect(notice).to_be_visible()
    site_name = ".".join(provider.split(".")[-2:])  # player.vimeo.com -> vimeo.com
    expect(notice).to_contain_text(site_name.replace("youtube-nocookie", "youtube"))
    holder.get_by_role("button", name="Play").click()
    frame = page.locator("iframe")
    expect(frame).to_have_count(1)
    assert urlparse(frame.get_attribute("src")).hostname == provider
    page.wait_for_load_state("networkidle")
    assert outside and all(urlparse(url).hostname == provider for url in outside), outside
    # The other players still wait for their own click.
    assert page.locator("[data-embed-src]").count() == placeholders.count()


def test_the_referrer_sent_to_other_sites_is_only_the_origin(page, site_server):
    page.goto(site_server.url + "/about/")
    policy = page.evaluate("() => document.referrer === '' && document.querySelector('meta[name=referrer]')")
    response = page.request.get(site_server.url + "/about/")
    assert response.headers["referrer-policy"] in ("strict-origin", "no-referrer", "same-origin")
    assert policy is None or policy is False


# --- Quick exit ------------------------------------------------------------------------------
#
# The neutral site (the setting OrganisationSettings.quick_exit_url, weather.gov by default) is unreachable
# here, so the browser answers for it with a page of its own; the test reads the button's real address.


@pytest.fixture
def neutral_site(page, site_server):
    html = fetch_text(site_server.url + "/about/")
    neutral = re.search(r'href="([^"]+)"[^>]*data-quick-exit', html).group(1)
    assert urlparse(neutral).hostname and origin(neutral) != site_server.url, neutral
    page.route(
        neutral.rstrip("/") + "**",
        lambda route: route.fulfill(body="<title>Weather</title>Sunny", content_type="text/html"),
    )
    return neutral


def fetch_text(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (our own test server)
        return response.read().decode()


def test_the_quick_exit_button_replaces_the_page_so_back_does_not_return(page, site_server, neutral_site):
    assert page.url == "about:blank"
    page.goto(site_server.url + "/contact/")
    before = page.evaluate("() => history.length")
    button = page.get_by_role("banner").get_by_role("link", name="Quick exit")
    expect(button).to_have_attribute("href", neutral_site)
    button.click()
    page.wait_for_url(neutral_site)
    assert page.evaluate("() => history.length") == before, "The quick exit added a history entry"
    page.go_back()
    assert page.url == "about:blank", f"Back returned to {page.url}"


def test_escape_twice_leaves_the_site_and_back_does_not_return(page, site_server, neutral_site):
    page.goto(site_server.url + "/publications/")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(neutral_site)
    page.go_back()
    assert page.url == "about:blank", f"Back returned to {page.url}"


def test_a_single_escape_does_nothing(page, site_server, neutral_site):
    url = site_server.url + "/about/"
    page.goto(url)
    page.keyboard.press("Escape")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.url == url
