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


@pytest.mark.django_db
def test_a_warm_page_is_found_without_asking_the_database(client):
    client.get("/about/staff/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/about/staff/").status_code == 200
    assert not [query for query in queries.captured_queries if '"wagtailcore_page"."url_path" IN' in query["sql"]]


@pytest.mark.django_db
def test_kept_routes_follow_a_move_an_unpublish_and_a_new_page(client):
    from home.demo import publish
    from home.models import StandardPage

    assert client.get("/campaigns/").status_code == 200
    campaigns = Page.objects.get(slug="campaigns").specific
    campaigns.slug = "our-campaigns"
    publish(campaigns)
    assert client.get("/our-campaigns/").status_code == 200
    assert client.get("/campaigns/").status_code in (301, 404)
    Page.objects.get(slug="our-campaigns").unpublish()
    assert client.get("/our-campaigns/").status_code == 404
    about = Page.objects.get(slug="about")
    assert client.get("/about/new-section/").status_code == 404
    about.add_child(instance=StandardPage(title="New section", slug="new-section", live=True))
    assert client.get("/about/new-section/").status_code == 200


@pytest.mark.django_db
def test_made_up_addresses_leave_nothing_in_the_cache(client):
    from django.core.cache import cache

    from home.routing import _page_key

    assert client.get("/about/made-up-page-xyz/").status_code == 404
    assert cache.get(_page_key("/home/about/made-up-page-xyz/")) is None
    assert cache.get(_page_key("/home/about/")) is not None
