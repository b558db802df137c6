"""The site's image and document models.

Images require a description, which is their alt text everywhere on the site.
Documents keep the text found inside them, so search can find a report by a
phrase that appears only in its PDF.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage
from wagtail.search import index


class SiteImage(AbstractImage):
    description = models.CharField(
        max_length=255,
        verbose_name="description (alt text)",
        help_text=(
            "Describe what the image shows for people who cannot see it, in a sentence. "
            "Screen readers read this aloud. Required."
        ),
    )
    credit = models.CharField(
        max_length=120, blank=True, help_text="Photographer or source, if it must be credited (optional)."
    )

    admin_form_fields = WagtailImage.admin_form_fields + ("credit",)

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"
        permissions = [("choose_image", "Can choose image")]

    @property
    def default_alt_text(self):
        return self.description or self.title


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class SiteDocument(AbstractDocument):
    language = models.CharField(
        max_length=40,
        blank=True,
        default="English",
        help_text="The language the document is written in, such as English or Spanish.",
    )
    extracted_text = models.TextField(
        blank=True,
        editable=False,
        help_text="Text read from inside the file when it was uploaded; used by search only.",
    )

    first_page = models.ForeignKey(
        SiteImage,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("picture of the first page"),
        help_text=_("Drawn from a PDF when it is uploaded; publications without a cover of their own show it."),
    )

    admin_form_fields = WagtailDocument.admin_form_fields + ("language",)

    search_fields = AbstractDocument.search_fields + [index.SearchField("extracted_text")]

    class Meta(AbstractDocument.Meta):
        verbose_name = "document"
        verbose_name_plural = "documents"
        permissions = [("choose_document", "Can choose document")]
