"""The contact and donate part of the demo, as data: the contact page and its form, the donate page with
its suggested amounts, two appeals and the organisation's donation and office details.

Only data lives here; ``home/demo/donate_contact_loader.py`` makes the pages. Appeals are dated from the
day the demo is built, so their slugs and titles hold a ``{year}`` the loader fills in.
"""

# The organisation settings' donation address, with the amount and frequency a visitor picks.
DONATE_URL_PATTERN = "https://secure.example.org/donate/urban-justice-center?amount={amount}&frequency={frequency}"

CONTACT = {
    "slug": "contact",
    "title": "Contact",
    "introduction": (
        "Sex workers, survivors of trafficking, their families and the people who work with them can "
        "contact us. Our services are free and confidential."
    ),
    "to_address": "swp@urbanjustice.org",
    "subject": "New message from the SWP website",
    "thank_you_text": (
        "<p>We answer messages within two working days. If you asked us not to write back by email, we "
        "will reach you the way you chose.</p>"
        "<p>If you are in danger now, call 911.</p>"
    ),
}

# The contact form: (label, field type, required, choices, help text).
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

DONATE = {
    "slug": "donate",
    "title": "Donate",
    "headline": "Stand with sex workers and survivors of trafficking in New York",
    "introduction": (
        "Your gift pays for free legal and social services for people who trade sex, by choice, "
        "circumstance or coercion, and for the research and advocacy that change the laws that harm them."
    ),
    "body": [
        ("heading", {"text": "What your gift does", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Every year our attorneys and social workers help hundreds of people stay in their "
                "homes, clear their records, keep their children and win the right to stay in the United "
                "States. Most of our clients could not pay for a lawyer, and many have been turned away "
                "elsewhere.</p>"
                "<p>Gifts from people like you keep our services free, confidential and free of "
                "judgment, and let us speak up in Albany and City Hall for laws that treat sex workers "
                "as people.</p>"
            ),
        ),
    ],
}

# Suggested amounts on the donate page: (dollars, what the gift pays for).
AMOUNTS = [
    (25, "A MetroCard so a client can get to court and to appointments"),
    (50, "Translation of a client's documents for an immigration case"),
    (100, "An hour of counselling with one of our social workers"),
    (250, "The court fees to clear a survivor's criminal record"),
]

# A running appeal for 17 December, the International Day to End Violence Against Sex Workers (this
# year's, or next year's once it has passed); it starts on 1 November, or on the day the demo is built if later.
RUNNING_APPEAL = {
    "slug": "december-17-{year}",
    "title": "17 December {year}: End violence against sex workers",
    "introduction": (
        "On the International Day to End Violence Against Sex Workers, help us keep our legal services "
        "free for people who have been hurt and then punished for reporting it."
    ),
    "body": [
        (
            "paragraph",
            (
                "<p>Sex workers who report violence are too often arrested, evicted or reported to "
                "immigration instead of protected. Our attorneys stand beside them. Help us reach our "
                "goal by 17 December.</p>"
            ),
        )
    ],
    "goal": 25000,
    "raised": 12300,
    "starts": (11, 1),
    "ends": (12, 17),
}

# Last year's year-end appeal, which has ended. Dates are (month, day).
ENDED_APPEAL = {
    "slug": "year-end-appeal-{year}",
    "title": "Year-end appeal {year}",
    "introduction": "Our appeal for the end of the year, to start the new year ready for every client who calls.",
    "goal": 40000,
    "raised": 42650,
    "starts": (11, 15),
    "ends": (12, 31),
    "ended_message": "Thank you to everyone who gave: together we passed our goal.",
}

# Organisation settings filled in only where still empty.
OFFICE = {
    "office_hours": "Monday to Friday, 10am to 6pm\nClosed on public holidays",
    "languages_spoken": "English and Spanish; we work with interpreters for other languages",
}
