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
    "get help",
    "know your rights guide",
    "guide in spanish",
    "not found",
    "spanish home",
    "spanish about",
    "spanish staff bio",
    "spanish internship posting",
    "spanish publications",
    "spanish publication",
    "spanish contact",
    "spanish donate",
    "spanish get help",
    "spanish search results",
    "spanish not found",
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


# --- The keyboard alone ----------------------------------------------------------------------

FOCUS_STYLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return {tag: 'body', visible: false};
  const shown = (node) => {
    const s = getComputedStyle(node);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    return outline || (s.boxShadow && s.boxShadow !== 'none');
  };
  // A radio button or checkbox may draw its focus ring on the label that follows it.
  const label = el.matches('input[type=radio], input[type=checkbox]') && el.nextElementSibling
    && el.nextElementSibling.tagName === 'LABEL' ? el.nextElementSibling : null;
  return {
    tag: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' '
      + (el.textContent || el.name || '').trim().slice(0, 40),
    focusVisible: el.matches(':focus-visible'),
    visible: shown(el) || (label !== null && shown(label)),
  };
}"""


def focus_by_tab(page, locator, limit=120):
    """Press Tab until ``locator`` has the focus (as a keyboard user would), checking each stop shows its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STYLE)
        assert state["visible"], f"No visible focus on {state['tag']} at {page.url}"
        if locator.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{locator} was not reached by Tab on {page.url}")


@pytest.mark.parametrize("page_type", ["home", "publication", "contact", "donate", "internship posting"])
def test_every_tab_stop_shows_a_visible_focus(page, site_server, site_pages, page_type):
    page.goto(site_server.url + site_pages[page_type])
    seen = set()
    for _ in range(150):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STYLE)
        if state["tag"] == "body" or state["tag"] in seen:
            break  # back to the start: every stop was visited
        seen.add(state["tag"])
        assert state["focusVisible"], f"{state['tag']} got the focus without :focus-visible"
        assert state["visible"], f"No visible focus on {state['tag']} at {page.url}"
    assert len(seen) > 5


def test_the_menu_opens_and_closes_with_enter_and_space_on_a_phone(page, site_server):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(site_server.url + "/about/")
    toggle = page.get_by_role("button", name="Menu")
    focus_by_tab(page, toggle)
    page.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    first_link = page.locator("#main-menu a").first
    expect(first_link).to_be_visible()
    page.keyboard.press("Tab")
    expect(first_link).to_be_focused()
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(first_link).to_be_hidden()


def test_publication_filters_work_by_keyboard(page, site_server):
    page.goto(site_server.url + "/publications/")
    year = page.locator("#publications-year")
    focus_by_tab(page, year)
    page.keyboard.press("ArrowDown")
    chosen = year.input_value()
    assert chosen, "ArrowDown did not choose a year"
    focus_by_tab(page, page.get_by_role("button", name="Show publications"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**year={chosen}**")
    expect(page.locator("#publications-year")).to_have_value(chosen)


def test_internship_filters_work_by_keyboard(page, site_server):
    page.goto(site_server.url + "/about/internships/")
    team = page.locator("#filter-team")
    focus_by_tab(page, team)
    page.keyboard.press("ArrowDown")
    chosen = team.input_value()
    assert chosen
    focus_by_tab(page, page.get_by_role("button", name="Show postings"))
    page.keyboard.press("Space")
    page.wait_for_url(f"**team={chosen}**")
    expect(page.locator("#filter-team")).to_have_value(chosen)


@pytest.mark.parametrize("path", ["/press/releases/", "/press/appearances/"])
def test_press_year_links_work_by_keyboard(page, site_server, path):
    page.goto(site_server.url + path)
    year_link = page.locator(".press-years a[href^='?year=']").first
    year = year_link.inner_text().strip()
    focus_by_tab(page, year_link)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**?year={year}")
    expect(page.locator(".press-years a[aria-current='page']")).to_have_text(year)


def test_the_contact_form_can_be_filled_and_sent_by_keyboard(page, site_server):
    page.goto(site_server.url + "/contact/")
    form = page.locator("form.contact-form__form")
    focus_by_tab(page, form.locator("input:not([type=hidden]), textarea, select").first)
    for _ in range(30):
        kind = page.evaluate("() => document.activeElement.type || document.activeElement.tagName.toLowerCase()")
        if kind == "submit":
            break
        if kind == "email":
            page.keyboard.type("reader@example.org")
        elif kind in ("text", "textarea", "tel"):
            page.keyboard.type("Testing by keyboard")
        elif kind in ("radio", "checkbox"):
            page.keyboard.press("Space")
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUS_STYLE)["visible"]
    else:
        raise AssertionError("Tab never reached the send button")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.locator(".errorlist")).to_have_count(0)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.locator("form.contact-form__form").count() == 0, "The form came back instead of a thank-you"


