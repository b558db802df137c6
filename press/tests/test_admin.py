"""The comms team's list of press appearances in the admin (a snippet with drafts and review)."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission

from press.factories import make_appearance
from press.models import PressAppearance

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

LIST_URL = "/admin/snippets/press/pressappearance/"
CREATE_URL = LIST_URL + "add/"


@pytest.fixture
def press_editor(django_user_model):
    """A staff member who may use the admin and manage (and publish) appearances, and nothing more."""
    group = Group.objects.create(name="Press editors (test)")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="press", content_type__model="pressappearance"),
    )
    user = django_user_model.objects.create_user("press-editor", "press@example.org", "not-a-real-password-1")
    user.groups.add(group)
    return user


@pytest.fixture
def other_editor(django_user_model):
    """A user of the admin with no rights over appearances."""
    group = Group.objects.create(name="Other editors (test)")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user = django_user_model.objects.create_user("other-editor", "other@example.org", "not-a-real-password-2")
    user.groups.add(group)
    return user


@pytest.fixture
def editor_client(client, press_editor):
    client.force_login(press_editor)
    return client


def appearance_form(**changes):
    data = {
        "outlet": "Test Gazette",
        "headline": "Advocates speak up for sex workers' rights",
        "url": "https://gazette.example.org/story",
        "date": "2024-04-05",
        "medium": "article",
        "quote": "Rights keep people safe.",
        "spokesperson_name": "RJ Thompson",
        "spokesperson_page": "",
        "action-publish": "action-publish",  # a draft may leave required fields empty; publishing may not
    }
    data.update(changes)
    return data


def export_rows(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def test_the_menu_offers_press_appearances(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert "Press appearances" in html
    assert LIST_URL in html


def test_an_editor_adds_an_appearance(editor_client):
    form_page = editor_client.get(CREATE_URL)
    assert form_page.status_code == 200
    for label in ("Outlet", "Headline", "Link to the piece", "Date", "Staff member quoted"):
        assert label in form_page.content.decode()
    response = editor_client.post(CREATE_URL, appearance_form())
    assert response.status_code == 302
    appearance = PressAppearance.objects.get(outlet="Test Gazette")
    assert appearance.live
    assert appearance.spokesperson == "RJ Thompson"
    assert editor_client.get(f"{LIST_URL}edit/{appearance.pk}/").status_code == 200
    # ...and it is on the public list at once.
    assert appearance.headline.replace("'", "&#x27;") in editor_client.get("/press/appearances/").content.decode()


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"url": "javascript:alert(1)"}, "url"),
        ({"url": "ftp://files.example.org/x"}, "url"),
        ({"date": "not a date"}, "date"),
        ({"outlet": ""}, "outlet"),
        ({"medium": "carrier-pigeon"}, "medium"),
        ({"spokesperson_page": "999999999"}, "spokesperson_page"),
    ],
)
def test_bad_appearance_forms_are_refused_with_a_message(editor_client, changes, field):
    count = PressAppearance.objects.count()
    response = editor_client.post(CREATE_URL, appearance_form(**changes))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert PressAppearance.objects.count() == count


def test_the_quoted_staff_member_must_be_a_staff_bio(editor_client, page_tree):
    response = editor_client.post(CREATE_URL, appearance_form(spokesperson_page=str(page_tree.about.pk)))
    assert response.status_code == 200
    assert "spokesperson_page" in response.context["form"].errors


def test_the_list_is_newest_first_and_searchable_by_outlet_and_headline(editor_client):
    make_appearance(outlet="Zebra Times", headline="An older piece", date="2001-01-01")
    make_appearance(outlet="Yak Daily", headline="A unique wombat headline", date="2002-01-01")
    response = editor_client.get(LIST_URL)
    assert response.status_code == 200
    rows = list(response.context["object_list"])
    assert [a.date for a in rows] == sorted((a.date for a in rows), reverse=True)

    by_outlet = editor_client.get(LIST_URL, {"q": "Zebra"})
    assert [a.outlet for a in by_outlet.context["object_list"]] == ["Zebra Times"]
    by_headline = editor_client.get(LIST_URL, {"q": "wombat"})
    assert [a.outlet for a in by_headline.context["object_list"]] == ["Yak Daily"]


def test_the_list_filters_by_year_and_outlet(editor_client):
    make_appearance(outlet="Filter Weekly", headline="Piece one", date="2003-03-03")
    make_appearance(outlet="Filter Weekly", headline="Piece two", date="2004-04-04")
    make_appearance(outlet="Other Weekly", headline="Piece three", date="2003-05-05")
    html = editor_client.get(LIST_URL).content.decode()
    assert 'value="2003"' in html and "Filter Weekly" in html

    by_year = editor_client.get(LIST_URL, {"year": "2003"}).context["object_list"]
    assert {a.headline for a in by_year} == {"Piece one", "Piece three"}
    by_outlet = editor_client.get(LIST_URL, {"outlet": "Filter Weekly"}).context["object_list"]
    assert {a.headline for a in by_outlet} == {"Piece one", "Piece two"}
    both = editor_client.get(LIST_URL, {"outlet": "Filter Weekly", "year": "2003"}).context["object_list"]
    assert [a.headline for a in both] == ["Piece one"]
    # A year that is not a year filters nothing and breaks nothing.
    response = editor_client.get(LIST_URL, {"year": "abc"})
    assert response.status_code == 200


def test_the_list_exports_to_csv_with_the_filters_applied(editor_client):
    make_appearance(outlet="Export Post", headline='=HYPERLINK("http://evil.example")', date="2005-05-05")
    make_appearance(
        outlet="Export Post", headline="Second export piece", date="2006-06-06", quote="Quoted.", medium="radio"
    )
    html = editor_client.get(LIST_URL).content.decode()
    assert "export=csv" in html

    response = editor_client.get(LIST_URL, {"export": "csv", "outlet": "Export Post"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "press-appearances.csv" in response["Content-Disposition"]
    rows = export_rows(response)
    assert [row["Headline"] for row in rows] == ["Second export piece", '\'=HYPERLINK("http://evil.example")']
    assert rows[0] == {
        "Date": "2006-06-06",
        "Outlet": "Export Post",
        "Headline": "Second export piece",
        "Link": rows[0]["Link"],
        "Kind": "Radio or podcast",
        "Quote": "Quoted.",
        "Staff member quoted": "",
    }
    assert rows[0]["Link"].startswith("https://")


def test_anonymous_visitors_are_sent_to_log_in(client):
    appearance = make_appearance()
    for url in (
        LIST_URL,
        LIST_URL + "?export=csv",
        CREATE_URL,
        f"{LIST_URL}edit/{appearance.pk}/",
        f"{LIST_URL}delete/{appearance.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/"), url
    count = PressAppearance.objects.count()
    response = client.post(CREATE_URL, appearance_form())
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert PressAppearance.objects.count() == count


def test_editors_without_the_permissions_cannot_see_or_add_appearances(client, other_editor):
    client.force_login(other_editor)
    assert "Press appearances" not in client.get("/admin/").content.decode()
    count = PressAppearance.objects.count()
    for method, url in (("get", LIST_URL), ("get", LIST_URL + "?export=csv"), ("post", CREATE_URL)):
        response = getattr(client, method)(url, appearance_form() if method == "post" else None)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert not response["Location"].startswith(LIST_URL)
    assert PressAppearance.objects.count() == count
