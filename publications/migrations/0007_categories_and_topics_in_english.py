"""Today's categories and topics become the English copies of translatable ones (issue "Español").

Each category gets the English locale and a translation key (wagtail's ``BootstrapTranslatableModel``, the
middle step of making a model with rows translatable). Each topic used by a publication, a taggit tag until
now, is copied into the new topic model under the same id, so the publications' links to their topics hold
as 0008 points them at the new model. Editors may add, change and translate topics (they already make new
ones by typing them on a publication); Moderators may also delete them. Running this again changes nothing
more; going back leaves the copies, which 0006 going back removes.
"""

import importlib
import uuid

from django.conf import settings
from django.core.management.color import no_style
from django.db import migrations
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import BootstrapTranslatableModel

roles = importlib.import_module("home.migrations.0003_admin_groups_and_workflow")

EDITOR_ADDED = [("publications", "add_topic"), ("publications", "change_topic"), ("publications", "view_topic")]
MODERATOR_ADDED = EDITOR_ADDED + [("publications", "delete_topic")]


def topics_from_tags(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Tag = apps.get_model("taggit", "Tag")
    Topic = apps.get_model("publications", "Topic")
    PublicationTopic = apps.get_model("publications", "PublicationTopic")
    english = Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))[0]
    used = Tag.objects.filter(pk__in=PublicationTopic.objects.values("tag_id")).exclude(
        pk__in=Topic.objects.values("pk")
    )
    Topic.objects.bulk_create(
        [Topic(pk=tag.pk, name=tag.name, slug=tag.slug, locale=english, translation_key=uuid.uuid4()) for tag in used]
    )
    # Rows made with their own ids: the database's counter of new ids moves past them (PostgreSQL needs it).
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Topic]):
            cursor.execute(sql)


def give_permissions(apps, schema_editor):
    roles._ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for name, added in (("Editors", EDITOR_ADDED), ("Moderators", MODERATOR_ADDED)):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*roles._permissions(apps, added))


class Migration(migrations.Migration):
    dependencies = [("publications", "0006_translatable_categories_and_topics"), ("taggit", "0001_initial")]

    operations = [
        BootstrapTranslatableModel("publications.PublicationCategory"),
        migrations.RunPython(topics_from_tags, migrations.RunPython.noop),
        migrations.RunPython(give_permissions, migrations.RunPython.noop),
    ]
