"""What every page of the site has in common."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from home.forms_admin import SitePageForm
from home.search import plain_fields, plain_words_of


class BasePage(Page):
    """Abstract parent of every page type: sharing and search-engine fields.

    Page types set ``summary_field`` to the name of the field that best sums the
    page up; it is the fallback for the meta description.
    """

    social_image = models.ForeignKey(
        "home.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Shown when this page is shared on social media or in messaging apps. "
            "Best at 1200 × 630 pixels. Leave empty to use the page's own image or the site's default."
        ),
    )

    # The schedule's fields say their times are New York time (home/forms_admin.py).
    base_form_class = SitePageForm

    # Every page type's search fields start from these: the accented words of the page also spelled
    # without their accents, so a search for "trafico" finds "tráfico" (home/search.py).
    search_fields = Page.search_fields + plain_fields()

    summary_field = None
    # The image field used for sharing when no social image is chosen.
    image_field = None

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel(
                    "slug",
                    help_text=(
                        "The last part of the page's web address. Changing it on a published page "
                        "leaves a redirect behind, so old links keep working."
                    ),
                ),
                FieldPanel(
                    "seo_title",
                    help_text=(
                        "The title search engines show. Leave empty to use the page title. Keep it under 60 characters."
                    ),
                ),
                FieldPanel(
                    "search_description",
                    help_text=(
                        "The sentence search engines and social media show under the title; 1–2 "
                        "sentences, under 160 characters. Leave empty to use the page's summary."
                    ),
                ),
                FieldPanel("social_image"),
            ],
            heading="Search engines and sharing",
        ),
    ]

    # The editor's preview offers a phone and a desktop width; phones first, as most readers use one.
    PREVIEW_SIZES = [
        {"name": "mobile", "icon": "mobile-alt", "device_width": 375, "label": "Preview at phone size (375 pixels)"},
        {"name": "desktop", "icon": "desktop", "device_width": 1280, "label": "Preview at desktop size (1280 pixels)"},
    ]

    class Meta:
        abstract = True

    def images_shown(self, request):
        """The images this page shows: its own, its share image, the site's default share image and logo
        (in the structured data for search engines)."""
        from .site_settings import OrganisationSettings

        org = OrganisationSettings.for_request(request)
        own = getattr(self, self.image_field, None) if self.image_field else None
        return [own, self.share_image, org.default_share_image, org.logo]

    def get_context(self, request, *args, images=(), **kwargs):
        """``images``: more images the page shows, such as the covers of the cards it lists."""
        from home.site_text import page_frame

        context = super().get_context(request, *args, **kwargs)
        # What the header, footer and language switch link to, with this page's translations: one query.
        page_frame(request, self)
        # The renditions of every image the page shows, its cards' too, in one query (the image tags then
        # find them).
        shown = [*self.images_shown(request), *images]
        prefetch_related_objects([image for image in shown if image is not None], "renditions")
        return context

    def get_sitemap_urls(self, request=None):
        """Wagtail's sitemap entry, with the page's translations as ``hreflang`` alternates (home/sitemaps.py)."""
        from home.sitemaps import add_alternates

        return add_alternates(self, request, super().get_sitemap_urls(request))

    def plain_words(self):
        """The page's accented words spelled without their accents, for the search index (home/search.py)."""
        return plain_words_of(self)

    @property
    def preview_sizes(self):
        return self.PREVIEW_SIZES

    @property
    def default_preview_size(self):
        return "mobile"

    @cached_property
    def meta_description(self):
        if self.search_description:
            return self.search_description
        if self.summary_field:
            text = getattr(self, self.summary_field, "") or ""
            return Truncator(" ".join(str(text).split())).chars(200)
        return ""

    @cached_property
    def share_image(self):
        if self.social_image_id:
            return self.social_image
        if self.image_field:
            return getattr(self, self.image_field, None)
        return None
