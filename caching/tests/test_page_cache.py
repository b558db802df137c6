"""The in-app page cache: fast for readers, never stale after a publish, never for editors, per address."""

from datetime import date, datetime
from unittest import mock

import pytest
from django.core.cache import cache
from django.test import override_settings

from home.clock import SITE_TIMEZONE as NEW_YORK
from home.demo import publish
from home.factories import ContactPageFactory, NavigationFactory, StandardPageFactory
from home.models import SitemapPage
from people.factories import make_posting
from publications.factories import make_document, make_many_publications, make_publication
from publications.models import PublicationIndexPage

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

cached = override_settings(PAGE_CACHE_SECONDS=86400)


@pytest.fixture
def publications(page_tree):
    """Two pages of /publications/: a report of 2021 whose PDF alone says "lantern protocol", and a page's worth
    of others."""
    document = make_document("Kicking Down the Door (PDF)", ["Raids follow the lantern protocol, the report finds."])
    report = make_publication(title="Kicking Down the Door", publication_date=date(2021, 4, 1), document=document)
    make_many_publications(PublicationIndexPage.per_page)
    return report


@pytest.fixture
def stored(monkeypatch):
    """Every page the in-app cache stores during the test: ``(key, timeout)``, on any cache backend."""
    writes = []
    real_set = cache.set

    def spy(key, value, timeout=None, **kwargs):
        if key.startswith("pagecache:page:"):
            writes.append((key, timeout))
        return real_set(key, value, timeout, **kwargs)

    monkeypatch.setattr(cache, "set", spy)
    return writes


@cached
def test_second_anonymous_visit_is_served_from_the_cache(client, django_assert_num_queries):
    first = client.get("/about/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/about/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"]
    assert "Content-Security-Policy" in second  # headers are still added to cached pages
    assert int(second["Age"]) >= 0


@cached
def test_a_draft_never_appears_and_a_publish_appears_at_once(client, page_tree, django_capture_on_commit_callbacks):
    about = page_tree.about
    client.get("/about/")
    about.introduction = "A draft sentence readers must not see."
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision()
    assert "A draft sentence readers must not see." not in client.get("/about/").content.decode()
    about.introduction = "A published sentence readers see at once."
    with django_capture_on_commit_callbacks(execute=True):
        publish(about)
    assert "A published sentence readers see at once." in client.get("/about/").content.decode()


@cached
def test_one_edit_no_longer_empties_every_page(client, page_tree, django_capture_on_commit_callbacks):
    for url in ["/about/", "/press/", "/publications/"]:
        client.get(url)
    about = page_tree.about
    about.introduction = "Edited."
    with django_capture_on_commit_callbacks(execute=True):
        publish(about)
    assert client.get("/press/")["X-Page-Cache"] == "hit"
    assert client.get("/publications/")["X-Page-Cache"] == "hit"
    assert client.get("/about/")["X-Page-Cache"] == "miss"


