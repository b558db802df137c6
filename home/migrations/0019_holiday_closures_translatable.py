"""Holiday closures are translatable: each gets the locale of its page and a translation key of its own."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_each_its_language(apps, schema_editor):
    HolidayClosure = apps.get_model("home", "HolidayClosure")
    for closure in HolidayClosure.objects.select_related("page").only("pk", "page__locale_id"):
        closure.locale_id = closure.page.locale_id
        closure.translation_key = uuid.uuid4()
        closure.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0018_contact_questions_translatable"),
    ]

    operations = [
        migrations.AddField(
            model_name="holidayclosure",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="holidayclosure",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_each_its_language, migrations.RunPython.noop),
    ]
