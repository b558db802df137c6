"""Categories and topics get a copy per language (issue "Español"): the first of wagtail's steps for a model
that already has rows. Categories get an empty language and translation key (filled in by 0007, required by
0008); topics get their own model, with a copy per language, that 0007 fills in from taggit's tags.
"""

import django.db.models.deletion
import uuid
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('publications', '0005_publication_served_with_its_category_document_and_cover'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AddField(
            model_name='publicationcategory',
            name='locale',
            field=models.ForeignKey(editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale'),
        ),
        migrations.AddField(
            model_name='publicationcategory',
            name='translation_key',
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.CreateModel(
            name='Topic',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(help_text="The topic as visitors read it, such as 'policing'.", max_length=100)),
                ('slug', models.SlugField(allow_unicode=True, help_text='How the topic appears in addresses, such as ?topic=policing; the same in every language.', max_length=100, verbose_name='web address')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'topic',
                'verbose_name_plural': 'topics',
                'ordering': ['name'],
                'abstract': False,
                'constraints': [models.UniqueConstraint(fields=('name', 'locale'), name='topic_name_per_language'), models.UniqueConstraint(fields=('slug', 'locale'), name='topic_slug_per_language')],
                'unique_together': {('translation_key', 'locale')},
            },
        ),
    ]
