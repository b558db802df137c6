"""The site and its home page found from the cache, and host names the site does not serve.

The anonymous page cache's own tests are in caching/tests/test_page_cache.py.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from home.demo import publish


@pytest.mark.django_db
def test_the_site_and_its_home_page_come_from_the_cache_and_follow_a_publish(client):
    client.get("/")
    # Not cached as a page (PAGE_CACHE_SECONDS is 0 here), yet the site is not looked up in the database.
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    assert not any('FROM "wagtailcore_site"' in query["sql"] for query in queries.captured_queries)

    home = Site.objects.get(is_default_site=True).root_page.specific
    home.hero_heading = "A heading published a moment ago"
    publish(home)
    assert "A heading published a moment ago" in client.get("/").content.decode()


@pytest.mark.django_db
def test_a_host_name_the_site_does_not_serve_is_refused(client, settings):
    settings.ALLOWED_HOSTS = ["swp.example.org"]
    client.raise_request_exception = False  # answer as the server does, not re-raised into the test
    assert client.get("/", HTTP_HOST="attacker.example.com").status_code == 400
    assert client.get("/", HTTP_HOST="swp.example.org").status_code == 200
