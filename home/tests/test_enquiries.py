"""Contact messages are read only by the "Enquiry responders" group and administrators."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from home.factories import ContactPageFactory
from home.models import ContactSubmission
from home.tests.admin_helpers import make_member

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

SECRET = "Please call me about my case, not at home."


@pytest.fixture
def contact(page_tree):
    page = ContactPageFactory(parent=page_tree.home)
    ContactSubmission.objects.create(
        page=page, form_data={"name": "Ana", "email": "ana@example.org", "message": SECRET}
    )
    return page


def urls(page):
    submissions = f"/admin/forms/submissions/{page.pk}/"
    return {
        "list": submissions,
        "export": submissions + "?export=csv",
        "xlsx": submissions + "?export=xlsx",
        "forms": "/admin/forms/",
        "menu link": "/admin/contact-messages/",
    }


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode()


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_group_exists_with_only_what_it_needs():
    group = Group.objects.get(name="Enquiry responders")
    assert {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()} == {
        "wagtailadmin.access_admin",
        "wagtailforms.view_formsubmission",
        "wagtailforms.delete_formsubmission",
    }
    assert not group.page_permissions.exists()


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_outside_the_group_are_refused(contact, group):
    client = client_for(make_member(group))
    for name, url in urls(contact).items():
        response = client.get(url)
        assert response.status_code in (302, 403) or (name == "forms" and SECRET not in body(response)), (name, url)
        assert SECRET not in body(response), url
    # The page's editor does not offer the messages either.
    edit = client.get(f"/admin/pages/{contact.pk}/edit/")
    assert edit.status_code == 200
    assert f"/admin/forms/submissions/{contact.pk}/" not in edit.content.decode()
    assert "/admin/contact-messages/" not in client.get("/admin/").content.decode()


def test_a_responder_reads_and_exports_the_messages(contact):
    client = client_for(make_member("Enquiry responders"))
    assert SECRET in body(client.get(urls(contact)["list"]))
    export = client.get(urls(contact)["export"])
    assert export.status_code == 200 and SECRET in body(export)
    assert client.get(urls(contact)["xlsx"]).status_code == 200
    # The admin menu leads there; Wagtail's "Forms" list, which needs page permissions, is not offered.
    menu = client.get("/admin/").content.decode()
    assert "Contact messages" in menu and '"/admin/forms/"' not in menu
    assert client.get("/admin/contact-messages/")["Location"] == urls(contact)["list"]
    # ... and nothing else.
    assert client.get(f"/admin/pages/{contact.pk}/edit/").status_code in (302, 403)
    assert client.get("/admin/people/internshipapplication/").status_code in (302, 403)


def test_an_editor_who_is_also_a_responder_sees_them_in_the_page_editor(contact):
    user = make_member("Editors")
    user.groups.add(Group.objects.get(name="Enquiry responders"))
    html = client_for(user).get(f"/admin/pages/{contact.pk}/edit/").content.decode()
    assert f"/admin/forms/submissions/{contact.pk}/" in html


def test_administrators_read_them(contact):
    client = client_for(make_member("Editors", superuser=True))
    assert SECRET in body(client.get(urls(contact)["list"]))
    assert SECRET in body(client.get(urls(contact)["export"]))


def test_the_contact_page_promises_what_the_admin_does(contact, client):
    html = client.get(contact.url).content.decode()
    assert "Only the SWP staff who answer general enquiries read these messages" in html
