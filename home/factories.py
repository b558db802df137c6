"""Factories for the pages every section hangs from, and the small site a test builds with them.

Tests marked ``own_pages`` (see conftest.py) start from an empty site, not from the demo site, and ask
for the ``page_tree`` fixture: ``build_page_tree`` makes the home page and the sections with the fewest
fields they need, so a test then adds only the content it is about (``publications.factories.make_publication``
and the like put their pages in these sections). The factories are wagtail-factories' ``PageFactory``
classes: ``StandardPageFactory(parent=home, title="About")``.
"""

from dataclasses import dataclass
from datetime import time, timedelta

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home import clock
from home.models import (
    AlertBanner,
    ContactFormField,
    ContactPage,
    DonatePage,
    DonationAmount,
    DonationAppealPage,
    GetHelpPage,
    HomePage,
    KnowYourRightsPage,
    Navigation,
    OfficeHours,
    OrganisationSettings,
    StandardPage,
)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Sex Workers Project"
    slug = "home"
    hero_heading = "Legal and social services for sex workers"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Test page {number}")
    introduction = factory.LazyAttribute(lambda page: f"What {page.title} is about.")

    class Meta:
        model = StandardPage


@dataclass
class PageTree:
    """The small site of ``build_page_tree``: its site and the pages tests add content under."""

    site: Site
    home: HomePage
    about: StandardPage
    publications: Page
    press: Page
    staff: Page
    internships: Page


def build_page_tree():
    """A home page at the root of the default site with the sections of the design's page tree:
    /about/ (with /about/staff/ and /about/internships/), /publications/ (with a "Reports" category) and
    /press/. English only; a test that needs more builds it."""
    from people.factories import InternshipIndexPageFactory, StaffIndexPageFactory
    from press.factories import PressIndexPageFactory
    from publications.factories import PublicationCategoryFactory, PublicationIndexPageFactory

    home = HomePageFactory(parent=Page.get_first_root_node(), slug="swp-home")
    site = Site.objects.get(is_default_site=True)
    # Wagtail's "Welcome to your new Wagtail site!" page stays outside the site, unpublished, so every live page
    # has an address (the demo deletes it; deleting costs a third of building the whole tree, every test).
    Page.objects.filter(pk=site.root_page_id).update(live=False)
    site.root_page = home
    site.save()
    about = StandardPageFactory(parent=home, title="About", slug="about")
    PublicationCategoryFactory(name="Reports", slug="reports")
    return PageTree(
        site=site,
        home=home,
        about=about,
        publications=PublicationIndexPageFactory(parent=home),
        press=PressIndexPageFactory(parent=home),
        staff=StaffIndexPageFactory(parent=about),
        internships=InternshipIndexPageFactory(parent=about),
    )


# --- The pages a visitor reaches from every header: donate, contact, get help ---------------------------------


class DonatePageFactory(wagtail_factories.PageFactory):
    """/donate/ with the four suggested amounts of the design ($25 to $250); ``amounts=()`` for none."""

    title = "Donate"
    slug = "donate"
    headline = "Stand with sex workers in New York"
    introduction = "Your gift keeps our legal services free."

    class Meta:
        model = DonatePage
        skip_postgeneration_save = True  # the hook adds rows of their own

    @factory.post_generation
    def amounts(page, create, extracted, **kwargs):
        for order, amount in enumerate((25, 50, 100, 250) if extracted is None else extracted):
            DonationAmount.objects.create(
                page=page, sort_order=order, amount=amount, description=f"What ${amount} pays for"
            )


class DonationAppealPageFactory(wagtail_factories.PageFactory):
    """An appeal under a donate page (``parent=``), running from ten days ago for twenty days by default."""

    title = factory.Sequence(lambda number: f"Test appeal {number}")
    slug = factory.Sequence(lambda number: f"test-appeal-{number}")
    introduction = factory.LazyAttribute(lambda appeal: f"Why {appeal.title} asks for gifts.")
    goal = 10000
    raised = 2500
    start_date = factory.LazyFunction(lambda: clock.today() - timedelta(days=10))
    end_date = factory.LazyAttribute(lambda appeal: appeal.start_date + timedelta(days=20))

    class Meta:
        model = DonationAppealPage


