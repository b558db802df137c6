"""The Get help page: how someone who needs SWP's services reaches intake.

One per home page (``max_count_per_parent``), so each language's tree can have its own. The team
edits the intake phone, email, text number, office, office hours (one row per weekday and opening),
holiday closures, languages and the rest as fields; the page turns them into a table of hours, a
``LegalService`` JSON-LD block and the data from which ``static/js/open-status.js`` says, in New
York time and in the visitor's browser, whether the office is open now. The server never says
"open now" itself, so a page kept in a cache can never be stale about it.
"""

import json

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.dates import WEEKDAYS
from django.utils.formats import time_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from home import clock
from home.phones import sms_href, tel_href

from .base import BasePage
from .site_settings import OrganisationSettings

GET_HELP_FEATURES = ["bold", "italic", "link", "ul", "ol"]

# ISO weekday numbers (Monday is 1), as the browser script and schema.org's day names expect.
ISO_WEEKDAYS = [(number, WEEKDAYS[number - 1]) for number in range(1, 8)]
SCHEMA_DAYS = {
    1: "Monday",
    2: "Tuesday",
    3: "Wednesday",
    4: "Thursday",
    5: "Friday",
    6: "Saturday",
    7: "Sunday",
}


class EmergencyNumberBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        max_length=120,
        label=_("Who to call"),
        help_text=_("Such as 'Police, fire or ambulance' or 'National Human Trafficking Hotline'."),
    )
    number = blocks.CharBlock(
        max_length=40,
        label=_("Number"),
        help_text=_("The number to call, as people should dial it, such as 911 or 1-888-373-7888."),
    )
    note = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Note"),
        help_text=_("Optional: when to call it, or another way to reach it (such as a number to text)."),
    )

    class Meta:
        icon = "warning"
        label = _("Emergency number")


