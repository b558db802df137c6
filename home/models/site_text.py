"""Words every page shows, one copy per language: the menus and footer, and the alert banner.

They are snippets with wagtail-localize's translations (``TranslatableMixin``), as pages are: the comms team
writes the English copy, presses "Translate" in the snippet's list to make the Spanish one (or another
language's), and "Sync translated snippets" after changing the English. A page shows the copy in the
language it is read in, else the English copy (home/site_text.py). Adding a language needs no code: a
Locale in the admin, then "Translate".

They used to be site settings (one row per site, one language); migrations 0013-0015 moved the site's
rows into the English copies. The donation call to action stays a setting (home/models/site_settings.py):
it is a choice of appeal, not words, and each language shows that appeal's own translation.
"""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import TranslatableField

from home.blocks import LinkBlock

TRANSLATING_HELP = (
    "Each language has its own copy: the English one, and its translations, made with 'Translate' in the list. "
    "After changing the English, press 'Sync translated snippets' so the translations follow."
)


class OnePerLanguage(TranslatableMixin, models.Model):
    """A snippet with one copy per language: another copy in the same language is refused."""

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def clean(self):
        super().clean()
        if self.locale_id is None:
            return
        others = type(self).objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if others.exists():
            raise ValidationError(
                f"{self.locale.get_display_name()} already has its copy of the {self._meta.verbose_name}: "
                "edit that one."
            )

    def __str__(self):
        name = self._meta.verbose_name
        language = self.locale.get_display_name() if self.locale_id else ""
        return f"{name[:1].upper()}{name[1:]} ({language})" if language else name


class FooterGroupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=60, help_text="The group's heading, such as 'Publications'.")
    links = blocks.ListBlock(LinkBlock(), help_text="The links in this group, in order.")

    class Meta:
        icon = "list-ul"
        label = "Footer group"


class Navigation(OnePerLanguage):
    """The main menu and the footer's groups of links, in one language."""

    main_menu = StreamField(
        [("link", LinkBlock())],
        blank=True,
        help_text="The links across the top of every page, in order. Drag to reorder.",
    )
    footer_groups = StreamField(
        [("group", FooterGroupBlock())],
        blank=True,
        help_text="The groups of links in the footer, each with a heading.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("main_menu"), FieldPanel("footer_groups")],
            heading="Menus and footer",
            help_text=(
                TRANSLATING_HELP + " A link to a page goes to the page in the language being read; where it "
                "has no translation yet, to the English page, marked '(in English)'."
            ),
        )
    ]

    class Meta(OnePerLanguage.Meta):
        verbose_name = "menus and footer"
        verbose_name_plural = "menus and footer"
        constraints = [models.UniqueConstraint(fields=["locale"], name="one_navigation_per_language")]


class AlertBanner(OnePerLanguage):
    """The banner for urgent news at the top of every page, in one language."""

    enabled = models.BooleanField(
        default=False,
        verbose_name="Show the alert banner",
        help_text=(
            "Tick to show the banner at the top of every page, for urgent news. The English banner's tick "
            "counts for every language."
        ),
    )
    text = models.CharField(
        max_length=250,
        blank=True,
        verbose_name="alert text",
        help_text="The banner's message; one short sentence.",
    )
    short_text = models.CharField(
        max_length=90,
        blank=True,
        verbose_name="short alert for phones",
        help_text=(
            "Optional: the banner's message in a few words (under 90 characters), shown on phones so the "
            "banner takes one or two lines, followed by a 'More' link to the address below. Leave empty to "
            "show the message above everywhere."
        ),
    )
    link = models.CharField(
        max_length=500,
        blank=True,
        verbose_name="alert link",
        help_text="Optional: where the banner links to, such as /press/ or https://….",
    )
    updated_at = models.DateTimeField(
        auto_now=True,
        help_text="When this copy was last saved: a translation older than the English banner is not shown.",
    )

    # The words are translated; whether the banner shows is the English copy's tick alone.
    translatable_fields = [TranslatableField("text"), TranslatableField("short_text"), TranslatableField("link")]

    panels = [
        MultiFieldPanel(
            [FieldPanel("enabled"), FieldPanel("text"), FieldPanel("short_text"), FieldPanel("link")],
            heading="Alert banner",
            help_text=(
                "Changes show on every page as soon as you press Save; there is no review step. "
                + TRANSLATING_HELP
                + " Until a translation is synced after a change, pages in that language show the English banner."
            ),
        )
    ]

    class Meta(OnePerLanguage.Meta):
        verbose_name = "alert banner"
        verbose_name_plural = "alert banner"
        constraints = [models.UniqueConstraint(fields=["locale"], name="one_alert_banner_per_language")]

    def clean(self):
        super().clean()
        if self.short_text and not self.link:
            raise ValidationError(
                {"link": "The short alert links to the full message: give the address where people read it."}
            )
