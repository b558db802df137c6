"""Exact purges: each change purges the addresses it makes stale, and nothing else.

A recording frontend-cache backend stands in for Varnish or a CDN (see conftest.py): it gets what
Wagtail's frontend cache would send, once the change commits.
"""

import logging
import math
from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from caching import page_cache
from home.demo import publish
from home.factories import DonatePageFactory, DonationAppealPageFactory, NavigationFactory, StandardPageFactory
from home.models import OrganisationSettings, SitemapPage
from home.testing import spanish_home
from people.factories import make_posting, make_staff
from press.factories import make_appearance
from press.models import APPEARANCES_PER_PAGE, PressIndexPage
from publications import factories
from publications.models import PublicationCategory, PublicationPage, RelatedPublication

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("site_pages")]


def root():
    return Site.objects.get(is_default_site=True).root_url


def paged(url, count, per_page):
    return {url, *(f"{url}?page={number}" for number in range(1, math.ceil(count / per_page) + 2))}


def publications_listing():
    """/publications/, its feed, and each category's route and feed, with all their pages."""
    index = factories.get_index()
    live = PublicationPage.objects.live().public().filter(locale=index.locale)
    base = index.full_url
    urls = paged(base, live.count(), index.per_page) | {base + "feed/"}
    for category in PublicationCategory.objects.filter(locale=Locale.get_default()):
        urls |= paged(f"{base}{category.slug}/", live.filter(category=category).count(), index.per_page)
        urls.add(f"{base}{category.slug}/feed/")
    return urls


def sitemaps():
    """sitemap.xml and the HTML sitemap of each language."""
    return {root() + "/sitemap.xml"} | {page.full_url for page in SitemapPage.objects.live()}


@pytest.fixture
def site_pages(page_tree):
    """The small site and its HTML sitemap, which lists every page (so every publish purges it)."""
    page_tree.home.add_child(instance=SitemapPage(title="Sitemap", slug="sitemap", introduction="Every page."))
    return page_tree


@pytest.fixture
def publication(site_pages):
    return PublicationPage.objects.get(pk=factories.make_publication(title="A report about purges").pk)


def test_publishing_a_publication_purges_exactly_the_page_its_listings_home_feeds_sitemaps_and_pages_showing_it(
    purged, publication
):
    other = factories.make_publication(title="A report that lists related reading")
    RelatedPublication.objects.create(page=other, publication=publication, sort_order=0)
    publish(other)  # the other publication now shows this one as related

    publication.summary = "A new summary."
    urls = purged(publish, publication)

    expected = {publication.full_url, other.full_url, root() + "/"} | publications_listing() | sitemaps()
    assert urls == expected
    assert sitemaps() == {root() + "/sitemap.xml", root() + "/sitemap/"}
    assert root() + "/publications/reports/?page=2" in urls  # the category's other pages


def test_saving_a_draft_purges_nothing(purged, publication, site_pages):
    publication.title = "A draft title"
    publication.summary = "A draft summary readers must not see yet."
    assert purged(publication.save_revision) == set()
    about = site_pages.about
    about.title = "About us (draft)"
    assert purged(about.save_revision) == set()


@pytest.mark.usefixtures("publication")
def test_a_menu_or_a_setting_purges_every_page(purged):
    site = Site.objects.get(is_default_site=True)
    every_page = {page.full_url for page in Page.objects.live().public().exclude(depth=1).specific()}
    for setting in (NavigationFactory(), OrganisationSettings.for_site(site)):
        urls = purged(setting.save)
        assert every_page <= urls
        assert publications_listing() <= urls and sitemaps() <= urls


def test_a_topic_typed_on_a_draft_purges_nothing_but_its_spanish_words_purge_every_page(purged, publication):
    from home.demo.translating import translate_object
    from publications.models import Topic

    spanish_home()
    assert purged(publication.topics.add, "a topic new to the site") == set()
    topic = Topic.objects.get(name="a topic new to the site")
    every_page = {page.full_url for page in Page.objects.live().public().exclude(depth=1).specific()}
    spanish = Locale.objects.get(language_code="es")
    assert every_page <= purged(translate_object, topic, spanish, {topic.name: "un tema nuevo"})


@pytest.mark.usefixtures("publication")
def test_a_category_or_an_appeal_is_site_wide(purged, site_pages):
    appeal = DonationAppealPageFactory(parent=DonatePageFactory(parent=site_pages.home), slug="year-end-appeal")
    every_page = {page.full_url for page in Page.objects.live().public().exclude(depth=1).specific()}
    category = factories.get_category("reports")
    category.description = "New words under the heading."
    assert every_page <= purged(category.save)
    appeal.raised += 100
    assert every_page <= purged(publish, appeal)