class GetHelpPage(BasePage):
    """/get-help/: who SWP serves and how to reach intake, with hours, languages and emergency numbers."""

    introduction = models.TextField(
        max_length=500,
        verbose_name=_("introduction"),
        help_text=_("One or two sentences under the title, such as 'Free, confidential legal help…'."),
    )
    who_we_serve = RichTextField(
        features=GET_HELP_FEATURES,
        verbose_name=_("who we serve"),
        help_text=_(
            "Who can ask SWP for help. Say plainly that immigration status, and how someone came to trade "
            "sex, do not matter."
        ),
    )
    phone = models.CharField(
        max_length=40,
        verbose_name=_("intake phone"),
        help_text=_("The number people call for help, such as 646-602-5617. On phones it can be tapped to call."),
    )
    phone_note = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("about the phone line"),
        help_text=_("Optional: one sentence, such as 'Leave a message and we call back within one working day.'"),
    )
    email = models.EmailField(
        blank=True,
        verbose_name=_("intake email"),
        help_text=_("Optional: an email address for people asking for help."),
    )
    text_number = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("number to text"),
        help_text=_("Optional: a number people can send a text message to. Leave empty if SWP does not offer it."),
    )
    address = models.TextField(
        max_length=500,
        blank=True,
        verbose_name=_("office address"),
        help_text=_("Where the office is, one line per line of the envelope."),
    )
    address_note = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("about visiting"),
        help_text=_("Optional: such as 'Visits by appointment only; call first.'"),
    )
    hours_note = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("about the hours"),
        help_text=_(
            "Optional: shown under the hours, such as 'Messages left outside these hours are answered the "
            "next working day.'"
        ),
    )
    languages = models.TextField(
        max_length=500,
        blank=True,
        verbose_name=_("languages spoken"),
        help_text=_("The languages staff speak with clients, one per line, such as English, Spanish."),
    )
    languages_note = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("about languages"),
        help_text=_("Optional: such as 'We work with interpreters for any other language, free of charge.'"),
    )
    what_happens = RichTextField(
        features=GET_HELP_FEATURES,
        verbose_name=_("what happens when you call"),
        help_text=_("What someone can expect when they call: who answers, what they are asked, what comes next."),
    )
    confidentiality = RichTextField(
        features=GET_HELP_FEATURES,
        verbose_name=_("confidentiality"),
        help_text=_("What SWP keeps private and what it never shares, in plain words."),
    )
    emergency_numbers = StreamField(
        [("number", EmergencyNumberBlock())],
        blank=True,
        verbose_name=_("emergency numbers"),
        help_text=_("Numbers to call in an emergency or outside office hours, in order. Drag to reorder."),
    )
    area_served = models.CharField(
        max_length=120,
        default="New York City",
        verbose_name=_("area served"),
        help_text=_("Where SWP takes clients from, such as 'New York City'. Given to search engines."),
    )

    summary_field = "introduction"

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction", boost=2),
        index.SearchField("who_we_serve"),
        index.SearchField("what_happens"),
        index.SearchField("confidentiality"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("who_we_serve"),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("phone_note"),
                FieldPanel("email"),
                FieldPanel("text_number"),
            ],
            heading=_("How to reach intake"),
        ),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("address_note")], heading=_("The office")),
        InlinePanel(
            "office_hours",
            heading=_("Office hours"),
            label=_("Opening"),
            help_text=_(
                "One row per day and opening, in New York time. Add two rows for a day with a lunch break. "
                "Days without a row are shown as closed."
            ),
        ),
        FieldPanel("hours_note"),
        InlinePanel(
            "closures",
            heading=_("Holiday closures"),
            label=_("Closure"),
            help_text=_("Days the office is closed although it would normally be open, such as public holidays."),
        ),
        MultiFieldPanel([FieldPanel("languages"), FieldPanel("languages_note")], heading=_("Languages")),
        FieldPanel("what_happens"),
        FieldPanel("confidentiality"),
        FieldPanel("emergency_numbers"),
        FieldPanel("area_served"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.KnowYourRightsPage"]
    # One per home page: the English site has one, and each language's tree may have its own.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("get help page")
        verbose_name_plural = _("get help pages")

    # --- What the template and the JSON-LD use ---------------------------------------------------

    @property
    def phone_href(self):
        return tel_href(self.phone)

    @property
    def text_href(self):
        return sms_href(self.text_number)

    @property
    def address_lines(self):
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    @property
    def language_list(self):
        return [line.strip(" ,") for line in self.languages.splitlines() if line.strip(" ,")]

    @cached_property
    def opening_rows(self):
        """The office hours, by weekday and opening time (one query, or none in a preview)."""
        return sorted(self.office_hours.all(), key=lambda row: (row.weekday, row.opens))

    def hours_by_day(self):
        """``[{"day": "Monday", "openings": [row, …]}, …]`` for every day of the week, Monday first."""
        rows = self.opening_rows
        return [
            {"number": number, "day": name, "openings": [row for row in rows if row.weekday == number]}
            for number, name in ISO_WEEKDAYS
        ]

    @cached_property
    def closure_rows(self):
        """Every holiday closure, soonest first (one query, or none in a preview)."""
        return sorted(self.closures.all(), key=lambda closure: closure.date)

    def upcoming_closures(self, today=None):
        """Closures that have not ended yet, soonest first (the browser hides any that end before it loads)."""
        today = today or clock.today()
        return [closure for closure in self.closure_rows if closure.last_day >= today]

    def open_status_data(self):
        """The published hours and closures, as the browser script reads them (JSON in data attributes)."""
        hours = [
            {
                "day": row.weekday,
                "opens": row.opens.strftime("%H:%M"),
                "closes": row.closes.strftime("%H:%M"),
                "opensLabel": time_label(row.opens),
                "closesLabel": time_label(row.closes),
            }
            for row in self.opening_rows
        ]
        closures = [
            {"from": closure.date.isoformat(), "to": closure.last_day.isoformat(), "name": closure.name}
            for closure in self.upcoming_closures()
        ]
        days = [str(name) for _number, name in ISO_WEEKDAYS]
        return {
            "hours": json.dumps(hours, separators=(",", ":")),
            "closures": json.dumps(closures, ensure_ascii=False, separators=(",", ":")),
            "days": json.dumps(days, ensure_ascii=False, separators=(",", ":")),
        }

    def legal_service_json_ld(self, request):
        org = OrganisationSettings.for_request(request)
        url = self.get_full_url(request) or request.build_absolute_uri()
        data = {
            "@context": "https://schema.org",
            "@type": "LegalService",
            "@id": url + "#service",
            "name": org.name,
            "url": url,
            "description": self.introduction,
            "telephone": self.phone,
            "areaServed": {"@type": "City", "name": self.area_served} if self.area_served else None,
            "availableLanguage": [{"@type": "Language", "name": name} for name in self.language_list] or None,
            "parentOrganization": {
                "@type": "NGO",
                "name": org.parent_organisation,
                "url": org.parent_organisation_url,
            },
            "isAccessibleForFree": True,
        }
        if self.email:
            data["email"] = self.email
        if self.address_lines:
            data["address"] = {"@type": "PostalAddress", "streetAddress": ", ".join(self.address_lines)}
        specification = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[row.weekday]}",
                "opens": row.opens.strftime("%H:%M"),
                "closes": row.closes.strftime("%H:%M"),
            }
            for row in self.opening_rows
        ]
        # schema.org marks a day closed with opens and closes both at midnight, valid for those days.
        specification += [
            {
                "@type": "OpeningHoursSpecification",
                "name": closure.name,
                "opens": "00:00",
                "closes": "00:00",
                "validFrom": closure.date.isoformat(),
                "validThrough": closure.last_day.isoformat(),
            }
            for closure in self.upcoming_closures()
        ]
        if specification:
            data["openingHoursSpecification"] = specification
        if org.logo_id:
            data["logo"] = request.build_absolute_uri(org.logo.get_rendition("max-512x512|format-png").url)
        return {key: value for key, value in data.items() if value not in (None, "", [])}

    def guides(self):
        from .guides import KnowYourRightsPage

        return KnowYourRightsPage.objects.child_of(self).live().public().defer_streamfields().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = list(self.guides())
        context["hours_by_day"] = self.hours_by_day()
        context["closures"] = self.upcoming_closures()
        context["open_status"] = self.open_status_data()
        context["legal_service_json_ld"] = self.legal_service_json_ld(request)
        return context


