"""Donations: the donate page and time-limited appeals (the site-wide call to action that shows them is
home/call_to_action.py).

The site takes no payment details. The donate form is a plain GET form whose
target, ``/donate/go/``, checks the amount and frequency and redirects the
visitor to the external donation processor named in the organisation settings.
The rules of that hand-over (amounts, frequencies, the processor's address, the call to action's
choices) are in home/donations.py; the dates appeals run by come from home/clock.py.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Min, Q
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from caching.policy import changes_at
from home import clock
from home.blocks import BodyBlock
from home.donations import (
    FREQUENCY_CHOICES,
    MAX_AMOUNT,
    ONE_TIME,
    build_donate_url,
    dollars,
    parse_amount,
)
from home.querysets import public_q
from home.search import body_fields, summary_fields
from home.translations import one_copy_each

from .base import BasePage
from .site_settings import OrganisationSettings


def next_appeal_change(today=None):
    """When the next live appeal starts or ends (midnight in New York), or None: one query.

    Pages that show which appeal is running (the donate page, the call to action) change then, and
    tell the caches so (caching/policy.py ``changes_at``), so none keeps them past it.
    """
    today = today or clock.today()
    found = (
        DonationAppealPage.objects.live()
        .filter(public_q())
        .aggregate(
            start=Min("start_date", filter=Q(start_date__gt=today)),
            end=Min("end_date", filter=Q(end_date__gte=today)),
        )
    )
    return _first_change(found["start"], found["end"])


def appeals_ahead(today=None):
    """``(running, changes_at)``: the live, public appeals running today, the one that ends soonest
    first, and when the next appeal starts or ends (as ``next_appeal_change``); one query.

    It reads only the appeals that have not ended, so the call to action costs the same however many
    appeals the site has run.
    """
    today = today or clock.today()
    reading = get_language() or settings.LANGUAGE_CODE
    copies = list(
        DonationAppealPage.objects.live()
        .filter(public_q())
        .filter(Q(end_date__gte=today) | Q(start_date__gt=today))
        .filter(locale__language_code__in={reading, settings.LANGUAGE_CODE})
        .annotate(language=F("locale__language_code"))
        .order_by("end_date", "pk")
    )
    # One copy of each appeal: in the language being read where it has one, else in the default language;
    # ``copy_ids`` names every copy, so the one chosen in the settings is found in any language.
    ahead = one_copy_each(copies, lambda appeal: appeal.language == reading)
    for appeal in ahead:
        appeal.copy_ids = {copy.pk for copy in copies if copy.translation_key == appeal.translation_key}
    running = [appeal for appeal in ahead if appeal.start_date <= today <= appeal.end_date]
    starts = [appeal.start_date for appeal in ahead if appeal.start_date > today]
    ends = [appeal.end_date for appeal in ahead if appeal.end_date >= today]
    return running, _first_change(min(starts, default=None), min(ends, default=None))


def _first_change(start, end):
    """Midnight in New York when the first of an appeal's start day or the day after its end begins."""
    moments = []
    if start is not None:
        moments.append(clock.midnight_of(start))
    if end is not None:
        moments.append(clock.midnight_of(end + timedelta(days=1)))
    return min(moments) if moments else None


