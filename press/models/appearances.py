"""Press & media appearances: coverage of SWP elsewhere, kept as records with the same review as pages."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin


class PressAppearance(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """A story, broadcast or podcast elsewhere that covers SWP or quotes its staff.

    Drafts and revisions as for pages: only the published version (``live``) is on the site, and
    an Editor's new appearance waits for a Moderator's approval like a page does.
    """

    MEDIUM_CHOICES = [
        ("article", _("Article")),
        ("opinion", _("Opinion piece")),
        ("radio", _("Radio or podcast")),
        ("tv", _("TV or video")),
    ]

    outlet = models.CharField(
        max_length=120,
        help_text="The newspaper, website, station or show, spelled as it spells itself, e.g. 'The New York Times'.",
    )
    headline = models.CharField(max_length=255, help_text="The headline or title of the piece, as published.")
    url = models.URLField(
        max_length=500,
        verbose_name="link to the piece",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="The full address of the piece on the outlet's website, starting with https://.",
    )
    date = models.DateField(help_text="The day the piece was published or aired.")
    medium = models.CharField(
        max_length=20,
        choices=MEDIUM_CHOICES,
        default="article",
        help_text="What kind of piece it is.",
    )
    quote = models.TextField(
        max_length=1000,
        blank=True,
        help_text="SWP's words as the piece quotes them, without quotation marks (optional).",
    )
    spokesperson_name = models.CharField(
        max_length=120,
        blank=True,
        verbose_name="staff member quoted",
        help_text="The name of the SWP staff member quoted or interviewed (optional).",
    )
    spokesperson_page = models.ForeignKey(
        "people.StaffBioPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="staff member's bio",
        help_text="Their page under About → Staff, to link their name to it (optional).",
    )
    created_at = models.DateTimeField(auto_now_add=True, help_text="When this entry was added; set automatically.")
    updated_at = models.DateTimeField(auto_now=True, help_text="When this entry was last changed; set automatically.")

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="pressappearance")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="pressappearance",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("outlet"),
        FieldPanel("headline"),
        FieldPanel("url"),
        FieldPanel("date"),
        FieldPanel("medium"),
        FieldPanel("quote"),
        MultiFieldPanel(
            [FieldPanel("spokesperson_name"), FieldPanel("spokesperson_page")],
            heading="SWP staff member quoted",
            help_text="Fill in the name, the bio page, or both. The name is taken from the bio page when left empty.",
        ),
    ]

    class Meta:
        verbose_name = "press appearance"
        verbose_name_plural = "press appearances"
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["-date"], name="press_appearance_date_idx")]

    def __str__(self):
        return f"{self.outlet}: {self.headline}"

    @property
    def revisions(self):
        return self._revisions

    @property
    def spokesperson(self):
        """The quoted staff member's name, from the field or their bio page."""
        if self.spokesperson_name:
            return self.spokesperson_name
        if self.spokesperson_page_id and self.spokesperson_page:
            return self.spokesperson_page.title
        return ""

    spokesperson.fget.short_description = "Staff member quoted"

    @property
    def spokesperson_bio(self):
        """The quoted staff member's live bio page, or ``None``."""
        page = self.spokesperson_page if self.spokesperson_page_id else None
        return page if page is not None and page.live else None
