"""Editors and Moderators translate (issue "Español"): wagtail-localize's "Translate" and "Sync translated pages"
actions ask for its ``submit_translation`` permission. Their page permissions and the review workflow are set on
the tree's root (0003), so they already cover every language's tree. Going back takes the permission away."""

from django.db import migrations

GROUPS = ("Editors", "Moderators")


def _permission(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation").first()


def let_them_translate(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = _permission(apps)
    if permission is None:
        return
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def take_it_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = _permission(apps)
    if permission is None:
        return
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_spanish_locale"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(let_them_translate, take_it_back)]
