"""Staff: About → Staff (``StaffIndexPage``) → one ``StaffBioPage`` per person (DESIGN.md).

The staff list's order, set by the comms team, is kept in ``StaffOrder`` rows on the index page.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Value, When
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from home.models import BasePage, OrganisationSettings
from home.querysets import public_q
from home.search import body_fields, summary_fields
from home.structured_data import organisation_json_ld, page_language
from home.views import paginate

BIO_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]
STAFF_PER_PAGE = 48


class StaffIndexPage(BasePage):
    """About → Staff: cards for the people who work at SWP now.

    In the order the comms team sets on this page ("Order of the staff list", which Editors change
    and submit like any edit); people left out of that list follow, in the order of the page tree.
    """

    introduction = models.TextField(
        max_length=500,
        blank=True,
        help_text="One or two sentences shown under the title and in search results (optional).",
    )

    summary_field = "introduction"

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        InlinePanel(
            "staff_order",
            heading=_("Order of the staff list"),
            label=_("Person"),
            help_text=_(
                "Who comes first on the Staff page: add people and drag them into order, then submit the page "
                "for review. People not listed here follow, in the order of the page tree."
            ),
        ),
    ]
    search_fields = BasePage.search_fields + [*summary_fields("introduction")]

    parent_page_types = ["home.StandardPage"]
    subpage_types = ["people.StaffBioPage"]
    max_count = 1

    class Meta:
        verbose_name = _("staff index page")

    def clean(self):
        super().clean()
        chosen = [item.person_id for item in self.staff_order.all() if item.person_id]
        if len(chosen) != len(set(chosen)):
            raise ValidationError(_("Each person can appear only once in the order of the staff list."))

    def staff_order_ids(self):
        """The people of "Order of the staff list", in order: as published, or as in the draft being previewed."""
        return list(dict.fromkeys(item.person_id for item in self.staff_order.all() if item.person_id))

    def listing_items(self, limit=None, renditions=True):
        """Current staff, live and public: first those the comms team put in order, then the page tree's order;
        their photos come with them and the photos' renditions in one more query (``renditions=False``: left
        to the page, which loads them with its own images)."""
        ordered = self.staff_order_ids()
        position = Case(*[When(pk=pk, then=Value(n)) for n, pk in enumerate(ordered)], default=Value(len(ordered)))
        items = (
            StaffBioPage.objects.child_of(self)
            .live()
            .filter(public_q())
            .filter(is_current=True)
            .annotate(position=position)
            .order_by("position", "path")
            .select_related("photo")
        )
        if renditions:
            items = items.prefetch_related("photo__renditions")
        return items[:limit] if limit else items

    def get_context(self, request, *args, **kwargs):
        staff = paginate(request, self.listing_items(renditions=False), STAFF_PER_PAGE)
        staff.object_list = list(staff.object_list)
        # The photos' renditions come with the page's own images, in one query.
        photos = [person.photo for person in staff.object_list]
        context = super().get_context(request, *args, images=photos, **kwargs)
        context["staff"] = staff
        return context


class StaffOrder(Orderable):
    """One place in the staff list's order (StaffIndexPage's "Order of the staff list")."""

    page = ParentalKey("people.StaffIndexPage", on_delete=models.CASCADE, related_name="staff_order")
    person = models.ForeignKey(
        "people.StaffBioPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("person"),
        help_text=_("Choose the person's bio page."),
    )

    panels = [PageChooserPanel("person", "people.StaffBioPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("place in the staff list")
        verbose_name_plural = _("order of the staff list")


class StaffBioPageManager(PageManager):
    """Bios with their photo in the same query (also when Wagtail's routing loads the bio being served)."""

    def get_queryset(self):
        return super().get_queryset().select_related("photo")


class StaffBioPage(BasePage):
    """One person who works (or worked) at SWP. The page title is their name."""

    # Wagtail loads the page being served with the default manager; tree changes use ``objects``, which
    # must not join the nullable photo (PostgreSQL refuses SELECT … FOR UPDATE across an outer join).
    serving = StaffBioPageManager()

    role = models.CharField(
        max_length=150, help_text="Their job title, such as 'Supervising Attorney'. Shown on the card and bio."
    )
    pronouns = models.CharField(
        max_length=40, blank=True, help_text="Only if the person wants them shown, e.g. 'she/her' (optional)."
    )
    photo = models.ForeignKey(
        "home.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "A square portrait works best. The image's description in the library is used as its alt text, "
            "so describe the picture there."
        ),
    )
    short_bio = models.TextField(
        max_length=300,
        help_text="One or two sentences for the staff cards and search results.",
    )
    bio = RichTextField(features=BIO_FEATURES, blank=True, help_text="The full biography shown on their page.")
    languages = models.CharField(
        max_length=200,
        blank=True,
        help_text="Languages they work in, separated by commas, e.g. 'English, Spanish' (optional).",
    )
    email = models.EmailField(
        blank=True,
        verbose_name="public email",
        help_text="Only an address the person wants published on the website (optional).",
    )
    is_current = models.BooleanField(
        default=True,
        verbose_name="current staff",
        help_text=(
            "Untick when the person leaves: they disappear from staff listings, but their page and its "
            "address keep working."
        ),
    )

    summary_field = "short_bio"
    image_field = "photo"
    card_template = "people/includes/staff_card.html"

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("role"), FieldPanel("pronouns"), FieldPanel("is_current")],
            heading="Role",
        ),
        FieldPanel("photo"),
        FieldPanel("short_bio"),
        FieldPanel("bio"),
        MultiFieldPanel([FieldPanel("languages"), FieldPanel("email")], heading="Contact"),
    ]
    search_fields = BasePage.search_fields + [
        *body_fields("role"),
        *summary_fields("short_bio"),
        *body_fields("bio"),
        index.FilterField("is_current"),
    ]

    parent_page_types = ["people.StaffIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("staff bio page")
        default_manager_name = "serving"

    @property
    def language_list(self):
        return [item.strip() for item in self.languages.split(",") if item.strip()]

    def person_json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": self.title,
            "jobTitle": self.role,
            "description": self.short_bio,
        }
        if request is not None:
            data["url"] = request.build_absolute_uri(self.get_url(request) or "/")
        if self.is_current:
            org = (
                OrganisationSettings.for_request(request)
                if request is not None
                else OrganisationSettings.for_site(self.get_site())
            )
            data["worksFor"] = organisation_json_ld(org, request)
        if self.photo_id:
            rendition = self.photo.get_rendition("fill-480x480|format-jpeg")
            data["image"] = request.build_absolute_uri(rendition.url) if request is not None else rendition.url
        if self.email:
            data["email"] = self.email
        if self.language_list:
            data["knowsLanguage"] = self.language_list
        return data

    def profile_page_json_ld(self, request):
        """schema.org ProfilePage whose main entity is the Person, as search engines ask of a profile."""
        person = self.person_json_ld(request)
        person.pop("@context")
        data = {
            "@context": "https://schema.org",
            "@type": "ProfilePage",
            "mainEntity": person,
            "name": self.title,
            "inLanguage": page_language(),
        }
        if "url" in person:
            data["url"] = person["url"]
        if self.first_published_at:
            data["dateCreated"] = self.first_published_at.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["person_json_ld"] = self.profile_page_json_ld(request)
        return context
