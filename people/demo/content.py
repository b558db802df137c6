"""The people app's demo content, as data: About → Staff and About → Internships.

There are no portraits: the demo has no photographs of these people, and a card without a photo
shows the name and role under a band of SWP's colours, never a stand-in face or initials. Bios are
generic and written by us; they state no private facts. Only data lives here;
``people/demo/loader.py`` makes the pages and dates the postings.
"""

STAFF_INDEX = {
    "slug": "staff",
    "title": "Staff",
    "introduction": (
        "The attorneys, social workers, advocates and organizers of the Sex Workers Project. "
        "Many of us speak more than one language."
    ),
}

# The staff cards: one page each under About → Staff.
STAFF = [
    {
        "slug": "rj-thompson",
        "title": "RJ Thompson",
        "role": "Managing Director",
        "short_bio": "RJ leads the Sex Workers Project's legal and social services, research and policy work.",
        "bio": (
            "<p>As Managing Director, RJ guides the Sex Workers Project's direct services, human rights "
            "research and policy advocacy, and works with sex worker-led groups and partner "
            "organizations across New York.</p>"
            "<p>RJ oversees the team's strategy, budget and partnerships, and speaks about the project's "
            "work with funders, officials and the press.</p>"
        ),
        "languages": "English",
    },
    {
        "slug": "clement-lee",
        "title": "Clement Lee",
        "role": "Supervising Attorney",
        "short_bio": (
            "Clement supervises SWP's legal team and its representation of clients in criminal, "
            "immigration and family matters."
        ),
        "bio": (
            "<p>Clement supervises the Sex Workers Project's attorneys, legal fellows and interns, and "
            "represents clients in matters such as vacating convictions, immigration relief and family "
            "court.</p>"
            "<p>He also leads know-your-rights workshops and trainings for service providers.</p>"
        ),
        "languages": "English",
    },
    {
        "slug": "molly-cohen",
        "title": "Molly Cohen",
        "role": "Equal Justice Works Legal Fellow",
        "short_bio": (
            "Molly provides legal help to survivors of trafficking and people in the sex trades as an "
            "Equal Justice Works Fellow."
        ),
        "bio": (
            "<p>Molly joined the Sex Workers Project as an Equal Justice Works Legal Fellow. Her "
            "fellowship project expands legal services for survivors of trafficking and people who trade "
            "sex.</p>"
            "<p>She works with clients on post-conviction relief and connects them with SWP's social "
            "services.</p>"
        ),
        "languages": "English",
    },
    {
        "slug": "abigail-anzalone",
        "title": "Abigail Anzalone",
        "role": "DOJ Accredited Representative & Case Manager",
        "short_bio": (
            "Abigail helps clients with immigration matters as a DOJ Accredited Representative and "
            "supports them as a case manager."
        ),
        "bio": (
            "<p>Abigail is a Department of Justice Accredited Representative, which allows her to help "
            "clients with immigration applications, and a case manager who supports clients in reaching "
            "their goals.</p>"
            "<p>She connects clients with housing, health care and other services, alongside SWP's "
            "attorneys and social workers.</p>"
        ),
        "languages": "English",
    },
]

# Internship postings. ``team``, ``compensation`` and ``location`` are the values of InternshipPage's choices.
LEGAL = {
    "title": "Legal intern",
    "summary": "Work with SWP's attorneys on criminal record relief, immigration and family court matters.",
    "team": "legal",
    "compensation": "credit",
    "hours_per_week": "15–20",
    "location": "hybrid",
    "description": (
        "<p>Legal interns join the Sex Workers Project's legal team and support client-centered "
        "representation of people who trade sex and survivors of trafficking.</p>"
    ),
    "responsibilities": (
        "<ul><li>Research and draft motions to vacate convictions</li>"
        "<li>Help prepare immigration applications and supporting documents</li>"
        "<li>Sit in on client meetings with a supervising attorney</li>"
        "<li>Support know-your-rights workshops</li></ul>"
    ),
    "qualifications": (
        "<ul><li>Law students in their first, second or third year</li>"
        "<li>Commitment to harm reduction and the rights of sex workers</li>"
        "<li>Spanish, Mandarin or another language is a plus, not a requirement</li></ul>"
    ),
    "how_to_apply": (
        "<p>Include one writing sample in your résumé file, or say in your cover letter that you can send one.</p>"
    ),
}

SOCIAL_WORK = {
    "title": "Social work intern",
    "summary": "Support clients with case management and counselling under the supervision of SWP's social workers.",
    "team": "social-work",
    "compensation": "credit",
    "hours_per_week": "21",
    "location": "office",
    "description": (
        "<p>Social work interns provide case management and supportive counselling to clients, with "
        "weekly supervision from a licensed social worker.</p>"
    ),
    "responsibilities": (
        "<ul><li>Meet clients for intake and case management</li>"
        "<li>Connect clients with housing, health and benefits</li>"
        "<li>Keep careful, confidential case notes</li></ul>"
    ),
    "qualifications": (
        "<ul><li>Students in an MSW programme who need a field placement</li>"
        "<li>Non-judgmental, client-centered approach</li></ul>"
    ),
    "how_to_apply": "",
}

POLICY = {
    "title": "Policy and advocacy intern",
    "summary": "Research laws and policing that affect sex workers in New York and support SWP's campaigns.",
    "team": "policy",
    "compensation": "unpaid",
    "hours_per_week": "10–15",
    "location": "remote",
    "description": (
        "<p>The policy and advocacy intern supports research, coalition work and campaigns for laws that "
        "treat people who trade sex with dignity.</p>"
    ),
    "responsibilities": (
        "<ul><li>Track bills and city council hearings</li><li>Draft fact sheets and testimony</li></ul>"
    ),
    "qualifications": "<ul><li>Undergraduate or graduate students in law, policy or a related field</li></ul>",
    "how_to_apply": "",
}

INTERNSHIP_INDEX = {
    "slug": "internships",
    "title": "Internships",
    "introduction": (
        "The Sex Workers Project is looking for highly motivated problem-solvers committed to advancing "
        "the rights of sex workers and survivors of trafficking."
    ),
}

# The postings, dated from the day the demo is built: the deadline and the start are that many days
# away (negative: in the past), the internship lasts ``weeks``. A posting that ``stays_open`` has its dates
# moved forward by a later run once its deadline has passed, so the demo keeps two open postings.
INTERNSHIPS = [
    {"slug": "legal-intern", "fields": LEGAL, "deadline_in": 45, "starts_in": 75, "weeks": 14, "stays_open": True},
    {
        "slug": "social-work-intern",
        "fields": SOCIAL_WORK,
        "deadline_in": 30,
        "starts_in": 60,
        "weeks": 30,
        "stays_open": True,
    },
    {
        "slug": "policy-and-advocacy-intern",
        "fields": POLICY,
        "deadline_in": -40,
        "starts_in": -20,
        "weeks": 12,
        "stays_open": False,
    },
]
