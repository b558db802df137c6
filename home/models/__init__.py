"""Models of the ``home`` app, one module per content area."""

from .base import BasePage  # noqa: F401
from .contact import ContactFormField, ContactPage, ContactSubmission  # noqa: F401
from .donate import DonatePage, DonationAmount, DonationAppealPage  # noqa: F401
from .get_help import GetHelpPage, HolidayClosure, OfficeHours  # noqa: F401
from .guides import KnowYourRightsPage  # noqa: F401
from .mail_queue import QueuedEmail  # noqa: F401
from .media import SiteDocument, SiteImage, SiteRendition  # noqa: F401
from .pages import HomePage, SitemapPage, StandardPage  # noqa: F401
from .site_settings import NoticeSettings, OrganisationSettings  # noqa: F401
from .site_text import AlertBanner, Navigation  # noqa: F401