# The contact form of the design: (label, field type, required, choices).
CONTACT_FIELDS = [
    ("Name", "singleline", True, ""),
    ("Email", "email", True, ""),
    ("Phone", "singleline", False, ""),
    ("How should we reach you", "radio", True, "Email\nPhone call\nText message"),
    ("Message", "multiline", True, ""),
]


class ContactPageFactory(wagtail_factories.PageFactory):
    """/contact/ with the design's form (name, email, optional phone, how to reach you, message)."""

    title = "Contact"
    slug = "contact"
    introduction = "Write to us: our services are free and confidential."
    to_address = "team@example.org"
    subject = "New message from the website"
    thank_you_text = "<p>We answer within two working days.</p>"

    class Meta:
        model = ContactPage
        skip_postgeneration_save = True  # the hook adds rows of their own

    @factory.post_generation
    def form_fields(page, create, extracted, **kwargs):
        for order, (label, field_type, required, choices) in enumerate(extracted or CONTACT_FIELDS):
            ContactFormField.objects.create(
                page=page, sort_order=order, label=label, field_type=field_type, required=required, choices=choices
            )


class GetHelpPageFactory(wagtail_factories.PageFactory):
    """/get-help/ open Monday to Friday, 9 a.m. to 5 p.m. (``hours=`` for other (weekday, opens, closes) rows)."""

    title = "Get help"
    slug = "get-help"
    introduction = "Free, confidential legal help."
    who_we_serve = "<p>Anyone in New York City who trades or has traded sex.</p>"
    phone = "212-555-0100"
    what_happens = "<p>Someone from our intake team answers.</p>"
    confidentiality = "<p>What you tell us stays with us.</p>"

    class Meta:
        model = GetHelpPage
        skip_postgeneration_save = True  # the hook adds rows of their own

    @factory.post_generation
    def hours(page, create, extracted, **kwargs):
        rows = [(weekday, time(9), time(17)) for weekday in range(1, 6)] if extracted is None else extracted
        for order, (weekday, opens, closes) in enumerate(rows):
            OfficeHours.objects.create(page=page, sort_order=order, weekday=weekday, opens=opens, closes=closes)


class KnowYourRightsPageFactory(wagtail_factories.PageFactory):
    """A guide under a Get help page (``parent=``) with one section; ``sections`` as StreamField data for more."""

    title = factory.Sequence(lambda number: f"Test guide {number}")
    slug = factory.Sequence(lambda number: f"test-guide-{number}")
    introduction = factory.LazyAttribute(lambda guide: f"What {guide.title} is about.")
    sections = factory.LazyFunction(
        lambda: [
            {"type": "section", "value": {"heading": "Your rights", "body": "<p>You have some.</p>", "say_this": ""}}
        ]
    )

    class Meta:
        model = KnowYourRightsPage


# --- Words every page shows: the menus and footer, the alert banner, the organisation's details ---------------


class NavigationFactory(factory.django.DjangoModelFactory):
    """The menus and footer in the default language; ``main_menu`` and ``footer_groups`` as StreamField data
    (``home.demo.link`` makes a link's value; a footer group's links go through ``home.demo.loader.list_items``,
    or wagtail-localize does not translate them)."""

    locale = factory.LazyFunction(Locale.get_default)
    main_menu = factory.LazyFunction(list)
    footer_groups = factory.LazyFunction(list)

    class Meta:
        model = Navigation


class AlertBannerFactory(factory.django.DjangoModelFactory):
    """The alert banner in the default language, off until a test turns it on."""

    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = AlertBanner


def organisation(**fields):
    """The default site's organisation settings with ``fields`` saved on them."""
    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(org, name, value)
    org.save()
    return org
