"""The Get help page and the know-your-rights guides: where they may be created, what they show, their
JSON-LD, and the header's Get help button and compact alert on every page."""

import json
import re
from datetime import date, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale, Page, Site
from wagtail.test.utils import WagtailPageTestCase

from home.clock import today as local_today
from home.models import (
    AlertBanner,
    GetHelpPage,
    HolidayClosure,
    HomePage,
    KnowYourRightsPage,
    OfficeHours,
    StandardPage,
)
from home.phones import tel_href
from home.testing import preview_post_data


def json_ld_blocks(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def json_ld_of(html, kind):
    return next((data for data in json_ld_blocks(html) if data.get("@type") == kind), None)


@pytest.mark.django_db
class GetHelpPageTypesTest(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(locale__language_code="en")
        self.get_help = GetHelpPage.objects.get(locale__language_code="en")
        self.guide = KnowYourRightsPage.objects.get(slug="know-your-rights-police")

    def test_get_help_lives_under_a_home_page_once_per_home_page(self):
        self.assertAllowedParentPageTypes(GetHelpPage, {HomePage})
        self.assertAllowedSubpageTypes(GetHelpPage, {KnowYourRightsPage})
        # The demo's home page has one already: no second one there...
        self.assertFalse(GetHelpPage.can_create_at(self.home))
        self.assertCanNotCreateAt(StandardPage, GetHelpPage)
        # ...but another home page (a Spanish tree, say) may have its own.
        other_home = Page.get_first_root_node().add_child(
            instance=HomePage(title="Otra", slug="otra", hero_heading="Otra")
        )
        self.assertTrue(GetHelpPage.can_create_at(other_home))

    def test_guides_live_only_under_get_help(self):
        self.assertAllowedParentPageTypes(KnowYourRightsPage, {GetHelpPage})
        self.assertAllowedSubpageTypes(KnowYourRightsPage, set())
        self.assertCanNotCreateAt(HomePage, KnowYourRightsPage)
        self.assertCanNotCreateAt(StandardPage, KnowYourRightsPage)

    def test_a_guide_can_be_created_through_the_admin(self):
        self.login()
        data = {
            "title": "Your rights at work",
            "slug": "rights-at-work",
            "introduction": "What your employer may and may not ask.",
            "content_language": "",
            "sections-count": "1",
            "sections-0-type": "section",
            "sections-0-deleted": "",
            "sections-0-order": "0",
            "sections-0-value-heading": "Your pay",
            "sections-0-value-body": json.dumps(
                {
                    "blocks": [
                        {
                            "key": "a",
                            "type": "unstyled",
                            "text": "You must be paid.",
                            "depth": 0,
                            "inlineStyleRanges": [],
                            "entityRanges": [],
                        }
                    ],
                    "entityMap": {},
                }
            ),
            "sections-0-value-say_this": "",
        }
        self.assertCanCreate(self.get_help, KnowYourRightsPage, data)
        guide = KnowYourRightsPage.objects.get(slug="rights-at-work")
        assert guide.table_of_contents[0][:2] == ("your-pay", "Your pay")

    def test_both_render_and_preview(self):
        user = self.login()
        for page in [self.get_help, self.guide]:
            self.assertPageIsRenderable(page)
            self.client.force_login(user)
            self.assertPageIsPreviewable(page, post_data=preview_post_data(self.client, page))


def test_phone_numbers_become_tel_addresses():
    assert tel_href("646-602-5617") == "tel:+16466025617"
    assert tel_href("1-888-373-7888") == "tel:+18883737888"
    assert tel_href("+44 20 7946 0000") == "tel:+442079460000"
    assert tel_href("911") == "tel:911"
    assert tel_href("") == ""


@pytest.mark.django_db
def test_get_help_says_who_is_served_and_how_to_reach_intake(client):
    html = client.get("/get-help/").content.decode()
    assert "<h1" in html and ">Get help</h1>" in html
    assert 'href="tel:+16466025617"' in html
    assert 'href="mailto:swp@urbanjustice.org"' in html
    assert "immigration status" in html and "How you came to trade sex does not matter" in html
    for heading in [
        "Who we serve",
        "What happens when you call",
        "Confidentiality",
        "Languages we speak",
        "In an emergency",
        "Know your rights",
    ]:
        assert f">{heading}</h2>" in html, heading
    assert 'href="tel:911"' in html
    # The hours as a table any visitor (and any cache) can read, Monday to Sunday.
    table = html.split('<table class="office-hours">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'<th scope="row">(\w+)</th><td>([^<]+)</td>', table)
    assert [day for day, _ in rows] == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert rows[0][1] == "9 a.m. to 5 p.m." and rows[5][1] == "Closed"
    # The page itself never claims the office is open: the browser works that out.
    assert "Open now" not in re.sub(r'data-open-now="[^"]*"', "", html)
    assert 'data-open-now="Open now, closes at {time}"' in html
    assert '<script src="/static/js/open-status.js" defer></script>' in html
    # The guide is linked.
    assert 'href="/get-help/know-your-rights-police/"' in html


@pytest.mark.django_db
def test_the_open_status_data_is_the_published_hours_and_upcoming_closures(client):
    page = GetHelpPage.objects.get(locale__language_code="en")
    today = local_today()
    HolidayClosure.objects.filter(page=page).delete()
    HolidayClosure.objects.create(page=page, name="Long past", date=today - timedelta(days=30))
    HolidayClosure.objects.create(page=page, name="Staff day", date=today + timedelta(days=3))
    html = client.get("/get-help/").content.decode()
    attribute = re.search(r'data-hours="([^"]+)"', html).group(1).replace("&quot;", '"')
    hours = json.loads(attribute)
    assert {row["day"] for row in hours} == {1, 2, 3, 4, 5}
    assert hours[0] == {"day": 1, "opens": "09:00", "closes": "17:00", "opensLabel": "9 a.m.", "closesLabel": "5 p.m."}
    closures = json.loads(re.search(r'data-closures="([^"]+)"', html).group(1).replace("&quot;", '"'))
    assert [closure["name"] for closure in closures] == ["Staff day"]
    assert "Long past" not in html
    assert "Staff day" in html


@pytest.mark.django_db
def test_office_hours_must_close_after_they_open():
    page = GetHelpPage.objects.get(locale__language_code="en")
    with pytest.raises(ValidationError):
        OfficeHours(page=page, weekday=1, opens=time(17), closes=time(9)).full_clean()
    with pytest.raises(ValidationError):
        HolidayClosure(page=page, name="Break", date=date(2030, 1, 5), end_date=date(2030, 1, 1)).full_clean()


@pytest.mark.django_db
def test_get_help_describes_a_legal_service_for_search_engines(client):
    data = json_ld_of(client.get("/get-help/").content.decode(), "LegalService")
    assert data, "No LegalService JSON-LD"
    assert data["telephone"] == "646-602-5617"
    assert data["areaServed"] == {"@type": "City", "name": "New York City"}
    assert [language["name"] for language in data["availableLanguage"]] == ["English", "Spanish", "Mandarin"]
    weekly = [spec for spec in data["openingHoursSpecification"] if "dayOfWeek" in spec]
    assert [spec["dayOfWeek"] for spec in weekly] == [
        f"https://schema.org/{day}" for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    ]
    assert weekly[0]["opens"] == "09:00" and weekly[0]["closes"] == "17:00"
    closed = [spec for spec in data["openingHoursSpecification"] if "validFrom" in spec]
    assert closed and all(spec["opens"] == spec["closes"] == "00:00" for spec in closed)
    assert data["address"]["streetAddress"].startswith("Urban Justice Center")


@pytest.mark.django_db
def test_a_guide_has_sections_a_table_of_contents_and_its_pdf(client):
    html = client.get("/get-help/know-your-rights-police/").content.decode()
    contents = html.split('<nav class="guide__contents"', 1)[1].split("</nav>", 1)[0]
    anchors = re.findall(r'<a href="#([^"]+)">', contents)
    assert len(anchors) == 5 and len(set(anchors)) == 5
    for anchor in anchors:
        assert f'<h2 id="{anchor}"' in html, anchor
    assert "I do not consent to a search." in html
    assert re.search(r'href="/documents/\d+/[^"]+\.pdf"', contents), "No PDF download"
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in html


@pytest.mark.django_db
def test_a_guide_in_another_language_is_marked_as_such(client):
    """A guide written in another language than the site's (a Spanish leaflet on the English site)."""
    get_help = GetHelpPage.objects.get(locale__language_code="en")
    guide = KnowYourRightsPage(
        slug="si-le-arrestan",
        title="Si le arrestan",
        introduction="Qué hacer si le arrestan.",
        content_language="es",
        sections=[{"type": "section", "value": {"heading": "Si le arrestan", "body": "<p>No firme nada.</p>"}}],
    )
    get_help.add_child(instance=guide)
    guide.save_revision().publish()
    html = client.get(guide.url).content.decode()
    assert '<h1 id="page-title" lang="es">Si le arrestan' in html
    assert '<div class="rich-text" lang="es">' in html
    # The site's own words around the guide stay in the site's language.
    assert ">Contents</h2>" in html
    # Get help lists it, marked as Spanish.
    listing = client.get(get_help.url).content.decode()
    assert re.search(r'<article class="card guide-card" aria-labelledby="guide-\d+-title" lang="es">', listing)


@pytest.mark.django_db
def test_the_spanish_site_has_the_guide_in_spanish(client):
    html = client.get("/es/obtener-ayuda/conozca-sus-derechos/").content.decode()
    assert '<html lang="es"' in html
    assert '<h1 id="page-title">Conozca sus derechos' in html
    assert "No doy mi consentimiento para un registro." in html


@pytest.mark.django_db
def test_anchors_are_unique_even_when_headings_repeat():
    guide = KnowYourRightsPage(
        title="T",
        sections=[
            {"type": "section", "value": {"heading": "Main", "body": "<p>a</p>", "say_this": ""}},
            {"type": "section", "value": {"heading": "Steps", "body": "<p>b</p>", "say_this": ""}},
            {"type": "section", "value": {"heading": "Steps", "body": "<p>c</p>", "say_this": ""}},
            {"type": "section", "value": {"heading": "¿?", "body": "<p>d</p>", "say_this": ""}},
        ],
    )
    assert [anchor for anchor, _, _ in guide.table_of_contents] == ["main-2", "steps", "steps-2", "section-4"]


@pytest.mark.django_db
def test_every_page_has_the_get_help_button_in_its_header(client):
    from tests.conftest import discover

    root = Site.objects.get(is_default_site=True).root_url
    pages = discover(root, get=lambda url: client.get(url.removeprefix(root) or "/").content.decode())
    for page_type, path in pages.items():
        html = client.get(path).content.decode()
        header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
        # Each language's own Get help and Donate pages.
        spanish = path.startswith("/es/")
        get_help, donate = ("/es/obtener-ayuda/", "/es/donar/") if spanish else ("/get-help/", "/donate/")
        assert re.search(rf'<a class="button site-header__help" href="{get_help}"', header), page_type
        assert f'class="button button--secondary site-header__donate" href="{donate}"' in header, page_type
        # Search (in the page's language) sits behind a link on phones (the form shows on wide screens).
        search = "/es/search/" if path.startswith("/es/") else "/search/"
        assert f'<a class="site-header__search-link" href="{search}">' in header, page_type


@pytest.mark.django_db
def test_the_home_page_leads_with_help_before_the_mission(client):
    html = client.get("/").content.decode()
    main = html.split('<main id="main"', 1)[1]
    help_at = main.index('class="help-first"')
    assert main.index("<h1>") < help_at < main.index("Since 2001 the Sex Workers Project")
    assert 'href="tel:+16466025617"' in main[help_at : help_at + 1200]


@pytest.mark.django_db
def test_the_alert_shows_its_short_text_and_a_more_link(client):
    banner = AlertBanner.objects.get(locale=Locale.get_default())
    banner.enabled = True
    banner.text = "Our office is closed on Thursday and Friday for Thanksgiving; we answer again on Monday."
    banner.short_text = "Closed Thursday and Friday."
    banner.link = "/get-help/"
    banner.save()
    html = client.get("/about/").content.decode()
    banner = html.split('<div class="alert-banner"', 1)[1].split("</div>", 1)[0]
    assert '<span class="alert-banner__short">Closed Thursday and Friday.</span>' in banner
    assert '<a href="/get-help/">More<span class="visually-hidden">: Our office is closed' in banner
    # After the header, so the skip link and the quick exit stay the first two stops.
    assert html.index('<header class="site-header">') < html.index('<div class="alert-banner"')


@pytest.mark.django_db
def test_a_short_alert_needs_the_link_to_the_full_message():
    banner = AlertBanner.objects.get(locale=Locale.get_default())
    banner.short_text = "Closed Friday."
    banner.link = ""
    with pytest.raises(ValidationError) as error:
        banner.clean()
    assert "link" in error.value.message_dict


@pytest.mark.django_db
def test_the_skip_link_is_inside_the_banner_landmark(client):
    html = client.get("/").content.decode()
    body = html.split("<body", 1)[1]
    header = body.split('<header class="site-header">', 1)
    assert "skip-link" not in header[0]
    assert header[1].split("</header>", 1)[0].lstrip().startswith('<a class="skip-link" href="#main">')
