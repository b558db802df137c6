"""Factories for the pages every section hangs from, and the small site a test builds with them.

Tests marked ``own_pages`` (see conftest.py) start from an empty site, not from the demo site, and ask
for the ``page_tree`` fixture: ``build_page_tree`` makes the home page and the sections with the fewest
fields they need, so a test then adds only the content it is about (``publications.factories.make_publication``
and the like put their pages in these sections). The factories are wagtail-factories' ``PageFactory``
classes: ``StandardPageFactory(parent=home, title="About")``.
"""

from dataclasses import dataclass

import factory
import wagtail_factories
from wagtail.models import Page, Site

from home.models import HomePage, StandardPage


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
