"""The publications part of the demo, as data: /publications/, its three categories and a dozen
publications, each with the text of the PDF made for it (the text in them is ours, written for the
demo; titles and years of SWP's historical reports are real).

Only data lives here; ``publications/demo/loader.py`` makes the categories, PDFs and pages. The PDF
of "Kicking Down the Door" holds the phrase "lantern protocol" (``UNIQUE_PDF_PHRASE``), which appears
nowhere else on the site: searching for it shows that search reads the text inside PDFs.
"""

from datetime import date

INDEX = {
    "slug": "publications",
    "title": "Publications",
    "introduction": (
        "Our reports, publications by our partners, and fact sheets: research and plain-language "
        "guides on sex work, trafficking, policing and people's rights. Every document opens in your "
        "browser and can be cited."
    ),
    "search_description": (
        "Reports, partner publications and fact sheets from the Sex Workers Project on sex work, "
        "trafficking, policing and human rights in New York."
    ),
}

UNIQUE_PDF_PHRASE = "lantern protocol"

# The categories publications are filed under, in the order they are listed.
CATEGORIES = [
    {
        "slug": "reports",
        "name": "Reports",
        "order": 1,
        "schema_type": "Report",
        "description": (
            "SWP's research and human rights documentation, built on interviews with sex workers and "
            "survivors of trafficking in New York."
        ),
    },
    {
        "slug": "partner-publications",
        "name": "Publications by Partners",
        "order": 2,
        "schema_type": "CreativeWork",
        "description": (
            "Reports and briefings by organisations SWP works with, on policing, public health and the "
            "rights of people in the sex trades."
        ),
    },
    {
        "slug": "fact-sheets",
        "name": "Fact Sheets & Other",
        "order": 3,
        "schema_type": "CreativeWork",
        "description": "Short, plain-language fact sheets and guides on the law, services and people's rights.",
    },
]

# The last paragraph of every publication's PDF.
NOTE = (
    "About this copy: this file is part of the demonstration website of the Sex Workers Project. Its "
    "text was written for the demonstration and sums up the publication's themes in our own words; it is "
    "not the published report."
)

