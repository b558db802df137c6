"""How publications are sorted: categories (each with its own address below /publications/) and topics.

Both are snippets with a copy per language (wagtail-localize translates them); a page shows the copy in its
own language, else the English one (home/translations.py).
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

# Addresses below /publications/ that are routes, never category or publication slugs.
RESERVED_SLUGS = {"feed"}
# What a category's address can be (SlugField with unicode letters, as Wagtail allows).
SLUG = re.compile(r"[-\w]+")

SCHEMA_TYPES = [
    ("Report", "Report (research, policy and human rights reports)"),
    ("ScholarlyArticle", "Scholarly article (peer-reviewed or academic papers)"),
    ("CreativeWork", "Other (fact sheets, guides, briefs and the like)"),
]


class PublicationCategory(TranslatableMixin, models.Model):
    """A kind of publication with its own page, such as Reports or Fact Sheets & Other."""

    name = models.CharField(
        max_length=80,
        help_text="The category's name as visitors see it, such as 'Reports'. It is the heading of its page.",
    )
    slug = models.SlugField(
        max_length=80,
        verbose_name="web address",
        help_text=(
            "The last part of the category's web address: 'reports' gives /publications/reports/. "
            "Lower-case letters, numbers and hyphens only. The menu and footer link to this address, "
            "so if you change it, change those links too. A translation may have its own, such as "
            "'informes' for /es/publicaciones/informes/."
        ),
    )
    description = models.TextField(
        max_length=500,
        blank=True,
        help_text="One or two sentences shown under the heading of the category's page and given to search engines.",
    )
    order = models.PositiveSmallIntegerField(
        default=0,
        help_text="Categories are listed from the lowest number to the highest, for example 1, 2, 3.",
    )
    schema_type = models.CharField(
        max_length=40,
        choices=SCHEMA_TYPES,
        default="CreativeWork",
        verbose_name="kind of work, for search engines",
        help_text=(
            "Tells search engines and reference managers (such as Zotero) what kind of work these "
            "publications are. Choose 'Report' for research and policy reports."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("order"),
        FieldPanel("schema_type"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["order", "name"]
        verbose_name = "publication category"
        verbose_name_plural = "publication categories"
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="publication_category_slug_per_language")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": f"'{self.slug}' is used by the site itself; choose another address."})
        from .publication import PublicationPage  # a publication's page depends on its category, not the reverse

        if self.slug and PublicationPage.objects.filter(slug=self.slug).exists():
            raise ValidationError(
                {"slug": "A publication already uses this address; choose another one for the category."}
            )


class Topic(TranslatableMixin, TagBase):
    """A subject publications are listed by, such as 'policing': a tag, with a copy per language.

    Editors type topics on a publication (taggit makes the ones that are new); translators give each its
    words in another language with "Translate". The address (``?topic=policing``) is the same in every
    language, so a link to a topic works whichever language it is shared in.
    """

    name = models.CharField(
        max_length=100,
        help_text="The topic as visitors read it, such as 'policing'.",
    )
    slug = models.SlugField(
        max_length=100,
        allow_unicode=True,
        verbose_name="web address",
        help_text="How the topic appears in addresses, such as ?topic=policing; the same in every language.",
    )

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = "topic"
        verbose_name_plural = "topics"
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="topic_name_per_language"),
            models.UniqueConstraint(fields=["slug", "locale"], name="topic_slug_per_language"),
        ]


class PublicationTopic(ItemBase):
    """A topic (tag) of a publication."""

    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_publications")
    content_object = ParentalKey("publications.PublicationPage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = "publication topic"
        verbose_name_plural = "publication topics"
