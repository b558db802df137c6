"""Helpers for browser tests of the admin against ``site_server``: users and page ids from its database."""

import json
import secrets
import subprocess

from playwright.sync_api import expect

from conftest import ROOT

CREATE_USER = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
User = get_user_model()
user, _ = User.objects.get_or_create(username={username!r}, defaults={{"email": {email!r}, "first_name": {first!r}}})
user.set_password({password!r})
user.is_superuser = {superuser!r}
user.is_staff = {superuser!r}
user.save()
user.groups.set(Group.objects.filter(name__in={groups!r}))
"""

PAGE_IDS = """
import json
from wagtail.models import Page
ids = {p.url_path: p.pk for p in Page.objects.filter(depth__lte=4)}
print("IDS=" + json.dumps(ids))
"""


def manage_shell(site_server, code):
    result = subprocess.run(
        [*site_server.manage, "shell", "-c", code],
        env=site_server.env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.stdout


def create_user(site_server, username, groups=(), superuser=False, first_name=""):
    """A user in the site server's database, with a random password of 32 characters; returns it."""
    password = secrets.token_urlsafe(24)
    manage_shell(
        site_server,
        CREATE_USER.format(
            username=username,
            email=f"{username}@example.org",
            first=first_name or username.title(),
            password=password,
            superuser=superuser,
            groups=list(groups),
        ),
    )
    return password


def page_ids(site_server):
    """{url_path: id} of the pages down to the sections' children, such as '/home/press/'."""
    out = manage_shell(site_server, PAGE_IDS)
    line = next(line for line in out.splitlines() if line.startswith("IDS="))
    return json.loads(line[4:])


def log_in(page, site_url, username, password):
    page.goto(site_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(site_url + "/admin/", timeout=15000)
