"""The rules of giving online, apart from the pages that show them (home/models/donate.py).

The site takes no payment details: the donate form sends the visitor to the external donation
processor named in the organisation settings. This module holds what that hand-over needs and what
the settings offer, without touching the database: the amounts and frequencies the form accepts, the
processor's address built from them, the check of the address pattern an editor types, how amounts
read in dollars, and the choices for the donation call to action across the site.
"""

import re
import string
from decimal import Decimal, InvalidOperation
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

ONE_TIME = "one-time"
MONTHLY = "monthly"
FREQUENCY_CHOICES = [(ONE_TIME, _("One-time")), (MONTHLY, _("Monthly"))]
FREQUENCIES = {value for value, _label in FREQUENCY_CHOICES}

# Gifts the donate form accepts, in dollars; the processor may have its own limits.
MIN_AMOUNT = Decimal("1")
MAX_AMOUNT = Decimal("100000")
_AMOUNT_RE = re.compile(r"^[0-9]{1,9}(\.[0-9]{1,2})?$")

URL_PATTERN_FIELDS = {"amount", "frequency"}

# What the call to action across the site shows (Settings › Donation call to action).
CTA_AUTOMATIC = "automatic"
CTA_APPEAL = "appeal"
CTA_OFF = "off"
CTA_CHOICES = [
    (CTA_AUTOMATIC, _("Automatic: the running appeal that ends soonest, or the donate page when none runs")),
    (CTA_APPEAL, _("The appeal chosen below (the donate page once it is over)")),
    (CTA_OFF, _("Off: show no call to action")),
]


def validate_donate_url_pattern(value):
    """The pattern is a web address with at most ``{amount}`` and ``{frequency}`` in it."""
    if not value:
        return
    try:
        parts = list(string.Formatter().parse(value))
    except ValueError as error:
        raise ValidationError(
            "Curly brackets must come in pairs around a name, as in {amount}.", code="invalid"
        ) from error
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in URL_PATTERN_FIELDS or spec or conversion:
            raise ValidationError(
                "Only {amount} and {frequency} may appear in curly brackets (found {%(name)s}).",
                code="invalid",
                params={"name": name},
            )
    sample = value.format(amount="50", frequency=MONTHLY)
    try:
        URLValidator(schemes=["https"])(sample)
    except ValidationError as error:
        raise ValidationError(
            "Enter a full web address starting with https://, such as "
            "https://processor.example/give?amount={amount}&recurring={frequency}.",
            code="invalid",
        ) from error


def parse_amount(raw):
    """A visitor's amount in dollars as a Decimal; ``ValueError`` with a message they can act on."""
    text = (raw or "").strip().replace(",", "").replace("$", "").strip()
    if not _AMOUNT_RE.match(text):
        raise ValueError(_("Enter the amount in dollars as a number, such as 50."))
    try:
        amount = Decimal(text)
    except InvalidOperation as error:  # pragma: no cover - the pattern above already rules this out
        raise ValueError(_("Enter the amount in dollars as a number, such as 50.")) from error
    if amount < MIN_AMOUNT:
        raise ValueError(_("The smallest gift online is %(amount)s.") % {"amount": dollars(MIN_AMOUNT)})
    if amount > MAX_AMOUNT:
        raise ValueError(
            _("For gifts over %(amount)s, please contact us: we would like to thank you in person.")
            % {"amount": dollars(MAX_AMOUNT)}
        )
    return amount


def format_amount(amount):
    """``50`` for whole dollars, ``50.50`` otherwise: how the amount goes into the processor's address."""
    if amount == amount.to_integral_value():
        return str(int(amount))
    return f"{amount:.2f}"


def build_donate_url(org, amount=None, frequency=None):
    """The processor's address for this gift; every value is URL-encoded before it is put in the pattern."""
    if amount is not None and org.donate_url_pattern:
        return org.donate_url_pattern.format(
            amount=quote(format_amount(amount), safe=""),
            frequency=quote(frequency or ONE_TIME, safe=""),
        )
    return org.donate_url or ""


def dollars(value):
    """``$12,300``; cents only when there are some.

    The digits are grouped by Django's number formatting for the active language (``12,300`` in
    English, and in the United States' Spanish too: swpsite/formats/es/formats.py).
    """
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return ""
    places = 0 if amount == amount.to_integral_value() else 2
    return "$" + number_format(amount, decimal_pos=places, use_l10n=True, force_grouping=True)
