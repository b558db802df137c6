"""Staff bios, internship postings and the applications interns send.

Page tree (DESIGN.md): About → Staff (``StaffIndexPage``) → one ``StaffBioPage`` per person;
About → Internships (``InternshipIndexPage``) → one ``InternshipPage`` per posting.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Case, F, Q, Value, When
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from home.blocks import BodyBlock
from home.mail import send_or_queue
from home.models import BasePage, OrganisationSettings
from home.querysets import public_q
from home.search import body_fields, summary_fields
from home.spam import rate_limited
from home.views import paginate

from .deadlines import (
    NEW_YORK,
    closing_datetime,
    deadline_status,
    note_change_at_midnight,
    today_in_new_york,
)
from .storage import RESUME_DIRECTORY, private_storage, resume_upload_to

logger = logging.getLogger(__name__)

BIO_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]
POSTING_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]
STAFF_PER_PAGE = 48
PAST_POSTINGS_PER_PAGE = 12


# --- Structured data --------------------------------------------------------------------------


def organisation_json_ld(request, site=None):
    """schema.org Organization for SWP, with the Urban Justice Center as its parent."""
    org = OrganisationSettings.for_request(request) if request is not None else OrganisationSettings.for_site(site)
    data = {
        "@type": "Organization",
        "name": org.name,
        "parentOrganization": {
            "@type": "Organization",
            "name": org.parent_organisation,
            "url": org.parent_organisation_url,
        },
    }
    if request is not None:
        data["url"] = request.build_absolute_uri("/")
    return data


def postal_address_json_ld(org):
    """The office's address as a schema.org PostalAddress, read from the organisation settings."""
    import re

    address = {"@type": "PostalAddress", "addressLocality": "New York", "addressRegion": "NY", "addressCountry": "US"}
    lines = org.address_lines
    if lines:
        match = re.match(r"^(?P<city>[^,]+),\s*(?P<region>[A-Z]{2})\s+(?P<zip>\d{5}(?:-\d{4})?)$", lines[-1])
        if match:
            address.update(
                addressLocality=match["city"].strip(), addressRegion=match["region"], postalCode=match["zip"]
            )
            street = lines[-2] if len(lines) >= 2 else ""
        else:
            street = ", ".join(lines)
        if street:
            address["streetAddress"] = street
    return address


# --- Staff ------------------------------------------------------------------------------------


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
        verbose_name = "staff index page"

    def clean(self):
        super().clean()
        chosen = [item.person_id for item in self.staff_order.all() if item.person_id]
        if len(chosen) != len(set(chosen)):
            raise ValidationError(_("Each person can appear only once in the order of the staff list."))

    def staff_order_ids(self):
        """The people of "Order of the staff list", in order: as published, or as in the draft being previewed."""
        return list(dict.fromkeys(item.person_id for item in self.staff_order.all() if item.person_id))

    def listing_items(self, limit=None):
        """Current staff, live and public: first those the comms team put in order, then the page tree's order;
        their photos come with them and the photos' renditions in one more query."""
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
            .prefetch_related("photo__renditions")
        )
        return items[:limit] if limit else items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["staff"] = paginate(request, self.listing_items(), STAFF_PER_PAGE)
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
        verbose_name = "staff bio page"
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
            data["worksFor"] = organisation_json_ld(request, site=None if request is not None else self.get_site())
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
        data = {"@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": person, "name": self.title}
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


# --- Internships ------------------------------------------------------------------------------


