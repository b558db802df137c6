"""``/publications/<slug>/``: one publication, its document, its citation data and its related publications."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, PageManager
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField

from home.blocks import BodyBlock
from home.models import BasePage
from home.querysets import public_q
from home.search import body_fields, summary_fields
from home.translations import one_per_translation

from .listing import covers, publication_card_queryset
from .taxonomy import RESERVED_SLUGS, PublicationCategory, PublicationTopic, Topic

LANGUAGES = [
    ("en", "English"),
    ("es", "Spanish (Español)"),
    ("zh", "Chinese (中文)"),
    ("ko", "Korean (한국어)"),
    ("ru", "Russian (Русский)"),
    ("fr", "French (Français)"),
    ("pt", "Portuguese (Português)"),
    ("ht", "Haitian Creole (Kreyòl ayisyen)"),
]
# The languages' names as visitors read them, in the language of the page ("Spanish" in English, "español" in
# Spanish); the choices above, with each name also in its own language, are for editors.
LANGUAGE_NAMES = {
    "en": _("English"),
    "es": _("Spanish"),
    "zh": _("Chinese"),
    "ko": _("Korean"),
    "ru": _("Russian"),
    "fr": _("French"),
    "pt": _("Portuguese"),
    "ht": _("Haitian Creole"),
}


class RelatedPublication(Orderable):
    """A publication an editor suggests to readers of another one."""

    page = ParentalKey("publications.PublicationPage", on_delete=models.CASCADE, related_name="related_publications")
    publication = models.ForeignKey(
        "publications.PublicationPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A publication to suggest to readers of this one.",
    )

    panels = [FieldPanel("publication")]

    class Meta(Orderable.Meta):
        verbose_name = "related publication"
        verbose_name_plural = "related publications"


class PublicationPageManager(PageManager):
    """Publications with the category, document and cover that every page and card of one shows, in the
    same query (also when Wagtail's routing loads the publication being served)."""

    def get_queryset(self):
        return super().get_queryset().select_related("category", "document", "document__first_page", "cover_image")


class PublicationPage(RoutablePageMixin, BasePage):
    """One publication: a report, a partner's publication, a fact sheet…

    Its PDF is served under its own address, ``/publications/<slug>/<file>.pdf`` (publications/documents.py).
    """

    category = models.ForeignKey(
        PublicationCategory,
        on_delete=models.PROTECT,
        related_name="publications",
        help_text="Which kind of publication this is. Each category has its own page, such as Reports.",
    )
    publication_date = models.DateField(
        null=True,
        blank=True,
        help_text=(
            "When the publication came out (the date printed on it). Leave empty to use the day this "
            "page is first published. Publications are listed newest first."
        ),
    )
    authors = models.TextField(
        max_length=1000,
        blank=True,
        help_text=(
            "The people or organisations who wrote it, one per line, in the order printed on the cover. "
            "Leave empty when it is by the Sex Workers Project as a whole."
        ),
    )
    partner_organisation = models.CharField(
        max_length=200,
        blank=True,
        help_text=(
            "For publications by partners: the organisation that published it, such as 'PROS Network'. "
            "Leave empty for SWP's own publications."
        ),
    )
    summary = models.TextField(
        max_length=600,
        help_text=(
            "What the publication is about, in 1-3 plain sentences. Shown on cards, in search results "
            "and in the RSS feed. Required."
        ),
    )
    cover_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "A picture of the cover (optional). Its description in the image library is used as alt text. "
            "Leave empty to show the first page of the PDF, drawn when the PDF is uploaded."
        ),
    )
    document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "The publication itself: pick or upload a PDF (or a Word, OpenDocument or similar file). "
            "Visitors open it in their browser. The words inside a PDF are read when it is uploaded, "
            "so the site's search finds the publication by them."
        ),
    )
    language = models.CharField(
        max_length=10,
        choices=LANGUAGES,
        default="en",
        help_text="The language the publication is written in; shown beside the link and given to search engines.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name="read online",
        help_text=(
            "Optional: the publication's text, or a shorter version of it, as a web page, for people who "
            "cannot open the document. Leave empty when the document is enough."
        ),
    )
    topics = ClusterTaggableManager(
        through=PublicationTopic,
        blank=True,
        verbose_name="Topics",
        help_text=(
            "A few subjects it covers, such as 'policing' or 'trafficking'. Visitors can list publications "
            "by topic; reuse the topics that exist where they fit. Press Enter or type a comma after each."
        ),
    )

    # Wagtail loads the page being served with the default manager; tree changes use ``objects``, which
    # must not join the nullable foreign keys (PostgreSQL refuses SELECT … FOR UPDATE across outer joins).
    serving = PublicationPageManager()

    # Translations: ``language`` says what language this page's own document is in. A translation may offer a
    # PDF in its language (an override of ``document`` in the translation editor), so the language is copied
    # once, when the translation is made, and is never synchronised with the English page after that.
    override_translatable_fields = [BaseTranslatableField("language")]

    summary_field = "summary"
    image_field = "cover"
    card_template = "publications/includes/publication_card.html"

    search_fields = BasePage.search_fields + [
        *summary_fields("summary"),
        *body_fields("authors"),
        *body_fields("partner_organisation"),
        *body_fields("body"),
        index.RelatedFields("category", [*body_fields("name")]),
        index.RelatedFields("topics", [*body_fields("name")]),
        index.RelatedFields("document", [*body_fields("title"), *body_fields("extracted_text")]),
        index.FilterField("category"),
        index.FilterField("publication_date"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("publication_date"),
                FieldPanel("authors"),
                FieldPanel("partner_organisation"),
                FieldPanel("language"),
            ],
            heading="About the publication",
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("cover_image")],
            heading="Document and cover",
            # A document uploaded here is titled after the publication (static/js/admin/document-title-from-page.js).
            attrs={"data-swp-document-title-from-page": ""},
        ),
        FieldPanel("topics"),
        FieldPanel("body"),
        InlinePanel(
            "related_publications",
            label="Related publications",
            heading="Related publications",
            max_num=4,
            help_text=(
                "Up to 4 publications to suggest at the end of this one. Leave empty to suggest "
                "publications that share a topic with it."
            ),
        ),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publication")
        default_manager_name = "serving"
        # Listings show the newest first: with this index the database reads a dozen rows, not all.
        indexes = [models.Index(fields=["-publication_date"], name="publication_date_idx")]

    def clean(self):
        super().clean()
        reserved = RESERVED_SLUGS | set(PublicationCategory.objects.values_list("slug", flat=True))
        if self.slug in reserved:
            raise ValidationError(
                {"slug": f"'{self.slug}' is the address of a category of publications; choose another one."}
            )

    def save(self, *args, **kwargs):
        # The date falls back to the day the page is first published.
        if self.publication_date is None and self.first_published_at is not None:
            self.publication_date = timezone.localdate(self.first_published_at)
        # A PDF chosen without a cover: its first page is drawn now if it never was (older uploads).
        if not self.cover_image_id and self.document_id:
            from home.document_covers import ensure_first_page

            ensure_first_page(self.document)
        return super().save(*args, **kwargs)

    # --- The PDF under the publication's own address ---------------------------------------------

    @path("<str:filename>/", name="document")
    def document_file(self, request, filename):
        from publications.documents import serve_document

        return serve_document(self, request, filename)

    @property
    def cover(self):
        """The chosen cover, else the picture of the PDF's first page (None when there is neither)."""
        if self.cover_image_id:
            return self.cover_image
        document = self.document if self.document_id else None
        if document is not None and document.first_page_id:
            return document.first_page
        return None

    # --- What templates, feeds and citations use ----------------------------------------------

    @property
    def date(self):
        if self.publication_date:
            return self.publication_date
        if self.first_published_at:
            return timezone.localdate(self.first_published_at)
        return None

    @property
    def author_list(self):
        return [line.strip() for line in (self.authors or "").splitlines() if line.strip()]

    @property
    def language_name(self):
        return str(LANGUAGE_NAMES.get(self.language, self.language))

    @cached_property
    def topic_list(self):
        """The publication's topics in its language (a translated publication keeps the English one's topics:
        their copies in its language, where they have one), loaded once for the page, its metadata and its
        related publications: one query in every language."""
        keys = self.topics.all().values_list("translation_key", flat=True)
        return one_per_translation(Topic.objects.filter(translation_key__in=keys), self.locale_id)

    @property
    def is_pdf(self):
        document = self.document
        return bool(document and (document.file_extension or "").lower() == "pdf")

    def related_items(self, limit=3, renditions=True):
        """Hand-picked related publications, else those sharing the most topics, else the same category's; all in
        this page's language (a translation shares its topics with the English page, but not its readers)."""
        live = PublicationPage.objects.live().filter(public_q(), locale_id=self.locale_id)
        in_language = live
        chosen_ids = [link.publication_id for link in self.related_publications.all() if link.publication_id]
        if chosen_ids:
            # A pick is shown in this page's language: the picked page, or its copy here (picks made on the
            # English page stay English pages on a translation until their translations exist).
            keys = PublicationPage.objects.filter(pk__in=chosen_ids).values("translation_key")
            pages = list(publication_card_queryset(live.filter(translation_key__in=keys), renditions))
            by_pk = {page.pk: page for page in pages}
            in_order = [by_pk[pk] for pk in chosen_ids if pk in by_pk]
            return (in_order + [page for page in pages if page not in in_order])[:limit]
        others = in_language.exclude(pk=self.pk) if self.pk else in_language
        topic_keys = [tag.translation_key for tag in self.topic_list if tag.pk]
        if topic_keys:
            # How many topics each candidate shares, counted in a subquery on the topic links: grouping the
            # cards themselves by it made SQLite group every column of four tables (14 ms at 1,000).
            # A topic is the same in every language: its copies share a translation key.
            sharing = PublicationTopic.objects.filter(tag__translation_key__in=topic_keys)
            shared_count = (
                sharing.filter(content_object=OuterRef("pk"))
                .order_by()
                .values("content_object")
                .annotate(count=Count("pk"))
                .values("count")
            )
            shared = (
                publication_card_queryset(others.filter(pk__in=sharing.values("content_object")), renditions)
                .annotate(shared_topics=Subquery(shared_count))
                .order_by("-shared_topics", "-publication_date", "-pk")
            )
            items = list(shared[:limit])
            if items:
                return items
        if self.category_id:
            return list(publication_card_queryset(others.filter(category_id=self.category_id), renditions)[:limit])
        return []

    def get_context(self, request, *args, **kwargs):
        from publications.citations import publication_metadata

        related = self.related_items(renditions=False)
        # The related cards' covers come with the page's own images, in one query.
        context = super().get_context(request, *args, images=covers(related), **kwargs)
        context.update(publication_metadata(self, request))
        context["related"] = related
        return context
