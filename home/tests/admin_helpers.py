"""Helpers shared by the admin tests: users in the comms team's groups and edit-form posts."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.models import HomePage, StandardPage


def make_member(group_name, username=None, superuser=False):
    username = username or f"{group_name.split()[0].lower()}-{secrets.token_hex(4)}"
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, f"{username}@example.org", secrets.token_urlsafe(24))
    user = User.objects.create_user(username, f"{username}@example.org", secrets.token_urlsafe(24))
    user.groups.add(Group.objects.get(name=group_name))
    return user


def home_page():
    return HomePage.objects.get()


def make_standard_page(title="A page for review", slug=None, live=False, parent=None):
    parent = parent or home_page()
    page = StandardPage(title=title, slug=slug or title.lower().replace(" ", "-"), introduction="An introduction.")
    page.live = live
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    page.refresh_from_db()
    return page


def standard_page_post(page, **changes):
    """What the admin's edit form posts for a standard page with an empty body."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "body-count": "0",
        "sidebar-count": "0",
        "seo_title": "",
        "search_description": "",
        "social_image": "",
        "go_live_at": "",
        "expire_at": "",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data