class InternshipIndexPage(BasePage):
    """About → Internships: open postings first with their deadlines, then past postings."""

    introduction = models.TextField(
        max_length=500,
        blank=True,
        help_text="One or two sentences shown under the title and in search results.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="More about interning at SWP, shown below the open postings (optional).",
    )
    no_openings_message = models.CharField(
        max_length=300,
        default="There are no open internships right now. New postings appear here; please check back.",
        help_text="Shown when no posting is open.",
    )

    summary_field = "introduction"

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("no_openings_message"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [*summary_fields("introduction"), *body_fields("body")]

    parent_page_types = ["home.StandardPage"]
    subpage_types = ["people.InternshipPage"]
    max_count = 1

    class Meta:
        verbose_name = "internship index page"

    def postings(self):
        return InternshipPage.objects.child_of(self).live().filter(public_q())

    @staticmethod
    def open_filter(today):
        return Q(application_deadline__gte=today) | Q(application_deadline__isnull=True)

    def open_postings(self, today=None):
        today = today or today_in_new_york()
        return (
            self.postings()
            .filter(self.open_filter(today))
            .order_by(F("application_deadline").asc(nulls_last=True), "path")
        )

    def listing_items(self, limit=None):
        """Open postings, soonest deadline first (for cards in other pages)."""
        today = today_in_new_york()
        items = list(self.open_postings(today)[:limit] if limit else self.open_postings(today))
        for item in items:
            item.posting_status = item.deadline_status(today)
        note_change_at_midnight()  # a page showing these cards changes when a day is over
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = today_in_new_york()
        postings = self.postings()
        teams = dict(InternshipPage.Team.choices)
        terms = sorted(
            {term for term in postings.order_by().values_list("term", flat=True).distinct() if term},
            key=str.lower,
        )
        filter_messages = []
        team = request.GET.get("team", "").strip()
        term = request.GET.get("term", "").strip()
        if team and team not in teams:
            filter_messages.append(f"There is no team called “{team[:80]}”, so postings of every team are shown.")
            team = ""
        if term and term not in terms:
            filter_messages.append(f"There are no postings for the term “{term[:80]}”, so every term is shown.")
            term = ""
        if team:
            postings = postings.filter(team=team)
        if term:
            postings = postings.filter(term=term)

        open_postings = list(
            postings.filter(self.open_filter(today)).order_by(F("application_deadline").asc(nulls_last=True), "path")
        )
        for posting in open_postings:
            posting.posting_status = posting.deadline_status(today)
        past = paginate(
            request,
            postings.filter(application_deadline__lt=today).order_by("-application_deadline", "path"),
            PAST_POSTINGS_PER_PAGE,
        )
        for posting in past:
            posting.posting_status = posting.deadline_status(today)
        context.update(
            today=today,
            open_postings=open_postings,
            past_postings=past,
            teams=InternshipPage.Team.choices,
            terms=terms,
            selected_team=team,
            selected_term=term,
            is_filtered=bool(team or term),
            filter_messages=filter_messages,
        )
        return context

    def serve(self, request, *args, **kwargs):
        note_change_at_midnight()  # it shows which postings are open and their days left
        return super().serve(request, *args, **kwargs)


class InternshipPage(RoutablePageMixin, BasePage):
    """One internship posting. The page title is the position's title. Applicants apply at ``apply/``."""

    class Team(models.TextChoices):
        LEGAL = "legal", "Legal"
        SOCIAL_WORK = "social-work", "Social work"
        POLICY = "policy", "Policy and advocacy"
        COMMUNICATIONS = "communications", "Communications"
        DEVELOPMENT = "development", "Development"

    class Compensation(models.TextChoices):
        PAID = "paid", "Paid"
        UNPAID = "unpaid", "Unpaid"
        CREDIT = "credit", "For academic credit"

    class Location(models.TextChoices):
        OFFICE = "office", "New York office"
        REMOTE = "remote", "Remote"
        HYBRID = "hybrid", "Hybrid (New York office and remote)"

    summary = models.TextField(
        max_length=300,
        help_text="One or two sentences for the listing card and search results.",
    )
    team = models.CharField(max_length=20, choices=Team.choices, help_text="The team the intern works with.")
    term = models.CharField(
        max_length=40,
        help_text="The term, written the same way on every posting so visitors can filter: e.g. 'Spring 2027'.",
    )
    start_date = models.DateField(help_text="The internship's first day.")
    end_date = models.DateField(help_text="The internship's last day.")
    application_deadline = models.DateField(
        null=True,
        blank=True,
        db_index=True,
        help_text=(
            "The last day to apply; applications close at 11:59 pm New York time that day, and the posting "
            "then moves to 'past postings' by itself. Leave empty only for rolling applications."
        ),
    )
    rolling = models.BooleanField(
        default=False,
        verbose_name="rolling applications",
        help_text="Tick if applications are reviewed as they arrive. With no deadline the posting stays open.",
    )
    compensation = models.CharField(
        max_length=10,
        choices=Compensation.choices,
        default=Compensation.UNPAID,
        help_text="Whether the internship is paid, unpaid, or for academic credit.",
    )
    hours_per_week = models.CharField(
        max_length=40, help_text="Hours a week, e.g. '15–20' or '35'. Shown as 'N hours a week'."
    )
    location = models.CharField(
        max_length=10, choices=Location.choices, default=Location.OFFICE, help_text="Where the intern works."
    )
    description = RichTextField(features=POSTING_FEATURES, help_text="What the internship is about.")
    responsibilities = RichTextField(features=POSTING_FEATURES, help_text="What the intern will do; a list works well.")
    qualifications = RichTextField(features=POSTING_FEATURES, help_text="Who should apply; a list works well.")
    how_to_apply = RichTextField(
        features=POSTING_FEATURES,
        blank=True,
        help_text="Anything applicants should know beyond the online form, e.g. writing samples (optional).",
    )
    contact_email = models.EmailField(
        blank=True,
        help_text=(
            "Who receives an email for each application. Leave empty to use the email address in "
            "Settings → Organisation."
        ),
    )

    summary_field = "summary"
    card_template = "people/includes/internship_card.html"

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("team"), FieldPanel("term")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("application_deadline"), FieldPanel("rolling")]),
                FieldRowPanel([FieldPanel("compensation"), FieldPanel("hours_per_week"), FieldPanel("location")]),
            ],
            heading="The posting at a glance",
        ),
        FieldPanel("description"),
        FieldPanel("responsibilities"),
        FieldPanel("qualifications"),
        MultiFieldPanel([FieldPanel("how_to_apply"), FieldPanel("contact_email")], heading="Applying"),
    ]
    search_fields = BasePage.search_fields + [
        *summary_fields("summary"),
        *body_fields("description"),
        *body_fields("responsibilities"),
        *body_fields("qualifications"),
        index.FilterField("team"),
        index.FilterField("term"),
    ]

    parent_page_types = ["people.InternshipIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "internship page"

    def clean(self):
        super().clean()
        errors = {}
        if not self.application_deadline and not self.rolling:
            errors["application_deadline"] = "Give the last day to apply, or tick 'rolling applications'."
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "The last day cannot be before the first day."
        if errors:
            raise ValidationError(errors)

    # -- Deadlines

    def deadline_status(self, today=None):
        return deadline_status(self.application_deadline, rolling=self.rolling, today=today)

    @cached_property
    def posting_status(self):
        """Open or closed right now (New York date); listings set it for their own 'today'."""
        return self.deadline_status()

    @property
    def closes_at(self):
        return closing_datetime(self.application_deadline) if self.application_deadline else None

    def get_contact_email(self, request=None):
        if self.contact_email:
            return self.contact_email
        org = OrganisationSettings.for_request(request) if request is not None else None
        if org is None:
            site = self.get_site()
            org = OrganisationSettings.for_site(site) if site else None
        return (org.email if org else "") or ""

    # -- Structured data

    def job_posting_json_ld(self, request):
        """schema.org JobPosting, for open postings only (closed postings carry none)."""
        if not self.posting_status.is_open:
            return None
        org = OrganisationSettings.for_request(request)
        description = "".join(
            expand_db_html(part)
            for part in [
                self.description,
                "<h3>Responsibilities</h3>" + self.responsibilities,
                "<h3>Qualifications</h3>" + self.qualifications,
            ]
        )
        posted = self.first_published_at or self.latest_revision_created_at or timezone.now()
        data = {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": self.title,
            "description": description,
            "datePosted": posted.astimezone(NEW_YORK).date().isoformat(),
            "employmentType": "INTERN",
            "hiringOrganization": organisation_json_ld(request),
            "url": request.build_absolute_uri(self.get_url(request) or "/"),
            "directApply": True,
        }
        if self.closes_at:
            data["validThrough"] = self.closes_at.isoformat()
        if self.location == self.Location.REMOTE:
            data["jobLocationType"] = "TELECOMMUTE"
            data["applicantLocationRequirements"] = {"@type": "Country", "name": "US"}
        else:
            data["jobLocation"] = {"@type": "Place", "address": postal_address_json_ld(org)}
        if org.logo_id:
            data["hiringOrganization"]["logo"] = request.build_absolute_uri(
                org.logo.get_rendition("max-512x512|format-png").url
            )
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["status"] = self.posting_status
        context["apply_url"] = self.url_for_route(request, "apply")
        return context

    def url_for_route(self, request, name):
        return (self.get_url(request) or self.url or "/") + self.reverse_subpage(name)

    # -- Views

    @path("")
    def index_route(self, request, *args, **kwargs):
        context = self.get_context(request, *args, **kwargs)
        context["job_posting_json_ld"] = self.job_posting_json_ld(request)
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context)

    @path("apply/", name="apply")
    def apply(self, request):
        """The application form: the only page of the site that sets the CSRF cookie."""
        from .forms import InternshipApplicationForm

        if request.method not in ("GET", "HEAD", "POST"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        context = self.get_context(request)
        status = context["status"]
        template = "people/internship_apply.html"
        if not status.is_open:
            # GET explains; a POST is refused and nothing is stored.
            context["form"] = None
            refused = 410 if request.method == "POST" else 200
            return self._private(TemplateResponse(request, template, context, status=refused))
        http_status = 200
        if request.method == "POST":
            form = InternshipApplicationForm(request.POST, request.FILES)
            if form.is_spam():
                # A bot filled in the hidden field: pretend all went well and keep nothing.
                logger.info("Internship application refused as spam (honeypot) for posting %s", self.pk)
                return redirect(self.url_for_route(request, "apply_thanks"), permanent=False)
            if form.is_valid():
                if rate_limited(request, "internship-apply"):
                    context["rate_limited"] = True
                    http_status = 429
                else:
                    try:
                        application = InternshipApplication.create_from_form(self, form)
                    except OSError:
                        # The résumé could not be stored (disk full, folder not writable): nothing was
                        # kept, and the applicant is told to send it again.
                        logger.exception("Internship application for posting %s not stored: storage failed", self.pk)
                        context["storage_failed"] = True
                        http_status = 503
                    else:
                        application.notify_contact(request)
                        response = redirect(self.url_for_route(request, "apply_thanks"))
                        response.status_code = 303
                        return response
        else:
            form = InternshipApplicationForm()
        context["form"] = form
        context["retention_days"] = settings.DATA_RETENTION_DAYS
        return self._private(TemplateResponse(request, template, context, status=http_status))

    @path("apply/thanks/", name="apply_thanks")
    def apply_thanks(self, request):
        context = self.get_context(request)
        return self._private(TemplateResponse(request, "people/internship_apply_thanks.html", context))

    @staticmethod
    def _private(response):
        from django.utils.cache import add_never_cache_headers

        add_never_cache_headers(response)
        return response

    def serve(self, request, *args, **kwargs):
        note_change_at_midnight()  # it shows which postings are open and their days left
        return super().serve(request, *args, **kwargs)


# --- Applications -----------------------------------------------------------------------------


class InternshipApplication(models.Model):
    """What an applicant sent. Personal data: deleted after DATA_RETENTION_DAYS (purge_personal_data)."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        REVIEWING = "reviewing", "Reviewing"
        INTERVIEW = "interview", "Interview"
        DECLINED = "declined", "Declined"
        ACCEPTED = "accepted", "Accepted"

    posting = models.ForeignKey(
        InternshipPage,
        null=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        help_text="The posting applied for.",
    )
    position_title = models.CharField(
        max_length=255, help_text="The posting's title when the application arrived (kept if the posting is deleted)."
    )
    name = models.CharField(max_length=150, help_text="The applicant's name, as they wrote it.")
    email = models.EmailField(max_length=254, help_text="Where to reply to the applicant.")
    pronouns = models.CharField(max_length=60, blank=True, help_text="The applicant's pronouns, if they gave them.")
    school = models.CharField(
        max_length=200, verbose_name="school or programme", help_text="The school or programme the applicant attends."
    )
    availability = models.TextField(
        max_length=1000, help_text="When the applicant can start and how many hours a week."
    )
    cover_letter = models.TextField(
        max_length=10000, help_text="Why the applicant wants this internship, in their words."
    )
    resume = models.FileField(
        storage=private_storage,
        upload_to=resume_upload_to,
        max_length=255,
        verbose_name="résumé",
        help_text="Stored privately; download it with the link, which checks your permission.",
    )
    status = models.CharField(
        max_length=12,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
        help_text="Where the application stands. The applicant does not see this.",
    )
    notes = models.TextField(
        blank=True, help_text="Private notes for the team reviewing applications. The applicant never sees them."
    )
    submitted_at = models.DateTimeField(
        default=timezone.now, db_index=True, editable=False, help_text="When the application arrived (New York time)."
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = "internship application"
        verbose_name_plural = "internship applications"

    def __str__(self):
        return f"{self.name} ({self.position_title})"

    @classmethod
    def create_from_form(cls, posting, form):
        """Save the application (and its file) before anything else happens."""
        data = form.cleaned_data
        upload = data["resume"]
        upload.name = f"resume.{form.resume_kind}"
        application = cls(
            posting=posting,
            position_title=posting.title[:255],
            name=data["name"],
            email=data["email"],
            pronouns=data.get("pronouns", ""),
            school=data["school"],
            availability=data["availability"],
            cover_letter=data["cover_letter"],
            resume=upload,
        )
        try:
            with transaction.atomic():
                application.save()
        except Exception:
            # The file is written before the row: if the row could not be, the file goes too.
            stored = application.resume.name
            if stored and stored.startswith(f"{RESUME_DIRECTORY}/"):
                application.resume.storage.delete(stored)
            raise
        return application

    @property
    def resume_kind(self):
        name = self.resume.name or ""
        return name.rsplit(".", 1)[-1].lower() if "." in name else ""

    @property
    def resume_download_name(self):
        return f"resume-{slugify(self.name)[:40] or 'applicant'}-{self.pk}.{self.resume_kind or 'bin'}"

    def get_resume_url(self):
        return reverse("people:resume_download", args=[self.pk])

    def get_admin_url(self):
        try:
            return reverse("people_internshipapplication_modeladmin_edit", args=[self.pk])
        except NoReverseMatch:
            return ""

    def notify_contact(self, request=None):
        """Email the posting's contact. A failing mail server is logged and loses nothing."""
        posting = self.posting
        recipient = posting.get_contact_email(request) if posting else ""
        if not recipient:
            logger.warning("Internship application %s saved, but nobody is set to receive the email.", self.pk)
            return False
        admin_url = self.get_admin_url()
        base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
        lines = [
            f"A new application for “{self.position_title}” arrived on the website.",
            "",
            f"Applicant: {self.name}",
            f"Submitted: {timezone.localtime(self.submitted_at):%Y-%m-%d %H:%M} (New York time)",
            "",
            "Read it and download the résumé in the admin (you need to be logged in):",
            f"{base}{admin_url}" if admin_url else base + "/admin/",
        ]
        # Sent now, or kept and sent by send_queued_mail when the mail server is back.
        return send_or_queue(f"New internship application: {self.position_title}"[:150], "\n".join(lines), [recipient])


@receiver(post_delete, sender=InternshipApplication)
def delete_resume_file(sender, instance, **kwargs):
    """An application's résumé goes with it (once the deletion is committed)."""
    name = instance.resume.name
    if name:
        storage = instance.resume.storage
        transaction.on_commit(lambda: storage.delete(name))
