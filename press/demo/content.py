"""The press section of the demo, as data: the press room, releases, appearances and the media toolkit.

All sentences, headlines and quotes are written for this demo. The outlets are real news
organisations that cover SWP's field; the links go to their home pages, not to real stories.
Only data lives here; ``press/demo/loader.py`` makes the pages and snippets.
"""

from datetime import date, datetime

from home.demo.content import LOGO

INDEX = {
    "slug": "press",
    "title": "Press & Media",
    "introduction": (
        "For journalists: SWP's statements, the stories that cover our work, and whom to call for a "
        "comment or an interview."
    ),
    "releases_introduction": "Statements and announcements from the Sex Workers Project, newest first.",
    "appearances_introduction": (
        "Stories, interviews and broadcasts that cover the Sex Workers Project or quote our staff."
    ),
}

MEDIA_CONTACT = "Media contact: swp@urbanjustice.org, 646-602-5617."

# Where every release is dated from.
DATELINE = "New York"

# The release that lists publications (the first two of the publications section) as related reading.
RELEASE_WITH_PUBLICATIONS = "know-your-rights-workshops-2024"

# Each outlet's home page: appearances link there, not to real stories.
OUTLET_HOMES = {
    "The New York Times": "https://www.nytimes.com/",
    "Gothamist": "https://gothamist.com/",
    "The Guardian": "https://www.theguardian.com/us",
    "NPR": "https://www.npr.org/",
    "City Limits": "https://citylimits.org/",
    "Documented": "https://documentedny.com/",
    "THE CITY": "https://www.thecity.nyc/",
    "WNYC": "https://www.wnyc.org/",
    "The Appeal": "https://theappeal.org/",
    "Prism": "https://prismreports.org/",
}

# The media toolkit's spokespeople; ``bio_slug`` is their page under About → Staff, linked once it exists.
SPOKESPEOPLE = [
    {
        "name": "RJ Thompson",
        "role": "Managing Director",
        "topics": "SWP's work and history; decriminalization and policy in New York; policing of sex workers",
        "languages": "English",
        "bio_slug": "rj-thompson",
    },
    {
        "name": "Clement Lee",
        "role": "Supervising Attorney",
        "topics": (
            "Vacating convictions for survivors of trafficking; immigration relief such as T visas; the "
            "legal rights of people who trade sex"
        ),
        "languages": "English",
        "bio_slug": "clement-lee",
    },
]

