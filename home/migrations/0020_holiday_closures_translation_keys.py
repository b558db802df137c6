"""Every holiday closure now has its locale and translation key: they are required, one copy per language."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0019_holiday_closures_translatable"),
    ]

    operations = [
        migrations.AlterField(
            model_name="holidayclosure",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="holidayclosure",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="holidayclosure",
            unique_together={("translation_key", "locale")},
        ),
    ]
