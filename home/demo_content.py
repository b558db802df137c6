"""The home app's part of the demo site: home, About (the seed's text), general pages,
the sitemap, site settings and navigation. Other apps add their sections in their
own ``demo.py``; ``load_demo_site`` runs every step in order.
"""

from wagtail.models import Page

from home.demo import (
    demo_site,
    ensure_child,
    ensure_document,
    ensure_image,
    find_page,
    link,
    page_or_path_link,
    publish,
    rich,
    stream,
)
from home.models import HomePage, NavigationSettings, NoticeSettings, OrganisationSettings, SitemapPage, StandardPage


def build_home(options):
    """The home page at the root of the default site, replacing Wagtail's welcome page."""
    site = demo_site()
    root_page = site.root_page.specific
    if isinstance(root_page, HomePage):
        return root_page
    tree_root = Page.get_first_root_node()
    existing = HomePage.objects.first()
    if existing is None:
        hero = ensure_image(
            "Home page banner",
            text="Rights, safety\nand dignity",
            description="Decorative banner in purple and magenta with the words Rights, safety and dignity.",
            seed=0,
        )
        existing = HomePage(
            title="Sex Workers Project",
            slug="swp-home",
            hero_heading=(
                "Legal and social services, research and advocacy for sex workers and survivors of trafficking"
            ),
            hero_text=(
                "Since 2001 the Sex Workers Project has stood with people who trade sex, by choice, "
                "circumstance or coercion: in court, in counselling and in the fight for better laws."
            ),
            hero_image=hero,
            seo_title="Sex Workers Project | Urban Justice Center, New York",
            search_description=(
                "Client-centred legal and social services, human rights research and policy advocacy "
                "for sex workers and survivors of trafficking in New York."
            ),
        )
        tree_root.add_child(instance=existing)
        publish(existing)
    old_root = site.root_page
    site.root_page = existing
    if site.hostname == "localhost" and site.port == 80:
        site.hostname, site.port = "127.0.0.1", 8000
    site.site_name = "Sex Workers Project"
    site.save()
    if old_root.pk != existing.pk and old_root.slug == "home" and not old_root.get_children().exists():
        old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
    existing.refresh_from_db()
    if existing.slug != "home":
        existing.slug = "home"
        publish(existing)
    # Re-read: publishing rewrote the URL path that children are built from.
    return HomePage.objects.get(pk=existing.pk)


ABOUT_WHAT_WE_DO = [
    "The Sex Workers Project provides client-centered legal and social services to individuals who "
    "engage in sex work, regardless of whether they do so by choice, circumstance, or coercion. One of "
    "the first programs in the nation to assist survivors of human trafficking, the Sex Workers Project "
    "has pioneered an approach to service grounded in human rights, harm reduction and in the real life "
    "experiences of our clients. Our professional service providers are multi-lingual, non-judgmental "
    "and bring more than ten years of experience. Our attorneys help clients remain in stable housing, "
    "access safer working conditions and employment options, protect their legal rights in family court, "
    "clear their criminal records, secure legal immigration status, and fight police misconduct and hate "
    "crimes. Our social workers provide long term supportive therapy and case management, creating best "
    "practices for an emerging field.",
    "We share our expertise through legal education workshops for sex workers and trainings for service "
    "providers and community organizations. We engage in media advocacy, support sex worker-led organizing "
    "and pursue policy change, aiming to make a real and demonstrable impact in the lives of our "
    "constituents. And we conduct groundbreaking human rights documentation rooted in the real life "
    "experiences of sex workers and survivors of trafficking.",
    "The Sex Workers Project is a remarkably effective, dynamic organization deeply committed to improving "
    "the lives of our clients. As the only US organization meeting the needs of both sex workers and "
    "trafficking victims, the Sex Workers Project serves a marginalized community that few others reach. "
    "Together, we are working to create a world that is safe for sex workers and where human trafficking "
    "does not exist.",
]

