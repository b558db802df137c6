"""Donations: the donate page, its button to the processor, appeals and the site-wide call to action."""

import json
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from playwright.sync_api import expect
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase

from home.clock import seconds_until_midnight
from home.demo import publish
from home.donations import (
    CTA_APPEAL,
    CTA_AUTOMATIC,
    CTA_OFF,
    build_donate_url,
    parse_amount,
    validate_donate_url_pattern,
)
from home.factories import DonatePageFactory, build_page_tree, organisation
from home.models import DonatePage, DonationAppealPage, HomePage, NoticeSettings, OrganisationSettings, StandardPage
from home.testing import at_new_york_time, on_new_york_day, preview_post_data, spanish_home

# Builds the pages it needs (home/factories.py) on an empty site; the browser tests visit the demo site.
pytestmark = pytest.mark.own_pages

PROCESSOR_URL = "https://processor.example/give/swp"
PROCESSOR_PATTERN = PROCESSOR_URL + "?amount={amount}&frequency={frequency}"
POSTAL_ADDRESS = "Urban Justice Center\n40 Rector Street, 9th Floor\nNew York, NY 10006"
# The demo site's processor, which the browser tests are sent to.
DEMO_DONATE_URL = "https://secure.example.org/donate/urban-justice-center"
# The 17 December appeal of these tests: it runs from 1 November to 17 December 2030.
APPEAL_TITLE = "17 December 2030: End violence against sex workers"


@pytest.fixture
def site():
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def org(site):
    return OrganisationSettings.for_site(site)


@pytest.fixture
def notices(site):
    """The donation call to action settings, where the call to action is chosen."""
    return NoticeSettings.for_site(site)


def set_up_donations(home):
    """The donate page under ``home`` ($25 to $250), with the processor and the postal address in the settings."""
    organisation(donate_url=PROCESSOR_URL, donate_url_pattern=PROCESSOR_PATTERN, postal_address=POSTAL_ADDRESS)
    return DonatePageFactory(parent=home)


@pytest.fixture
def donate_page(page_tree):
    return set_up_donations(page_tree.home)


@pytest.fixture
def running_appeal(donate_page):
    """An appeal for 17 December, $12,300 raised of $25,000; the tests set the day."""
    return make_appeal(
        donate_page, "december-17", date(2030, 11, 1), date(2030, 12, 17), goal=25000, raised=12300, title=APPEAL_TITLE
    )


@pytest.fixture
def ended_appeal(donate_page):
    """A year-end appeal that ended in 2024, past its goal."""
    return make_appeal(donate_page, "year-end-appeal-2024", date(2024, 11, 15), date(2024, 12, 31), 40000, 42650)


def make_appeal(parent, slug, start, end, goal=10000, raised=2500, title=None):
    appeal = DonationAppealPage(
        title=title or f"Appeal {slug}",
        slug=slug,
        introduction="An appeal made by a test.",
        goal=goal,
        raised=raised,
        start_date=start,
        end_date=end,
    )
    parent.add_child(instance=appeal)
    publish(appeal)
    return appeal


def json_ld_blocks(html):
    return [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


# --- Page types ----------------------------------------------------------------------------------


@pytest.mark.django_db
class DonatePageTypesTest(WagtailPageTestCase):
    def setUp(self):
        # Built here, inside each test's transaction (a fixture would build it once for the whole class).
        self.home = build_page_tree().home
        self.donate = set_up_donations(self.home)

    def test_donate_page_is_a_singleton_under_the_home_page(self):
        self.assertAllowedParentPageTypes(DonatePage, {HomePage})
        self.assertAllowedSubpageTypes(DonatePage, {DonationAppealPage})
        self.assertFalse(DonatePage.can_create_at(self.home))  # the one of setUp already exists
        self.assertCanNotCreateAt(StandardPage, DonatePage)

    def test_appeals_only_under_the_donate_page(self):
        self.assertAllowedParentPageTypes(DonationAppealPage, {DonatePage})
        self.assertAllowedSubpageTypes(DonationAppealPage, set())
        self.assertCanCreateAt(DonatePage, DonationAppealPage)
        self.assertCanNotCreateAt(HomePage, DonationAppealPage)
        self.assertCanNotCreateAt(StandardPage, DonationAppealPage)

    def test_pages_render_and_preview(self):
        user = self.login()
        appeal = make_appeal(self.donate, "spring", date(2030, 3, 1), date(2030, 4, 30))
        for page in [self.donate, appeal]:
            self.client.force_login(user)
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page, post_data=preview_post_data(self.client, page))

    def test_an_editor_can_create_an_appeal_and_the_end_must_follow_the_start(self):
        self.login()
        data = {
            "title": "Spring appeal",
            "slug": "spring-appeal",
            "introduction": "Help us through the spring.",
            "goal": "5000",
            "raised": "0",
            "start_date": "2030-03-01",
            "end_date": "2030-04-30",
            "ended_message": "",
            "body-count": "0",
        }
        self.assertCanCreate(self.donate, DonationAppealPage, data)
        appeal = DonationAppealPage(
            title="Backwards", slug="backwards", introduction="x", goal=1, start_date=date(2030, 5, 1)
        )
        appeal.end_date = date(2030, 4, 1)
        with pytest.raises(ValidationError) as excinfo:
            appeal.full_clean()
        assert "end_date" in excinfo.value.message_dict


