"""The "Enquiry responders" group: the staff who read and answer contact messages (home/enquiries.py).

Its members can log in to the admin and read, export and delete the contact form's messages, and
nothing else; Editors and Moderators no longer see the messages unless they are in it too.
Running it again changes nothing more; reversing it leaves the group as it is.
"""

from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations

GROUP_NAME = "Enquiry responders"
PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtailforms", "view_formsubmission"),
    ("wagtailforms", "delete_formsubmission"),
]


def create_group(apps, schema_editor):
    # On a new database, permissions are made after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, apps=apps, verbosity=0)
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.set(
        [
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in PERMISSIONS
        ]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_admin_groups_and_workflow"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
