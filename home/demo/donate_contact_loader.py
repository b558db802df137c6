"""The contact and donate demo loader: builds the contact page (with its form), the donate page (with
its amounts) and two appeals from ``home/demo/donate_contact_content.py``, and the Spanish contact and
donate pages, their translations, from ``donate_contact_content_es.py``.

Idempotent: pages, fields, amounts and settings are created only when missing.
"""

from datetime import date

from home import clock
from home.demo import demo_site, ensure_child, publish, stream
from home.models import ContactFormField, ContactPage, DonatePage, DonationAppealPage, OrganisationSettings

from . import donate_contact_content as content
from . import donate_contact_content_es as content_es
from .translations import locale, string_table, translate_pages


def build(home, options):
    """The contact page (with its form), the donate page (with amounts) and its appeals."""
    contact = build_contact(home)
    donate = build_donate(home)
    build_appeals(donate)
    build_org_settings()
    return contact, donate


def build_contact(home):
    fields = dict(content.CONTACT)
    contact = ensure_child(home, ContactPage, fields.pop("slug"), **fields)
    if not contact.form_fields.exists():
        for order, (label, field_type, required, choices, help_text) in enumerate(content.CONTACT_FIELDS):
            ContactFormField.objects.create(
                page=contact,
                sort_order=order,
                label=label,
                field_type=field_type,
                required=required,
                choices=choices,
                help_text=help_text,
            )
        publish(contact)
    return contact


def build_donate(home):
    fields = dict(content.DONATE)
    fields["body"] = stream(*fields["body"])
    donate = ensure_child(home, DonatePage, fields.pop("slug"), **fields)
    if not donate.suggested_amounts.exists():
        for order, (amount, description) in enumerate(content.AMOUNTS):
            donate.suggested_amounts.create(sort_order=order, amount=amount, description=description)
        publish(donate)
    return donate


def build_appeals(donate):
    """A running appeal for 17 December and last year's year-end appeal, which has ended."""
    today = clock.today()
    running = dict(content.RUNNING_APPEAL)
    # This year's appeal day; once it has passed, next year's.
    ends = running.pop("ends")
    end = date(today.year, *ends)
    if today > end:
        end = date(today.year + 1, *ends)
    start = min(today, date(end.year, *running.pop("starts")))
    ensure_child(
        donate,
        DonationAppealPage,
        running.pop("slug").format(year=end.year),
        title=running.pop("title").format(year=end.year),
        body=stream(*running.pop("body")),
        start_date=start,
        end_date=end,
        **running,
    )
    ended = dict(content.ENDED_APPEAL)
    last_year = today.year - 1
    ensure_child(
        donate,
        DonationAppealPage,
        ended.pop("slug").format(year=last_year),
        title=ended.pop("title").format(year=last_year),
        start_date=date(last_year, *ended.pop("starts")),
        end_date=date(last_year, *ended.pop("ends")),
        **ended,
    )


def build_org_settings():
    """Fill in the donation address pattern, office hours and languages where still empty."""
    org = OrganisationSettings.for_site(demo_site())
    changed = False
    if not org.donate_url_pattern:
        org.donate_url_pattern = content.DONATE_URL_PATTERN
        changed = True
    if not org.office_hours:
        org.office_hours = content.OFFICE["office_hours"]
        changed = True
    if not org.languages_spoken:
        org.languages_spoken = content.OFFICE["languages_spoken"]
        changed = True
    if changed:
        org.save()


def build_spanish(home, options):
    """/es/contacto/ and /es/donar/, translations of the English pages."""
    spanish = locale("es")
    if spanish is None or home.get_translation_or_none(spanish) is None:
        return
    strings = string_table(content_es.STRINGS, same=content_es.SAME_IN_SPANISH)
    translate_pages(home, content_es.PAGES, spanish, strings)
