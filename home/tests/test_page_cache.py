"""The anonymous page cache: fast for readers, never stale after a publish, never for editors."""

import pytest
from django.test import override_settings
from wagtail.models import Page

from home.demo import publish

cached = override_settings(PAGE_CACHE_SECONDS=300)


@pytest.mark.django_db
@cached
def test_second_anonymous_visit_is_served_from_the_cache(client, django_assert_num_queries):
    first = client.get("/about/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/about/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Content-Security-Policy" in second  # headers are still added to cached pages


@pytest.mark.django_db
@cached
def test_a_draft_never_appears_and_a_publish_appears_at_once(client):
    about = Page.objects.get(slug="about").specific
    client.get("/about/")
    about.introduction = "A draft sentence readers must not see."
    about.save_revision()
    assert "A draft sentence readers must not see." not in client.get("/about/").content.decode()
    about.introduction = "A published sentence readers see at once."
    publish(about)
    assert "A published sentence readers see at once." in client.get("/about/").content.decode()


@pytest.mark.django_db
@cached
def test_the_home_page_and_menus_follow_an_unpublish(client):
    def sitemap_list():
        return client.get("/sitemap/").content.decode().split('class="sitemap"')[1].split("</article>")[0]

    assert 'href="/campaigns/"' in sitemap_list()
    Page.objects.get(slug="campaigns").unpublish()
    assert 'href="/campaigns/"' not in sitemap_list()
    assert client.get("/campaigns/").status_code == 404


@pytest.mark.django_db
@cached
def test_editors_and_previews_are_never_served_from_the_cache(client, admin_client):
    client.get("/about/")
    assert client.get("/about/")["X-Page-Cache"] == "hit"
    response = admin_client.get("/about/")
    assert "X-Page-Cache" not in response
    # The editor gets their own rendering, with the admin's userbar the cached page does not have.
    assert 'id="wagtail-userbar-template"' in response.content.decode()
    assert 'id="wagtail-userbar-template"' not in client.get("/about/").content.decode()


@pytest.mark.django_db
@cached
def test_search_and_error_pages_are_not_cached(client):
    assert "X-Page-Cache" not in client.get("/search/?q=rights")
    client.get("/nope/")
    assert "X-Page-Cache" not in client.get("/nope/")


@pytest.mark.django_db
@cached
def test_public_pages_say_how_to_cache_them_and_answer_conditional_gets(client):
    response = client.get("/about/")
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
    etag = response["ETag"]
    again = client.get("/about/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=0)
def test_cache_can_be_switched_off(client):
    client.get("/about/")
    assert "X-Page-Cache" not in client.get("/about/")


@pytest.mark.django_db
def test_a_host_name_the_site_does_not_serve_is_refused(client, settings):
    settings.ALLOWED_HOSTS = ["swp.example.org"]
    client.raise_request_exception = False  # answer as the server does, not re-raised into the test
    assert client.get("/", HTTP_HOST="attacker.example.com").status_code == 400
    assert client.get("/", HTTP_HOST="swp.example.org").status_code == 200
