"""Existing contact messages and questions in the shape languages need.

Each question of the contact form gets the locale of its page and a translation key, shared by the same
question (the same field name) on the page's translations. Messages already received move from Wagtail's
table of form submissions to ``ContactSubmission``, as written in the language of their page (English on
a site that had no other language); their date is kept.
"""

import uuid

from django.db import migrations


def contact_page_type(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.filter(app_label="home", model="contactpage").first()


def fill_in_languages(apps, schema_editor):
    # Only plain values are read: the historical contact page cannot be built outside Wagtail's forms.
    ContactFormField = apps.get_model("home", "ContactFormField")
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    keys = {}
    fields = ContactFormField.objects.order_by("pk").values_list("pk", "page_id", "clean_name")
    for pk, page_id, clean_name in fields:
        locale_id, page_key = Page.objects.filter(pk=page_id).values_list("locale_id", "translation_key").get()
        key = keys.setdefault((page_key, clean_name or pk), uuid.uuid4())
        ContactFormField.objects.filter(pk=pk).update(locale_id=locale_id, translation_key=key)

    page_type = contact_page_type(apps)
    if page_type is None:
        return
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    FormSubmission = apps.get_model("wagtailforms", "FormSubmission")
    ContactSubmission = apps.get_model("home", "ContactSubmission")
    old = FormSubmission.objects.filter(page__content_type=page_type).order_by("pk")
    for pk, page_id, form_data, submit_time in old.values_list("pk", "page_id", "form_data", "submit_time"):
        locale_id = Page.objects.filter(pk=page_id).values_list("locale_id", flat=True).get()
        moved = ContactSubmission.objects.create(
            page_id=page_id, form_data=form_data, language=languages.get(locale_id, "en")
        )
        # submit_time is set when a row is created: the message's own date is written after.
        ContactSubmission.objects.filter(pk=moved.pk).update(submit_time=submit_time)
        FormSubmission.objects.filter(pk=pk).delete()


def move_messages_back(apps, schema_editor):
    FormSubmission = apps.get_model("wagtailforms", "FormSubmission")
    ContactSubmission = apps.get_model("home", "ContactSubmission")
    for pk, page_id, form_data, submit_time in ContactSubmission.objects.order_by("pk").values_list(
        "pk", "page_id", "form_data", "submit_time"
    ):
        moved = FormSubmission.objects.create(page_id=page_id, form_data=form_data)
        FormSubmission.objects.filter(pk=moved.pk).update(submit_time=submit_time)
        ContactSubmission.objects.filter(pk=pk).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0016_contact_messages_by_language"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(fill_in_languages, move_messages_back)]