ABOUT_UJC = (
    "The Sex Workers Project is a project at the Urban Justice Center. The Urban Justice Center serves "
    "low-income and marginalized New Yorkers through a unique combination of direct legal services, "
    "systemic advocacy, community education, and organizing. For information about the Urban Justice "
    'Center, please visit <a href="https://www.urbanjustice.org/">urbanjustice.org</a>.'
)

ABOUT_INTERNSHIPS = (
    "The Sex Workers Project is looking for highly motivated problem-solvers committed to advancing the "
    "rights of sex workers and survivors of trafficking. Positions for unpaid interns and externs are "
    'available. <a href="/about/internships/">More details</a>.'
)


def build_about(home, options):
    """The About page with the seed's text. The staff cards are added once the staff section exists."""
    return ensure_child(
        home,
        StandardPage,
        "about",
        title="About the Sex Workers Project",
        introduction=(
            "Client-centered legal and social services for people who do sex work and survivors of "
            "trafficking, grounded in human rights and harm reduction."
        ),
        body=stream(
            ("heading", {"text": "What we do", "level": "h2"}),
            ("paragraph", rich(*ABOUT_WHAT_WE_DO)),
            ("heading", {"text": "The Urban Justice Center", "level": "h2"}),
            ("paragraph", rich(ABOUT_UJC)),
        ),
    )


def finish_about(home, options):
    """Put the staff cards and the internships paragraph beside the text (the seed's order), once those
    sections exist: on wide screens the About page uses its width."""
    about = find_page(home, "about")
    if about is None:
        return
    block_types = [block.block_type for block in about.sidebar]
    headings = [block.value["text"] for block in about.sidebar if block.block_type == "heading"]
    blocks = list(about.sidebar.raw_data)
    staff = find_page(home, "about/staff")
    changed = False
    if staff is not None and "section_listing" not in block_types:
        blocks.append(
            {
                "type": "section_listing",
                "value": {"heading": "Staff", "section": staff.pk, "limit": 12, "link_text": "Meet our staff"},
            }
        )
        changed = True
    if "Internships" not in headings:
        blocks.append({"type": "heading", "value": {"text": "Internships", "level": "h2"}})
        blocks.append({"type": "paragraph", "value": rich(ABOUT_INTERNSHIPS)})
        changed = True
    if changed:
        about.sidebar = blocks
        publish(about)


