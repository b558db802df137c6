"""Press & media: the press index (with its lists and feed), press releases, the media toolkit,
and press & media appearances.

* ``/press/`` is the :class:`PressIndexPage`. Its routes are ``releases/`` (every release,
  by year), ``appearances/`` (coverage of SWP elsewhere) and ``feed/`` (RSS of releases).
* ``/press/<slug>/`` is a :class:`PressReleasePage`. An embargoed release uses Wagtail's
  scheduled publishing: it stays off the site until its go-live time.
* ``/press/media-toolkit/`` is the :class:`MediaToolkitPage`.
* Appearances are records (:class:`PressAppearance`), kept in a list in the admin (a snippet with
  drafts, revisions and the same review as pages: Editors add and submit, Moderators publish).
"""

import logging

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.images.models import SourceImageIOError
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, RevisionMixin, WorkflowMixin
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import BasePage
from home.querysets import public_q
from home.search import body_fields, summary_fields
from home.sitemaps import add_alternates
from home.structured_data import page_language
from home.translations import children_or_untranslated

logger = logging.getLogger(__name__)

# Paths the press index answers itself; a release may not take one of them as its slug.
RESERVED_SLUGS = {"releases", "appearances", "feed"}

RELEASES_PER_PAGE = 10
APPEARANCES_PER_PAGE = 20
LATEST_ON_INDEX = 5
FEED_ITEMS = 20


def _rendition(image, spec):
    """A rendition of ``image``, or ``None`` when there is no image or its file is missing."""
    if image is None:
        return None
    try:
        return image.get_rendition(spec)
    except SourceImageIOError:
        logger.warning("Image %s has no file; left out of the structured data", image.pk)
        return None


def media_contact(obj, org):
    """The media contact of a release or the toolkit: its own details, else the organisation's."""
    return {
        "name": obj.contact_name or (org.name if org else ""),
        "email": obj.contact_email or (org.email if org else ""),
        "phone": obj.contact_phone or (org.phone if org else ""),
        "is_default": not (obj.contact_name or obj.contact_email or obj.contact_phone),
    }


def contact_panel(heading, what):
    return MultiFieldPanel(
        [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
        heading=heading,
        help_text=(
            f"Who journalists should call or write to about {what}. Leave all three empty to use the email "
            "address and phone number in Settings → Organisation."
        ),
    )


class MediaContactFields(models.Model):
    contact_name = models.CharField(
        max_length=120,
        blank=True,
        verbose_name="contact name",
        help_text="The person or team, such as 'RJ Thompson, Managing Director' (optional).",
    )
    contact_email = models.EmailField(
        blank=True,
        verbose_name="contact email",
        help_text="Leave empty to use the organisation's email address.",
    )
    contact_phone = models.CharField(
        max_length=40,
        blank=True,
        verbose_name="contact phone",
        help_text="Leave empty to use the organisation's phone number.",
    )

    class Meta:
        abstract = True


# --- The press index -----------------------------------------------------------------------


class PressIndexPage(RoutablePageMixin, BasePage):
    """The press room: the latest releases and appearances, and links to the three parts."""

    # A translated press room lists the English releases not translated yet (``releases``); the caches'
    # rules (caching/stale.py) purge it when one of them changes.
    lists_untranslated_pages = True

    introduction = models.TextField(
        max_length=500,
        blank=True,
        help_text="One or two sentences under the title, for journalists: what they find here.",
    )
    releases_introduction = models.TextField(
        max_length=500,
        blank=True,
        help_text="A sentence shown at the top of the list of press releases (optional).",
    )
    appearances_introduction = models.TextField(
        max_length=500,
        blank=True,
        help_text="A sentence shown at the top of the list of press and media appearances (optional).",
    )

    summary_field = "introduction"

    search_fields = BasePage.search_fields + [*summary_fields("introduction")]
    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("releases_introduction"),
        FieldPanel("appearances_introduction"),
        HelpPanel(
            content=(
                "<p>Press releases are pages below this one: add them with 'Add child page'. "
                "Press and media appearances are kept under 'Press appearances' in the admin menu. "
                "This page lists the newest of both and links to the full lists at "
                "/press/releases/ and /press/appearances/.</p>"
            ),
            heading="Where things go",
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["press.PressReleasePage", "press.MediaToolkitPage"]
    max_count = 1

    class Meta:
        verbose_name = _("press index page")

    # Content -------------------------------------------------------------------------------

    def releases(self):
        """The live, public releases of this press room, newest first, without their bodies; in a translated
        press room, with the English releases not yet translated into its language (their cards say so)."""
        return (
            children_or_untranslated(PressReleasePage.objects.all(), self)
            .live()
            .filter(public_q())
            .defer_streamfields()
            .order_by("-release_date", "-pk")
        )

    def listing_items(self, limit=6):
        """Cards for SectionListingBlock: the newest releases."""
        return self.releases()[:limit]

    @staticmethod
    def appearances():
        """Published appearances, newest first (drafts and those waiting for review stay in the admin)."""
        return PressAppearance.objects.filter(live=True).select_related("spokesperson_page").order_by("-date", "-pk")

    def media_toolkit(self):
        return MediaToolkitPage.objects.child_of(self).live().filter(public_q()).first()

    def route_url(self, request, name):
        """The address of one of this page's lists or its feed, such as /press/releases/."""
        return (self.get_url(request) or "") + self.reverse_subpage(name)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feed_url"] = self.route_url(request, "feed")
        context["releases_url"] = self.route_url(request, "releases")
        context["appearances_url"] = self.route_url(request, "appearances")
        return context

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        base = urls[0]["location"]
        latest = self.releases().values_list("last_published_at", flat=True).first()
        urls.append({"location": base + self.reverse_subpage("releases"), "lastmod": latest or self.last_published_at})
        urls.append({"location": base + self.reverse_subpage("appearances"), "lastmod": self.last_published_at})
        # The routes' addresses in the page's other languages too (home/sitemaps.py).
        return add_alternates(self, request, urls)

    # Routes --------------------------------------------------------------------------------

    @path("")
    def index_route(self, request):
        return self.render(
            request,
            context_overrides={
                "latest_releases": list(self.releases()[:LATEST_ON_INDEX]),
                "latest_appearances": list(self.appearances()[:LATEST_ON_INDEX]),
                "media_toolkit": self.media_toolkit(),
            },
        )

    @path("releases/", name="releases")
    def releases_route(self, request):
        from .views import release_list_context

        return self.render(
            request,
            template="press/press_releases.html",
            context_overrides=release_list_context(self, request),
        )

    @path("appearances/", name="appearances")
    def appearances_route(self, request):
        from .views import appearance_list_context

        return self.render(
            request,
            template="press/press_appearances.html",
            context_overrides=appearance_list_context(self, request),
        )

    @path("feed/", name="feed")
    def feed_route(self, request):
        from .feeds import PressReleaseFeed

        return PressReleaseFeed(self)(request)


# --- Press releases ------------------------------------------------------------------------


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


# --- Media toolkit -------------------------------------------------------------------------


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


# --- Press & media appearances -------------------------------------------------------------


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