def test_unpublishing_purges_the_page_and_everything_that_listed_it(purged, publication):
    urls = purged(publication.unpublish)
    assert {publication.full_url, root() + "/"} | publications_listing() | sitemaps() <= urls


def test_deleting_a_page_purges_its_address_and_its_listings(purged, publication):
    url = publication.full_url
    urls = purged(publication.delete)
    assert {url, root() + "/"} | publications_listing() <= urls


def test_moving_a_page_purges_its_old_and_new_addresses_and_both_parents(purged, site_pages):
    resources = StandardPageFactory(parent=site_pages.home, title="Resources", slug="resources")
    about = site_pages.about
    urls = purged(resources.move, about, pos="last-child")
    assert {root() + "/resources/", root() + "/about/resources/", root() + "/about/", root() + "/"} <= urls


def test_a_new_slug_purges_the_old_addresses_of_the_page_and_its_descendants(purged, site_pages):
    make_staff(site_pages.staff, photo=False, title="Ana Alvarez", slug="ana-alvarez")
    make_posting(site_pages.internships, title="Housing law intern", slug="housing-law-intern")
    about = site_pages.about
    about.slug = "about-us"
    urls = purged(publish, about)
    for path in ["/about/", "/about/staff/", "/about/staff/ana-alvarez/", "/about/internships/housing-law-intern/"]:
        assert root() + path in urls
        assert root() + path.replace("/about/", "/about-us/", 1) in urls


def test_scheduled_go_live_purges_when_publish_scheduled_publishes(purged):
    page = factories.make_publication(title="Out tomorrow", publish=False)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    revision = page.save_revision()
    assert purged(revision.publish) == set()  # scheduled: nothing a reader sees changed yet
    with mock.patch("django.utils.timezone.now", return_value=timezone.now() + timedelta(hours=2)):
        urls = purged(call_command, "publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert {page.full_url, root() + "/"} | publications_listing() <= urls


def test_an_image_purges_the_pages_that_show_it(purged, publication):
    cover = factories.make_cover()
    publication.cover_image = cover
    publish(publication)
    cover.title = "A better description of the cover"
    urls = purged(cover.save)
    assert {publication.full_url, root() + "/"} | publications_listing() <= urls
    assert root() + "/about/" not in urls


def test_a_document_purges_its_own_address_and_the_pages_offering_it(purged, publication):
    document = publication.document
    document.title = "Renamed report"
    urls = purged(document.save)
    assert root() + document.url in urls
    assert publication.full_url in urls


def test_a_press_appearance_purges_the_press_lists_and_home_only(purged):
    urls = purged(make_appearance)
    expected = set()
    for press in PressIndexPage.objects.live():  # each language's press room and home page list the appearances
        count = press.appearances().count()
        expected |= {press.get_parent().full_url, press.full_url}
        expected |= paged(press.full_url + "appearances/", count, APPEARANCES_PER_PAGE)
    assert urls == expected


def test_a_publish_answers_its_question_in_a_number_of_queries_that_does_not_grow_with_the_site(
    publication,
):
    from django.db import connection

    from caching import stale

    stale.for_page(publication)  # content types and site root paths, which any first request loads
    with CaptureQueriesContext(connection) as small:
        stale.for_page(publication)
    factories.make_many_publications(100)
    stale.for_page(publication)  # and again: saving pages retires what the site keeps per change
    with CaptureQueriesContext(connection) as large:
        stale.for_page(publication)
    assert len(large) == len(small)


def test_a_purge_that_cannot_be_delivered_is_logged_and_the_publish_still_succeeds(
    settings, django_capture_on_commit_callbacks, publication, caplog
):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{closed}",
        }
    }
    publication.summary = "Published while the cache is down."
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        publish(publication)
    assert PublicationPage.objects.get(pk=publication.pk).summary == "Published while the cache is down."
    assert any("Couldn't purge" in record.getMessage() for record in caplog.records)


def test_publishing_makes_the_in_app_cache_forget_only_the_stale_addresses(purged, publication, settings):
    from django.core.cache import cache

    paths = ["/about/", "/publications/", publication.url]
    for path in paths:
        cache.set(page_cache.path_version_key(path), "before", None)
    publication.summary = "Changed."
    purged(publish, publication)
    assert cache.get(page_cache.path_version_key("/about/")) == "before"
    assert cache.get(page_cache.path_version_key("/publications/")) != "before"
    assert cache.get(page_cache.path_version_key(publication.url)) != "before"