# The publications. ``pdf`` holds the paragraphs of its PDF (after a byline made of ``authors`` and the
# year); ``body`` is optional, as (block type, value) pairs; ``language`` defaults to English ("en"),
# ``document_language`` to "English". The Spanish fact sheet is the Spanish translation of the English
# know-your-rights one (``content_es.py``).
PUBLICATIONS = [
    {
        "slug": "revolving-door",
        "title": "Revolving Door: An Analysis of Street-Based Prostitution in New York City",
        "category": "reports",
        "date": date(2003, 1, 15),
        "authors": ["Juhu Thukral", "Melissa Ditmore"],
        "topics": ["street-based sex work", "policing", "violence", "human rights"],
        "summary": (
            "How people who do street-based sex work in New York City experience violence, arrest and a "
            "lack of services, in their own words, and what the city could do differently."
        ),
        "pdf": [
            (
                "Why this study: people who work on the street are the most visible part of the sex "
                "trade and the most often arrested, yet they are rarely asked what would make them "
                "safer. We sat down with them and listened."
            ),
            (
                "What we heard: arrests come and go, but the work goes on. A night in a cell, a fine or "
                "a short sentence does not pay the rent or treat an addiction; it makes the next job "
                "harder to find. That is the revolving door of the title."
            ),
            (
                "Violence: many of the people we interviewed had been hurt at work, by clients and "
                "others, and few felt they could report it. Several described mistreatment by police "
                "officers."
            ),
            (
                "Services: people asked for housing, health care, drug treatment on their own terms, and "
                "help with records that follow them for years."
            ),
            (
                "Recommendations: treat violence against sex workers as violence; fund voluntary "
                "services rather than arrests; and involve sex workers in the policies that affect them."
            ),
        ],
    },
    {
        "slug": "behind-closed-doors",
        "title": "Behind Closed Doors: An Analysis of Indoor Sex Work in New York City",
        "category": "reports",
        "date": date(2005, 3, 1),
        "authors": ["Juhu Thukral", "Melissa Ditmore", "Alexandra Murphy"],
        "topics": ["indoor sex work", "policing", "violence", "human rights"],
        "summary": (
            "Indoor sex work in New York City, from escort agencies to massage parlours: the working "
            "conditions, risks and encounters with police that people described to us."
        ),
        "pdf": [
            (
                "Why this study: indoor work is often assumed to be safe and out of view. We wanted to "
                "know whether that matched the experience of the people doing it."
            ),
            (
                "What we heard: indoor workers described a wide range of workplaces and conditions. Some "
                "had control over their hours and clients; others worked for managers who took much of "
                "their pay."
            ),
            (
                "Violence and policing: indoor work did not protect everyone from violence, and people "
                "described raids and arrests that left them with records and no recourse."
            ),
            (
                "Recommendations: services that meet people where they work, protection for those who "
                "report violence or exploitation, and an end to policing that drives the work further "
                "underground."
            ),
        ],
        "body": [
            ("heading", {"text": "What the report looks at", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Indoor sex work takes many forms in New York City: escort agencies, massage "
                    "parlours, private apartments and clubs. This report asks the people who do it about "
                    "their working conditions, the risks they face and their encounters with police.</p>"
                ),
            ),
            ("heading", {"text": "What we recommend", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Services that reach people where they work, without conditions.</li>"
                    "<li>Protection for people who report violence or exploitation.</li>"
                    "<li>Policing that does not push the work further out of sight.</li></ul>"
                ),
            ),
        ],
    },
    {
        "slug": "kicking-down-the-door",
        "title": "Kicking Down the Door: The Use of Raids to Fight Trafficking in the United States",
        "category": "reports",
        "date": date(2009, 4, 1),
        "authors": ["Melissa Ditmore"],
        "topics": ["raids", "trafficking", "policing", "immigration"],
        "summary": (
            "Do police raids help people who have been trafficked? Survivors and service providers tell "
            "us what raids do in practice, and what works better."
        ),
        "pdf": [
            (
                "Why this study: raids on brothels, massage parlours and homes are often presented as "
                "the way to rescue people from trafficking. We asked survivors, advocates and lawyers "
                "what raids do."
            ),
            (
                "What we heard: raids frighten and confuse the people they are meant to help. Many are "
                "arrested, some are deported, and few are identified as survivors of trafficking at all."
            ),
            (
                "What works better: survivors told us they came forward when they trusted someone: a "
                "friend, a community group, a lawyer or a health worker, not a battering ram."
            ),
            (
                "Appendix: the lantern protocol. Our outreach staff use a short checklist, nicknamed the "
                "lantern protocol, when someone contacts us after a raid: find a safe place to talk, "
                "explain confidentiality, ask what the person needs first, and only then talk about the "
                "law."
            ),
            (
                "Recommendations: fund services that people choose, make immigration relief easier to "
                "reach, and measure anti-trafficking work by what happens to survivors, not by the "
                "number of arrests."
            ),
        ],
    },
    {
        "slug": "public-health-crisis",
        "title": "Public Health Crisis: The Impact of Using Condoms as Evidence of Prostitution in New York City",
        "category": "partner-publications",
        "date": date(2012, 4, 1),
        "authors": ["PROS Network", "Leigh Tomppert"],
        "partner": "PROS Network",
        "topics": ["condoms as evidence", "public health", "policing"],
        "summary": (
            "When police treat condoms as evidence of prostitution, people stop carrying them. This "
            "report by the PROS Network, with SWP, documents the harm to public health."
        ),
        "pdf": [
            "The question: what happens when carrying condoms can be used against you in court?",
            (
                "What people told us: people who trade sex, and people who are only suspected of it, "
                "described police taking their condoms and using them as evidence. Many said they now "
                "carry fewer condoms, or none."
            ),
            (
                "Why it matters: the city gives away millions of free condoms to stop HIV and other "
                "infections. Using them as evidence undoes that work."
            ),
            "What we ask: stop using condoms as evidence of prostitution-related offences.",
        ],
    },
    {
        "slug": "sex-workers-at-risk",
        "title": "Sex Workers at Risk: Condoms as Evidence of Prostitution in Four US Cities",
        "category": "partner-publications",
        "date": date(2012, 7, 19),
        "authors": ["Human Rights Watch"],
        "partner": "Human Rights Watch",
        "topics": ["condoms as evidence", "public health", "human rights"],
        "summary": (
            "A Human Rights Watch report on how police in four US cities, New York among them, use "
            "condoms as evidence, and why that puts health and lives at risk."
        ),
        "pdf": [
            (
                "This demonstration copy sums up the themes of the report: police practice in four "
                "cities, the fear it creates among people who trade sex and transgender women, and the "
                "conflict with public health programmes that hand out condoms."
            ),
            (
                "The report calls on city and state officials to end the practice and to protect "
                "people's health and rights."
            ),
        ],
    },
    {
        "slug": "criminal-victim-or-worker",
        "title": (
            "Criminal, Victim, or Worker? The Effects of New York's Human Trafficking Intervention "
            "Courts on Adults Charged with Prostitution-Related Offenses"
        ),
        "category": "partner-publications",
        "date": date(2014, 10, 1),
        "authors": ["Red Umbrella Project"],
        "partner": "Red Umbrella Project",
        "topics": ["trafficking", "courts", "policing"],
        "summary": (
            "New York's Human Trafficking Intervention Courts offer services instead of jail, but only "
            "after an arrest. This report by a peer-led group asks the people who went through them."
        ),
        "pdf": [
            (
                "The courts: since 2013, New York has sent most people charged with prostitution-related "
                "offences to special courts that offer counselling sessions in exchange for a dismissed "
                "case."
            ),
            (
                "What people told the researchers: some valued the services; many felt that being "
                "arrested first, and treated as either a criminal or a victim, did not fit their lives."
            ),
            (
                "What they ask: services that do not depend on an arrest, and a say for people in the "
                "sex trades in the programmes meant for them."
            ),
        ],
    },
    {
        "slug": "sex-work-and-trafficking-know-the-difference",
        "title": "Sex Work and Trafficking: Know the Difference",
        "category": "fact-sheets",
        "date": date(2019, 6, 3),
        "topics": ["trafficking", "human rights"],
        "summary": (
            "Sex work and human trafficking are not the same thing. A one-page fact sheet on the "
            "difference, and on why confusing the two hurts both sex workers and survivors."
        ),
        "pdf": [
            (
                "Trafficking means force, fraud or coercion. Under US law, trafficking is getting "
                "someone to work, in any industry, through force, fraud or coercion, or getting anyone "
                "under 18 to trade sex."
            ),
            (
                "Sex work is consensual. Many adults trade sex by choice or because of circumstance. "
                "They deserve safety and rights too."
            ),
            (
                "Why the difference matters: when every sex worker is treated as a victim, and every "
                "victim as a criminal, the people who most need help are the least likely to ask for it."
            ),
        ],
    },
    {
        "slug": "know-your-rights-police",
        "title": "Know Your Rights: Sex Work and the Police in New York",
        "category": "fact-sheets",
        "date": date(2018, 9, 10),
        "topics": ["know your rights", "policing"],
        "summary": (
            "What you can do if police stop you, search you or arrest you in New York, and how to reach "
            "a lawyer. Written for people who trade sex."
        ),
        "pdf": [
            ("You have the right to stay silent. Say: I want to stay silent and I want to speak to a lawyer."),
            ("You do not have to agree to a search. Say clearly: I do not consent to a search. Do not resist."),
            "Ask: am I free to go? If the answer is yes, walk away calmly.",
            (
                "If you are arrested, do not sign anything you do not understand, and call the Sex "
                "Workers Project for free, confidential legal help."
            ),
        ],
    },
    {
        "slug": "vacating-convictions-for-survivors",
        "title": "Vacating Convictions for Survivors of Trafficking",
        "category": "fact-sheets",
        "date": date(2015, 2, 16),
        "topics": ["vacating convictions", "trafficking", "courts"],
        "summary": (
            "Survivors of trafficking in New York can ask a court to erase prostitution convictions that "
            "were the result of being trafficked. Who can apply, and how SWP helps."
        ),
        "pdf": [
            (
                "In 2010 New York became the first state to let survivors of trafficking ask a court to "
                "vacate prostitution-related convictions that resulted from being trafficked."
            ),
            (
                "Why it matters: a record for prostitution can stand in the way of a job, housing, "
                "custody of children or immigration relief, long after the trafficking has ended."
            ),
            (
                "How we help: our attorneys file motions to vacate, gather the evidence the court needs "
                "and go to court with our clients. Our help is free and confidential."
            ),
        ],
    },
    {
        "slug": "loitering-law-repeal",
        "title": "The Repeal of New York's Loitering for Prostitution Law",
        "category": "fact-sheets",
        "date": date(2021, 2, 2),
        "topics": ["policing", "human rights", "street-based sex work"],
        "summary": (
            "In 2021 New York repealed the law that let police arrest people for 'loitering for the "
            "purpose of prostitution', often for how they looked. What changed, and what comes next."
        ),
        "pdf": [
            (
                "The old law let police arrest people for standing in public in a way an officer "
                "believed was for the purpose of prostitution. In practice it was used against "
                "transgender women and women of colour for what they wore and where they stood."
            ),
            "In February 2021 the law was repealed, after years of organising by those most affected.",
            (
                "What comes next: clearing the records of people convicted under the old law, and making "
                "sure other laws are not used in the same way."
            ),
        ],
    },
    {
        "slug": "t-visas-for-survivors",
        "title": "Immigration Relief for Survivors of Trafficking: The T Visa",
        "category": "fact-sheets",
        "date": date(2017, 5, 22),
        "topics": ["immigration", "trafficking"],
        "summary": (
            "The T visa lets survivors of trafficking stay in the United States and, in time, apply for "
            "a green card. A plain-language guide to who qualifies and what the process involves."
        ),
        "pdf": [
            (
                "The T visa was created by the Trafficking Victims Protection Act of 2000 for people who "
                "are in the United States because of trafficking."
            ),
            (
                "Who can apply: survivors of labour or sex trafficking who are in the US because of it, "
                "and who meet the other requirements of the law. Some family members may be included."
            ),
            (
                "How we help: our immigration attorneys prepare applications with our clients and stay "
                "with them through the process. Talk to a lawyer before you talk to immigration officers "
                "if you can."
            ),
        ],
    },
]

# Related publications, by slug.
RELATED = {
    "kicking-down-the-door": ["criminal-victim-or-worker", "sex-work-and-trafficking-know-the-difference"],
    "public-health-crisis": ["sex-workers-at-risk", "know-your-rights-police"],
}

# ``--publications N`` adds N plain sample publications for scale tests, sharing one PDF (so one cover).
SAMPLE = {
    "slug_prefix": "sample-publication-",
    "title": "Sample publication {number}",
    "summary": "Sample publication number {number}, generated to test the site with many publications.",
    "topics": ["policing", "public health", "trafficking", "human rights"],
    "document_title": "Sample publication (scale test)",
    "pdf_title": "Sample publication",
    "pdf": ["A sample publication generated for scale tests of the demonstration website."],
}
