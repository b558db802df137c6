"""Publications: SWP's reports, publications by partners, fact sheets and the like.

* ``/publications/`` is the :class:`PublicationIndexPage` (one per site). It lists every
  publication, newest first, with filters (category, year, topic, keywords) in the query
  string. Its routes give each :class:`PublicationCategory` its own address,
  ``/publications/<category-slug>/`` (``reports``, ``partner-publications``, ``fact-sheets``),
  and RSS feeds at ``/publications/feed/`` and ``/publications/<category-slug>/feed/``.
* ``/publications/<slug>/`` is a :class:`PublicationPage`: one publication, its document
  (opened in the browser), an optional "read online" version, citation data for
  researchers (``citation_*`` meta tags, schema.org JSON-LD, a ready-to-copy citation).
* Categories are snippets the comms team can add, rename and reorder in the admin; topics are tags an
  editor types on a publication, listed under Publication topics. Both have a copy per language
  (wagtail-localize translates them): a page shows the copy in its own language, else the English one
  (home/translations.py). A translated publication's category is the category's copy in its language;
  its topics stay those of the English publication, shown in the page's language.
* The text inside each PDF is read when it is uploaded (``home/documents_text.py``,
  hooked up in ``publications/signals.py``), and indexed with the publication that uses it.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.models import BasePage
from home.querysets import public_q
from home.search import body_fields, summary_fields
from home.sitemaps import add_alternates
from home.translations import one_per_translation

# Addresses below /publications/ that are routes, never category or publication slugs.
RESERVED_SLUGS = {"feed"}
# What a category's address can be (SlugField with unicode letters, as Wagtail allows).
SLUG = re.compile(r"[-\w]+")

SCHEMA_TYPES = [
    ("Report", "Report (research, policy and human rights reports)"),
    ("ScholarlyArticle", "Scholarly article (peer-reviewed or academic papers)"),
    ("CreativeWork", "Other (fact sheets, guides, briefs and the like)"),
]

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
        if self.slug and PublicationPage.objects.filter(slug=self.slug).exists():
            raise ValidationError(
                {"slug": "A publication already uses this address; choose another one for the category."}
            )


# Newest first; the same order wherever publications are listed.
PUBLICATION_ORDER = ("-publication_date", "-first_published_at", "-pk")


def publication_card_queryset(queryset, renditions=True):
    """What a publication card needs, in a fixed number of queries whatever the number of cards.

    ``renditions=False`` leaves the covers' renditions to the page, which loads them with its own images
    (``BasePage.get_context(images=…)``): one query for every image the page shows.
    """
    queryset = (
        queryset.select_related("category", "document", "cover_image", "document__first_page")
        # A card shows the document's kind and size, never the (possibly long) text read from it.
        .defer("document__extracted_text")
        .defer_streamfields()
        .order_by(*PUBLICATION_ORDER)
    )
    if renditions:
        # The cover's renditions (chosen, or drawn from the PDF) in two more queries, whatever the number of cards.
        queryset = queryset.prefetch_related("cover_image__renditions", "document__first_page__renditions")
    return queryset


def covers(publications):
    """The covers the cards of ``publications`` show."""
    return [publication.cover for publication in publications]


class PublicationIndexPage(RoutablePageMixin, BasePage):
    """/publications/: every publication, one page per category, and the RSS feeds."""

    introduction = models.TextField(
        max_length=600,
        blank=True,
        help_text="One or two sentences shown under the heading, above the list of publications.",
    )

    per_page = 12
    summary_field = "introduction"

    search_fields = BasePage.search_fields + [*summary_fields("introduction")]
    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    max_count = 1

    class Meta:
        verbose_name = _("publications section")

    # --- Querysets --------------------------------------------------------------------------

    def publications(self):
        """The live, public publications of this section (unordered, no related data)."""
        return PublicationPage.objects.child_of(self).live().filter(public_q())

    def listing_items(self, limit=6, renditions=True):
        """The newest publications, as cards (used by the 'Cards from a section' block and the home page)."""
        return publication_card_queryset(self.publications(), renditions)[:limit]

    @cached_property
    def categories(self):
        """Every category in the section's language (the English copy of those it has no copy of yet), in
        one query per request (the routes and the filter form both read them)."""
        return one_per_translation(PublicationCategory.objects.all(), self.locale_id)

    def get_category(self, slug, other_copies=True):
        """The category at ``slug`` in this section's language; with ``other_copies``, also found (one more
        query) by the address of another copy of it (the English ``reports`` in Spanish), whose route then
        redirects to this language's address."""
        for category in self.categories:
            if category.slug == slug:
                return category
        if not other_copies or not SLUG.fullmatch(slug or ""):
            # Nothing that could not be a slug (a visitor's "%00") reaches the database.
            return None
        keys = {category.translation_key: category for category in self.categories}
        other = PublicationCategory.objects.filter(slug=slug, translation_key__in=keys).first()
        return keys[other.translation_key] if other is not None else None

    def category_url(self, category, request=None):
        return self.get_url(request) + self.reverse_subpage("category", kwargs={"category_slug": category.slug})

    # --- Routing ----------------------------------------------------------------------------

    def route(self, request, path_components):
        # A publication's own page comes first; the category routes take whatever is left. Publications
        # cannot take a category's slug (PublicationPage.clean), nor the reverse, so the order never changes
        # where an address leads; this one spares a publication, read far more often than a category's
        # list, a look-up of the categories (a category's list reads them anyway, for its filters).
        first = path_components[0] if path_components else None
        if first is not None and first not in RESERVED_SLUGS:
            try:
                return BasePage.route(self, request, path_components)
            except Http404:
                pass
        return super().route(request, path_components)

    @path("")
    def index_route(self, request, *args, **kwargs):
        from .views import publication_listing

        return publication_listing(self, request, category=None)

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import PublicationFeed

        return PublicationFeed(self)(request)

    @path("<slug:category_slug>/", name="category")
    def category_listing(self, request, category_slug):
        from .views import publication_listing

        category = self.get_category(category_slug)
        if category is None:
            raise Http404("No such category of publications")
        if category.slug != category_slug:
            return HttpResponsePermanentRedirect(self.category_url(category, request))
        return publication_listing(self, request, category=category)

    @path("<slug:category_slug>/feed/", name="category_feed")
    def category_feed(self, request, category_slug):
        from .feeds import PublicationFeed

        category = self.get_category(category_slug)
        if category is None:
            raise Http404("No such category of publications")
        if category.slug != category_slug:
            feed = self.reverse_subpage("category_feed", kwargs={"category_slug": category.slug})
            return HttpResponsePermanentRedirect(self.get_url(request) + feed)
        return PublicationFeed(self, category)(request)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base:
            for category in self.categories:
                urls.append(
                    {
                        "location": base + self.reverse_subpage("category", kwargs={"category_slug": category.slug}),
                        "lastmod": self.last_published_at or self.latest_revision_created_at,
                    }
                )
        # The routes' addresses in the page's other languages too (home/sitemaps.py).
        return add_alternates(self, request, urls)


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
        from .documents import serve_document

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
        from .citations import publication_metadata

        related = self.related_items(renditions=False)
        # The related cards' covers come with the page's own images, in one query.
        context = super().get_context(request, *args, images=covers(related), **kwargs)
        context.update(publication_metadata(self, request))
        context["related"] = related
        return context


def year_from(value):
    """A four-digit year from a visitor's string, else None."""
    value = (value or "").strip()
    return int(value) if re.fullmatch(r"[12]\d{3}", value) else None
