"""The menus and footer and the alert banner become snippets with one copy per language (issue "Español").

This creates them (0014 moves the site's settings into their English copies, 0015 removes the settings'
fields), and starts making the donate form's suggested amounts translatable with their page: their
``translation_key`` and ``locale`` are added empty here, filled in by 0014 and required by 0015 (wagtail's
``BootstrapTranslatableMixin`` steps for a model that already has rows).
"""

import django.db.models.deletion
import home.blocks
import uuid
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0012_editors_translate'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AddField(
            model_name='donationamount',
            name='locale',
            field=models.ForeignKey(editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale'),
        ),
        migrations.AddField(
            model_name='donationamount',
            name='translation_key',
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AlterField(
            model_name='noticesettings',
            name='donation_cta_appeal',
            field=models.ForeignKey(blank=True, help_text="Used when the call to action is set to 'the appeal chosen below'. Only appeals running today are listed; once the chosen appeal ends, the call to action shows the donate page. Pages in another language show the appeal's translation in that language, where it has one.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.donationappealpage', verbose_name='Appeal in the call to action'),
        ),
        migrations.CreateModel(
            name='AlertBanner',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('enabled', models.BooleanField(default=False, help_text="Tick to show the banner at the top of every page, for urgent news. The English banner's tick counts for every language.", verbose_name='Show the alert banner')),
                ('text', models.CharField(blank=True, help_text="The banner's message; one short sentence.", max_length=250, verbose_name='alert text')),
                ('short_text', models.CharField(blank=True, help_text="Optional: the banner's message in a few words (under 90 characters), shown on phones so the banner takes one or two lines, followed by a 'More' link to the address below. Leave empty to show the message above everywhere.", max_length=90, verbose_name='short alert for phones')),
                ('link', models.CharField(blank=True, help_text='Optional: where the banner links to, such as /press/ or https://….', max_length=500, verbose_name='alert link')),
                ('updated_at', models.DateTimeField(auto_now=True, help_text='When this copy was last saved: a translation older than the English banner is not shown.')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'alert banner',
                'verbose_name_plural': 'alert banner',
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='Navigation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('main_menu', wagtail.fields.StreamField([('link', 3)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': "The words people click. Leave empty to use the page's title.", 'max_length': 80, 'required': False}), 1: ('wagtail.blocks.PageChooserBlock', (), {'help_text': 'Choose a page on this site, or fill in the address below.', 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': 'A path on this site such as /publications/reports/, or a full address starting with https://. Used only when no page is chosen.', 'label': 'Address', 'max_length': 500, 'required': False, 'validators': [home.blocks.validate_link_address]}), 3: ('wagtail.blocks.StructBlock', [[('label', 0), ('page', 1), ('url', 2)]], {})}, help_text='The links across the top of every page, in order. Drag to reorder.')),
                ('footer_groups', wagtail.fields.StreamField([('group', 6)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': "The group's heading, such as 'Publications'.", 'max_length': 60}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': "The words people click. Leave empty to use the page's title.", 'max_length': 80, 'required': False}), 2: ('wagtail.blocks.PageChooserBlock', (), {'help_text': 'Choose a page on this site, or fill in the address below.', 'required': False}), 3: ('wagtail.blocks.CharBlock', (), {'help_text': 'A path on this site such as /publications/reports/, or a full address starting with https://. Used only when no page is chosen.', 'label': 'Address', 'max_length': 500, 'required': False, 'validators': [home.blocks.validate_link_address]}), 4: ('wagtail.blocks.StructBlock', [[('label', 1), ('page', 2), ('url', 3)]], {}), 5: ('wagtail.blocks.ListBlock', (4,), {'help_text': 'The links in this group, in order.'}), 6: ('wagtail.blocks.StructBlock', [[('heading', 0), ('links', 5)]], {})}, help_text='The groups of links in the footer, each with a heading.')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'menus and footer',
                'verbose_name_plural': 'menus and footer',
                'abstract': False,
            },
        ),
        migrations.AddConstraint(
            model_name='alertbanner',
            constraint=models.UniqueConstraint(fields=('locale',), name='one_alert_banner_per_language'),
        ),
        migrations.AlterUniqueTogether(
            name='alertbanner',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='navigation',
            constraint=models.UniqueConstraint(fields=('locale',), name='one_navigation_per_language'),
        ),
        migrations.AlterUniqueTogether(
            name='navigation',
            unique_together={('translation_key', 'locale')},
        ),
    ]