# Press releases, dated in New York time. A release with an ``attachment`` gets a PDF statement: its title
# in the library, and the heading that opens it.
RELEASES = [
    {
        "slug": "loitering-law-repeal",
        "title": "SWP welcomes the repeal of New York's loitering-for-prostitution law",
        "release_date": datetime(2021, 2, 2, 16, 30),
        "summary": (
            "After years of organising led by transgender women of colour, New York has repealed a law "
            "that let police arrest people for how they looked and where they stood."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The Sex Workers Project welcomes today's repeal of the state's "
                    "loitering-for-prostitution law. For decades it let police stop and arrest people, "
                    "most often transgender women of colour, for what they wore, where they walked and "
                    "whom they talked to.</p>"
                    "<p>The repeal is the work of the people the law targeted. They organised, testified "
                    "and kept coming back to Albany until lawmakers listened.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "No one should be arrested for walking down the street. Today New York stopped "
                        "pretending that this law kept anyone safe."
                    ),
                    "attribution": "Sex Workers Project",
                    "role": "Urban Justice Center",
                },
            ),
            ("heading", {"text": "What comes next", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Thousands of New Yorkers still carry records from arrests under this law. We "
                    "urge the state to seal those records quickly and without fees, and we will keep "
                    "helping our clients clear them.</p>"
                ),
            ),
        ],
        "attachment": {
            "title": "Statement on the loitering law repeal (PDF)",
            "heading": "Statement on the repeal of the loitering law",
        },
    },
    {
        "slug": "record-relief-for-survivors",
        "title": "Survivors of trafficking deserve records that tell the truth",
        "release_date": datetime(2021, 11, 23, 11, 0),
        "summary": (
            "SWP calls for record relief that reaches every conviction a survivor of trafficking was "
            "forced into, not only prostitution charges."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Survivors of trafficking are often arrested for what their traffickers made them "
                    "do. Those convictions follow them for years, blocking jobs, housing and immigration "
                    "relief.</p>"
                    "<p>New York was among the first states to let survivors vacate prostitution "
                    "convictions. The Sex Workers Project asks lawmakers to make that relief reach every "
                    "offence a trafficker forced on a survivor.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "A record should tell the truth about what happened. For our clients, it rarely does.",
                    "attribution": "Clement Lee",
                    "role": "Supervising Attorney, Sex Workers Project",
                },
            ),
        ],
    },
    {
        "slug": "international-sex-workers-day-2022",
        "title": "On International Sex Workers' Day, SWP stands with sex workers in New York",
        "release_date": datetime(2022, 6, 2, 9, 0),
        "summary": (
            "Sex workers deserve the same safety at work, access to services and protection from "
            "violence as everyone else."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>June 2 marks the day in 1975 when sex workers occupied a church in Lyon, France, "
                    "to protest police violence. Nearly fifty years on, sex workers in New York still "
                    "face arrest when they report violence and eviction when landlords learn how they "
                    "earn a living.</p>"
                    "<p>The Sex Workers Project honours the sex worker-led organisations that have won "
                    "real changes in our city, and renews its commitment to free, confidential legal "
                    "help for anyone who trades sex.</p>"
                ),
            )
        ],
    },
    {
        "slug": "massage-workers-raids-statement",
        "title": "Raids are not services: SWP responds to police operations at massage businesses",
        "release_date": datetime(2023, 3, 14, 13, 0),
        "summary": (
            "Police raids on massage businesses end in arrests and lost income for immigrant women, not "
            "in help for anyone who has been trafficked."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>This week's police operations at massage businesses in Queens were described as "
                    "anti-trafficking work. The women arrested were offered a court date, not "
                    "services.</p>"
                    "<p>Our clients tell us that raids make them less likely to seek help, not more. "
                    "Survivors need lawyers, housing and immigration relief that they choose, delivered "
                    "by people they trust.</p>"
                ),
            ),
            ("heading", {"text": "What we ask of the city", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>End raids presented as rescue operations.</li>"
                    "<li>Fund services led by the communities they serve, in the languages they "
                    "speak.</li>"
                    "<li>Keep immigration enforcement out of anti-trafficking work.</li></ul>"
                ),
            ),
        ],
    },
    {
        "slug": "day-to-end-violence-2023",
        "title": "December 17: remembering sex workers lost to violence",
        "release_date": datetime(2023, 12, 17, 10, 0),
        "summary": (
            "On the International Day to End Violence Against Sex Workers, SWP calls for laws that let "
            "sex workers report violence without fear of arrest."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Each year on December 17 we remember sex workers who lost their lives to "
                    "violence. Many of those deaths were made more likely by laws that push sex work out "
                    "of sight and make calling the police a risk in itself.</p>"
                    "<p>We ask New York's leaders to listen to sex workers about what keeps them "
                    "safe.</p>"
                ),
            )
        ],
    },
    {
        "slug": "know-your-rights-workshops-2024",
        "title": "SWP expands free know-your-rights workshops to more languages",
        "release_date": datetime(2024, 5, 8, 10, 0),
        "summary": (
            "The workshops explain, in plain words, what to do when stopped by police, how to clear a "
            "record and where to find immigration help."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The Sex Workers Project's attorneys and social workers will lead free "
                    "know-your-rights workshops for community groups across New York City, now in "
                    "Spanish and Mandarin as well as English.</p>"
                    "<p>Groups that work with sex workers or survivors of trafficking can ask for a "
                    "workshop through our contact page. Workshops are confidential and no one is asked "
                    "for their name.</p>"
                ),
            )
        ],
    },
    {
        "slug": "decriminalization-hearing-2025",
        "title": "SWP testifies for the decriminalization of sex work in New York",
        "release_date": datetime(2025, 3, 4, 12, 0),
        "summary": (
            "Testimony from SWP's legal and social services staff: criminal laws make the people we "
            "serve less safe, and survivors of trafficking are harmed by them too."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Today the Sex Workers Project told state lawmakers what our clients live with "
                    "every day: arrests that cost them housing, records that cost them jobs, and fear "
                    "that keeps them from calling for help when they are hurt.</p>"
                    "<p>Decriminalizing sex work between consenting adults, while keeping laws against "
                    "force, fraud and coercion, would let sex workers and survivors come forward without "
                    "fear.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "Safety comes from rights and resources, not from arrests.",
                    "attribution": "RJ Thompson",
                    "role": "Managing Director, Sex Workers Project",
                },
            ),
        ],
        "attachment": {
            "title": "SWP testimony on decriminalization, 2025 (PDF)",
            "heading": "Testimony on decriminalization",
        },
    },
]

