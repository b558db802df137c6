"""Routine content work becomes an Editor's (issue 18): press appearances, menus and footer, the alert
banner and the donation call to action, and the staff list's order.

- **Editors** may now add and change press appearances (and submit them for review), change the
  navigation (main menu and footer) and the "Alert banner and call to action" settings. The staff
  list's order is a field of the Staff page, which they already edit and submit.
- **Moderators** keep what they had and may also publish, delete, lock and unlock press appearances
  and change the new settings.
- Press appearances go through the same **Moderator approval** workflow as pages.

Users, groups and workflows stay with the site's administrators. Running this again changes nothing
more; going back takes the new permissions away and the appearances out of the workflow.
"""

import importlib

from django.db import migrations

roles = importlib.import_module("home.migrations.0003_admin_groups_and_workflow")

APPEARANCE = ("press", "pressappearance")
EDITOR_ADDED = [
    ("press", "add_pressappearance"),
    ("press", "change_pressappearance"),
    ("press", "view_pressappearance"),
    ("home", "change_navigationsettings"),
    ("home", "change_noticesettings"),
]
MODERATOR_ADDED = EDITOR_ADDED + [
    ("press", "delete_pressappearance"),
    ("press", "publish_pressappearance"),
    ("press", "lock_pressappearance"),
    ("press", "unlock_pressappearance"),
]
# Wagtail makes these for snippets with drafts and locking after the migrations have run; here they
# are needed sooner, under the same names.
SNIPPET_PERMISSIONS = {
    "publish_pressappearance": "Can publish press appearance",
    "lock_pressappearance": "Can lock press appearance",
    "unlock_pressappearance": "Can unlock press appearance",
}


def _content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def _snippet_permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    content_type = _content_type(apps, *APPEARANCE)
    for codename, name in SNIPPET_PERMISSIONS.items():
        Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})


def give_routine_tasks(apps, schema_editor):
    roles._ensure_permissions(apps)
    _snippet_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for name, added in (("Editors", EDITOR_ADDED), ("Moderators", MODERATOR_ADDED)):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*roles._permissions(apps, added))

    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name=roles.WORKFLOW_NAME).order_by("pk").first()
    if workflow is not None:
        WorkflowContentType.objects.update_or_create(
            content_type=_content_type(apps, *APPEARANCE), defaults={"workflow": workflow}
        )


def take_them_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    for name, added in (("Editors", EDITOR_ADDED), ("Moderators", MODERATOR_ADDED)):
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        kept = set(roles.MODERATOR_PERMISSIONS if name == "Moderators" else roles.EDITOR_PERMISSIONS)
        for app_label, codename in added:
            if (app_label, codename) not in kept:
                group.permissions.remove(
                    *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
                )
    WorkflowContentType.objects.filter(
        content_type__app_label=APPEARANCE[0], content_type__model=APPEARANCE[1]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_alert_banner_and_call_to_action_settings"),
        ("press", "0003_appearances_drafts_and_review"),
        ("people", "0003_staff_order"),
        ("publications", "0004_topics_label"),
    ]

    operations = [migrations.RunPython(give_routine_tasks, take_them_back)]