# --- Appeals: dates and progress ----------------------------------------------------------------


@pytest.mark.django_db
def test_appeal_status_before_during_and_after(running_appeal):
    start, end = running_appeal.start_date, running_appeal.end_date
    assert running_appeal.status(start - timedelta(days=1)) == "upcoming"
    assert running_appeal.status(start) == "running"
    assert running_appeal.status(end) == "running"  # the end date is the appeal's last day
    assert running_appeal.status(end + timedelta(days=1)) == "ended"


@pytest.mark.django_db
def test_an_upcoming_appeal_says_when_it_opens_and_asks_for_nothing_yet(client, running_appeal):
    with on_new_york_day(running_appeal.start_date - timedelta(days=3)):
        html = client.get(running_appeal.url).content.decode()
    assert "This appeal opens on" in html
    assert "donate-form" not in html and "<progress" not in html


@pytest.mark.django_db
def test_a_running_appeal_shows_its_progress_and_a_donate_button(client, running_appeal):
    with on_new_york_day(running_appeal.end_date - timedelta(days=2)):
        response = client.get(running_appeal.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 days left" in html
    assert 'class="donate-form"' in html and 'action="/donate/go/"' in html
    assert '<button type="submit" class="button donate-form__button">Donate</button>' in html


@pytest.mark.django_db
def test_an_appeal_stops_asking_by_itself_after_its_last_day_in_new_york(client, running_appeal):
    end = running_appeal.end_date
    # 11:30pm in New York on the last day is already the next day in UTC: still running.
    with at_new_york_time(end.year, end.month, end.day, 23, 30):
        assert 'class="donate-form"' in client.get(running_appeal.url).content.decode()
    with on_new_york_day(end + timedelta(days=1), hour=0):
        html = client.get(running_appeal.url).content.decode()
    assert f"This appeal ended on {end.day} December {end.year}." in html
    assert "donate-form" not in html and "Give to this appeal" not in html
    assert '<progress class="appeal-progress__bar"' in html  # what was raised still shows


@pytest.mark.django_db
def test_a_past_appeal_that_passed_its_goal_has_ended(client, ended_appeal):
    html = client.get(ended_appeal.url).content.decode()
    assert "This appeal ended on 31 December" in html
    assert "donate-form" not in html
    assert "Goal reached: thank you." in html  # raised more than the goal


@pytest.mark.django_db
def test_progress_bar_value_and_accessible_name(client, running_appeal):
    with on_new_york_day(running_appeal.start_date):
        html = client.get(running_appeal.url).content.decode()
    bar = re.search(r'<progress class="appeal-progress__bar" id="([^"]+)" max="(\d+)" value="(\d+)">', html)
    assert bar, html
    progress_id, maximum, value = bar.groups()
    assert (maximum, value) == ("25000", "12300")
    assert f'<label class="appeal-progress__label" for="{progress_id}">$12,300 raised of $25,000 goal</label>' in html
    assert "49% of the goal." in html


@pytest.mark.django_db
def test_progress_past_the_goal_is_capped_at_the_goal(running_appeal):
    running_appeal.raised = 30000
    assert running_appeal.progress_value == 25000
    assert running_appeal.progress_percent == 100
    assert running_appeal.progress_label == "$30,000 raised of $25,000 goal"


@pytest.mark.django_db
def test_appeal_pages_expire_from_caches_at_new_york_midnight(client, running_appeal):
    end = running_appeal.end_date
    with at_new_york_time(end.year, end.month, end.day, 23, 58):
        assert seconds_until_midnight() == 120
        response = client.get(running_appeal.url)
    assert "s-maxage=120" in response["Cache-Control"]
    cache.clear()
    with on_new_york_day(end):  # at noon: until the appeal ends, twelve hours later
        assert "s-maxage=43200" in client.get(running_appeal.url)["Cache-Control"]


# --- The donate page and its button ---------------------------------------------------------------


@pytest.mark.django_db
def test_donate_page_shows_amounts_frequency_other_ways_and_the_running_appeal(client, running_appeal):
    with on_new_york_day(running_appeal.start_date):
        response = client.get("/donate/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    for amount in ["$25", "$50", "$100", "$250"]:
        assert f"<strong>{amount}</strong>" in html
    assert 'name="frequency" id="donate-frequency-monthly" value="monthly"' in html
    assert "By check" in html and "40 Rector Street" in html and "Employer matching" in html
    assert "501(c)(3)" in html and "Urban Justice Center" in html
    assert APPEAL_TITLE in html and "$12,300 raised of $25,000 goal" in html
    assert 'method="get"' in html and 'method="post"' not in html.split('<main id="main"')[1]


@pytest.mark.django_db
@pytest.mark.usefixtures("donate_page")
def test_get_donate_sets_no_cookie(client):
    response = client.get("/donate/")
    assert response.status_code == 200
    assert not response.cookies
    assert not client.get("/donate/go/?amount=50").cookies


@pytest.mark.django_db
@pytest.mark.usefixtures("donate_page")
def test_donate_button_without_amount_goes_to_the_processors_page(client):
    response = client.get("/donate/go/")
    assert response.status_code == 302
    assert response["Location"] == PROCESSOR_URL


@pytest.mark.django_db
@pytest.mark.usefixtures("donate_page")
def test_donate_button_passes_amount_and_frequency_through_the_pattern(client):
    response = client.get("/donate/go/", {"amount": "50", "frequency": "monthly"})
    assert response.status_code == 302
    assert response["Location"] == PROCESSOR_URL + "?amount=50&frequency=monthly"
    # Without a frequency the gift is one-time; a typed amount replaces the chosen one.
    response = client.get("/donate/go/", {"amount": "50", "other_amount": "$1,234.5"})
    assert response["Location"] == PROCESSOR_URL + "?amount=1234.50&frequency=one-time"


@pytest.mark.django_db
@pytest.mark.usefixtures("donate_page")
def test_without_a_pattern_the_amount_is_left_to_the_processor(client, org):
    org.donate_url_pattern = ""
    org.save()
    response = client.get("/donate/go/", {"amount": "100", "frequency": "monthly"})
    assert response["Location"] == PROCESSOR_URL


@pytest.mark.parametrize(
    "query",
    [
        {"amount": "abc"},
        {"amount": "-5"},
        {"amount": "0"},
        {"amount": "0.5"},
        {"amount": "1e3"},
        {"amount": "50.555"},
        {"amount": "100001"},
        {"amount": "9" * 5000},
        {"amount": "50&frequency=monthly"},
        {"other_amount": "NaN"},
        {"amount": "50", "frequency": "weekly"},
        {"amount": "50", "frequency": "{amount}"},
        {"amount": "\x00"},
    ],
)
@pytest.mark.django_db
@pytest.mark.usefixtures("donate_page")
def test_bad_amounts_and_frequencies_get_the_donate_page_with_a_message(client, query):
    response = client.get("/donate/go/", query)
    assert response.status_code == 400
    html = response.content.decode()
    assert "We could not take you to the donation page" in html
    assert 'class="donate-form"' in html  # they can try again at once


@pytest.mark.django_db
def test_monthly_gifts_can_be_switched_off(client, donate_page):
    donate_page.offer_monthly = False
    publish(donate_page)
    html = client.get("/donate/").content.decode()
    assert "donate-frequency-monthly" not in html
    assert client.get("/donate/go/", {"amount": "50", "frequency": "monthly"}).status_code == 400
    assert client.get("/donate/go/", {"amount": "50"}).status_code == 302


@pytest.mark.django_db
@pytest.mark.usefixtures("donate_page")
def test_without_a_processor_the_page_offers_the_other_ways(client, org):
    org.donate_url = ""
    org.donate_url_pattern = ""
    org.save()
    html = client.get("/donate/").content.decode()
    assert "Online giving is not available right now" in html and "donate-form" not in html
    assert client.get("/donate/go/").status_code == 400


@pytest.mark.django_db
@pytest.mark.usefixtures("donate_page")
def test_post_to_the_donate_button_is_refused(client):
    assert client.post("/donate/go/", {"amount": "50"}).status_code == 405


def test_amounts_are_parsed_strictly():
    assert parse_amount("50") == Decimal("50")
    assert parse_amount(" $1,000.50 ") == Decimal("1000.50")
    for bad in ["", "five", "1.234", "-1", "0", "100000.01", "1_000", "٥٠"]:
        with pytest.raises(ValueError):
            parse_amount(bad)


def test_the_url_values_are_encoded():
    class Org:
        donate_url = "https://processor.example/"
        donate_url_pattern = "https://processor.example/give/{frequency}?amount={amount}"

    assert build_donate_url(Org(), Decimal("25"), "one-time") == "https://processor.example/give/one-time?amount=25"
    assert build_donate_url(Org(), Decimal("25"), "a b&c=d") == "https://processor.example/give/a%20b%26c%3Dd?amount=25"
    assert build_donate_url(Org()) == "https://processor.example/"


@pytest.mark.parametrize(
    "pattern",
    [
        "https://processor.example/give?amount={amount}&recurring={frequency}",
        "https://processor.example/{frequency}/{amount}",
        "https://processor.example/give",
        "",
    ],
)
def test_good_url_patterns(pattern):
    validate_donate_url_pattern(pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        "https://processor.example/give?amount={amount}&secret={SECRET_KEY}",
        "https://processor.example/give?amount={}",
        "https://processor.example/give?amount={0}",
        "https://processor.example/give?amount={amount.__class__}",
        "https://processor.example/give?amount={amount!r}",
        "https://processor.example/give?amount={amount:>10}",
        "https://processor.example/give?amount={amount",
        "http://processor.example/give?amount={amount}",
        "javascript:alert(1)//{amount}",
        "processor.example/give?amount={amount}",
    ],
)
def test_bad_url_patterns_are_refused(pattern):
    with pytest.raises(ValidationError):
        validate_donate_url_pattern(pattern)


@pytest.mark.django_db
def test_the_settings_form_refuses_a_bad_pattern(org):
    org.donate_url_pattern = "https://processor.example/?a={amount}&b={user}"
    with pytest.raises(ValidationError) as excinfo:
        org.full_clean()
    assert "donate_url_pattern" in excinfo.value.message_dict


# --- The site-wide call to action -----------------------------------------------------------------


def render_cta():
    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1:8000")
    return Template("{% load donate_tags %}{% donate_cta %}").render(Context({"request": request}))


@pytest.mark.django_db
def test_home_page_shows_the_running_appeal(client, running_appeal):
    with on_new_york_day(running_appeal.start_date):
        html = client.get("/").content.decode()
    cta = html.split('class="block-cta donate-cta"')[1].split("</section>")[0]
    assert running_appeal.title in cta
    assert "$12,300 raised of $25,000 goal" in cta
    assert f'href="{running_appeal.url}"' in cta and "Give to this appeal" in cta


@pytest.mark.django_db
def test_an_appeal_not_yet_translated_says_its_words_are_english_on_a_spanish_page(client, running_appeal):
    spanish_home()
    assert not running_appeal.get_translations().filter(locale__language_code="es").exists()
    with on_new_york_day(running_appeal.start_date):
        html = client.get("/es/").content.decode()
        english = client.get("/").content.decode()
    cta = html.split('class="block-cta donate-cta"')[1].split("</section>")[0]
    assert f'lang="en">{running_appeal.title}</h2>' in cta
    assert "Give to this appeal" not in cta  # the button is in Spanish, and not marked
    assert 'lang="en"' not in english.split('class="block-cta donate-cta"')[1].split("</section>")[0]


@pytest.mark.django_db
def test_without_a_running_appeal_the_call_to_action_is_the_donate_page(client, running_appeal, donate_page):
    with on_new_york_day(running_appeal.end_date + timedelta(days=1)):
        html = client.get("/").content.decode()
    cta = html.split('class="block-cta donate-cta"')[1].split("</section>")[0]
    assert donate_page.headline in cta and 'href="/donate/"' in cta
    assert "<progress" not in cta


@pytest.mark.django_db
@pytest.mark.usefixtures("donate_page")
def test_the_call_to_action_can_be_switched_off(client, notices):
    assert "donate-cta" in client.get("/").content.decode()
    notices.donation_cta = CTA_OFF
    notices.save()
    assert "donate-cta" not in client.get("/").content.decode()


@pytest.mark.django_db
def test_a_chosen_appeal_is_shown_while_it_runs_then_the_donate_page(notices, donate_page, running_appeal):
    other = make_appeal(donate_page, "spring", running_appeal.start_date, running_appeal.end_date + timedelta(days=30))
    notices.donation_cta = CTA_APPEAL
    notices.donation_cta_appeal = other
    notices.save()
    with on_new_york_day(running_appeal.start_date):
        assert "Appeal spring" in render_cta()  # not the one that ends sooner
    with on_new_york_day(other.end_date + timedelta(days=1)):
        html = render_cta()
    assert "Appeal spring" not in html and donate_page.headline in html


@pytest.mark.django_db
def test_unpublished_appeals_and_donate_page_are_never_shown(running_appeal, donate_page):
    running_appeal.unpublish()
    with on_new_york_day(running_appeal.start_date):
        assert donate_page.headline in render_cta()
    donate_page.unpublish()
    with on_new_york_day(running_appeal.start_date):
        assert render_cta().strip() == ""


@pytest.mark.django_db
@pytest.mark.parametrize("mode", [CTA_AUTOMATIC, CTA_APPEAL])
def test_the_call_to_action_costs_the_same_few_queries_for_10_or_300_appeals(site, notices, donate_page, mode):
    day = date(2031, 6, 15)
    appeals = [make_appeal(donate_page, f"a{i}", day - timedelta(days=1), day + timedelta(days=i)) for i in range(10)]
    notices.donation_cta = mode
    notices.donation_cta_appeal = appeals[-1]
    notices.save()

    def count():
        with on_new_york_day(day):
            render_cta()  # warm Wagtail's cache of site root paths, as any earlier request would
        with on_new_york_day(day), CaptureQueriesContext(connection) as queries:
            html = render_cta()
        assert "<progress" in html
        return len(queries)

    few = count()
    for i in range(10, 300):
        make_appeal(donate_page, f"a{i}", day - timedelta(days=1), day + timedelta(days=i))
    assert count() == few
    assert few <= 5


# --- Structured data ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.usefixtures("donate_page")
def test_home_page_json_ld_offers_a_donate_action(client):
    html = client.get("/").content.decode()
    org = next(block for block in json_ld_blocks(html) if block.get("@type") == "NGO")
    action = org["potentialAction"]
    assert action["@type"] == "DonateAction"
    assert action["target"].endswith("/donate/")
    assert action["target"].startswith("http")


# --- In a browser ---------------------------------------------------------------------------------


@pytest.mark.browser
def test_donate_page_progress_bar_has_an_accessible_name_and_the_button_reaches_the_processor(page, site_url):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(site_url + "/donate/")
    bar = page.get_by_role("progressbar", name=re.compile(r"^\$[\d,]+ raised of \$[\d,]+ goal$"))
    expect(bar.first).to_be_visible()
    results = Axe().run(page, context={"exclude": [[".quick-exit"]]})  # base.html: reported to the lead
    assert results.violations_count == 0, results.generate_report()

    # The processor is another site: answer for it here instead of leaving the machine.
    page.route(
        "https://secure.example.org/**",
        lambda route: route.fulfill(status=200, body="<title>Processor</title>", content_type="text/html"),
    )
    page.get_by_label("$50").check()
    page.get_by_label("Monthly").check()
    page.get_by_role("button", name="Donate").click()
    expect(page).to_have_url(DEMO_DONATE_URL + "?amount=50&frequency=monthly")


@pytest.mark.browser
def test_the_appeal_and_the_home_pages_call_to_action_in_a_browser(page, site_url):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(site_url + "/")
    cta = page.get_by_role("region", name=re.compile("17 December"))
    expect(cta.get_by_role("progressbar", name=re.compile(r"raised of \$[\d,]+ goal$"))).to_be_visible()
    results = Axe().run(page, context={"exclude": [[".quick-exit"]]})  # base.html: reported to the lead
    assert results.violations_count == 0, results.generate_report()

    cta.get_by_role("link", name="Give to this appeal").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("17 December")
    expect(page.get_by_role("button", name="Donate")).to_be_visible()
    results = Axe().run(page, context={"exclude": [[".quick-exit"]]})
    assert results.violations_count == 0, results.generate_report()


def test_dollars_are_grouped_by_the_languages_own_rules():
    from django.utils import translation

    from home.donations import dollars

    assert dollars(12300) == "$12,300" and dollars("1234567.5") == "$1,234,567.50" and dollars(50) == "$50"
    with translation.override("es"):
        assert dollars(12300) == "$12,300"  # Spanish as the United States writes it (swpsite/formats/es)
    with translation.override("de"):
        assert dollars(12300) == "$12.300"  # a language that groups digits its own way
