"""Fixtures shared by the home app's ``own_pages`` modules (the root conftest.py has ``page_tree``)."""

import pytest

from home.factories import (
    ContactPageFactory,
    DonatePageFactory,
    DonationAppealPageFactory,
    GetHelpPageFactory,
    KnowYourRightsPageFactory,
)
from home.models import SitemapPage
from people.factories import make_posting, make_staff
from press.factories import make_release
from press.models import MediaToolkitPage
from publications.factories import make_publication

from .admin_helpers import add_live_page


@pytest.fixture
def every_page_type(page_tree):
    """A live page of each type besides those of ``page_tree``: the one-of-a-kind sections and a page in each."""
    home = page_tree.home
    add_live_page(home, SitemapPage, "sitemap", title="Sitemap")
    ContactPageFactory(parent=home)
    DonationAppealPageFactory(parent=DonatePageFactory(parent=home))
    KnowYourRightsPageFactory(parent=GetHelpPageFactory(parent=home))
    add_live_page(
        page_tree.press, MediaToolkitPage, "media-toolkit", title="Media Toolkit", boilerplate="<p>About SWP.</p>"
    )
    make_release(title="Guard-rail release")
    make_publication(title="Guard-rail report")
    make_staff(page_tree.staff)
    make_posting(page_tree.internships)
