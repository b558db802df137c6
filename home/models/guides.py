"""Know-your-rights guides as web pages, below the Get help page.

A guide is a plain-language page made of sections, each with a heading; the page builds its own
table of contents with an anchor per section, prints cleanly (``static/css/print.css``) and may
offer the same guide as a PDF to download.
"""

from django.db import models
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.search import index

from .base import BasePage

GUIDE_FEATURES = ["bold", "italic", "link", "ul", "ol", "h3"]

# The languages a guide's text may be written in, when it differs from the site's own.
CONTENT_LANGUAGES = [
    ("", _("The site's language")),
    ("en", "English"),
    ("es", "Español"),
    ("zh", "中文"),
    ("ko", "한국어"),
    ("ru", "Русский"),
    ("fr", "Français"),
    ("pt", "Português"),
    ("ht", "Kreyòl ayisyen"),
]


class GuideSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        label=_("Heading"),
        help_text=_("A short heading, such as 'If police stop you'. It is listed in the table of contents."),
    )
    body = blocks.RichTextBlock(
        features=GUIDE_FEATURES,
        label=_("Text"),
        help_text=_("Short sentences and lists work best. Use a sub-heading (H3) for steps within the section."),
    )
    say_this = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("What to say"),
        help_text=_("Optional: words the reader can say, shown in a box, such as 'I do not consent to a search.'"),
    )

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "blocks/guide_section_block.html"


RESERVED_ANCHORS = {"main", "main-menu", "contents", "guide-download"}


class KnowYourRightsPage(BasePage):
    """A know-your-rights guide: sections with headings, a table of contents, print-friendly, optional PDF."""

    introduction = models.TextField(
        max_length=500,
        verbose_name=_("introduction"),
        help_text=_("One or two sentences under the title: who the guide is for and what it covers."),
    )
    content_language = models.CharField(
        max_length=10,
        choices=CONTENT_LANGUAGES,
        blank=True,
        default="",
        verbose_name=_("language of the text"),
        help_text=_(
            "Only when the guide is written in another language than the rest of the site (such as a "
            "Spanish guide on the English site), so screen readers read it with the right voice."
        ),
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("last checked"),
        help_text=_("Optional: when an attorney last checked that the guide is right. Shown under the title."),
    )
    sections = StreamField(
        [("section", GuideSectionBlock())],
        verbose_name=_("sections"),
        help_text=_("The guide's sections, in order. Each heading gets its own link in the table of contents."),
    )
    document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("PDF to download"),
        help_text=_("Optional: the same guide as a PDF, such as the printed leaflet, offered as a download."),
    )

    summary_field = "introduction"
    serve_select_related = ("document",)

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction", boost=2),
        index.SearchField("sections"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel([FieldPanel("content_language"), FieldPanel("last_reviewed")], heading=_("About the guide")),
        FieldPanel("sections"),
        FieldPanel("document"),
    ]

    parent_page_types = ["home.GetHelpPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("know-your-rights guide")
        verbose_name_plural = _("know-your-rights guides")

    @cached_property
    def table_of_contents(self):
        """``[(anchor, heading, section value), …]``: every section with an anchor unique on the page."""
        used = set(RESERVED_ANCHORS)
        entries = []
        for number, block in enumerate(self.sections, start=1):
            heading = block.value["heading"]
            base = slugify(heading) or f"section-{number}"
            anchor, suffix = base, 2
            while anchor in used:
                anchor, suffix = f"{base}-{suffix}", suffix + 1
            used.add(anchor)
            entries.append((anchor, heading, block.value))
        return entries

    @property
    def is_pdf(self):
        return bool(self.document_id and (self.document.file_extension or "").lower() == "pdf")
