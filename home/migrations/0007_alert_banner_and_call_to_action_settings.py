"""The alert banner and the donation call to action move to settings of their own, which Editors may change.

Each site's values are copied from its organisation settings before those fields are removed; going
back copies them the other way.
"""

import django.db.models.deletion
from django.db import migrations, models

FIELDS = ["alert_enabled", "alert_text", "alert_short_text", "alert_link", "donation_cta", "donation_cta_appeal_id"]


def copy_to_notices(apps, schema_editor):
    OrganisationSettings = apps.get_model("home", "OrganisationSettings")
    NoticeSettings = apps.get_model("home", "NoticeSettings")
    for org in OrganisationSettings.objects.all():
        NoticeSettings.objects.update_or_create(
            site_id=org.site_id, defaults={name: getattr(org, name) for name in FIELDS}
        )


def copy_back(apps, schema_editor):
    OrganisationSettings = apps.get_model("home", "OrganisationSettings")
    NoticeSettings = apps.get_model("home", "NoticeSettings")
    for notices in NoticeSettings.objects.all():
        OrganisationSettings.objects.filter(site_id=notices.site_id).update(
            **{name: getattr(notices, name) for name in FIELDS}
        )


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0006_get_help_guides_covers_alert_sidebar'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='NoticeSettings',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('alert_enabled', models.BooleanField(default=False, help_text='Tick to show the banner below at the top of every page, for urgent news.', verbose_name='Show the alert banner')),
                ('alert_text', models.CharField(blank=True, help_text="The banner's message; one short sentence.", max_length=250, verbose_name='alert text')),
                ('alert_short_text', models.CharField(blank=True, help_text="Optional: the banner's message in a few words (under 90 characters), shown on phones so the banner takes one or two lines, followed by a 'More' link to the address below. Leave empty to show the message above everywhere.", max_length=90, verbose_name='short alert for phones')),
                ('alert_link', models.CharField(blank=True, help_text='Optional: where the banner links to, such as /press/ or https://….', max_length=500, verbose_name='alert link')),
                ('donation_cta', models.CharField(choices=[('automatic', 'Automatic: the running appeal that ends soonest, or the donate page when none runs'), ('appeal', 'The appeal chosen below (the donate page once it is over)'), ('off', 'Off: show no call to action')], default='automatic', help_text='The box asking for gifts on the home page and at the end of publications and press releases.', max_length=20, verbose_name='Donation call to action')),
                ('donation_cta_appeal', models.ForeignKey(blank=True, help_text="Used when the call to action is set to 'the appeal chosen below'. Only appeals running today are listed; once the chosen appeal ends, the call to action shows the donate page.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.donationappealpage', verbose_name='Appeal in the call to action')),
                ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
            ],
            options={
                'verbose_name': 'alert banner and call to action',
            },
        ),
        migrations.RunPython(copy_to_notices, copy_back),
        migrations.RemoveField(
            model_name='organisationsettings',
            name='alert_enabled',
        ),
        migrations.RemoveField(
            model_name='organisationsettings',
            name='alert_link',
        ),
        migrations.RemoveField(
            model_name='organisationsettings',
            name='alert_text',
        ),
        migrations.RemoveField(
            model_name='organisationsettings',
            name='alert_short_text',
        ),
        migrations.RemoveField(
            model_name='organisationsettings',
            name='donation_cta',
        ),
        migrations.RemoveField(
            model_name='organisationsettings',
            name='donation_cta_appeal',
        ),
    ]
