"""What each response tells browsers and shared caches (caching/policy.py)."""

import re
from datetime import date, datetime
from unittest import mock

import pytest
from wagtail.models import PageViewRestriction

from home.clock import SITE_TIMEZONE as NEW_YORK
from home.factories import ContactPageFactory, DonatePageFactory, DonationAppealPageFactory, StandardPageFactory
from people.factories import make_posting
from publications.factories import make_publication

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

PRIVATE = "private, no-store"


def cache_control(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


def at_new_york(*args):
    return mock.patch("django.utils.timezone.now", return_value=datetime(*args, tzinfo=NEW_YORK))


@pytest.fixture
def publications_of_2021(page_tree):
    """Six publications of 2021: a second page of /publications/ at five a page, and no publication of 2020."""
    return [
        make_publication(title=f"Report {number} of 2021", publication_date=date(2021, 3, number))
        for number in range(1, 7)
    ]


def test_a_public_page_is_short_for_browsers_long_for_shared_caches_and_may_be_served_stale(client, settings):
    settings.CACHE_S_MAXAGE = 7200
    for url in ["/", "/about/", "/publications/", "/publications/reports/", "/press/", "/sitemap.xml"]:
        response = client.get(url)
        assert response.status_code == 200
        assert cache_control(response) == {
            "public",
            "max-age=60",
            "s-maxage=7200",
            "stale-while-revalidate=60",
            "stale-if-error=86400",
        }, url
        assert not response.cookies


def test_etags_and_304_still_work(client):
    response = client.get("/about/")
    again = client.get("/about/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


@pytest.mark.usefixtures("publications_of_2021")
def test_a_filtered_listing_is_kept_briefly_by_shared_caches(client, monkeypatch):
    from publications.models import PublicationIndexPage

    monkeypatch.setattr(PublicationIndexPage, "per_page", 5)  # so the six publications fill a second page
    assert "s-maxage=600" in cache_control(client.get("/publications/?year=2021"))
    assert "s-maxage=86400" in cache_control(client.get("/publications/?page=2"))


@pytest.mark.usefixtures("publications_of_2021")
def test_a_made_up_filter_or_page_is_answered_but_kept_by_no_cache(client):
    # 2020 has no publications; there is no page 99; the home page reads no ``page`` at all.
    for address in ("/publications/?year=2020", "/publications/?page=99", "/?page=2", "/press/releases/?year=1999"):
        response = client.get(address)
        assert response.status_code == 200
        assert cache_control(response) == {"private", "no-store"}


def test_editors_the_admin_and_previews_are_private(admin_client, page_tree):
    assert admin_client.get("/about/")["Cache-Control"] == PRIVATE
    assert admin_client.get("/admin/")["Cache-Control"] == PRIVATE
    about = page_tree.about
    preview = admin_client.get(f"/admin/pages/{about.pk}/view_draft/")
    assert preview.status_code == 200
    assert preview["Cache-Control"] == PRIVATE


def test_a_form_with_a_csrf_cookie_search_results_and_a_session_are_private(client, page_tree):
    ContactPageFactory(parent=page_tree.home)
    contact = client.get("/contact/")
    assert contact.cookies  # the form's CSRF cookie
    assert contact["Cache-Control"] == PRIVATE
    assert client.get("/search/?q=rights")["Cache-Control"] == PRIVATE
    assert client.get("/publications/?q=police")["Cache-Control"] == PRIVATE
    client.cookies["sessionid"] = "someone"
    assert client.get("/about/")["Cache-Control"] == PRIVATE


def test_a_private_page_is_never_public(client, page_tree):
    page = StandardPageFactory(parent=page_tree.home, title="Campaigns", slug="campaigns")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-words"
    )
    form = client.get("/campaigns/")
    assert form["Cache-Control"] == PRIVATE
    action = re.search(r'<form[^>]+action="([^"]+)"', form.content.decode()).group(1)
    assert client.post(action, {"password": "s3cret-words", "return_url": "/campaigns/"}).status_code == 302
    shown = client.get("/campaigns/")
    assert shown.status_code == 200 and shown["Cache-Control"] == PRIVATE


def test_errors_and_redirects_are_not_kept(client):
    assert cache_control(client.get("/no-such-page/")) == {"no-cache"}
    assert cache_control(client.get("/publications/?category=reports")) == {"no-cache"}  # a redirect


def test_internship_pages_are_never_kept_past_new_york_midnight(client):
    posting = make_posting(title="Housing law intern", deadline=date(2027, 1, 31))  # open on the days below
    with at_new_york(2027, 1, 5, 12, 0):
        noon = cache_control(client.get(posting.url))
    assert noon == {"public", "max-age=60", "s-maxage=43200"}  # twelve hours, and no stale copy after
    with at_new_york(2027, 1, 5, 23, 59, 30):
        for url in ["/about/internships/", posting.url]:
            assert cache_control(client.get(url)) == {"public", "max-age=30", "s-maxage=30"}
    with at_new_york(2027, 1, 5, 23, 59, 59, 500000):
        assert cache_control(client.get("/about/internships/")) == {"no-cache"}


def test_an_appeal_and_the_pages_showing_the_call_to_action_end_when_the_appeal_does(client, page_tree):
    donate = DonatePageFactory(parent=page_tree.home)
    appeal = DonationAppealPageFactory(
        parent=donate, slug="december-17", start_date=date(2030, 11, 1), end_date=date(2030, 12, 17)
    )
    end = appeal.end_date
    with at_new_york(end.year, end.month, end.day, 23, 58):
        assert cache_control(client.get(appeal.url)) == {"public", "max-age=60", "s-maxage=120"}
        assert cache_control(client.get("/")) == {"public", "max-age=60", "s-maxage=120"}  # its call to action
    after = appeal.end_date.toordinal() + 400
    later = datetime.fromordinal(after)
    with at_new_york(later.year, later.month, later.day, 12, 0):
        assert "s-maxage=86400" in cache_control(client.get(appeal.url))  # over: nothing left to change
