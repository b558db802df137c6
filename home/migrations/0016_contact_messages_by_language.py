"""Contact messages keep their language (ContactSubmission); the form's questions get a locale and a
translation key, empty until 0013 fills them in."""

import django.core.serializers.json
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0015_site_text_settings_removed'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='contactformfield',
            name='locale',
            field=models.ForeignKey(editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale'),
        ),
        migrations.AddField(
            model_name='contactformfield',
            name='translation_key',
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.CreateModel(
            name='ContactSubmission',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('form_data', models.JSONField(encoder=django.core.serializers.json.DjangoJSONEncoder)),
                ('submit_time', models.DateTimeField(auto_now_add=True, verbose_name='submit time')),
                ('language', models.CharField(db_index=True, default='en', help_text='The language of the contact page the message was sent from (en, es…).', max_length=15, verbose_name='language')),
                ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to=settings.WAGTAIL_PAGE_MODEL)),
            ],
            options={
                'verbose_name': 'contact message',
                'verbose_name_plural': 'contact messages',
                'abstract': False,
            },
        ),
    ]
