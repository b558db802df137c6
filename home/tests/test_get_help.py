"""The Get help page and the know-your-rights guides: where they may be created, what they show, their
JSON-LD, the home page's help-first block, and the alert banner and skip link of the header."""

import json
import re
from datetime import date, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.clock import today as local_today
from home.factories import AlertBannerFactory, GetHelpPageFactory, KnowYourRightsPageFactory, build_page_tree
from home.models import GetHelpPage, HolidayClosure, HomePage, KnowYourRightsPage, OfficeHours, StandardPage
from home.phones import tel_href
from home.testing import preview_post_data, spanish_home, translate_page
from publications.factories import make_document

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages]

SAY_NO_TO_A_SEARCH = "I do not consent to a search."
# The police guide's five sections: (heading, body, what to say).
POLICE_GUIDE_SECTIONS = [
    ("If police stop you", "<p>Stay calm and ask: am I free to go?</p>", "Am I free to go?"),
    ("You have the right to stay silent", "<p>You do not have to answer questions.</p>", ""),
    ("If police want to search you", "<p>Say clearly that you do not consent.</p>", SAY_NO_TO_A_SEARCH),
    ("If you are arrested", "<ul><li>Do not sign anything you do not understand.</li></ul>", ""),
    ("Get free, confidential legal help", "<p>Call the Sex Workers Project.</p>", ""),
]


def build_get_help(home):
    """/get-help/ as the team fills it in (intake phone and email, office, languages, 911 among the emergency
    numbers, open Monday to Friday, 9 a.m. to 5 p.m.) with the police guide below it, its leaflet as a PDF."""
    get_help = GetHelpPageFactory(
        parent=home,
        phone="646-602-5617",
        email="swp@urbanjustice.org",
        who_we_serve=(
            "<p><strong>How you came to trade sex does not matter to us</strong>, and neither does your "
            "immigration status.</p>"
        ),
        address="Urban Justice Center\n40 Rector Street, 9th Floor\nNew York, NY 10006",
        languages="English\nSpanish\nMandarin",
        emergency_numbers=[
            {"type": "number", "value": {"name": "Police, fire or ambulance", "number": "911", "note": ""}},
            {"type": "number", "value": {"name": "Trafficking hotline", "number": "1-888-373-7888", "note": ""}},
        ],
    )
    KnowYourRightsPageFactory(
        parent=get_help,
        slug="know-your-rights-police",
        title="Know Your Rights: Sex Work and the Police in New York",
        document=make_document("Know Your Rights with the Police (PDF)", filename="know-your-rights-police.pdf"),
        sections=[
            {"type": "section", "value": {"heading": heading, "body": body, "say_this": say}}
            for heading, body, say in POLICE_GUIDE_SECTIONS
        ],
    )
    return get_help


@pytest.fixture
def get_help(page_tree):
    return build_get_help(page_tree.home)


@pytest.fixture
def guide(get_help):
    return KnowYourRightsPage.objects.get(slug="know-your-rights-police")


