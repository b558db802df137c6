"""The home app's demo content, as data: the home page, About (SWP's own About page, word for word),
the general sections, the sitemap, the organisation's details and the navigation.

Only data lives here; ``home/demo/loader.py`` turns it into pages and settings. Rich text is the
HTML it is stored as; a page body is a list of ``(block type, value)`` pairs.
"""

# The picture at the top of the home page: a generated placeholder, not a photograph.
HOME_BANNER = {
    "title": "Home page banner",
    "text": "Rights, safety\nand dignity",
    "description": "Decorative banner in purple and magenta with the words Rights, safety and dignity.",
    "seed": 0,
}

# The name of the site (Wagtail's Site), and the home page at its root.
SITE_NAME = "Sex Workers Project"

HOME = {
    "title": "Sex Workers Project",
    "hero_heading": "Legal and social services, research and advocacy for sex workers and survivors of trafficking",
    "hero_text": (
        "Since 2001 the Sex Workers Project has stood with people who trade sex, by choice, circumstance "
        "or coercion: in court, in counselling and in the fight for better laws."
    ),
    "seo_title": "Sex Workers Project | Urban Justice Center, New York",
    "search_description": (
        "Client-centred legal and social services, human rights research and policy advocacy for sex "
        "workers and survivors of trafficking in New York."
    ),
}

# About: the seed's text (SWP's own About page), word for word.
ABOUT_WHAT_WE_DO = (
    "<p>The Sex Workers Project provides client-centered legal and social services to individuals who "
    "engage in sex work, regardless of whether they do so by choice, circumstance, or coercion. One of "
    "the first programs in the nation to assist survivors of human trafficking, the Sex Workers Project "
    "has pioneered an approach to service grounded in human rights, harm reduction and in the real life "
    "experiences of our clients. Our professional service providers are multi-lingual, non-judgmental "
    "and bring more than ten years of experience. Our attorneys help clients remain in stable housing, "
    "access safer working conditions and employment options, protect their legal rights in family court, "
    "clear their criminal records, secure legal immigration status, and fight police misconduct and hate "
    "crimes. Our social workers provide long term supportive therapy and case management, creating best "
    "practices for an emerging field.</p>"
    "<p>We share our expertise through legal education workshops for sex workers and trainings for "
    "service providers and community organizations. We engage in media advocacy, support sex worker-led "
    "organizing and pursue policy change, aiming to make a real and demonstrable impact in the lives of "
    "our constituents. And we conduct groundbreaking human rights documentation rooted in the real life "
    "experiences of sex workers and survivors of trafficking.</p>"
    "<p>The Sex Workers Project is a remarkably effective, dynamic organization deeply committed to "
    "improving the lives of our clients. As the only US organization meeting the needs of both sex "
    "workers and trafficking victims, the Sex Workers Project serves a marginalized community that few "
    "others reach. Together, we are working to create a world that is safe for sex workers and where "
    "human trafficking does not exist.</p>"
)

ABOUT_UJC = (
    "<p>The Sex Workers Project is a project at the Urban Justice Center. The Urban Justice Center "
    "serves low-income and marginalized New Yorkers through a unique combination of direct legal "
    "services, systemic advocacy, community education, and organizing. For information about the Urban "
    'Justice Center, please visit <a href="https://www.urbanjustice.org/">urbanjustice.org</a>.</p>'
)

ABOUT_INTERNSHIPS = (
    "<p>The Sex Workers Project is looking for highly motivated problem-solvers committed to advancing "
    "the rights of sex workers and survivors of trafficking. Positions for unpaid interns and externs "
    'are available. <a href="/about/internships/">More details</a>.</p>'
)

ABOUT = {
    "slug": "about",
    "title": "About the Sex Workers Project",
    "introduction": (
        "Client-centered legal and social services for people who do sex work and survivors of "
        "trafficking, grounded in human rights and harm reduction."
    ),
    "body": [
        ("heading", {"text": "What we do", "level": "h2"}),
        ("paragraph", ABOUT_WHAT_WE_DO),
        ("heading", {"text": "The Urban Justice Center", "level": "h2"}),
        ("paragraph", ABOUT_UJC),
    ],
}

# Beside the About text, once the staff section exists: a listing of its cards, then the internships paragraph.
ABOUT_STAFF_LISTING = {"heading": "Staff", "limit": 12, "link_text": "Meet our staff"}

ABOUT_INTERNSHIPS_HEADING = "Internships"

# A PDF guide, offered for download at the end of the section named here.
KNOW_YOUR_RIGHTS_GUIDE = {
    "title": "Know your rights with police (guide)",
    "paragraphs": [
        (
            "This guide explains what you can do when police stop you in New York. You have the right to "
            "stay silent. You do not have to agree to a search. Ask whether you are free to leave."
        ),
        (
            "Write down badge numbers and the time and place. Call the Sex Workers Project for free, "
            "confidential legal help."
        ),
    ],
    "section": "resources",
    "label": "Download the know-your-rights guide",
}

