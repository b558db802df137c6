"""Finding the page for an address (home/routing.py and BasePage.route)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page


@pytest.mark.django_db
def test_pages_on_the_way_are_loaded_as_their_own_type_only_when_they_route_their_own_way(client):
    """/about/staff/<bio>/: About and the staff index pass the request on without being loaded as their type."""
    bio = Page.objects.get(slug="staff").get_children().live().first()
    client.get(bio.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(bio.url)
    assert response.status_code == 200
    loaded_as_own_type = [
        query["sql"] for query in queries.captured_queries if 'FROM "home_standardpage"' in query["sql"]
    ]
    assert not loaded_as_own_type
    # Routable pages on the way still route their own way: /publications/reports/ is a category route.
    assert client.get("/publications/reports/").status_code == 200
    assert client.get("/about/no-such-page/").status_code == 404
    assert client.get("/about/staff/no-such-person/").status_code == 404