# Press and media appearances; ``spokesperson`` is the name of one of SPOKESPEOPLE, or empty.
APPEARANCES = [
    {
        "outlet": "The New York Times",
        "date": date(2019, 6, 10),
        "medium": "article",
        "headline": "Lawmakers in Albany introduce a bill to decriminalize sex work",
        "quote": "Criminal laws do not stop people from trading sex; they only make it more dangerous.",
        "spokesperson": "",
    },
    {
        "outlet": "The Guardian",
        "date": date(2019, 6, 12),
        "medium": "article",
        "headline": "New York could become the first US state to decriminalize sex work",
        "quote": "",
        "spokesperson": "",
    },
    {
        "outlet": "City Limits",
        "date": date(2019, 10, 3),
        "medium": "opinion",
        "headline": "Opinion: trafficking survivors need lawyers, not raids",
        "quote": "Our clients tell us that a raid is the moment they lost trust in everyone who claimed to help.",
        "spokesperson": "Clement Lee",
    },
    {
        "outlet": "Gothamist",
        "date": date(2020, 4, 21),
        "medium": "article",
        "headline": "Sex workers shut out of pandemic relief turn to mutual aid",
        "quote": (
            "People who trade sex lost their income overnight and were left out of almost every relief programme."
        ),
        "spokesperson": "RJ Thompson",
    },
    {
        "outlet": "Documented",
        "date": date(2020, 9, 15),
        "medium": "article",
        "headline": "Immigrant massage workers weigh the risks of reporting abuse",
        "quote": "",
        "spokesperson": "",
    },
    {
        "outlet": "NPR",
        "date": date(2021, 2, 3),
        "medium": "radio",
        "headline": "New York repeals a loitering law critics said targeted trans women",
        "quote": "This law let police arrest people for how they looked. Its repeal is long overdue.",
        "spokesperson": "RJ Thompson",
    },
    {
        "outlet": "The New York Times",
        "date": date(2021, 2, 3),
        "medium": "article",
        "headline": "Albany ends a decades-old loitering ban tied to prostitution arrests",
        "quote": "",
        "spokesperson": "",
    },
    {
        "outlet": "Gothamist",
        "date": date(2021, 2, 2),
        "medium": "article",
        "headline": "State lawmakers vote to scrap the 'walking while trans' law",
        "quote": "The people who were arrested under this law are the people who won its repeal.",
        "spokesperson": "",
    },
    {
        "outlet": "THE CITY",
        "date": date(2021, 11, 30),
        "medium": "article",
        "headline": "Survivors of trafficking push to clear more than prostitution convictions",
        "quote": "Survivors are still carrying records for things their traffickers forced them to do.",
        "spokesperson": "Clement Lee",
    },
    {
        "outlet": "WNYC",
        "date": date(2022, 6, 2),
        "medium": "radio",
        "headline": "What sex workers in New York want you to know",
        "quote": "",
        "spokesperson": "RJ Thompson",
    },
    {
        "outlet": "The Appeal",
        "date": date(2022, 9, 19),
        "medium": "article",
        "headline": "Condoms as evidence: how policing pushes sex workers away from safer sex",
        "quote": "",
        "spokesperson": "",
    },
    {
        "outlet": "City Limits",
        "date": date(2023, 3, 16),
        "medium": "article",
        "headline": "Advocates question police raids on Queens massage businesses",
        "quote": "Raids end in arrests and lost wages. They rarely end with anyone getting the help they need.",
        "spokesperson": "Clement Lee",
    },
    {
        "outlet": "Documented",
        "date": date(2023, 8, 7),
        "medium": "article",
        "headline": "For trafficking survivors, the wait for a T visa stretches on",
        "quote": "Every month of waiting is a month without work authorisation and without stability.",
        "spokesperson": "Clement Lee",
    },
    {
        "outlet": "Prism",
        "date": date(2024, 1, 22),
        "medium": "article",
        "headline": "Sex worker-led groups say services should follow what workers ask for",
        "quote": "",
        "spokesperson": "",
    },
    {
        "outlet": "The Guardian",
        "date": date(2024, 6, 2),
        "medium": "article",
        "headline": "Sex workers mark their international day with calls for labour rights",
        "quote": "",
        "spokesperson": "",
    },
    {
        "outlet": "Gothamist",
        "date": date(2025, 3, 5),
        "medium": "article",
        "headline": "Decriminalization debate returns to Albany with new testimony",
        "quote": "Our clients are safest when they can call for help without fear of arrest.",
        "spokesperson": "RJ Thompson",
    },
    {
        "outlet": "NPR",
        "date": date(2025, 3, 10),
        "medium": "radio",
        "headline": "Should sex work be a crime? Advocates and lawmakers weigh in",
        "quote": "",
        "spokesperson": "",
    },
]