# Sections of the home page made of plain pages, keyed by slug.
GENERAL_SECTIONS = {
    "campaigns": {
        "title": "Campaigns",
        "introduction": (
            "Campaigns SWP runs with sex worker-led groups and allies to change laws and policing in New York."
        ),
        "body": [
            ("heading", {"text": "Decriminalize sex work in New York", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Criminal laws push people who trade sex away from health care, housing and the "
                    "police protection everyone else can call on. We work with a coalition of sex "
                    "workers, survivors and public health advocates for laws that treat people who trade "
                    "sex as people, not crimes.</p>"
                    "<ul><li>Repeal of the loitering-for-prostitution law, won in 2021</li>"
                    "<li>Vacating and sealing records of people convicted because they were "
                    "trafficked</li>"
                    "<li>Ending the use of condoms as evidence of prostitution</li></ul>"
                ),
            ),
            ("heading", {"text": "Stop raids that harm survivors", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Police raids on massage parlours and homes rarely identify trafficking and often "
                    "end in arrest, deportation and lost income for the people they claim to rescue. We "
                    "document what raids do, and ask city and state officials for services that people "
                    "choose.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "Safety comes from rights, housing and work that people choose, not from handcuffs.",
                    "attribution": "Sex Workers Project",
                    "role": "",
                },
            ),
        ],
    },
    "multimedia": {
        "title": "Multimedia",
        "introduction": "Talks, interviews and recordings from SWP's staff, clients and partners.",
        "body": [
            (
                "paragraph",
                (
                    "<p>Videos and recordings on this page load only when you press Play, and say which "
                    "site they come from first. Until then, nothing is sent to any other website.</p>"
                ),
            ),
            (
                "media",
                {
                    "url": "https://vimeo.com/76979871",
                    "title": "Know your rights: a workshop for sex workers (sample recording)",
                    "transcript": (
                        "<p>A staff attorney explains what to do if police stop you, what you do not "
                        "have to say, and how to reach a lawyer.</p>"
                    ),
                },
            ),
            (
                "media",
                {
                    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                    "title": "Panel: services that survivors of trafficking choose (sample recording)",
                    "transcript": "",
                },
            ),
        ],
    },
    "resources": {
        "title": "Resources",
        "introduction": (
            "Know-your-rights guides, referrals and tools for sex workers, survivors and the people who serve them."
        ),
        "body": [
            ("heading", {"text": "Getting help", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you trade sex or have been trafficked and need legal help, contact us. We do "
                    "not judge, and what you tell us is confidential. Talk to us before you talk to the "
                    "police or immigration officers if you can.</p>"
                ),
            ),
            ("heading", {"text": "Guides", "level": "h2"}),
            (
                "table",
                {
                    "caption": "Guides we hand out at workshops",
                    "table": {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "data": [
                            ["Guide", "For", "Languages"],
                            ["Know your rights with police", "Sex workers", "English, Spanish, Chinese"],
                            ["Vacating convictions", "Survivors of trafficking", "English, Spanish"],
                            ["Immigration relief for survivors", "Survivors and advocates", "English"],
                        ],
                    },
                },
            ),
        ],
    },
}

SITEMAP = {"slug": "sitemap", "title": "Sitemap", "introduction": "Every section of the site and its pages."}

# Organisation settings, filled in only where still empty.
ORGANISATION = {
    "postal_address": "Urban Justice Center\n40 Rector Street, 9th Floor\nNew York, NY 10006",
    "phone": "646-602-5617",
    "email": "swp@urbanjustice.org",
    "donate_url": "https://secure.example.org/donate/urban-justice-center",
    "social_links": [
        ("instagram", "https://www.instagram.com/sexworkersproject/"),
        ("x", "https://x.com/swp_ujc"),
        ("facebook", "https://www.facebook.com/SexWorkersProject"),
    ],
}

LOGO = {"title": "SWP logo", "text": "SWP", "description": "Sex Workers Project logo", "size": (512, 512), "seed": 1}

SHARE_IMAGE = {
    "title": "SWP sharing image",
    "text": "Sex Workers Project\nUrban Justice Center",
    "description": "The words Sex Workers Project, Urban Justice Center on a purple background.",
    "size": (1200, 630),
    "seed": 2,
}

# Navigation: (label, path below the home page); a path that is no page is linked as an address.
MAIN_MENU = [
    ("home", ""),
    ("about", "about"),
    ("publications", "publications"),
    ("press", "press"),
    ("campaigns", "campaigns"),
    ("multimedia", "multimedia"),
    ("resources", "resources"),
    ("contact", "contact"),
    ("donate", "donate"),
]

FOOTER = [
    (
        "Publications",
        [
            ("Reports", "publications/reports"),
            ("Publications by Partners", "publications/partner-publications"),
            ("Fact Sheets & Other", "publications/fact-sheets"),
        ],
    ),
    (
        "Press & Media",
        [
            ("Press Releases", "press/releases"),
            ("Press & Media Appearances", "press/appearances"),
            ("Media Toolkit", "press/media-toolkit"),
        ],
    ),
    ("Other", [("Campaigns", "campaigns"), ("Multimedia", "multimedia"), ("Resources", "resources")]),
    ("General", [("Contact", "contact"), ("Donate", "donate"), ("About", "about"), ("Sitemap", "sitemap")]),
]

# The last footer group: links to other websites, (heading, [(label, address)]).
FOOTER_EXTERNAL = ("Urban Justice Center", [("Urban Justice Center", "https://www.urbanjustice.org/")])
