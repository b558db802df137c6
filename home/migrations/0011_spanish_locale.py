"""The site is read in English and Spanish: Spanish gets its Locale, so its page tree can be made."""

from django.db import migrations


def add_spanish(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="es")


def remove_spanish(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.filter(language_code="es", page__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_home_page_served_with_its_hero_image"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(add_spanish, remove_spanish)]
