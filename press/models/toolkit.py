"""``/press/media-toolkit/``: what journalists need: spokespeople, logos, fact sheets, the media contact."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable

from home.blocks import BodyBlock
from home.models import BasePage
from home.search import body_fields, summary_fields

from .contacts import MediaContactFields, contact_panel, media_contact


class MediaToolkitPage(BasePage, MediaContactFields):  # noqa: DJ008 (Page defines __str__)
    """Everything a journalist needs to write about SWP: contacts, logos, facts, words to use."""

    introduction = models.TextField(
        max_length=500,
        blank=True,
        help_text="One or two sentences under the title: who this page is for and what it offers.",
    )
    contact_hours = models.CharField(
        max_length=200,
        blank=True,
        help_text="When the media contact answers, e.g. 'Weekdays, 9 am to 6 pm Eastern' (optional).",
    )
    boilerplate = RichTextField(
        features=["bold", "italic", "link"],
        help_text="SWP's standard 'About the Sex Workers Project' paragraph, for the end of a story or release.",
    )
    language_guide = StreamField(
        BodyBlock(),
        blank=True,
        help_text=(
            "Guidance for reporting respectfully on sex work and trafficking: words to use and to avoid, "
            "keeping sources safe, photographs."
        ),
    )

    summary_field = "introduction"

    search_fields = BasePage.search_fields + [
        *summary_fields("introduction"),
        *body_fields("boilerplate"),
        *body_fields("language_guide"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        contact_panel("Media contact", "any press question"),
        FieldPanel("contact_hours"),
        InlinePanel(
            "spokespeople",
            heading="Spokespeople",
            label="Spokesperson",
            help_text="Staff who speak to the press, and the subjects they speak on. Drag to reorder.",
        ),
        InlinePanel(
            "logos",
            heading="Logos",
            label="Logo",
            help_text="Logo files journalists may download; the original file you upload is offered.",
        ),
        InlinePanel(
            "fact_sheets",
            heading="Fact sheets",
            label="Fact sheet",
            help_text="Short documents with facts and figures about SWP and its work.",
        ),
        FieldPanel("boilerplate"),
        FieldPanel("language_guide"),
    ]

    parent_page_types = ["press.PressIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("media toolkit page")

    def get_context(self, request, *args, **kwargs):
        from home.models import OrganisationSettings

        logos = [logo for logo in self.logos.select_related("image") if logo.image_id]
        # The logos' renditions come with the page's own images, in one query.
        context = super().get_context(request, *args, images=[logo.image for logo in logos], **kwargs)
        context["media_contact"] = media_contact(self, OrganisationSettings.for_request(request))
        context["spokespeople"] = list(self.spokespeople.select_related("bio_page"))
        context["logos"] = logos
        context["fact_sheets"] = [sheet for sheet in self.fact_sheets.select_related("document") if sheet.document_id]
        return context


class MediaToolkitSpokesperson(Orderable):
    toolkit = ParentalKey(MediaToolkitPage, on_delete=models.CASCADE, related_name="spokespeople")
    name = models.CharField(max_length=120, help_text="Their name as it should appear in print.")
    role = models.CharField(max_length=120, help_text="Their job title, e.g. 'Supervising Attorney'.")
    topics = models.CharField(
        max_length=300,
        blank=True,
        help_text="What they can speak about, e.g. 'Trafficking survivors' immigration relief, vacating convictions'.",
    )
    languages = models.CharField(
        max_length=120,
        blank=True,
        help_text="Languages they give interviews in, e.g. 'English, Spanish' (optional).",
    )
    bio_page = models.ForeignKey(
        "people.StaffBioPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="staff bio",
        help_text="Their page under About → Staff, if they have one (optional).",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("topics"),
        FieldPanel("languages"),
        FieldPanel("bio_page"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "spokesperson"
        verbose_name_plural = "spokespeople"


class MediaToolkitLogo(Orderable):
    toolkit = ParentalKey(MediaToolkitPage, on_delete=models.CASCADE, related_name="logos")
    image = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Upload the logo in the best quality you have (PNG); visitors download this original file.",
    )
    label = models.CharField(
        max_length=150,
        blank=True,
        help_text="What this version is, e.g. 'Full-colour logo, for light backgrounds'. Leave empty for its title.",
    )

    panels = [FieldPanel("image"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = "logo"

    @cached_property
    def file_format(self):
        name = self.image.file.name if self.image_id else ""
        return name.rsplit(".", 1)[-1].upper() if "." in name else ""


class MediaToolkitFactSheet(Orderable):
    toolkit = ParentalKey(MediaToolkitPage, on_delete=models.CASCADE, related_name="fact_sheets")
    document = models.ForeignKey(
        get_document_model_string(),
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Pick a document from the library or upload one (PDF preferred).",
    )
    label = models.CharField(
        max_length=150,
        blank=True,
        help_text="The link's words. Leave empty to use the document's title.",
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = "fact sheet"
