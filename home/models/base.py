"""What every page of the site has in common."""

from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageViewRestriction

from home.forms_admin import SitePageForm
from home.privacy import SitePageManager, may_be_private
from home.routing import child_on_path, specific_for_serving


def routes_like_any_page(page):
    """True when ``page``'s own type routes as BasePage does, so it need not be loaded as that type."""
    model = page.specific_class
    return model is not None and issubclass(model, BasePage) and model.route is BasePage.route


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

    objects = SitePageManager()
    # The schedule's fields say their times are New York time (home/forms_admin.py).
    base_form_class = SitePageForm

    summary_field = None
    # The image field used for sharing when no social image is chosen.
    image_field = None
    # Foreign keys the page's template always shows, loaded with the page when it is served.
    serve_select_related = ()

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

    def route(self, request, path_components):
        """Wagtail's routing, with the pages along the address loaded in one query (home/routing.py).

        A page on the way to the one requested is loaded as its own page type only when that type
        routes in its own way (routable pages); the others pass the request on as this method would.
        """
        if not path_components:
            return super().route(request, path_components)
        parent = self
        while True:
            child = child_on_path(request, parent, path_components)
            if child is None:
                raise Http404
            child._cached_parent_obj = parent
            path_components = path_components[1:]
            if not path_components or not routes_like_any_page(child):
                return specific_for_serving(child).route(request, path_components)
            parent = child

    def get_view_restrictions(self):
        """Wagtail's check, asked only where a private section or an alias could apply (home/privacy.py)."""
        if may_be_private(self):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()

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
