"""The admin shows people's initials, never an avatar fetched from Gravatar (blocked by the CSP anyway)."""

import base64
import re

import pytest

from .admin_helpers import make_member

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]


@pytest.mark.parametrize("path", ["/admin/", "/admin/account/", "/admin/pages/"])
def test_admin_pages_ask_gravatar_for_nothing_and_show_initials(client, path):
    editor = make_member("Editors", username="avatar-editor")
    editor.first_name, editor.last_name = "Ana", "Reyes"
    editor.save()
    client.force_login(editor)
    html = client.get(path, follow=True).content.decode()
    assert "gravatar" not in html.lower()
    assert "default-user-avatar" not in html
    avatars = re.findall(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", html)  # images and the menu's data
    assert avatars
    assert all(">AR</text>" in base64.b64decode(avatar).decode() for avatar in avatars)


def test_a_user_without_a_name_gets_the_first_letter_of_the_username():
    from django.contrib.auth import get_user_model

    from home.avatars import initials

    assert initials(get_user_model()(username="sam")) == "S"