def time_label(value):
    """A time as the site's language writes it, such as '9 a.m.' or '5:30 p.m.'."""
    return time_format(value, "P")


class OfficeHours(Orderable):
    """One opening of the office on one weekday, in New York time."""

    page = ParentalKey(GetHelpPage, on_delete=models.CASCADE, related_name="office_hours")
    weekday = models.PositiveSmallIntegerField(
        choices=ISO_WEEKDAYS,
        verbose_name=_("day"),
        help_text=_("The day of the week."),
    )
    opens = models.TimeField(
        verbose_name=_("opens"),
        help_text=_("When the office opens that day, in New York time, such as 09:00."),
    )
    closes = models.TimeField(
        verbose_name=_("closes"),
        help_text=_("When it closes, such as 17:00. Must be later than the opening time."),
    )

    panels = [FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]

    class Meta(Orderable.Meta):
        verbose_name = _("office hours")
        verbose_name_plural = _("office hours")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        super().clean()
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be later than the opening time.")})

    @property
    def opens_label(self):
        return time_label(self.opens)

    @property
    def closes_label(self):
        return time_label(self.closes)


class HolidayClosure(TranslatableMixin, Orderable):
    """A day (or a few days) the office is closed, such as a public holiday; its name is translated with the
    page, its dates are kept in step with the English page's."""

    page = ParentalKey(GetHelpPage, on_delete=models.CASCADE, related_name="closures")
    name = models.CharField(
        max_length=120,
        verbose_name=_("name"),
        help_text=_("What the closure is for, such as 'Thanksgiving' or 'Winter break'."),
    )
    date = models.DateField(verbose_name=_("date"), help_text=_("The (first) day the office is closed."))
    end_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("last day"),
        help_text=_("Optional: for a closure of several days, the last day it is closed."),
    )

    panels = [FieldPanel("name"), FieldPanel("date"), FieldPanel("end_date")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("holiday closure")
        verbose_name_plural = _("holiday closures")

    def __str__(self):
        return f"{self.name} ({self.date:%Y-%m-%d})"

    def clean(self):
        super().clean()
        if self.date and self.end_date and self.end_date < self.date:
            raise ValidationError({"end_date": _("The last day cannot be before the first day.")})

    @property
    def last_day(self):
        return self.end_date or self.date

    @property
    def is_one_day(self):
        return self.end_date is None or self.end_date == self.date
