"""Site-wide settings the comms team edits under Settings in the admin.

- **Organisation** (Moderators): who SWP is, how to reach it, where donations go.
- **Donation call to action** (Editors too): the appeal the donation box across the site shows; routine
  comms work, kept apart from the organisation's details so that Editors can change it without reaching
  the donation processor's address. It is a choice of appeal, the same in every language: each language
  shows that appeal's own translation.

The words every page shows (the menus and footer, the alert banner) are in each language and live in
home/models/site_text.py.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from home.donations import CTA_AUTOMATIC, CTA_CHOICES, validate_donate_url_pattern
from home.forms_admin import NoticeSettingsForm

SOCIAL_PLATFORMS = [
    ("instagram", "Instagram"),
    ("bluesky", "Bluesky"),
    ("x", "X (Twitter)"),
    ("facebook", "Facebook"),
    ("youtube", "YouTube"),
    ("linkedin", "LinkedIn"),
    ("tiktok", "TikTok"),
    ("mastodon", "Mastodon"),
]


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS, help_text="Which social network.")
    url = blocks.URLBlock(help_text="The full address of SWP's profile, starting with https://.")

    class Meta:
        icon = "site"


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Who SWP is and how to reach it; used in the footer, contact page and search results."""

    select_related = ["default_share_image", "logo"]

    name = models.CharField(
        max_length=120,
        default="Sex Workers Project",
        help_text="The organisation's name as visitors should see it.",
    )
    parent_organisation = models.CharField(
        max_length=120,
        default="Urban Justice Center",
        help_text="The organisation SWP is a project of.",
    )
    parent_organisation_url = models.URLField(
        default="https://www.urbanjustice.org/",
        help_text="The parent organisation's website, linked from the footer.",
    )
    postal_address = models.TextField(blank=True, help_text="The postal address, one line per line of the envelope.")
    phone = models.CharField(max_length=40, blank=True, help_text="The main phone number, e.g. 646-602-5617.")
    email = models.EmailField(blank=True, help_text="The public email address for general questions.")
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        help_text="SWP's profiles on social networks, shown in the footer. Drag to reorder.",
    )
    donate_url = models.URLField(
        blank=True,
        help_text="The donation processor's page where visitors give (the site itself takes no payments).",
    )
    # Donations (see home.donations and home.models.donate)
    donate_url_pattern = models.CharField(
        max_length=500,
        blank=True,
        validators=[validate_donate_url_pattern],
        verbose_name="Donation address with amount",
        help_text=(
            "Optional: the processor's address with the chosen amount and frequency in it, such as "
            "https://processor.example/give?amount={amount}&recurring={frequency}. Only {amount} (in dollars) "
            "and {frequency} ('one-time' or 'monthly') may appear in curly brackets. Leave empty to always "
            "use the address above."
        ),
    )
    # Contact page (see home.models.contact)
    office_hours = models.TextField(
        blank=True,
        help_text="When people can call or visit, one line per line, such as 'Monday to Friday, 10am to 6pm'.",
    )
    languages_spoken = models.CharField(
        max_length=250,
        blank=True,
        help_text="The languages SWP staff speak with clients, such as 'English, Spanish and Mandarin'.",
    )
    default_share_image = models.ForeignKey(
        "home.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Used when a shared page has no image of its own. Best at 1200 × 630 pixels.",
    )
    logo = models.ForeignKey(
        "home.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="SWP's logo, used by search engines and in press material (a square PNG works best).",
    )
    quick_exit_url = models.URLField(
        blank=True,
        verbose_name="Quick exit destination",
        help_text=(
            "The neutral website that the 'Quick exit' button opens in place of this site. "
            "Leave empty for a weather site."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("parent_organisation"), FieldPanel("parent_organisation_url")],
            heading="Organisation",
        ),
        MultiFieldPanel(
            [FieldPanel("postal_address"), FieldPanel("phone"), FieldPanel("email")],
            heading="Contact details",
        ),
        FieldPanel("social_links"),
        FieldPanel("donate_url"),
        MultiFieldPanel(
            [FieldPanel("donate_url_pattern")],
            heading="Donate button",
            help_text=(
                "Which appeal the call to action across the site shows is chosen under "
                "Settings › Donation call to action."
            ),
        ),
        MultiFieldPanel([FieldPanel("office_hours"), FieldPanel("languages_spoken")], heading="Office hours"),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("default_share_image")], heading="Images"),
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = "organisation"

    @property
    def address_lines(self):
        return [line.strip() for line in self.postal_address.splitlines() if line.strip()]

    @property
    def office_hours_lines(self):
        return [line.strip() for line in self.office_hours.splitlines() if line.strip()]


@register_setting(icon="pick")
class NoticeSettings(BaseSiteSetting):
    """The donation call to action: which appeal the donation box across the site shows."""

    donation_cta = models.CharField(
        max_length=20,
        choices=CTA_CHOICES,
        default=CTA_AUTOMATIC,
        verbose_name=_("Donation call to action"),
        help_text=_("The box asking for gifts on the home page and at the end of publications and press releases."),
    )
    donation_cta_appeal = models.ForeignKey(
        "home.DonationAppealPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Appeal in the call to action"),
        help_text=_(
            "Used when the call to action is set to 'the appeal chosen below'. Only appeals running today "
            "are listed; once the chosen appeal ends, the call to action shows the donate page. Pages in "
            "another language show the appeal's translation in that language, where it has one."
        ),
    )

    base_form_class = NoticeSettingsForm
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("donation_cta", widget=forms.RadioSelect),
                FieldPanel("donation_cta_appeal", widget=forms.Select),
            ],
            heading=_("Donation call to action"),
            help_text=_(
                "The dashboard lists every appeal running today and the one the call to action uses. "
                "The alert banner has its own item in the menu, Alert banner."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("donation call to action")


SITE_SETTINGS = (OrganisationSettings, NoticeSettings)


def load_site_settings(request):
    """Read the site's two settings for ``request`` in one query, for every ``for_request`` that follows.

    Every page shows both (the header and footer, the call to action); each
    ``for_request`` would read its own table. This reads them together from the request's site, each
    with the images its ``select_related`` names, and hands each to Wagtail's settings for the rest of the
    request under the name ``get_cache_attr_name()`` gives, as Wagtail's own settings preview does. A
    setting the site does not have yet is left to ``for_request``, which creates it as before.
    """
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        return
    waiting = [model for model in SITE_SETTINGS if not hasattr(request, model.get_cache_attr_name())]
    if not waiting:
        return
    related = []
    for model in waiting:
        accessor = model._meta.model_name  # the reverse one-to-one from the site
        related += [accessor] + [f"{accessor}__{field}" for field in model.select_related or ()]
    loaded = Site.objects.select_related(*related).get(pk=site.pk)
    for model in waiting:
        try:
            instance = getattr(loaded, model._meta.model_name)
        except model.DoesNotExist:
            continue
        setattr(request, model.get_cache_attr_name(), instance)
