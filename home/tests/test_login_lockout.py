"""Admin logins behind the proxy: the lockout pauses the guesser, not the editor; the ways back in.

Every request comes from the proxy's address (REMOTE_ADDR) with the visitor's address appended to
X-Forwarded-For, as nginx and Caddy do in production (one trusted proxy).
"""

import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client, override_settings

from home.tests.admin_helpers import make_member

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.own_pages,
    pytest.mark.usefixtures("page_tree", "axes_behind_a_proxy"),
]

PROXY = "10.0.0.2"
PASSWORD = "a-long-good-password-42"
LOGIN = "/admin/login/"


@pytest.fixture
def axes_behind_a_proxy(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    settings.TRUSTED_PROXY_COUNT = 1


@pytest.fixture
def editor():
    user = make_member("Editors", username="target-editor")
    user.set_password(PASSWORD)
    user.save()
    return user


def visitor(address, spoofed=None):
    """A browser at ``address``; ``spoofed`` is what it puts in X-Forwarded-For itself."""
    forwarded = f"{spoofed}, {address}" if spoofed else address
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


def log_in(client, username="target-editor", password=PASSWORD):
    return client.post(LOGIN, {"username": username, "password": password})


def fail(client, times, username="target-editor"):
    for _ in range(times):
        assert log_in(client, username, "wrong-password").status_code in (200, 429)


def test_five_failures_from_a_stranger_do_not_lock_the_editor_out_elsewhere(editor):
    fail(visitor("198.51.100.7"), 5)
    response = log_in(visitor("203.0.113.20"))
    assert response.status_code == 302, "the editor's right password from their own address works"
    assert AccessAttempt.objects.get().ip_address == "198.51.100.7"


def test_five_failures_lock_that_address_out_with_the_way_back(editor):
    stranger = visitor("198.51.100.7")
    fail(stranger, 5)
    response = log_in(stranger)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many failed logins" in html
    assert 'href="/admin/password_reset/"' in html
    assert "Settings, Login lockouts" in html
    assert '<link rel="stylesheet" href="/static/css/site.css' in html  # the site's own page
    # Changing the left-most X-Forwarded-For hop does not make a new visitor.
    assert log_in(visitor("198.51.100.7", spoofed="192.0.2.99")).status_code == 429


@override_settings(AXES_USERNAME_FAILURE_LIMIT=8)
def test_guessing_one_username_from_many_addresses_is_stopped(editor):
    fail(visitor("198.51.100.1"), 4)
    fail(visitor("198.51.100.2"), 3)
    assert log_in(visitor("203.0.113.20")).status_code == 302, "7 failures in all: under the limit"
    fail(visitor("198.51.100.3"), 1)  # the good login reset only its own address's record
    fail(visitor("198.51.100.4"), 1)
    assert log_in(visitor("203.0.113.21")).status_code == 429, "8 failures for the username: paused everywhere"


def test_an_administrator_sees_and_lifts_a_lockout_in_the_admin(editor):
    stranger = visitor("198.51.100.7")
    fail(stranger, 5)
    assert log_in(stranger).status_code == 429

    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("root-admin", "root@example.org", PASSWORD))
    listing = admin.get("/admin/login_lockouts/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "target-editor" in html and "198.51.100.7" in html
    assert "/admin/login_lockouts/" in admin.get("/admin/").content.decode()  # in the Settings menu
    attempt = AccessAttempt.objects.get()
    assert admin.get("/admin/login_lockouts/add/").status_code in (302, 403, 404)
    assert admin.get(f"/admin/login_lockouts/edit/{attempt.pk}/").status_code in (302, 403, 404)
    assert admin.post(f"/admin/login_lockouts/delete/{attempt.pk}/").status_code == 302
    assert log_in(stranger).status_code == 302, "the pause is lifted"


def test_editors_cannot_see_or_lift_lockouts(editor):
    fail(visitor("198.51.100.7"), 5)
    client = Client()
    client.force_login(make_member("Moderators"))
    assert client.get("/admin/login_lockouts/").status_code in (302, 403)
    attempt = AccessAttempt.objects.get()
    client.post(f"/admin/login_lockouts/delete/{attempt.pk}/")
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()


def test_a_password_reset_lifts_the_lockout(editor):
    stranger = visitor("198.51.100.7")
    fail(stranger, 5)
    assert stranger.post("/admin/password_reset/", {"email": editor.email}).status_code == 302
    link = re.search(r"https?://[^/\s]+(/admin/password_reset/confirm/\S+/)", mail.outbox[0].body).group(1)
    form_url = stranger.get(link)["Location"]  # Django swaps the token for a session key
    new_password = "another-long-good-password-7"
    response = stranger.post(form_url, {"new_password1": new_password, "new_password2": new_password})
    assert response.status_code == 302
    assert log_in(stranger, password=new_password).status_code == 302


# --- Password reset requests ------------------------------------------------------------------


@override_settings(PASSWORD_RESET_RATE_LIMIT_PER_ADDRESS=3, PASSWORD_RESET_RATE_LIMIT_PER_EMAIL=100)
def test_password_reset_requests_are_limited_per_address(editor):
    sender = visitor("198.51.100.7")
    for number in range(3):
        assert sender.post("/admin/password_reset/", {"email": f"someone{number}@example.org"}).status_code == 302
    response = sender.post("/admin/password_reset/", {"email": editor.email})
    assert response.status_code == 429
    assert "Too many password reset requests" in response.content.decode()
    assert not mail.outbox
    # Another visitor is not held up, even behind the same proxy, whatever it puts in the header.
    assert (
        visitor("203.0.113.20", spoofed="198.51.100.7")
        .post("/admin/password_reset/", {"email": editor.email})
        .status_code
        == 302
    )
    assert len(mail.outbox) == 1


@override_settings(PASSWORD_RESET_RATE_LIMIT_PER_ADDRESS=100, PASSWORD_RESET_RATE_LIMIT_PER_EMAIL=2)
def test_password_reset_requests_are_limited_per_email_address(editor):
    for number in range(2):
        assert (
            visitor(f"198.51.100.{number + 1}").post("/admin/password_reset/", {"email": editor.email}).status_code
            == 302
        )
    assert len(mail.outbox) == 2
    response = visitor("198.51.100.9").post("/admin/password_reset/", {"email": editor.email.upper()})
    assert response.status_code == 429
    assert "Too many password reset requests" in response.content.decode()
    assert len(mail.outbox) == 2, "the editor's mailbox is not flooded"