@cached
def test_the_home_page_and_sitemap_follow_an_unpublish(client, page_tree, django_capture_on_commit_callbacks):
    campaigns = StandardPageFactory(parent=page_tree.home, title="Campaigns", slug="campaigns")
    page_tree.home.add_child(instance=SitemapPage(title="Sitemap", slug="sitemap", introduction="Every page."))

    def sitemap_list():
        return client.get("/sitemap/").content.decode().split('class="sitemap"')[1].split("</article>")[0]

    assert 'href="/campaigns/"' in sitemap_list()
    assert client.get("/sitemap/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        campaigns.unpublish()
    assert 'href="/campaigns/"' not in sitemap_list()
    assert client.get("/campaigns/").status_code == 404


@cached
def test_a_site_wide_change_starts_every_page_afresh(client, django_capture_on_commit_callbacks):
    client.get("/press/")
    with django_capture_on_commit_callbacks(execute=True):
        NavigationFactory().save()
    assert client.get("/press/")["X-Page-Cache"] == "miss"


@cached
def test_editors_and_previews_are_never_served_from_the_cache(client, admin_client):
    client.get("/about/")
    assert client.get("/about/")["X-Page-Cache"] == "hit"
    response = admin_client.get("/about/")
    assert "X-Page-Cache" not in response
    # The editor gets their own rendering, with the admin's userbar the cached page does not have.
    assert 'id="wagtail-userbar-template"' in response.content.decode()
    assert 'id="wagtail-userbar-template"' not in client.get("/about/").content.decode()


@cached
def test_search_forms_and_error_pages_are_not_cached(client, page_tree, stored):
    ContactPageFactory(parent=page_tree.home)
    for url in ["/search/?q=rights", "/publications/?q=police", "/contact/", "/nope/"]:
        client.get(url)
        assert "X-Page-Cache" not in client.get(url), url
    assert stored == []


@cached
@pytest.mark.usefixtures("publications")
def test_300_junk_query_strings_add_at_most_a_handful_of_entries(client, stored):
    client.get("/publications/?page=2")
    before = len(stored)
    for number in range(300):
        response = client.get(f"/?x={number}&utm_source=junk{number}")
        assert response.status_code == 200
    client.get("/publications/?page=2&utm_campaign=junk")
    assert len({key for key, _timeout in stored}) - before <= 1  # the clean home page, once
    # The parameters a page reads still make their own entries, in a fixed order.
    client.get("/publications/?year=2021&page=1")
    assert client.get("/publications/?page=1&year=2021")["X-Page-Cache"] == "hit"
    # …and a junk parameter gets the clean address's copy, never a copy of its own.
    assert client.get("/publications/?page=1&year=2021&fbclid=x")["X-Page-Cache"] == "hit"


@cached
@pytest.mark.usefixtures("publications")
def test_made_up_values_of_the_parameters_pages_read_are_answered_but_never_kept(client, stored):
    """``page``, ``year`` and the like are in the key only where the page read them and they meant something."""
    from publications.models import PublicationPage

    year = PublicationPage.objects.live().latest("publication_date").publication_date.year
    for number in range(50):  # the 300 junk parameters of the test above show nothing piles up
        assert client.get(f"/?page={number}").status_code == 200  # the home page has no pages
        made_up_year = client.get(f"/publications/?year={1000 + number}")
        assert made_up_year.status_code == 200
        assert "no-store" in made_up_year["Cache-Control"]
        assert client.get(f"/publications/?page={1000 + number}").status_code == 200  # there is no such page
    client.get(f"/publications/?year={year}&page=02")  # page 2 written another way
    assert stored == []
    # The values that choose something are kept as before.
    client.get(f"/publications/?year={year}")
    assert client.get(f"/publications/?year={year}")["X-Page-Cache"] == "hit"
    assert "public" in client.get(f"/publications/?year={year}")["Cache-Control"]
    assert len(stored) == 1


@cached
def test_a_page_kept_until_midnight_is_gone_at_midnight(client, stored):
    posting = make_posting(title="Housing law intern", deadline=date(2027, 1, 31))  # open on the day below
    with mock.patch("django.utils.timezone.now", return_value=datetime(2027, 1, 5, 23, 58, tzinfo=NEW_YORK)):
        client.get(posting.url)
        assert client.get(posting.url)["X-Page-Cache"] == "hit"
    # Stored for the 120 seconds left before midnight, not for PAGE_CACHE_SECONDS.
    assert [timeout for _key, timeout in stored] == [120]


@override_settings(PAGE_CACHE_SECONDS=86400, PAGE_CACHE_HEADER=False)
def test_the_header_is_left_out_in_production(client):
    client.get("/about/")
    response = client.get("/about/")
    assert "X-Page-Cache" not in response
    assert int(response["Age"]) >= 0  # still served from the cache


def test_production_settings_leave_the_header_out():
    import subprocess
    import sys

    code = "from django.conf import settings; print(settings.PAGE_CACHE_HEADER)"
    env = {"DJANGO_SETTINGS_MODULE": "swpsite.settings.production", "SECRET_KEY": "x" * 60, "PATH": "/usr/bin:/bin"}
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", f"import django; django.setup(); {code}"], env=env, capture_output=True, text=True
    )
    assert out.stdout.strip() == "False", out.stderr


@override_settings(PAGE_CACHE_SECONDS=0)
def test_cache_can_be_switched_off(client):
    client.get("/about/")
    assert "X-Page-Cache" not in client.get("/about/")


@cached
@pytest.mark.usefixtures("publications")
def test_a_search_is_never_answered_with_the_listing_kept_without_it(client):
    """A kept /publications/ must not stand in for /publications/?q=…: the visitor gets their results."""
    assert client.get("/publications/")["X-Page-Cache"] == "miss"
    assert client.get("/publications/")["X-Page-Cache"] == "hit"
    response = client.get("/publications/", {"q": "lantern protocol"})
    assert "X-Page-Cache" not in response
    titles = response.content.decode().count('class="publication-card__title"')
    assert titles == 1
    assert "Kicking Down the Door" in response.content.decode()
