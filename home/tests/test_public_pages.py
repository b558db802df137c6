"""``public_q()`` keeps exactly the pages Wagtail's ``.public()`` keeps, without a query of its own.

If a Wagtail upgrade changes what counts as private, the comparison fails here first.
"""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from home.querysets import public_q


def ids(queryset):
    return set(queryset.values_list("pk", flat=True))


def restrict(page, restriction_type=PageViewRestriction.PASSWORD):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="a-long-shared-password"
    )
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get(name="Editors")])
    return restriction


@pytest.mark.django_db
def test_public_q_keeps_what_public_keeps_as_sections_become_private():
    pages = Page.objects.all()
    assert ids(pages.filter(public_q())) == ids(pages.public()) == ids(pages)  # nothing private yet

    staff = Page.objects.get(slug="staff")  # a section with pages under it
    restrict(staff, PageViewRestriction.LOGIN)
    donate = Page.objects.get(slug="donate")
    restrict(donate.get_children().first(), PageViewRestriction.GROUPS)  # a single page deep down
    restrict(Page.objects.get(slug="contact"))  # a page whose siblings stay public

    private = set(staff.get_descendants(inclusive=True).values_list("pk", flat=True))
    assert private <= ids(pages) - ids(pages.filter(public_q()))
    assert ids(pages.filter(public_q())) == ids(pages.public())
    assert ids(pages.live().filter(public_q())) == ids(pages.live().public())
    assert Page.objects.get(slug="about").pk in ids(pages.filter(public_q()))  # the section's parent stays public


@pytest.mark.django_db
def test_public_q_asks_nothing_before_the_listing_itself():
    restrict(Page.objects.get(slug="staff"))
    with CaptureQueriesContext(connection) as queries:
        listed = list(Page.objects.live().filter(public_q()).order_by("path")[:5])
    assert len(queries) == 1
    assert listed
