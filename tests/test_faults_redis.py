"""Redis fails: stopped, never there, or hung. The site serves every page uncached, editors publish,
messages are stored, /health/ says the cache is down, and caching comes back by itself with Redis.

Each test starts a Redis of its own on a free port (or points at a closed one) and stops it by its PID.
"""

import logging
import time

import pytest
from django.core.cache import cache
from django.test import override_settings

from home.factories import ContactPageFactory, GetHelpPageFactory
from home.models import ContactPage, ContactSubmission, StandardPage
from home.tests.admin_helpers import make_member, standard_page_post
from swpsite.settings.base import redis_cache
from tests.faults import RedisServer, SilentServer, closed_port, run_bounded

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree", "visited_pages")]

PAGES = ["/", "/publications/", "/about/", "/contact/"]
MESSAGE = {
    "name": "Ana",
    "email": "ana@example.org",
    "phone": "",
    "how_should_we_reach_you": "Email",
    "message": "Is the clinic open on Fridays?",
}


RETRY_AFTER = 0.5  # seconds each process leaves a failed Redis alone, short for the tests


def on_redis(url, retry_after=RETRY_AFTER):
    return override_settings(
        CACHES={"default": redis_cache(url, "swp-fault-test", retry_after)}, PAGE_CACHE_SECONDS=300
    )


@pytest.fixture
def visited_pages(page_tree):
    """The pages the tests visit beyond the sections of ``page_tree``: /contact/ (with its form) and /get-help/."""
    ContactPageFactory(parent=page_tree.home)
    GetHelpPageFactory(parent=page_tree.home)


@pytest.fixture
def redis_server():
    server = RedisServer().start()
    yield server
    server.cleanup()


def assert_site_serves_without_a_cache(client, caplog):
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.get("X-Page-Cache") != "hit", path

    health = client.get("/health/")
    assert health.status_code == 200
    assert health.json()["status"] == "degraded"
    assert health.json()["cache"]["status"] == "down"
    assert health.json()["database"]["status"] == "up"

    # A visitor's message is stored; the rate limit counts in the process instead, and says so.
    contact = ContactPage.objects.get(locale__language_code="en")
    before = ContactSubmission.objects.filter(page=contact).count()
    with caplog.at_level(logging.WARNING, logger="home.spam"):
        response = client.post("/contact/", MESSAGE)
    assert response.status_code == 302
    assert ContactSubmission.objects.filter(page=contact).count() == before + 1
    assert any("rate limit" in record.getMessage().lower() for record in caplog.records if record.name == "home.spam")

    # An editor publishes through the admin.
    page = StandardPage.objects.get(slug="about")
    editor = make_member("Editors", superuser=True)
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        standard_page_post(page, title="About SWP, published while Redis was down", **{"action-publish": "1"}),
    )
    assert response.status_code == 302, response.content[:2000]
    page.refresh_from_db()
    assert page.title == "About SWP, published while Redis was down" and page.live
    assert client.get("/admin/").status_code == 200
    client.logout()
    assert client.get("/about/").status_code == 200


def test_redis_stopped_the_site_serves_uncached_and_caching_resumes_when_it_is_back(client, redis_server, caplog):
    with on_redis(redis_server.url):
        assert client.get("/about/")["X-Page-Cache"] == "miss"
        assert client.get("/about/")["X-Page-Cache"] == "hit"
        assert client.get("/health/").json()["cache"]["status"] == "up"

        redis_server.stop()
        assert not redis_server.answers()
        assert_site_serves_without_a_cache(client, caplog)

        redis_server.start()  # the same port, empty, as after a restart
        time.sleep(RETRY_AFTER)  # each process asks Redis again once its pause is over
        client.cookies.clear()
        assert client.get("/health/").json()["cache"]["status"] == "up"
        assert client.get("/publications/")["X-Page-Cache"] == "miss"
        assert client.get("/publications/")["X-Page-Cache"] == "hit"


def test_redis_never_there_the_site_serves_uncached(client, caplog):
    with on_redis(f"redis://127.0.0.1:{closed_port()}/0"):
        assert_site_serves_without_a_cache(client, caplog)


def test_a_hung_redis_costs_a_request_its_short_timeouts_only(client):
    hung = SilentServer()
    try:
        with on_redis(f"redis://127.0.0.1:{hung.port}/0"):
            pool_settings = cache.cache.client.get_client().connection_pool.connection_kwargs
            assert 0 < pool_settings["socket_connect_timeout"] <= 0.3
            assert 0 < pool_settings["socket_timeout"] <= 0.3
            # A read from a Redis that accepts and never answers gives up, as a miss.
            assert run_bounded(lambda: cache.get("anything", "missed")) == "missed"
            assert hung.accepted
            assert client.get("/about/").status_code == 200
            health = client.get("/health/")
            assert health.status_code == 200 and health.json()["cache"]["status"] == "down"
    finally:
        hung.close()


def test_a_hung_redis_is_asked_once_then_left_alone_so_pages_wait_for_it_no_more(client):
    """Each cache call used to wait for its own timeout (20 to 40 calls on a first render: seconds a page)."""
    hung = SilentServer()
    try:
        with on_redis(f"redis://127.0.0.1:{hung.port}/0", retry_after=60):
            assert client.get("/about/").status_code == 200
            asked = len(hung.accepted)
            assert asked >= 1
            for path in [*PAGES, "/get-help/", "/press/"]:
                assert client.get(path).status_code == 200, path
            assert len(hung.accepted) == asked  # no page after the first waited for Redis again
            assert client.get("/health/").json()["cache"]["status"] == "down"
    finally:
        hung.close()