class DonatePage(RoutablePageMixin, BasePage):
    """The one donate page: the appeal, suggested amounts and a button to the donation processor."""

    headline = models.CharField(
        max_length=160,
        help_text="The big heading of the page, such as 'Stand with sex workers in New York'.",
    )
    introduction = models.TextField(
        max_length=500,
        help_text="One or two sentences under the heading; also used on the donation call to action.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="The story: why SWP needs support and what gifts make possible.",
    )
    offer_monthly = models.BooleanField(
        default=True,
        verbose_name="Offer monthly gifts",
        help_text="Let visitors choose between a one-time and a monthly gift.",
    )
    default_frequency = models.CharField(
        max_length=10,
        choices=FREQUENCY_CHOICES,
        default=ONE_TIME,
        help_text="Which of one-time or monthly is chosen when the page opens.",
    )
    button_text = models.CharField(
        max_length=40,
        default="Donate",
        help_text="The words on the donate button.",
    )
    check_instructions = models.TextField(
        blank=True,
        default=(
            "Make your check payable to the Urban Justice Center, write “Sex Workers Project” on the memo "
            "line, and mail it to:"
        ),
        verbose_name="Giving by check",
        help_text="How to give by check. The postal address from the organisation settings is shown after it.",
    )
    employer_matching = models.TextField(
        blank=True,
        default=(
            "Many employers match their staff's gifts to non-profit organizations. Ask your human resources "
            "team whether yours does, and name the Urban Justice Center (for the Sex Workers Project) as the "
            "recipient."
        ),
        verbose_name="Employer matching",
        help_text="How to ask an employer to match a gift. Leave empty to leave it out.",
    )
    tax_note = models.TextField(
        default=(
            "Gifts to the Sex Workers Project are made to the Urban Justice Center, a 501(c)(3) non-profit "
            "organization. Your gift is tax-deductible to the extent allowed by law."
        ),
        help_text="Who receives the gift and its tax status; shown beside the donate button.",
    )

    summary_field = "introduction"

    search_fields = BasePage.search_fields + [
        *body_fields("headline"),
        *summary_fields("introduction"),
        *body_fields("body"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("headline"),
        FieldPanel("introduction"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel(
                    "suggested_amounts",
                    label="Suggested amount",
                    heading="Suggested amounts",
                    help_text="The amounts offered on the donate form, in order. Visitors can also type their own.",
                ),
                FieldRowPanel([FieldPanel("offer_monthly"), FieldPanel("default_frequency")]),
                FieldPanel("button_text"),
            ],
            heading="Donate form",
            help_text=(
                "The button sends visitors to the donation processor set under Settings › Organisation; "
                "this site never sees their payment details."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("check_instructions"), FieldPanel("employer_matching"), FieldPanel("tax_note")],
            heading="Other ways to give",
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.DonationAppealPage"]
    max_count = 1

    class Meta:
        verbose_name = _("donate page")

    def frequency_choices(self):
        return FREQUENCY_CHOICES if self.offer_monthly else FREQUENCY_CHOICES[:1]

    def running_appeals(self, today=None):
        today = today or clock.today()
        return list(
            DonationAppealPage.objects.child_of(self)
            .live()
            .filter(public_q())
            .filter(start_date__lte=today, end_date__gte=today)
            .order_by("end_date", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        org = OrganisationSettings.for_request(request)
        context["org"] = org
        context["donate_page"] = self
        context["amounts"] = list(self.suggested_amounts.all())
        context["appeals"] = self.running_appeals()
        context["can_give_online"] = bool(org.donate_url or org.donate_url_pattern)
        context.setdefault("chosen_frequency", self.default_frequency)
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        changes_at(next_appeal_change())  # it lists the appeals running today
        return self.render(request)

    @path("go/")
    def go(self, request):
        """Check the visitor's choice and send them to the donation processor (302)."""
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        org = OrganisationSettings.for_request(request)
        raw_amount = (request.GET.get("other_amount") or "").strip() or (request.GET.get("amount") or "").strip()
        frequency = (request.GET.get("frequency") or "").strip() or ONE_TIME
        errors = []
        amount = None
        if raw_amount:
            try:
                amount = parse_amount(raw_amount)
            except ValueError as error:
                errors.append(str(error))
        if frequency not in {value for value, _label in self.frequency_choices()}:
            errors.append(
                _("Choose a one-time gift or a monthly gift.") if self.offer_monthly else _("Choose a one-time gift.")
            )
            frequency = self.default_frequency
        target = build_donate_url(org, amount, frequency) if not errors else ""
        if not errors and not target:
            errors.append(
                _("Online giving is not available right now. Please use one of the other ways to give below.")
            )
        if errors:
            response = self.render(
                request,
                context_overrides={
                    "donate_errors": errors,
                    "chosen_amount": (request.GET.get("amount") or "")[:20],
                    "chosen_other_amount": (request.GET.get("other_amount") or "")[:20],
                    "chosen_frequency": frequency,
                },
            )
            response.status_code = 400
            return response
        return HttpResponseRedirect(target)


class DonationAmount(TranslatableMixin, Orderable):
    """A suggested amount on the donate form, with what it pays for.

    Translatable, so that wagtail-localize translates what it pays for with the donate page (an inline item
    that is not is copied as it is into every language).
    """

    page = ParentalKey(DonatePage, on_delete=models.CASCADE, related_name="suggested_amounts")
    amount = models.PositiveIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(int(MAX_AMOUNT))],
        help_text="In whole dollars, such as 50.",
    )
    description = models.CharField(
        max_length=160,
        blank=True,
        verbose_name="What it pays for",
        help_text="Optional: what this gift makes possible, such as 'A MetroCard to get a client to court'.",
    )

    panels = [FieldPanel("amount"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "suggested amount"

    def __str__(self):
        return dollars(self.amount)


class DonationAppealPage(BasePage):
    """A time-limited appeal with a goal, such as the year-end appeal or 17 December."""

    introduction = models.TextField(
        max_length=500,
        help_text="One or two sentences about the appeal; shown on the donation call to action and in search.",
    )
    body = StreamField(BodyBlock(), blank=True, help_text="The appeal's story (optional).")
    goal = models.PositiveIntegerField(
        validators=[MinValueValidator(1)],
        help_text="The appeal's goal in whole dollars, such as 25000 (shown as $25,000).",
    )
    raised = models.PositiveIntegerField(
        default=0,
        verbose_name="Raised so far",
        help_text=(
            "The amount raised so far in whole dollars, such as 12300 (shown as $12,300). Update it by hand as "
            "gifts come in, then submit the appeal for review (Moderators may publish it straight away)."
        ),
    )
    start_date = models.DateField(help_text="The first day the appeal asks for gifts (New York time).")
    end_date = models.DateField(
        help_text=(
            "The last day of the appeal (New York time). The day after, the page stops asking for gifts and "
            "says the appeal has ended, on its own."
        )
    )
    ended_message = models.TextField(
        blank=True,
        default="Thank you to everyone who gave.",
        help_text="Shown once the appeal has ended, after the date it ended.",
    )

    summary_field = "introduction"

    search_fields = BasePage.search_fields + [
        *summary_fields("introduction"),
        *body_fields("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("goal"), FieldPanel("raised")]),
                FieldPanel("ended_message"),
            ],
            heading="Dates and goal",
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["home.DonatePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("donation appeal")

    @classmethod
    def running(cls, today=None):
        """Live, public appeals running today (New York), the one that ends soonest first."""
        today = today or clock.today()
        return (
            cls.objects.live()
            .filter(public_q())
            .filter(start_date__lte=today, end_date__gte=today)
            .order_by("end_date", "pk")
        )

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The appeal must end on or after the day it starts."})

    def status(self, today=None):
        """'upcoming', 'running' or 'ended', by today's date in New York."""
        today = today or clock.today()
        if today < self.start_date:
            return "upcoming"
        if today > self.end_date:
            return "ended"
        return "running"

    def is_running(self, today=None):
        return self.status(today) == "running"

    @cached_property
    def progress_percent(self):
        if not self.goal:
            return 0
        return min(100, int(self.raised * 100 // self.goal))

    @cached_property
    def progress_value(self):
        """The value the progress bar shows: the amount raised, capped at the goal."""
        return min(self.raised, self.goal)

    @cached_property
    def progress_label(self):
        return _("%(raised)s raised of %(goal)s goal") % {"raised": dollars(self.raised), "goal": dollars(self.goal)}

    def days_left(self, today=None):
        today = today or clock.today()
        return (self.end_date - today).days

    @cached_property
    def donate_page(self):
        parent = self.get_parent()
        return parent.specific if parent is not None else None

    def next_change(self, today=None):
        """When this appeal next starts or ends (midnight in New York), or None once it is over."""
        today = today or clock.today()
        if today < self.start_date:
            return clock.midnight_of(self.start_date)
        if today <= self.end_date:
            return clock.midnight_of(self.end_date + timedelta(days=1))
        return None

    def serve(self, request, *args, **kwargs):
        changes_at(self.next_change())  # its status, days left and button change then
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        org = OrganisationSettings.for_request(request)
        donate_page = self.donate_page if isinstance(self.donate_page, DonatePage) else None
        today = clock.today()
        context.update(
            {
                "org": org,
                "today": today,
                "appeal_status": self.status(today),
                "days_left": self.days_left(today),
                "donate_page": donate_page,
                "amounts": list(donate_page.suggested_amounts.all()) if donate_page else [],
                "can_give_online": bool(donate_page and (org.donate_url or org.donate_url_pattern)),
                "chosen_frequency": donate_page.default_frequency if donate_page else ONE_TIME,
            }
        )
        return context
