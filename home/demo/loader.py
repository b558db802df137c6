"""The home app's demo loader: turns ``home/demo/content.py`` into the home page, About, the general
pages, the sitemap, site settings, and the English menus and footer and alert banner; then
``home/demo/content_es.py`` into their Spanish translations (the menus', footer's and banner's Spanish copies
come from home/demo/site_text_loader.py's ``translate_site_text``). Other apps load their sections from their own
``demo/loader.py``; ``load_demo_site`` runs every step in order.
"""

import uuid

from wagtail.models import Locale, Page

from home.demo import (
    demo_site,
    ensure_child,
    ensure_document,
    ensure_image,
    find_page,
    link,
    page_or_path_link,
    publish,
    stream,
)
from home.models import (
    AlertBanner,
    HomePage,
    Navigation,
    NoticeSettings,
    OrganisationSettings,
    SitemapPage,
    StandardPage,
)

from . import content, content_es
from .translations import locale, localise_links, string_table, translate_page, translate_pages


def build_home(options):
    """The home page at the root of the default site, replacing Wagtail's welcome page."""
    site = demo_site()
    root_page = site.root_page.specific
    if isinstance(root_page, HomePage):
        return root_page
    tree_root = Page.get_first_root_node()
    existing = HomePage.objects.first()
    if existing is None:
        hero = ensure_image(**content.HOME_BANNER)
        existing = HomePage(slug="swp-home", hero_image=hero, **content.HOME)
        tree_root.add_child(instance=existing)
        publish(existing)
    old_root = site.root_page
    site.root_page = existing
    if site.hostname == "localhost" and site.port == 80:
        site.hostname, site.port = "127.0.0.1", 8000
    site.site_name = content.SITE_NAME
    site.save()
    if old_root.pk != existing.pk and old_root.slug == "home" and not old_root.get_children().exists():
        old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
    existing.refresh_from_db()
    if existing.slug != "home":
        existing.slug = "home"
        publish(existing)
    # Re-read: publishing rewrote the URL path that children are built from.
    return HomePage.objects.get(pk=existing.pk)


def build_about(home, options):
    """The About page with the seed's text. The staff cards are added once the staff section exists."""
    fields = dict(content.ABOUT)
    slug = fields.pop("slug")
    fields["body"] = stream(*fields["body"])
    return ensure_child(home, StandardPage, slug, **fields)


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
        listing = content.ABOUT_STAFF_LISTING
        blocks.append(
            {
                "type": "section_listing",
                "value": {
                    "heading": listing["heading"],
                    "section": staff.pk,
                    "limit": listing["limit"],
                    "link_text": listing["link_text"],
                },
            }
        )
        changed = True
    if content.ABOUT_INTERNSHIPS_HEADING not in headings:
        blocks.append({"type": "heading", "value": {"text": content.ABOUT_INTERNSHIPS_HEADING, "level": "h2"}})
        blocks.append({"type": "paragraph", "value": content.ABOUT_INTERNSHIPS})
        changed = True
    if changed:
        about.sidebar = blocks
        publish(about)


def build_general_sections(home, options):
    pages = {}
    guide_spec = content.KNOW_YOUR_RIGHTS_GUIDE
    guide = ensure_document(guide_spec["title"], guide_spec["paragraphs"])
    for slug, section in content.GENERAL_SECTIONS.items():
        blocks = section["body"]
        if slug == guide_spec["section"]:
            blocks = [*blocks, ("document", {"document": guide.pk, "label": guide_spec["label"]})]
        pages[slug] = ensure_child(
            home,
            StandardPage,
            slug,
            title=section["title"],
            introduction=section["introduction"],
            body=stream(*blocks),
        )
    return pages


def build_sitemap(home, options):
    fields = dict(content.SITEMAP)
    sitemap = ensure_child(home, SitemapPage, fields.pop("slug"), **fields)
    # The sitemap belongs at the end of the home page's children.
    last = home.get_children().last()
    if last.pk != sitemap.pk:
        sitemap.move(home, pos="last-child")
    return sitemap


def list_items(values):
    """A ListBlock's items as Wagtail stores them, each with its id: wagtail-localize translates only these."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def build_settings(home, options):
    """Organisation details and the English menus and footer, filled in only where still empty (an editor's
    changes stay)."""
    site = demo_site()
    org = OrganisationSettings.for_site(site)
    # Made now rather than by a visitor's first request (which would empty every cache keyed by change).
    NoticeSettings.for_site(site)
    if not org.postal_address:
        details = content.ORGANISATION
        org.postal_address = details["postal_address"]
        org.phone = details["phone"]
        org.email = details["email"]
        org.donate_url = details["donate_url"]
        org.social_links = [
            {"type": "link", "value": {"platform": platform, "url": url}} for platform, url in details["social_links"]
        ]
        org.logo = ensure_image(**content.LOGO)
        org.default_share_image = ensure_image(**content.SHARE_IMAGE)
        org.save()

    english = Locale.get_default()
    # The banner's English copy, off: an editor writes it when there is news.
    AlertBanner.objects.get_or_create(locale=english)
    nav = Navigation.objects.filter(locale=english).first() or Navigation(locale=english)
    if not nav.main_menu:
        nav.main_menu = [
            {"type": "link", "value": page_or_path_link(home, label, path)} for label, path in content.MAIN_MENU
        ]
    if not nav.footer_groups:
        groups = []
        for heading, links in content.FOOTER:
            groups.append(
                {
                    "type": "group",
                    "value": {
                        "heading": heading,
                        "links": list_items(page_or_path_link(home, label, path) for label, path in links),
                    },
                }
            )
        heading, links = content.FOOTER_EXTERNAL
        groups.append(
            {
                "type": "group",
                "value": {"heading": heading, "links": list_items(link(label, url=url) for label, url in links)},
            }
        )
        nav.footer_groups = groups
    nav.save()


def build_spanish(home, options):
    """The Spanish home page and About, translations of the English ones; the other apps' Spanish steps follow."""
    spanish = locale("es")
    if spanish is None:
        return
    translate_pages(home, content_es.PAGES, spanish, spanish_strings())


def finish_spanish(home, options):
    """The Spanish sitemap (the last of the Spanish home page's children, like the English one), then every
    Spanish page's links to other pages pointed at those pages' Spanish translations."""
    spanish = locale("es")
    if spanish is None or home.get_translation_or_none(spanish) is None:
        return
    sitemap = find_page(home, content.SITEMAP["slug"])
    if sitemap is not None:
        translate_page(sitemap, spanish, spanish_strings())
    localise_links(home, spanish, string_table())


def translate_site_words(home, options):
    """The Spanish copies of the menus, the footer, the alert banner, the categories and the topics, once the
    Spanish pages they link to exist (home/demo/site_text_loader.py)."""
    from .site_text_loader import translate_site_text

    spanish = locale("es")
    if spanish is not None and home.get_translation_or_none(spanish) is not None:
        translate_site_text(spanish)


def spanish_strings():
    return string_table(content_es.STRINGS, same=content_es.SAME_IN_SPANISH)
