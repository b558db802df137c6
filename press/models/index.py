"""``/press/``: the press room, its lists of releases and appearances, and its feed."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models import BasePage
from home.querysets import public_q
from home.search import summary_fields
from home.sitemaps import add_alternates
from home.translations import children_or_untranslated

from .appearances import PressAppearance
from .releases import PressReleasePage
from .toolkit import MediaToolkitPage

RELEASES_PER_PAGE = 10
APPEARANCES_PER_PAGE = 20
LATEST_ON_INDEX = 5
FEED_ITEMS = 20


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
        from press.views import release_list_context

        return self.render(
            request,
            template="press/press_releases.html",
            context_overrides=release_list_context(self, request),
        )

    @path("appearances/", name="appearances")
    def appearances_route(self, request):
        from press.views import appearance_list_context

        return self.render(
            request,
            template="press/press_appearances.html",
            context_overrides=appearance_list_context(self, request),
        )

    @path("feed/", name="feed")
    def feed_route(self, request):
        from press.feeds import PressReleaseFeed

        return PressReleaseFeed(self)(request)
