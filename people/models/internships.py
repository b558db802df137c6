"""Internships: About → Internships (``InternshipIndexPage``) → one ``InternshipPage`` per posting (DESIGN.md).

A posting is open until 11:59 pm New York time on its deadline (people/deadlines.py). Applicants apply
at the posting's ``apply/`` address; that form and what follows it are in people/views.py.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from caching import keys
from home import clock
from home.blocks import BodyBlock
from home.models import BasePage, OrganisationSettings
from home.querysets import public_q
from home.search import body_fields, summary_fields
from home.structured_data import logo_url, organisation_json_ld, postal_address_json_ld
from home.views import paginate

from ..deadlines import closing_datetime, deadline_status, note_change_at_midnight

POSTING_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]
PAST_POSTINGS_PER_PAGE = 12


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
        verbose_name = _("internship index page")

    def postings(self):
        return InternshipPage.objects.child_of(self).live().filter(public_q())

    @staticmethod
    def open_filter(today):
        return Q(application_deadline__gte=today) | Q(application_deadline__isnull=True)

    def open_postings(self, today=None):
        today = today or clock.today()
        return (
            self.postings()
            .filter(self.open_filter(today))
            .order_by(F("application_deadline").asc(nulls_last=True), "path")
        )

    def listing_items(self, limit=None):
        """Open postings, soonest deadline first (for cards in other pages)."""
        today = clock.today()
        items = list(self.open_postings(today)[:limit] if limit else self.open_postings(today))
        for item in items:
            item.posting_status = item.deadline_status(today)
        note_change_at_midnight()  # a page showing these cards changes when a day is over
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = clock.today()
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
            filter_messages.append(
                _("There is no team called “%(team)s”, so postings of every team are shown.") % {"team": team[:80]}
            )
            team = ""
        if term and term not in terms:
            filter_messages.append(
                _("There are no postings for the term “%(term)s”, so every term is shown.") % {"term": term[:80]}
            )
            term = ""
        if team:
            keys.chose(request, "team", team)
            postings = postings.filter(team=team)
        if term:
            keys.chose(request, "term", term)
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
        LEGAL = "legal", _("Legal")
        SOCIAL_WORK = "social-work", _("Social work")
        POLICY = "policy", _("Policy and advocacy")
        COMMUNICATIONS = "communications", _("Communications")
        DEVELOPMENT = "development", _("Development")

    class Compensation(models.TextChoices):
        PAID = "paid", _("Paid")
        UNPAID = "unpaid", _("Unpaid")
        CREDIT = "credit", _("For academic credit")

    class Location(models.TextChoices):
        OFFICE = "office", _("New York office")
        REMOTE = "remote", _("Remote")
        HYBRID = "hybrid", _("Hybrid (New York office and remote)")

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
        verbose_name = _("internship page")

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
        # The same headings as the posting's page, in the page's language.
        responsibilities, qualifications = _("Responsibilities"), _("Qualifications")
        description = "".join(
            expand_db_html(part)
            for part in [
                self.description,
                f"<h3>{responsibilities}</h3>" + self.responsibilities,
                f"<h3>{qualifications}</h3>" + self.qualifications,
            ]
        )
        posted = self.first_published_at or self.latest_revision_created_at or timezone.now()
        data = {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": self.title,
            "description": description,
            "datePosted": posted.astimezone(clock.SITE_TIMEZONE).date().isoformat(),
            "employmentType": "INTERN",
            "hiringOrganization": organisation_json_ld(org, request),
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
            data["hiringOrganization"]["logo"] = logo_url(org, request)
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
        """The application form (people/views.py): the only page of the site that sets the CSRF cookie."""
        from people.views import apply_to_posting  # the views module imports the models

        return apply_to_posting(request, self)

    @path("apply/thanks/", name="apply_thanks")
    def apply_thanks(self, request):
        from people.views import application_sent

        return application_sent(request, self)

    def serve(self, request, *args, **kwargs):
        note_change_at_midnight()  # it shows which postings are open and their days left
        return super().serve(request, *args, **kwargs)
