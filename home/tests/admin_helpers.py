"""Helpers shared by the admin tests: users in the comms team's groups, pages and edit-form posts.

``home_page()`` and ``site()`` read whichever site is in the database: the demo's, or the ``page_tree`` of a
module marked ``own_pages``.
"""

import re
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.fields import StreamField
from wagtail.models import Site, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

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
    return HomePage.objects.get(locale__language_code="en")


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


def add_live_page(parent, model, slug, **fields):
    """A ``model`` page at ``slug`` under ``parent``, published through a revision as an editor's is."""
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
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


TICKED_WITHOUT_VALUE = re.compile(r'<input type="checkbox" name="([^"]+)"(?![^>]*\svalue=)[^>]*\schecked[\s>]')


def site():
    return Site.objects.get(is_default_site=True)


def form_data(client, url, form_id=None):
    """What the admin's form at ``url`` would send as it is (StreamFields are added by the caller)."""
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    html = response.content.decode()
    data = (querydict_from_html(html, form_id=form_id) if form_id else querydict_from_html(html)).dict()
    # A ticked box without a value attribute is sent as "on" by a browser (querydict_from_html sends "").
    for name in TICKED_WITHOUT_VALUE.findall(html):
        if data.get(name) == "":
            data[name] = "on"
    return response.request["PATH_INFO"], data


def block_data(prefix, value):
    """A StreamField block's value as the admin's form posts it."""
    data = {}
    if isinstance(value, dict):
        for key, item in value.items():
            data.update(block_data(f"{prefix}-{key}", item))
    elif isinstance(value, list):  # a ListBlock: bare values, or items stored with their ids
        data[f"{prefix}-count"] = str(len(value))
        for index, item in enumerate(value):
            is_item = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            data.update(block_data(f"{prefix}-{index}-value", item["value"] if is_item else item))
            data.update({f"{prefix}-{index}-deleted": "", f"{prefix}-{index}-order": str(index)})
            data[f"{prefix}-{index}-id"] = item.get("id", "") if is_item else ""
    else:
        data[prefix] = "" if value is None else str(value)
    return data


def stream_data(name, children):
    """A StreamField of ``[(block_type, value), …]`` as the admin's form posts it."""
    data = {f"{name}-count": str(len(children))}
    for index, (block_type, value) in enumerate(children):
        data.update(
            {
                f"{name}-{index}-type": block_type,
                f"{name}-{index}-deleted": "",
                f"{name}-{index}-order": str(index),
                f"{name}-{index}-id": "",
            }
        )
        data.update(block_data(f"{name}-{index}-value", value))
    return data


def raw_stream(stream_value):
    return [(child["type"], child["value"]) for child in stream_value.raw_data]


def page_form_data(client, url, model):
    """The page editor at ``url`` (add or edit) as it would be sent, every StreamField empty unless the caller fills it.

    StreamFields are drawn by JavaScript, so the HTML has none of their inputs.
    """
    path, data = form_data(client, url, form_id="page-edit-form")
    for field in model._meta.get_fields():
        if isinstance(field, StreamField):
            data.setdefault(f"{field.name}-count", "0")
    return path, data


def review_in_progress(obj):
    """The review (WorkflowState) under way for a page or snippet, or None."""
    return WorkflowState.objects.for_instance(obj).filter(status=WorkflowState.STATUS_IN_PROGRESS).first()


def press_appearance_post(data, **changes):
    """The press appearance form's ``data`` filled in as an editor would."""
    data.update(
        {
            "outlet": "City Limits",
            "headline": "Advocates push for decriminalization in Albany",
            "url": "https://citylimits.example.org/albany",
            "date": "2031-03-04",
            "medium": "article",
            "quote": "Safety comes from rights.",
            "spokesperson_name": "RJ Thompson",
        }
    )
    data.update(changes)
    return data
