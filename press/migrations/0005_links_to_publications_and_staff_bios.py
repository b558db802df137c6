"""Links to staff bios and publications point at those page types rather than at any page.

The ids stay the same (a staff bio's or publication's id is its page's id), so the columns keep their
values. A value that names a page of another type could not be kept under the new foreign key; model
validation refused such a choice already, but a link saved before staff bios or publications existed
might hold one. Those links alone are dropped first: a spokesperson's or quoted staff member's bio link
is emptied (the name stays), and a related-publication row that names no publication is removed.
"""

import django.db.models.deletion
from django.db import migrations, models


def drop_links_to_other_page_types(apps, schema_editor):
    staff_bios = apps.get_model("people", "StaffBioPage")._base_manager.values("pk")
    publications = apps.get_model("publications", "PublicationPage")._base_manager.values("pk")

    spokespeople = apps.get_model("press", "MediaToolkitSpokesperson")._base_manager
    spokespeople.filter(bio_page__isnull=False).exclude(bio_page_id__in=staff_bios).update(bio_page=None)
    appearances = apps.get_model("press", "PressAppearance")._base_manager
    appearances.filter(spokesperson_page__isnull=False).exclude(spokesperson_page_id__in=staff_bios).update(
        spokesperson_page=None
    )
    related = apps.get_model("press", "PressReleaseRelatedPublication")._base_manager
    related.exclude(page_id__in=publications).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_bio_served_with_its_photo"),
        ("press", "0004_release_date_help_text"),
        ("publications", "0005_publication_served_with_its_category_document_and_cover"),
    ]

    operations = [
        migrations.RunPython(drop_links_to_other_page_types, migrations.RunPython.noop, elidable=True),
        migrations.AlterField(
            model_name="mediatoolkitspokesperson",
            name="bio_page",
            field=models.ForeignKey(
                blank=True,
                help_text="Their page under About → Staff, if they have one (optional).",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="people.staffbiopage",
                verbose_name="staff bio",
            ),
        ),
        migrations.AlterField(
            model_name="pressappearance",
            name="spokesperson_page",
            field=models.ForeignKey(
                blank=True,
                help_text="Their page under About → Staff, to link their name to it (optional).",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="people.staffbiopage",
                verbose_name="staff member's bio",
            ),
        ),
        migrations.AlterField(
            model_name="pressreleaserelatedpublication",
            name="page",
            field=models.ForeignKey(
                help_text="Choose a publication page (a report, fact sheet or partner publication).",
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="publications.publicationpage",
                verbose_name="publication",
            ),
        ),
    ]
