"""Helpers for the tests of every app."""

from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html


def preview_post_data(client, page):
    """The page's edit form as the admin would post it for a preview.

    StreamFields are drawn by JavaScript in the admin, so the HTML has none of their
    inputs; they are posted empty (``<name>-count = 0``), which previews the rest of the page.
    """
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    for field in page.specific_class._meta.get_fields():
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            data[f"{field.name}-count"] = "0"
    return data
