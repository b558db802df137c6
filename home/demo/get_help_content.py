"""The Get help part of the demo, as data: /get-help/ with intake details, office hours, holiday closures
and emergency numbers, and the know-your-rights guide shown as a web page below it.

The guides say, in sections, what the know-your-rights fact sheets of the publications section say
(``publications/demo/content.py``); ``home/demo/get_help_loader.py`` offers those fact sheets' PDFs as the
guides' downloads. The Spanish guide is the translation of the English one (``get_help_content_es.py``).
"""

from datetime import date

# The Get help page itself.
INTAKE = {
    "slug": "get-help",
    "title": "Get help",
    "introduction": (
        "Free, confidential legal and social services for people who trade sex, by choice, circumstance "
        "or coercion, and for survivors of trafficking in New York City."
    ),
    "who_we_serve": (
        "<p>We work with anyone in New York City who trades or has traded sex, and with survivors of "
        "human trafficking of any kind, including labour trafficking.</p>"
        "<strong>How you came to trade sex does not matter to us</strong>, and neither does your "
        "immigration status. You do not have to call yourself a sex worker or a victim to get help, and "
        "you do not have to stop what you are doing."
        "<p>We help with criminal records, immigration, housing, family court, police misconduct, and "
        "with counselling and case management.</p>"
    ),
    "phone": "646-602-5617",
    "phone_note": (
        "If we cannot answer, leave a message with a safe way to reach you; we call back within one working day."
    ),
    "email": "swp@urbanjustice.org",
    "address": "Urban Justice Center\n40 Rector Street, 9th Floor\nNew York, NY 10006",
    "address_note": "Visits are by appointment: call or email first so someone is there to meet you.",
    "hours_note": "Messages left outside these hours are answered the next working day.",
    "languages": "English\nSpanish\nMandarin",
    "languages_note": "For any other language we work with interpreters, free of charge.",
    "what_happens": (
        "<p>A member of our intake team answers. They ask your first name (it does not have to be your "
        "legal name), a safe way to reach you, and what you need help with. You can stop at any time, "
        "and you do not have to answer anything you do not want to.</p>"
        "<p>If we can help, we set up a meeting with an attorney or a social worker, by phone, video or "
        "at our office. If we cannot, we tell you who can.</p>"
    ),
    "confidentiality": (
        "<p>What you tell us stays with us. We do not share it with the police, immigration authorities "
        "or anyone else without your permission, except where the law requires it, and we will explain "
        "those rare cases before you tell us anything.</p>"
        "<p>We never ask why you trade sex or how you came to, and we do not report anyone to "
        "immigration.</p>"
    ),
    "area_served": "New York City",
}

# Emergency numbers: (name, number, note).
EMERGENCY = [
    ("Police, fire or ambulance", "911", "If you are in danger right now."),
    (
        "National Human Trafficking Hotline",
        "1-888-373-7888",
        "Free and confidential, 24 hours a day, in many languages. You can also text 233733.",
    ),
    ("988 Suicide & Crisis Lifeline", "988", "Call or text, 24 hours a day."),
    ("Safe Horizon hotline (violence and abuse)", "1-800-621-4673", "24 hours a day."),
]

# Office hours: (ISO weekday, opens, closes), New York time; Monday to Friday, 9 a.m. to 5 p.m.
HOURS = [
    (1, "09:00", "17:00"),
    (2, "09:00", "17:00"),
    (3, "09:00", "17:00"),
    (4, "09:00", "17:00"),
    (5, "09:00", "17:00"),
]

# The office's holiday closures; the loader dates the next few of them from the day the demo is built.
CLOSURES = {
    "thanksgiving": "Thanksgiving",
    "winter_break": "Winter break",
    "new_year": "New Year's Day",
}

# Know-your-rights guides: each section is (heading, body, what to say), under Get help. ``language`` is
# set only for a guide written in another language than the site's.
GUIDES_LAST_REVIEWED = date(2024, 9, 10)

GUIDES = [
    {
        "slug": "know-your-rights-police",
        "title": "Know Your Rights: Sex Work and the Police in New York",
        "introduction": (
            "What you can do if police stop you, search you or arrest you in New York, and how to reach "
            "a lawyer. Written for people who trade sex."
        ),
        "language": "",
        "sections": [
            (
                "If police stop you",
                (
                    "<p>Stay calm and keep your hands where the officer can see them. Do not run, and do "
                    "not touch the officer.</p>"
                    "<p>You can ask: <strong>am I free to go?</strong> If the answer is yes, walk away "
                    "calmly.</p>"
                ),
                "Am I free to go?",
            ),
            (
                "You have the right to stay silent",
                (
                    "<p>You do not have to answer questions about where you are going, what you do for "
                    "work or who you are with. Anything you say can be used against you.</p>"
                    "<p>In New York you may have to give your name if you are arrested, but you do not "
                    "have to say more.</p>"
                ),
                "I want to stay silent and I want to speak to a lawyer.",
            ),
            (
                "If police want to search you",
                (
                    "<p>You do not have to agree to a search of yourself, your bag, your phone or your "
                    "home. Say clearly that you do not consent. Do not resist, even if they search "
                    "anyway: a lawyer can challenge it later.</p>"
                    "<p>Carrying condoms is not a crime. Police in New York are not supposed to use them "
                    "as evidence.</p>"
                ),
                "I do not consent to a search.",
            ),
            (
                "If you are arrested",
                (
                    "<ul><li>Do not sign anything you do not understand.</li>"
                    "<li>Ask for a lawyer, and do not talk about your case until you have one.</li>"
                    "<li>If you are not a US citizen, do not answer questions about your immigration "
                    "status or where you were born; talk to a lawyer first.</li>"
                    "<li>Write down, as soon as you can, the officers' names or badge numbers, the time "
                    "and the place.</li></ul>"
                ),
                "",
            ),
            (
                "Get free, confidential legal help",
                (
                    "<p>Call the Sex Workers Project at 646-602-5617. Our help is free and confidential, "
                    "and your immigration status does not matter. We do not judge, and we never share "
                    "what you tell us with the police.</p>"
                ),
                "",
            ),
        ],
    },
]
