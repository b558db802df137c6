"""The people app's part of the demo site: About → Staff and About → Internships.

There are no portraits: the demo has no photographs of these people, and a card without a photo
shows the name and role under a band of SWP's colours, never a stand-in face or initials. Bios are
generic and written by us; they state no private facts. Posting deadlines
are relative to the day the demo is built; a later run moves the open postings' dates forward
only once they have passed, so the demo keeps two open postings and a run on the same day
changes nothing.
"""

from datetime import timedelta

from home.demo import ensure_child, find_page, publish, rich

from .deadlines import today_in_new_york
from .models import InternshipIndexPage, InternshipPage, StaffBioPage, StaffIndexPage

STAFF = [
    {
        "slug": "rj-thompson",
        "title": "RJ Thompson",
        "role": "Managing Director",
        "short_bio": "RJ leads the Sex Workers Project's legal and social services, research and policy work.",
        "bio": [
            "As Managing Director, RJ guides the Sex Workers Project's direct services, human rights "
            "research and policy advocacy, and works with sex worker-led groups and partner organizations "
            "across New York.",
            "RJ oversees the team's strategy, budget and partnerships, and speaks about the project's work "
            "with funders, officials and the press.",
        ],
    },
    {
        "slug": "clement-lee",
        "title": "Clement Lee",
        "role": "Supervising Attorney",
        "short_bio": "Clement supervises SWP's legal team and its representation of clients in criminal, "
        "immigration and family matters.",
        "bio": [
            "Clement supervises the Sex Workers Project's attorneys, legal fellows and interns, and represents "
            "clients in matters such as vacating convictions, immigration relief and family court.",
            "He also leads know-your-rights workshops and trainings for service providers.",
        ],
    },
    {
        "slug": "molly-cohen",
        "title": "Molly Cohen",
        "role": "Equal Justice Works Legal Fellow",
        "short_bio": "Molly provides legal help to survivors of trafficking and people in the sex trades "
        "as an Equal Justice Works Fellow.",
        "bio": [
            "Molly joined the Sex Workers Project as an Equal Justice Works Legal Fellow. Her fellowship "
            "project expands legal services for survivors of trafficking and people who trade sex.",
            "She works with clients on post-conviction relief and connects them with SWP's social services.",
        ],
    },
    {
        "slug": "abigail-anzalone",
        "title": "Abigail Anzalone",
        "role": "DOJ Accredited Representative & Case Manager",
        "short_bio": "Abigail helps clients with immigration matters as a DOJ Accredited Representative and "
        "supports them as a case manager.",
        "bio": [
            "Abigail is a Department of Justice Accredited Representative, which allows her to help clients "
            "with immigration applications, and a case manager who supports clients in reaching their goals.",
            "She connects clients with housing, health care and other services, alongside SWP's attorneys "
            "and social workers.",
        ],
    },
]


def term_for(day):
    """'Spring 2027', 'Summer 2027' or 'Fall 2027' for the term a day falls in."""
    season = "Spring" if day.month <= 4 else "Summer" if day.month <= 8 else "Fall"
    return f"{season} {day.year}"


def build(home, options):
    about = find_page(home, "about")
    if about is None:
        return
    build_staff(about)
    build_internships(about)


def build_staff(about):
    index = ensure_child(
        about,
        StaffIndexPage,
        "staff",
        title="Staff",
        introduction=(
            "The attorneys, social workers, advocates and organizers of the Sex Workers Project. "
            "Many of us speak more than one language."
        ),
    )
    for person in STAFF:
        # No portraits: the demo has no photographs of these people (see the module's docstring).
        ensure_child(
            index,
            StaffBioPage,
            person["slug"],
            title=person["title"],
            role=person["role"],
            short_bio=person["short_bio"],
            bio=rich(*person["bio"]),
            languages="English",
        )
    return index


LEGAL = {
    "title": "Legal intern",
    "summary": "Work with SWP's attorneys on criminal record relief, immigration and family court matters.",
    "team": InternshipPage.Team.LEGAL,
    "compensation": InternshipPage.Compensation.CREDIT,
    "hours_per_week": "15–20",
    "location": InternshipPage.Location.HYBRID,
    "description": rich(
        "Legal interns join the Sex Workers Project's legal team and support client-centered representation "
        "of people who trade sex and survivors of trafficking."
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
    "how_to_apply": rich(
        "Include one writing sample in your résumé file, or say in your cover letter that you can send one."
    ),
}

SOCIAL_WORK = {
    "title": "Social work intern",
    "summary": "Support clients with case management and counselling under the supervision of SWP's social workers.",
    "team": InternshipPage.Team.SOCIAL_WORK,
    "compensation": InternshipPage.Compensation.CREDIT,
    "hours_per_week": "21",
    "location": InternshipPage.Location.OFFICE,
    "description": rich(
        "Social work interns provide case management and supportive counselling to clients, with weekly "
        "supervision from a licensed social worker."
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
    "team": InternshipPage.Team.POLICY,
    "compensation": InternshipPage.Compensation.UNPAID,
    "hours_per_week": "10–15",
    "location": InternshipPage.Location.REMOTE,
    "description": rich(
        "The policy and advocacy intern supports research, coalition work and campaigns for laws that "
        "treat people who trade sex with dignity."
    ),
    "responsibilities": (
        "<ul><li>Track bills and city council hearings</li><li>Draft fact sheets and testimony</li></ul>"
    ),
    "qualifications": "<ul><li>Undergraduate or graduate students in law, policy or a related field</li></ul>",
    "how_to_apply": "",
}


def _dates(today, deadline_in, start_in, weeks):
    start = today + timedelta(days=start_in)
    return {
        "application_deadline": today + timedelta(days=deadline_in),
        "start_date": start,
        "end_date": start + timedelta(weeks=weeks),
        "term": term_for(start),
    }


def build_internships(about):
    index = ensure_child(
        about,
        InternshipIndexPage,
        "internships",
        title="Internships",
        introduction=(
            "The Sex Workers Project is looking for highly motivated problem-solvers committed to advancing "
            "the rights of sex workers and survivors of trafficking."
        ),
    )
    today = today_in_new_york()
    postings = [
        ("legal-intern", LEGAL, _dates(today, 45, 75, 14), True),
        ("social-work-intern", SOCIAL_WORK, _dates(today, 30, 60, 30), True),
        ("policy-and-advocacy-intern", POLICY, _dates(today, -40, -20, 12), False),
    ]
    for slug, fields, dates, stays_open in postings:
        posting = ensure_child(index, InternshipPage, slug, **fields, **dates)
        if stays_open and posting.application_deadline and posting.application_deadline < today:
            # A demo database built long ago: keep the demo's open postings open.
            for name, value in dates.items():
                setattr(posting, name, value)
            publish(posting)
    return index
