"""The settings' menus, footer and alert banner, now in the snippets (0014), are removed; the settings keep
the donation call to action and are named after it. The suggested amounts' language and translation key,
filled in by 0014, become required (the last of wagtail's ``BootstrapTranslatableMixin`` steps)."""

import django.db.models.deletion
import uuid
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0014_site_text_from_settings'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='noticesettings',
            options={'verbose_name': 'donation call to action'},
        ),
        migrations.RemoveField(
            model_name='noticesettings',
            name='alert_enabled',
        ),
        migrations.RemoveField(
            model_name='noticesettings',
            name='alert_link',
        ),
        migrations.RemoveField(
            model_name='noticesettings',
            name='alert_short_text',
        ),
        migrations.RemoveField(
            model_name='noticesettings',
            name='alert_text',
        ),
        migrations.AlterField(
            model_name='donationamount',
            name='locale',
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale'),
        ),
        migrations.AlterField(
            model_name='donationamount',
            name='translation_key',
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name='donationamount',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.DeleteModel(
            name='NavigationSettings',
        ),
    ]
