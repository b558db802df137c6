"""The comms team's roles and the review step before publishing.

- **Editors** write drafts everywhere and submit them for review; they cannot publish, and see
  neither internship applications nor settings.
- **Moderators** can do everything editors can, plus publish and unpublish, press appearances,
  publication categories, the site settings and redirects.
- **Internship reviewers** see and update internship applications, nothing else.
- The workflow **Moderator approval** (one group approval task for Moderators) covers the whole site.

Wagtail's own first migrations already create "Editors", "Moderators" and a "Moderators approval"
workflow: they are reused and reset, so running this twice (or on an existing site) changes nothing
more. Page permissions and the workflow are set on the tree's root, so they cover the home page and
every page below it, including a home page created after this migration (as the demo command does).
Reversing this migration leaves the groups as they are.
"""

from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations

WORKFLOW_NAME = "Moderator approval"
TASK_NAME = "Moderator approval"

# (app_label, codename) of the model permissions of each group.
EDITOR_PERMISSIONS = [("wagtailadmin", "access_admin")]
MODERATOR_PERMISSIONS = EDITOR_PERMISSIONS + [
    ("press", "add_pressappearance"),
    ("press", "change_pressappearance"),
    ("press", "delete_pressappearance"),
    ("press", "view_pressappearance"),
    ("publications", "add_publicationcategory"),
    ("publications", "change_publicationcategory"),
    ("publications", "delete_publicationcategory"),
    ("publications", "view_publicationcategory"),
    ("home", "change_organisationsettings"),
    ("home", "change_navigationsettings"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
]
REVIEWER_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("people", "view_internshipapplication"),
    ("people", "change_internshipapplication"),
]

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]

# Images and documents: Wagtail checks the permissions of its own Image and Document models.
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
MODERATOR_COLLECTION_PERMISSIONS = EDITOR_COLLECTION_PERMISSIONS + [
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]


def _ensure_permissions(apps):
    """On a new database, permissions are made after all migrations; make them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, apps=apps, verbosity=0)
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _permissions(apps, pairs):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, codename in pairs:
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def set_up_roles(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()

    roles = [
        ("Editors", EDITOR_PERMISSIONS, EDITOR_PAGE_PERMISSIONS, EDITOR_COLLECTION_PERMISSIONS),
        ("Moderators", MODERATOR_PERMISSIONS, MODERATOR_PAGE_PERMISSIONS, MODERATOR_COLLECTION_PERMISSIONS),
        ("Internship reviewers", REVIEWER_PERMISSIONS, [], []),
    ]
    groups = {}
    for name, model_perms, page_perms, collection_perms in roles:
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.set(_permissions(apps, model_perms))
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        if root_page is not None:
            for permission in _permissions(apps, [("wagtailcore", codename) for codename in page_perms]):
                GroupPagePermission.objects.create(group=group, page=root_page, permission=permission)
        if root_collection is not None:
            for permission in _permissions(apps, collection_perms):
                GroupCollectionPermission.objects.create(group=group, collection=root_collection, permission=permission)

    # The review step: one task, approved by Moderators, for the whole site.
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name__in=[TASK_NAME, "Moderators approval"]).order_by("pk").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.name = TASK_NAME
    task.active = True
    task.save()
    task.groups.set([groups["Moderators"]])

    workflow = Workflow.objects.filter(name__in=[WORKFLOW_NAME, "Moderators approval"]).order_by("pk").first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    workflow.name = WORKFLOW_NAME
    workflow.active = True
    workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0002_donate_and_contact"),
        ("people", "0002_help_text"),
        ("press", "0002_help_text"),
        ("publications", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(set_up_roles, migrations.RunPython.noop)]
