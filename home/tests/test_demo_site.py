"""The demo-site command builds the tree of DESIGN.md and is idempotent."""

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site

from home.models import Navigation


def english_navigation():
    return Navigation.objects.get(locale=Locale.get_default())


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "slug", "content_type__model", "live")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "menu": list(english_navigation().main_menu.raw_data),
    }


@pytest.mark.django_db
def test_running_the_command_again_changes_nothing():
    before = snapshot()
    call_command("load_demo_site", verbosity=0)
    assert snapshot() == before


@pytest.mark.django_db
def test_the_tree_has_every_section_of_the_design():
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"
    children = {page.slug for page in site.root_page.get_children().live()}
    assert {"about", "campaigns", "multimedia", "resources", "sitemap"} <= children
    # The sitemap page closes the list of sections.
    assert site.root_page.get_children().last().slug == "sitemap"


@pytest.mark.django_db
def test_an_editors_menu_is_not_overwritten_by_a_later_run():
    nav = english_navigation()
    nav.main_menu = [{"type": "link", "value": {"label": "Only link", "page": None, "url": "/about/"}}]
    nav.save()
    call_command("load_demo_site", verbosity=0)
    nav.refresh_from_db()
    assert [item.value.text for item in nav.main_menu] == ["Only link"]
