"""Demo content for the contact and donate pages: the contact form, suggested amounts and two appeals.

Idempotent: pages, fields, amounts and settings are created only when missing.
"""

from datetime import date

from home.demo import demo_site, ensure_child, publish, rich, stream
from home.models import ContactFormField, ContactPage, DonatePage, DonationAppealPage, OrganisationSettings
from home.models.donate import local_today

DONATE_URL_PATTERN = "https://secure.example.org/donate/urban-justice-center?amount={amount}&frequency={frequency}"

CONTACT_FIELDS = [
    ("Name", "singleline", True, "", "The name you would like us to use. It does not have to be your legal name."),
    ("Email", "email", True, "", "We answer by email unless you ask us not to below."),
    ("Phone", "singleline", False, "", "Only if you would like us to call or text you."),
    (
        "How should we reach you",
        "radio",
        True,
        "Email\nPhone call\nText message",
        "Choose the way that is safe for you.",
    ),
    ("Message", "multiline", True, "", "A few lines about what you need. Please do not include details of a case."),
]

AMOUNTS = [
    (25, "A MetroCard so a client can get to court and to appointments"),
    (50, "Translation of a client's documents for an immigration case"),
    (100, "An hour of counselling with one of our social workers"),
    (250, "The court fees to clear a survivor's criminal record"),
]


def build(home, options):
    """The contact page (with its form), the donate page (with amounts) and its appeals."""
    contact = build_contact(home)
    donate = build_donate(home)
    build_appeals(donate)
    build_org_settings()
    return contact, donate


def build_contact(home):
    contact = ensure_child(
        home,
        ContactPage,
        "contact",
        title="Contact",
        introduction=(
            "Sex workers, survivors of trafficking, their families and the people who work with them can "
            "contact us. Our services are free and confidential."
        ),
        to_address="swp@urbanjustice.org",
        subject="New message from the SWP website",
        thank_you_text=rich(
            "We answer messages within two working days. If you asked us not to write back by email, "
            "we will reach you the way you chose.",
            "If you are in danger now, call 911.",
        ),
    )
    if not contact.form_fields.exists():
        for order, (label, field_type, required, choices, help_text) in enumerate(CONTACT_FIELDS):
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
    donate = ensure_child(
        home,
        DonatePage,
        "donate",
        title="Donate",
        headline="Stand with sex workers and survivors of trafficking in New York",
        introduction=(
            "Your gift pays for free legal and social services for people who trade sex, by choice, "
            "circumstance or coercion, and for the research and advocacy that change the laws that harm them."
        ),
        body=stream(
            ("heading", {"text": "What your gift does", "level": "h2"}),
            (
                "paragraph",
                rich(
                    "Every year our attorneys and social workers help hundreds of people stay in their homes, "
                    "clear their records, keep their children and win the right to stay in the United States. "
                    "Most of our clients could not pay for a lawyer, and many have been turned away elsewhere.",
                    "Gifts from people like you keep our services free, confidential and free of judgment, and "
                    "let us speak up in Albany and City Hall for laws that treat sex workers as people.",
                ),
            ),
        ),
    )
    if not donate.suggested_amounts.exists():
        for order, (amount, description) in enumerate(AMOUNTS):
            donate.suggested_amounts.create(sort_order=order, amount=amount, description=description)
        publish(donate)
    return donate


def build_appeals(donate):
    """A running appeal for 17 December and last year's year-end appeal, which has ended."""
    today = local_today()
    # 17 December, the International Day to End Violence Against Sex Workers; after it, next year's.
    end = date(today.year, 12, 17)
    if today > end:
        end = date(today.year + 1, 12, 17)
    start = min(today, date(end.year, 11, 1))
    ensure_child(
        donate,
        DonationAppealPage,
        f"december-17-{end.year}",
        title=f"17 December {end.year}: End violence against sex workers",
        introduction=(
            "On the International Day to End Violence Against Sex Workers, help us keep our legal services "
            "free for people who have been hurt and then punished for reporting it."
        ),
        body=stream(
            (
                "paragraph",
                rich(
                    "Sex workers who report violence are too often arrested, evicted or reported to immigration "
                    "instead of protected. Our attorneys stand beside them. Help us reach our goal by 17 December."
                ),
            ),
        ),
        goal=25000,
        raised=12300,
        start_date=start,
        end_date=end,
    )
    last_year = today.year - 1
    ensure_child(
        donate,
        DonationAppealPage,
        f"year-end-appeal-{last_year}",
        title=f"Year-end appeal {last_year}",
        introduction="Our appeal for the end of the year, to start the new year ready for every client who calls.",
        goal=40000,
        raised=42650,
        start_date=date(last_year, 11, 15),
        end_date=date(last_year, 12, 31),
        ended_message="Thank you to everyone who gave: together we passed our goal.",
    )


def build_org_settings():
    """Fill in the donation address pattern, office hours and languages where still empty."""
    org = OrganisationSettings.for_site(demo_site())
    changed = False
    if not org.donate_url_pattern:
        org.donate_url_pattern = DONATE_URL_PATTERN
        changed = True
    if not org.office_hours:
        org.office_hours = "Monday to Friday, 10am to 6pm\nClosed on public holidays"
        changed = True
    if not org.languages_spoken:
        org.languages_spoken = "English and Spanish; we work with interpreters for other languages"
        changed = True
    if changed:
        org.save()
