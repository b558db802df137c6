"""``/publications/``: the section's page, its category routes and its feeds."""

from django.db import models
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models import BasePage
from home.querysets import public_q
from home.search import summary_fields
from home.sitemaps import add_alternates
from home.translations import one_per_translation

from .listing import publication_card_queryset
from .publication import PublicationPage
from .taxonomy import RESERVED_SLUGS, SLUG, PublicationCategory


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
        from publications.views import publication_listing

        return publication_listing(self, request, category=None)

    @path("feed/", name="feed")
    def feed(self, request):
        from publications.feeds import PublicationFeed

        return PublicationFeed(self)(request)

    @path("<slug:category_slug>/", name="category")
    def category_listing(self, request, category_slug):
        from publications.views import publication_listing

        category = self.get_category(category_slug)
        if category is None:
            raise Http404("No such category of publications")
        if category.slug != category_slug:
            return HttpResponsePermanentRedirect(self.category_url(category, request))
        return publication_listing(self, request, category=category)

    @path("<slug:category_slug>/feed/", name="category_feed")
    def category_feed(self, request, category_slug):
        from publications.feeds import PublicationFeed

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
