"""Under production settings, X-Frame-Options and the CSP's frame-ancestors say the same, and
Wagtail's preview (a frame of the admin's own) still shows."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from home.factories import StandardPageFactory
from home.testing import preview_post_data
from home.tests.admin_helpers import make_member

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

AGREE = {"'self'": "SAMEORIGIN", "'none'": "DENY"}


@pytest.fixture(scope="module")
def production():
    """The framing settings production.py ends up with."""
    code = (
        "import json; from swpsite.settings import production as p; "
        "print(json.dumps({'X_FRAME_OPTIONS': p.X_FRAME_OPTIONS, "
        "'CONTENT_SECURITY_POLICY': p.CONTENT_SECURITY_POLICY, "
        "'ADMIN_CONTENT_SECURITY_POLICY': p.ADMIN_CONTENT_SECURITY_POLICY}))"
    )
    env = {**os.environ, "SECRET_KEY": "x" * 64, "ALLOWED_HOSTS": "testserver"}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def frame_ancestors(response):
    for directive in response["Content-Security-Policy"].split(";"):
        name, _, value = directive.strip().partition(" ")
        if name == "frame-ancestors":
            return value
    return None


def assert_agree(response):
    assert AGREE[frame_ancestors(response)] == response["X-Frame-Options"], (
        frame_ancestors(response),
        response["X-Frame-Options"],
    )


def test_public_pages_and_the_admin_agree_under_production_settings(production, settings, client):
    for name, value in production.items():
        setattr(settings, name, value)
    public = client.get("/about/")
    assert_agree(public)
    assert public["X-Frame-Options"] == "DENY", "no other site may frame the public pages"
    admin = Client()
    admin.force_login(make_member("Editors"))
    assert_agree(admin.get("/admin/"))


def test_the_preview_still_shows_in_the_admins_frame_under_production_settings(production, settings, page_tree):
    for name, value in production.items():
        setattr(settings, name, value)
    page = StandardPageFactory(parent=page_tree.about, title="Framed in the preview")
    client = Client()
    client.force_login(make_member("Editors"))
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    assert client.post(preview_url, preview_post_data(client, page)).json()["is_valid"]
    response = client.get(preview_url, {"mode": ""})
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert_agree(response)
    assert page.title in response.content.decode()