def test_the_application_form_reports_missing_answers_by_keyboard(page, site_server, site_pages):
    page.goto(site_server.url + site_pages["apply form"])
    send = page.get_by_role("button", name="Send my application")
    focus_by_tab(page, send)
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    summary_link = page.locator("main a[href^='#id_']").first
    expect(summary_link).to_be_visible()
    summary_link.focus()
    page.keyboard.press("Enter")
    target = summary_link.get_attribute("href")
    assert page.evaluate("() => '#' + document.activeElement.id") == target or page.url.endswith(target)


def test_the_donation_amount_is_chosen_by_keyboard(page, site_server):
    page.goto(site_server.url + "/donate/")
    amounts = page.locator(".donate-form__amounts input[type=radio]")
    assert amounts.count() >= 2
    focus_by_tab(page, amounts.first)
    page.keyboard.press("Space")
    expect(amounts.first).to_be_checked()
    page.keyboard.press("ArrowRight")
    expect(amounts.nth(1)).to_be_checked()
    assert page.evaluate(FOCUS_STYLE)["visible"]
    chosen = amounts.nth(1).get_attribute("value")
    button = page.locator(".donate-form__button")
    focus_by_tab(page, button)
    with page.expect_request(lambda request: "/go/" in request.url) as request:
        page.keyboard.press("Enter")
    assert f"amount={chosen}" in request.value.url


def test_the_play_button_works_by_keyboard(page, site_server):
    page.route(
        "**/*", lambda route: route.abort() if not route.request.url.startswith(site_server.url) else route.continue_()
    )
    page.goto(site_server.url + "/multimedia/")
    play = page.locator(".media-placeholder__play").first
    focus_by_tab(page, play)
    page.keyboard.press("Enter")
    expect(page.locator("iframe.media-frame")).to_have_count(1)
    expect(page.locator("iframe.media-frame")).to_be_focused()


def test_the_quick_exit_works_by_keyboard(page, site_server):
    page.route(
        "**/*", lambda route: route.abort() if not route.request.url.startswith(site_server.url) else route.continue_()
    )
    page.goto(site_server.url + "/about/")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    exit_link = page.locator("[data-quick-exit]")
    expect(exit_link).to_be_focused()
    assert page.evaluate(FOCUS_STYLE)["visible"]
    href = exit_link.get_attribute("href")
    with page.expect_request(lambda request: request.url.startswith(href.rstrip("/"))):
        page.keyboard.press("Enter")


# --- Motion and reflow -----------------------------------------------------------------------

MOVING = """() => [...document.querySelectorAll('*')].flatMap(el => {
  const s = getComputedStyle(el);
  const seconds = (value) => Math.max(...value.split(',')
    .map(v => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
  const moves = [];
  if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) moves.push('animation ' + s.animationName);
  if (s.transitionProperty !== 'none' && seconds(s.transitionDuration) > 0.01)
    moves.push('transition ' + s.transitionProperty);
  return moves.map(m => (el.className || el.tagName) + ': ' + m);
})"""


@pytest.mark.parametrize("path", ["/", "/publications/", "/donate/", "/multimedia/"])
def test_nothing_moves_for_visitors_who_ask_for_reduced_motion(page, site_server, path):
    page.emulate_media(reduced_motion="reduce")
    page.goto(site_server.url + path)
    assert page.evaluate("() => matchMedia('(prefers-reduced-motion: reduce)').matches")
    assert page.evaluate(MOVING) == []
    assert page.evaluate("() => getComputedStyle(document.documentElement).scrollBehavior") != "smooth"


def test_content_reflows_at_320_px_without_sideways_scrolling(browser, site_server, site_pages):
    """WCAG 1.4.10: 320 CSS px is a 1280 px window at 400% zoom."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    wide = []
    for page_type, path in site_pages.items():
        page.goto(site_server.url + path)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 1:
            culprits = page.evaluate(
                """() => [...document.querySelectorAll('body *')].filter(el => el.getBoundingClientRect().right
                  > window.innerWidth + 1).slice(-3).map(el => el.tagName + '.' + el.className)"""
            )
            wide.append(f"{page_type} ({path}): {overflow}px too wide, e.g. {culprits}")
    context.close()
    assert not wide, "\n".join(wide)


@pytest.mark.parametrize("path", ["/", "/publications/", "/about/internships/"])
def test_text_stays_readable_at_200_percent_zoom(browser, site_server, path):
    """A 1280 px window at 200% zoom: 640 CSS px at a device scale of 2."""
    context = browser.new_context(viewport={"width": 640, "height": 450}, device_scale_factor=2)
    page = context.new_page()
    page.goto(site_server.url + path)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= page.evaluate("() => innerWidth") + 1
    expect(page.get_by_role("heading", level=1)).to_be_in_viewport()
    smallest = page.evaluate(
        """() => Math.min(...[...document.querySelectorAll('main p, main li, main a')]
            .filter(el => el.offsetParent).map(el => parseFloat(getComputedStyle(el).fontSize)))"""
    )
    assert smallest >= 12
    context.close()
