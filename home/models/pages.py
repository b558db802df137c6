"""The home page, general pages and the HTML sitemap."""

from django.db import models
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager

from home.blocks import BodyBlock, LinkBlock
from home.querysets import public_q
from home.search import body_fields, summary_fields

from .base import BasePage


class HomePageManager(PageManager):
    """The home page with its hero image in the same query (Wagtail loads it so for every request)."""

    def get_queryset(self):
        return super().get_queryset().select_related("hero_image")


class HomePage(BasePage):
    """The front page: a welcome, the latest work of each section, and a body."""

    # Wagtail loads the page being served with the default manager; tree changes use ``objects``, which
    # must not join the nullable image (PostgreSQL refuses SELECT … FOR UPDATE across an outer join).
    serving = HomePageManager()

    hero_heading = models.CharField(
        max_length=120,
        help_text="The big heading at the top of the home page; a short sentence about SWP.",
    )
    hero_text = models.TextField(
        max_length=400,
        blank=True,
        help_text="One or two sentences under the heading.",
    )
    hero_image = models.ForeignKey(
        "home.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A wide image beside the heading (optional). Its description is used as alt text.",
    )
    hero_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        max_num=3,
        help_text="Up to three buttons under the heading, such as 'Get help' or 'Read our reports'.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="More sections shown below the latest publications and press.",
    )

    summary_field = "hero_text"
    image_field = "hero_image"

    search_fields = BasePage.search_fields + [
        *body_fields("hero_heading"),
        *summary_fields("hero_text"),
        *body_fields("body"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image"), FieldPanel("hero_links")],
            heading="Welcome",
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # The sections of the site; each singleton section page also limits itself with max_count.
    subpage_types = [
        "home.StandardPage",
        "home.ContactPage",
        "home.DonatePage",
        "home.SitemapPage",
        "home.GetHelpPage",
        "publications.PublicationIndexPage",
        "press.PressIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        default_manager_name = "serving"

    def get_context(self, request, *args, **kwargs):
        # The latest work of each section is added by home.rails; each rail is
        # one cheap query, whatever the number of items in the section. Their cards'
        # images come with the page's own, in one query.
        from home.call_to_action import donate_action_json_ld
        from home.rails import home_rails

        rails = home_rails(request)
        images = [image for rail in rails["rails"] for image in rail.get("images", ())]
        context = super().get_context(request, *args, images=images, **kwargs)
        context.update(rails)
        # The organisation's JSON-LD offers a DonateAction aimed at the donate page.
        context["organisation_json_ld_extra"] = donate_action_json_ld(request)
        return context


class StandardPage(BasePage):
    """A general page: About, Campaigns, Multimedia, Resources and the like."""

    introduction = models.TextField(
        max_length=500,
        blank=True,
        help_text="One or two sentences shown under the title, on cards and in search results.",
    )
    body = StreamField(BodyBlock(), blank=True, help_text="The page's content, built from blocks.")
    sidebar = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("beside the text"),
        help_text=_(
            "Optional: blocks shown beside the text on wide screens and after it on phones, such as the staff "
            "list and internships on the About page. Leave empty for a page of text only."
        ),
    )

    summary_field = "introduction"

    search_fields = BasePage.search_fields + [
        *summary_fields("introduction"),
        *body_fields("body"),
        *body_fields("sidebar"),
    ]
    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body"), FieldPanel("sidebar")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    # Under About: the staff list and the internships; any general page may have general sub-pages.
    subpage_types = ["home.StandardPage", "people.StaffIndexPage", "people.InternshipIndexPage"]

    class Meta:
        verbose_name = _("standard page")


class SitemapPage(BasePage):
    """A human-readable list of every page on the site, built from the live page tree."""

    introduction = models.TextField(
        max_length=500, blank=True, help_text="A sentence shown above the list of pages (optional)."
    )

    summary_field = "introduction"
    # A section with more pages than this shows its first few, in the admin's order, and a link to the section.
    children_shown = 12

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("sitemap page")

    def get_sections(self, request):
        """The home page and the live, public pages two levels below it: ``(home, nested list)``.

        The home page is this page's parent: in each language, the sitemap lists that language's pages. One
        query, which reads only the pages shown: each section's first ``children_shown`` pages, with the number
        of the section's pages beside each (window functions, partitioned by the parent's path), so a section
        of a thousand publications costs what a section of twenty does.
        """
        root_path, root_depth = self.path[: -Page.steplen], self.depth - 1
        parent_path = Substr("path", 1, (F("depth") - 1) * Page.steplen)
        pages = list(
            Page.objects.filter(path__startswith=root_path, depth__gte=root_depth, depth__lte=root_depth + 2)
            .live()
            .filter(public_q())
            .annotate(
                place=Window(RowNumber(), partition_by=parent_path, order_by="path"),
                in_section=Window(Count("pk"), partition_by=parent_path),
            )
            .exclude(depth=root_depth + 2, place__gt=self.children_shown)
            .order_by("path")
            .only("id", "title", "path", "depth", "url_path", "numchild", "draft_title")
        )
        home = next((page for page in pages if page.path == root_path), None)
        by_parent_path = {}
        for page in pages:
            if page is not home:
                by_parent_path.setdefault(page.path[: -Page.steplen], []).append(page)
        sections = []
        for page in by_parent_path.get(root_path, []):
            children = by_parent_path.get(page.path, [])
            sections.append(
                {
                    "page": page,
                    "children": children,
                    "more": children[0].in_section - len(children) if children else 0,
                }
            )
        return home, sections

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["home_page"], context["sections"] = self.get_sections(request)
        return context