# The media toolkit: how to report respectfully, a paragraph about SWP, and the fact sheet's text.
LANGUAGE_GUIDE = [
    (
        "paragraph",
        (
            "<p>Words shape how readers see the people in your story, and how those people are treated "
            "after it runs. These are the practices we ask of journalists who write about the people we "
            "serve.</p>"
        ),
    ),
    ("heading", {"text": "Use the words people use for themselves", "level": "h3"}),
    (
        "paragraph",
        (
            "<ul><li>Say <b>sex worker</b> or <b>people who trade sex</b>. Avoid 'prostitute', which "
            "many find stigmatising, and never use slurs or words that reduce a person to a crime.</li>"
            "<li>Say <b>survivor of trafficking</b> (or <b>victim</b> when that is the legal term in "
            "your story or the person's own word). Ask people how they describe themselves.</li>"
            "<li>Use people's names and pronouns as they give them to you, including transgender "
            "people.</li>"
            "<li>Say <b>client</b> for someone who buys sexual services, and avoid slang.</li></ul>"
        ),
    ),
    ("heading", {"text": "Sex work is not trafficking", "level": "h3"}),
    (
        "paragraph",
        (
            "<p>Sex work is the consensual exchange of sexual services between adults. Trafficking is "
            "labour or sex obtained by force, fraud or coercion, and it happens in farming, domestic "
            "work and construction as well as the sex trade. Treating the two as the same hides what "
            "survivors need and harms sex workers. Be precise about which you are reporting on.</p>"
            "<p>Police raids and arrests are not proof of trafficking. Report what happened to the "
            "people arrested, not only what the police announced.</p>"
        ),
    ),
    ("heading", {"text": "Protect identities", "level": "h3"}),
    (
        "paragraph",
        (
            "<ul><li>Being identified can cost a sex worker or survivor their home, job, family, "
            "immigration case or safety. Offer anonymity, and honour it in names, voices, tattoos, "
            "workplaces and metadata.</li>"
            "<li>Do not publish addresses of homes or workplaces, or details that let readers work out "
            "who someone is.</li>"
            "<li>Explain where and for how long the story will be online before the interview "
            "begins.</li></ul>"
        ),
    ),
    ("heading", {"text": "Ask before you photograph or film", "level": "h3"}),
    (
        "paragraph",
        (
            "<p>Ask for consent before taking pictures or recording anyone, including in crowds at "
            "rallies, and tell people how the images will be used. Avoid stock images of handcuffs, "
            "chains or women in shadows: they sensationalise and rarely show the real story. Our press "
            "contact can suggest images that respect the people involved.</p>"
        ),
    ),
]

BOILERPLATE = (
    "<p>The Sex Workers Project (SWP) of the Urban Justice Center provides client-centred legal and "
    "social services to people who engage in sex work, by choice, circumstance or coercion, and to "
    "survivors of trafficking. Founded in 2001, SWP was one of the first programmes in the United States "
    "to assist survivors of human trafficking. It pairs direct services with human rights research, "
    "policy advocacy and support for sex worker-led organising, working toward a world that is safe for "
    "sex workers and where human trafficking does not exist. Learn more at "
    '<a href="https://swp.urbanjustice.org/">swp.urbanjustice.org</a>.</p>'
)

FACT_SHEET = [
    ("The Sex Workers Project (SWP) is a project of the Urban Justice Center in New York City, founded in 2001."),
    (
        "SWP provides free, confidential legal and social services to sex workers and survivors of "
        "trafficking: criminal record relief, immigration relief, family and housing law, police "
        "misconduct, counselling and case management."
    ),
    (
        "SWP was one of the first programmes in the United States to assist survivors of human "
        "trafficking, and it serves both sex workers and survivors of trafficking."
    ),
    (
        "Its staff lead know-your-rights workshops for communities and trainings for service providers, "
        "and publish human rights research grounded in the experiences of the people it serves."
    ),
    "Media contact: swp@urbanjustice.org, 646-602-5617.",
]

TOOLKIT = {
    "slug": "media-toolkit",
    "title": "Media Toolkit",
    "introduction": (
        "Whom to call for a comment, our logos and fact sheet, a paragraph about SWP for your story, "
        "and how to report respectfully on sex work and trafficking."
    ),
    "contact_name": "SWP press team",
    "contact_hours": "We answer on weekdays, usually within one working day. Say if you are on deadline.",
}

# The toolkit's logos: (image, label); the square one is the site's logo.
TOOLKIT_LOGOS = [
    (LOGO, "Square logo (PNG)"),
    (
        {
            "title": "SWP logo, wide",
            "text": "Sex Workers Project",
            "description": "Sex Workers Project logo with the name in full",
            "size": (1200, 400),
            "seed": 1,
        },
        "Wide logo with our name (PNG)",
    ),
]

TOOLKIT_FACT_SHEET = {"title": "SWP fact sheet for journalists", "label": "Fact sheet: SWP at a glance"}
