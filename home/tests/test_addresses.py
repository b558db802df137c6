"""The visitor's address behind the proxy: the hop the trusted proxy wrote, never one the client made up."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, RequestFactory

from home.addresses import client_address
from home.factories import ContactPageFactory

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages

PROXY = "10.0.0.2"


def request_with(forwarded=None, remote=PROXY):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    "count, forwarded, expected",
    [
        (0, "198.51.100.7", PROXY),  # no proxy trusted: the header is ignored
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "192.0.2.66, 198.51.100.7", "198.51.100.7"),  # the client's own hop is not believed
        (1, "1.2.3.4, 5.6.7.8, 198.51.100.7", "198.51.100.7"),
        (2, "192.0.2.66, 198.51.100.7, 10.0.0.9", "198.51.100.7"),  # CDN, then nginx
        (2, "198.51.100.7", "198.51.100.7"),  # the request skipped the CDN
        (1, "", PROXY),
        (1, "not-an-address", PROXY),
        (1, "192.0.2.66, 198.51.100.7:51234", "198.51.100.7"),
        (1, "[2001:db8::1]:443", "2001:db8::1"),
        (1, "2001:DB8:0::1", "2001:db8::1"),
    ],
)
def test_the_address_is_counted_from_the_right(settings, count, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = count
    assert client_address(request_with(forwarded)) == expected


@pytest.mark.django_db
def test_a_spoofed_left_hop_does_not_get_round_the_forms_rate_limit(settings, page_tree):
    """Five messages an hour per visitor, however the visitor fills in X-Forwarded-For."""
    ContactPageFactory(parent=page_tree.home)
    settings.TRUSTED_PROXY_COUNT = 1
    settings.FORM_RATE_LIMIT = 2
    data = {
        "name": "Ana",
        "email": "ana@example.org",
        "phone": "",
        "how_should_we_reach_you": "Email",
        "message": "About your workshops.",
    }
    statuses = []
    for number in range(4):
        client = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.{number}, 198.51.100.7")
        statuses.append(client.post("/contact/", data).status_code)
    assert statuses == [302, 302, 429, 429]
    other = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert other.post("/contact/", data).status_code == 302, "another visitor behind the same proxy is not held up"


def _proxy_count_with(**environ):
    code = "from swpsite.settings import base; print(base.TRUSTED_PROXY_COUNT)"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("TRUSTED_PROXY_COUNT", "AXES_PROXY_COUNT", "TRUST_X_FORWARDED_FOR")
    }
    env.update(environ)
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, check=True)
    return int(result.stdout.strip())


def test_one_setting_for_the_proxies_and_the_old_ones_still_work():
    assert _proxy_count_with() == 0
    assert _proxy_count_with(TRUSTED_PROXY_COUNT="2") == 2
    assert _proxy_count_with(TRUST_X_FORWARDED_FOR="true") == 1
    assert _proxy_count_with(TRUST_X_FORWARDED_FOR="true", AXES_PROXY_COUNT="1") == 1
    assert _proxy_count_with(TRUSTED_PROXY_COUNT="1", AXES_PROXY_COUNT="3") == 1


def test_the_login_lockout_uses_the_same_address(settings):
    from axes.helpers import get_client_ip_address

    settings.TRUSTED_PROXY_COUNT = 1
    assert get_client_ip_address(request_with("192.0.2.66, 198.51.100.7")) == "198.51.100.7"