GENERAL_SECTIONS = {
    "campaigns": (
        "Campaigns",
        "Campaigns SWP runs with sex worker-led groups and allies to change laws and policing in New York.",
        [
            ("heading", {"text": "Decriminalize sex work in New York", "level": "h2"}),
            (
                "paragraph",
                rich(
                    "Criminal laws push people who trade sex away from health care, housing and the police "
                    "protection everyone else can call on. We work with a coalition of sex workers, survivors "
                    "and public health advocates for laws that treat people who trade sex as people, not "
                    "crimes.",
                    "<ul><li>Repeal of the loitering-for-prostitution law, won in 2021</li>"
                    "<li>Vacating and sealing records of people convicted because they were trafficked</li>"
                    "<li>Ending the use of condoms as evidence of prostitution</li></ul>",
                ),
            ),
            ("heading", {"text": "Stop raids that harm survivors", "level": "h2"}),
            (
                "paragraph",
                rich(
                    "Police raids on massage parlours and homes rarely identify trafficking and often end in "
                    "arrest, deportation and lost income for the people they claim to rescue. We document "
                    "what raids do, and ask city and state officials for services that people choose."
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
    ),
    "multimedia": (
        "Multimedia",
        "Talks, interviews and recordings from SWP's staff, clients and partners.",
        [
            (
                "paragraph",
                rich(
                    "Videos and recordings on this page load only when you press Play, and say which "
                    "site they come from first. Until then, nothing is sent to any other website."
                ),
            ),
            (
                "media",
                {
                    "url": "https://vimeo.com/76979871",
                    "title": "Know your rights: a workshop for sex workers (sample recording)",
                    "transcript": rich(
                        "A staff attorney explains what to do if police stop you, what you do not have to "
                        "say, and how to reach a lawyer."
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
    ),
    "resources": (
        "Resources",
        "Know-your-rights guides, referrals and tools for sex workers, survivors and the people who serve them.",
        [
            ("heading", {"text": "Getting help", "level": "h2"}),
            (
                "paragraph",
                rich(
                    "If you trade sex or have been trafficked and need legal help, contact us. We do not "
                    "judge, and what you tell us is confidential. Talk to us before you talk to the police "
                    "or immigration officers if you can.",
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
    ),
}


def build_general_sections(home, options):
    pages = {}
    guide = ensure_document(
        "Know your rights with police (guide)",
        [
            "This guide explains what you can do when police stop you in New York. You have the right to "
            "stay silent. You do not have to agree to a search. Ask whether you are free to leave.",
            "Write down badge numbers and the time and place. Call the Sex Workers Project for free, "
            "confidential legal help.",
        ],
    )
    for slug, (title, intro, blocks) in GENERAL_SECTIONS.items():
        if slug == "resources":
            blocks = [*blocks, ("document", {"document": guide.pk, "label": "Download the know-your-rights guide"})]
        pages[slug] = ensure_child(home, StandardPage, slug, title=title, introduction=intro, body=stream(*blocks))
    return pages


def build_sitemap(home, options):
    sitemap = ensure_child(
        home,
        SitemapPage,
        "sitemap",
        title="Sitemap",
        introduction="Every section of the site and its pages.",
    )
    # The sitemap belongs at the end of the home page's children.
    last = home.get_children().last()
    if last.pk != sitemap.pk:
        sitemap.move(home, pos="last-child")
    return sitemap


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


def build_settings(home, options):
    """Organisation details and navigation, filled in only where still empty (an editor's changes stay)."""
    site = demo_site()
    org = OrganisationSettings.for_site(site)
    # Made now rather than by a visitor's first request (which would empty every cache keyed by change).
    NoticeSettings.for_site(site)
    if not org.postal_address:
        org.postal_address = "Urban Justice Center\n40 Rector Street, 9th Floor\nNew York, NY 10006"
        org.phone = "646-602-5617"
        org.email = "swp@urbanjustice.org"
        org.donate_url = "https://secure.example.org/donate/urban-justice-center"
        org.social_links = [
            {"type": "link", "value": {"platform": "instagram", "url": "https://www.instagram.com/sexworkersproject/"}},
            {"type": "link", "value": {"platform": "x", "url": "https://x.com/swp_ujc"}},
            {"type": "link", "value": {"platform": "facebook", "url": "https://www.facebook.com/SexWorkersProject"}},
        ]
        org.logo = ensure_image("SWP logo", text="SWP", description="Sex Workers Project logo", size=(512, 512), seed=1)
        org.default_share_image = ensure_image(
            "SWP sharing image",
            text="Sex Workers Project\nUrban Justice Center",
            description="The words Sex Workers Project, Urban Justice Center on a purple background.",
            size=(1200, 630),
            seed=2,
        )
        org.save()

    nav = NavigationSettings.for_site(site)
    if not nav.main_menu:
        nav.main_menu = [{"type": "link", "value": page_or_path_link(home, label, path)} for label, path in MAIN_MENU]
    if not nav.footer_groups:
        groups = []
        for heading, links in FOOTER:
            groups.append(
                {
                    "type": "group",
                    "value": {
                        "heading": heading,
                        "links": [page_or_path_link(home, label, path) for label, path in links],
                    },
                }
            )
        groups.append(
            {
                "type": "group",
                "value": {
                    "heading": "Urban Justice Center",
                    "links": [link("Urban Justice Center", url="https://www.urbanjustice.org/")],
                },
            }
        )
        nav.footer_groups = groups
    nav.save()
