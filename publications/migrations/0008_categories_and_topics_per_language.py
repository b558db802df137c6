"""Categories and topics per language (issue "Español"), the last step of making them translatable.

A category's language and translation key, filled in by 0007, become required, one copy per language, and
its address is unique within its language (the Spanish copy may keep 'reports' or take 'informes').
Publications' topics point at the topic model 0007 filled in under the tags' own ids. Going back points them
at taggit's tags again; only topics made since then would have no tag of the same id.
"""

import django.db.models.deletion
import modelcluster.contrib.taggit
import uuid
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('publications', '0007_categories_and_topics_in_english'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AlterField(
            model_name='publicationcategory',
            name='locale',
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale'),
        ),
        migrations.AlterField(
            model_name='publicationcategory',
            name='slug',
            field=models.SlugField(help_text="The last part of the category's web address: 'reports' gives /publications/reports/. Lower-case letters, numbers and hyphens only. The menu and footer link to this address, so if you change it, change those links too. A translation may have its own, such as 'informes' for /es/publicaciones/informes/.", max_length=80, verbose_name='web address'),
        ),
        migrations.AlterField(
            model_name='publicationcategory',
            name='translation_key',
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name='publicationpage',
            name='topics',
            field=modelcluster.contrib.taggit.ClusterTaggableManager(blank=True, help_text="A few subjects it covers, such as 'policing' or 'trafficking'. Visitors can list publications by topic; reuse the topics that exist where they fit. Press Enter or type a comma after each.", through='publications.PublicationTopic', to='publications.Topic', verbose_name='Topics'),
        ),
        migrations.AlterField(
            model_name='publicationtopic',
            name='tag',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='tagged_publications', to='publications.topic'),
        ),
        migrations.AlterUniqueTogether(
            name='publicationcategory',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='publicationcategory',
            constraint=models.UniqueConstraint(fields=('slug', 'locale'), name='publication_category_slug_per_language'),
        ),
    ]
