"""``/press/<slug>/``: a press release, its attachments and related publications, and its structured data."""

import logging

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.images.models import SourceImageIOError
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import BasePage
from home.search import body_fields, summary_fields
from home.structured_data import page_language

from .contacts import MediaContactFields, contact_panel, media_contact

logger = logging.getLogger(__name__)

# Paths the press index answers itself; a release may not take one of them as its slug.
RESERVED_SLUGS = {"releases", "appearances", "feed"}


def _rendition(image, spec):
    """A rendition of ``image``, or ``None`` when there is no image or its file is missing."""
    if image is None:
        return None
    try:
        return image.get_rendition(spec)
    except SourceImageIOError:
        logger.warning("Image %s has no file; left out of the structured data", image.pk)
        return None


class PressReleasePage(BasePage, MediaContactFields):  # noqa: DJ008 (Page defines __str__)
    """A statement from SWP to the press."""

    release_date = models.DateTimeField(
        default=timezone.now,
        verbose_name="release date and time",
        help_text=(
            "When the release is (or was) issued, in New York time; shown on the release and used to order "
            "the lists. "
            "If you schedule a new release, this is moved to its go-live time when it is earlier."
        ),
    )
    dateline = models.CharField(
        max_length=80,
        default="New York",
        help_text="The city the release is issued from, shown before the first sentence, e.g. 'New York'.",
    )
    summary = models.TextField(
        max_length=400,
        help_text="One or two sentences that sum the release up: shown on listings, in the feed and in search.",
    )
    body = StreamField(BodyBlock(), help_text="The release itself: paragraphs, quotes, headings and links.")

    summary_field = "summary"

    search_fields = BasePage.search_fields + [
        *summary_fields("summary"),
        *body_fields("body"),
        *body_fields("dateline"),
        index.FilterField("release_date"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("release_date"), FieldPanel("dateline")],
            heading="Release",
        ),
        HelpPanel(
            content=(
                "<p><strong>Embargo:</strong> to keep a release off the site until a set time, open "
                "'Status' in the side panel (the i icon at the top right), choose 'Set schedule' and fill "
                "in 'Go-live date/time' in New York time. Then submit the release for review as usual "
                "(Moderators may choose 'Publish' instead). Once approved, the release stays hidden from "
                "the site, its lists, the RSS feed, search and the sitemap until that moment, and then "
                "appears on its own.</p>"
            ),
            heading="Embargoed releases",
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        contact_panel("Media contact", "this release"),
        InlinePanel(
            "attachments",
            heading="Attachments",
            label="Attachment",
            help_text="Documents journalists can download with the release, such as the full statement as a PDF.",
        ),
        InlinePanel(
            "related_publications",
            heading="Related publications",
            label="Publication",
            help_text="Reports or fact sheets the release is about; they are listed under the release.",
        ),
    ]

    parent_page_types = ["press.PressIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("press release")
        indexes = [models.Index(fields=["release_date"], name="press_release_date_idx")]

    card_template = "press/includes/release_card.html"

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": f"'{self.slug}' is the address of a list in the press section; choose another slug."}
            )
        # A new release under embargo is dated when it goes out, not when it was written.
        # (A scheduled change to a release that is already out keeps its date.)
        never_published = not self.first_published_at
        if never_published and self.go_live_at and self.release_date and self.release_date < self.go_live_at:
            self.release_date = self.go_live_at

    @property
    def is_embargoed(self):
        """True while the release waits for its go-live time (seen only in previews)."""
        return bool(self.go_live_at and self.go_live_at > timezone.now())

    def get_context(self, request, *args, **kwargs):
        from home.models import OrganisationSettings

        context = super().get_context(request, *args, **kwargs)
        org = OrganisationSettings.for_request(request)
        context["media_contact"] = media_contact(self, org)
        context["attachments"] = [a for a in self.attachments.select_related("document") if a.document_id]
        context["related_publications"] = [
            item for item in self.related_publications.select_related("page") if item.page and item.page.live
        ]
        context["news_article"] = self.news_article_data(request, org)
        # The press index's address, worked out from this page's own (no query needed).
        url = self.get_url(request) or ""
        index_url = url[: url.rstrip("/").rfind("/") + 1] if url else ""
        context["press_url"] = index_url
        context["feed_url"] = index_url + "feed/" if index_url else ""
        context["releases_url"] = index_url + "releases/" if index_url else ""
        return context

    def news_article_data(self, request, org):
        """schema.org NewsArticle data for search engines."""
        url = self.get_full_url(request) or request.build_absolute_uri()
        organisation = {"@type": "Organization", "name": org.name, "url": request.build_absolute_uri("/")}
        logo = _rendition(org.logo if org.logo_id else None, "max-512x512|format-png")
        if logo is not None:
            organisation["logo"] = {
                "@type": "ImageObject",
                "url": request.build_absolute_uri(logo.url),
                "width": logo.width,
                "height": logo.height,
            }
        published = self.release_date or self.first_published_at or timezone.now()
        modified = self.last_published_at or self.latest_revision_created_at or published
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.meta_description,
            "datePublished": timezone.localtime(published).isoformat(),
            "dateModified": timezone.localtime(max(modified, published)).isoformat(),
            "dateline": self.dateline,
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "author": organisation,
            "publisher": organisation,
            "inLanguage": page_language(),
        }
        image = self.share_image or org.default_share_image or org.logo
        rendition = _rendition(image, "fill-1200x630|format-jpeg")
        if rendition is not None:
            data["image"] = [request.build_absolute_uri(rendition.url)]
        return data


class PressReleaseAttachment(Orderable):
    release = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        get_document_model_string(),
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Pick a document from the library or upload one (PDF preferred).",
    )
    label = models.CharField(
        max_length=150,
        blank=True,
        help_text="The link's words, such as 'Full statement (PDF)'. Leave empty to use the document's title.",
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = "attachment"


class PressReleaseRelatedPublication(Orderable):
    release = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="related_publications")
    page = models.ForeignKey(
        "publications.PublicationPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="publication",
        help_text="Choose a publication page (a report, fact sheet or partner publication).",
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = "related publication"