def json_ld_blocks(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def json_ld_of(html, kind):
    return next((data for data in json_ld_blocks(html) if data.get("@type") == kind), None)


class GetHelpPageTypesTest(WagtailPageTestCase):
    def setUp(self):
        # Built here, inside each test's transaction (a fixture would build it once for the whole class).
        self.home = build_page_tree().home
        self.get_help = build_get_help(self.home)
        self.guide = KnowYourRightsPage.objects.get(slug="know-your-rights-police")

    def test_get_help_lives_under_a_home_page_once_per_home_page(self):
        self.assertAllowedParentPageTypes(GetHelpPage, {HomePage})
        self.assertAllowedSubpageTypes(GetHelpPage, {KnowYourRightsPage})
        # setUp's home page has one already: no second one there...
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


@pytest.mark.usefixtures("get_help")
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


def test_the_open_status_data_is_the_published_hours_and_upcoming_closures(client, get_help):
    today = local_today()
    HolidayClosure.objects.create(page=get_help, name="Long past", date=today - timedelta(days=30))
    HolidayClosure.objects.create(page=get_help, name="Staff day", date=today + timedelta(days=3))
    html = client.get("/get-help/").content.decode()
    attribute = re.search(r'data-hours="([^"]+)"', html).group(1).replace("&quot;", '"')
    hours = json.loads(attribute)
    assert {row["day"] for row in hours} == {1, 2, 3, 4, 5}
    assert hours[0] == {"day": 1, "opens": "09:00", "closes": "17:00", "opensLabel": "9 a.m.", "closesLabel": "5 p.m."}
    closures = json.loads(re.search(r'data-closures="([^"]+)"', html).group(1).replace("&quot;", '"'))
    assert [closure["name"] for closure in closures] == ["Staff day"]
    assert "Long past" not in html
    assert "Staff day" in html


def test_office_hours_must_close_after_they_open(get_help):
    with pytest.raises(ValidationError):
        OfficeHours(page=get_help, weekday=1, opens=time(17), closes=time(9)).full_clean()
    with pytest.raises(ValidationError):
        HolidayClosure(page=get_help, name="Break", date=date(2030, 1, 5), end_date=date(2030, 1, 1)).full_clean()


def test_get_help_describes_a_legal_service_for_search_engines(client, get_help):
    HolidayClosure.objects.create(page=get_help, name="Winter break", date=local_today() + timedelta(days=20))
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


@pytest.mark.usefixtures("guide")
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


def test_a_guide_in_another_language_is_marked_as_such(client, get_help):
    """A guide written in another language than the site's (a Spanish leaflet on the English site)."""
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


def test_the_spanish_site_has_the_guide_in_spanish(client, get_help, guide):
    spanish_home()
    translate_page(get_help, {"get-help": "obtener-ayuda", "Get help": "Obtener ayuda"})
    translate_page(
        guide,
        {
            guide.title: "Conozca sus derechos: el trabajo sexual y la policía en Nueva York",
            guide.slug: "conozca-sus-derechos",
            SAY_NO_TO_A_SEARCH: "No doy mi consentimiento para un registro.",
        },
    )
    html = client.get("/es/obtener-ayuda/conozca-sus-derechos/").content.decode()
    assert '<html lang="es"' in html
    assert '<h1 id="page-title">Conozca sus derechos' in html
    assert "No doy mi consentimiento para un registro." in html


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


def test_the_home_page_leads_with_help_before_the_mission(client, page_tree, get_help):
    page_tree.home.hero_text = "Since 2001 the Sex Workers Project has stood with people who trade sex."
    page_tree.home.save()
    html = client.get("/").content.decode()
    main = html.split('<main id="main"', 1)[1]
    help_at = main.index('class="help-first"')
    assert main.index("<h1>") < help_at < main.index("Since 2001 the Sex Workers Project")
    assert 'href="tel:+16466025617"' in main[help_at : help_at + 1200]


@pytest.mark.usefixtures("page_tree")
def test_the_alert_shows_its_short_text_and_a_more_link(client):
    AlertBannerFactory(
        enabled=True,
        text="Our office is closed on Thursday and Friday for Thanksgiving; we answer again on Monday.",
        short_text="Closed Thursday and Friday.",
        link="/get-help/",
    )
    html = client.get("/about/").content.decode()
    banner = html.split('<div class="alert-banner"', 1)[1].split("</div>", 1)[0]
    assert '<span class="alert-banner__short">Closed Thursday and Friday.</span>' in banner
    assert '<a href="/get-help/">More<span class="visually-hidden">: Our office is closed' in banner
    # After the header, so the skip link and the quick exit stay the first two stops.
    assert html.index('<header class="site-header">') < html.index('<div class="alert-banner"')


def test_a_short_alert_needs_the_link_to_the_full_message():
    banner = AlertBannerFactory()
    banner.short_text = "Closed Friday."
    banner.link = ""
    with pytest.raises(ValidationError) as error:
        banner.clean()
    assert "link" in error.value.message_dict


@pytest.mark.usefixtures("page_tree")
def test_the_skip_link_is_inside_the_banner_landmark(client):
    html = client.get("/").content.decode()
    body = html.split("<body", 1)[1]
    header = body.split('<header class="site-header">', 1)
    assert "skip-link" not in header[0]
    assert header[1].split("</header>", 1)[0].lstrip().startswith('<a class="skip-link" href="#main">')
