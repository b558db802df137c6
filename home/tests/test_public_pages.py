"""``public_q()`` keeps exactly the pages Wagtail's ``.public()`` keeps, without a query of its own.

If a Wagtail upgrade changes what counts as private, the comparison fails here first.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from home.factories import ContactPageFactory, DonatePageFactory, DonationAppealPageFactory
from home.querysets import public_q
from people.factories import make_staff

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]


@pytest.fixture
def sections(page_tree):
    """Sections of different shapes: staff with people under it, donate with an appeal, and contact, a leaf."""
    for _ in range(2):
        make_staff(index=page_tree.staff, photo=False)
    return SimpleNamespace(
        about=page_tree.about,
        staff=page_tree.staff,
        appeal=DonationAppealPageFactory(parent=DonatePageFactory(parent=page_tree.home)),
        contact=ContactPageFactory(parent=page_tree.home),
    )


def ids(queryset):
    return set(queryset.values_list("pk", flat=True))


def restrict(page, restriction_type=PageViewRestriction.PASSWORD):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="a-long-shared-password"
    )
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get(name="Editors")])
    return restriction


def test_public_q_keeps_what_public_keeps_as_sections_become_private(sections):
    pages = Page.objects.all()
    assert ids(pages.filter(public_q())) == ids(pages.public()) == ids(pages)  # nothing private yet

    restrict(sections.staff, PageViewRestriction.LOGIN)  # a section with pages under it
    restrict(sections.appeal, PageViewRestriction.GROUPS)  # a single page deep down
    restrict(sections.contact)  # a page whose siblings stay public

    private = set(sections.staff.get_descendants(inclusive=True).values_list("pk", flat=True))
    assert private <= ids(pages) - ids(pages.filter(public_q()))
    assert ids(pages.filter(public_q())) == ids(pages.public())
    assert ids(pages.live().filter(public_q())) == ids(pages.live().public())
    assert sections.about.pk in ids(pages.filter(public_q()))  # the section's parent stays public


def test_public_q_asks_nothing_before_the_listing_itself(page_tree):
    restrict(page_tree.staff)
    with CaptureQueriesContext(connection) as queries:
        listed = list(Page.objects.live().filter(public_q()).order_by("path")[:5])
    assert len(queries) == 1
    assert listed
