"""The press demo loader: builds the press room, releases, appearances and the media toolkit from
``press/demo/content.py``, and the Spanish press room, its translation, from ``content_es.py``.
Running ``build`` again finds what exists and changes nothing.
"""

from datetime import datetime

from django.apps import apps
from django.utils import timezone

from home.demo import ensure_child, ensure_document, ensure_image, find_page, publish, stream
from home.demo.translations import locale, string_table, translate_pages
from press.models import (
    MediaToolkitFactSheet,
    MediaToolkitLogo,
    MediaToolkitPage,
    MediaToolkitSpokesperson,
    PressAppearance,
    PressIndexPage,
    PressReleaseAttachment,
    PressReleasePage,
    PressReleaseRelatedPublication,
)

from . import content, content_es


def _new_york(moment: datetime):
    """``moment``, a time of day in New York, made aware."""
    return timezone.make_aware(moment, timezone.get_default_timezone())


def _page_of_type(home, path, model_string):
    """The live page at ``path`` when its app defines ``model_string`` and the page is of that type."""
    try:
        model = apps.get_model(model_string)
    except LookupError:
        return None
    page = find_page(home, path)
    return page if isinstance(page, model) else None


def _staff_bio(home, slug):
    return _page_of_type(home, f"about/staff/{slug}", "people.StaffBioPage")


def _some_publications(limit):
    try:
        model = apps.get_model("publications.PublicationPage")
    except LookupError:
        return []
    return list(model.objects.live().order_by("path")[:limit])


def build_index(home):
    fields = dict(content.INDEX)
    return ensure_child(home, PressIndexPage, fields.pop("slug"), **fields)


def build_releases(index):
    publications = _some_publications(2)
    releases = []
    for item in content.RELEASES:
        if index.get_children().filter(slug=item["slug"]).exists():
            releases.append(index.get_children().get(slug=item["slug"]).specific)
            continue
        extra = {}
        if "attachment" in item:
            attachment = item["attachment"]
            document = ensure_document(
                attachment["title"],
                [attachment["heading"] + ".", item["summary"], content.MEDIA_CONTACT],
            )
            extra["attachments"] = [PressReleaseAttachment(document=document)]
        if item["slug"] == content.RELEASE_WITH_PUBLICATIONS and publications:
            extra["related_publications"] = [PressReleaseRelatedPublication(page=page) for page in publications]
        releases.append(
            ensure_child(
                index,
                PressReleasePage,
                item["slug"],
                title=item["title"],
                release_date=_new_york(item["release_date"]),
                dateline=content.DATELINE,
                summary=item["summary"],
                body=stream(*item["body"]),
                **extra,
            )
        )
    return releases


def build_appearances(home):
    bios = {person["name"]: _staff_bio(home, person["bio_slug"]) for person in content.SPOKESPEOPLE}
    for item in content.APPEARANCES:
        PressAppearance.objects.get_or_create(
            outlet=item["outlet"],
            headline=item["headline"],
            defaults={
                "url": content.OUTLET_HOMES[item["outlet"]],
                "date": item["date"],
                "medium": item["medium"],
                "quote": item["quote"],
                "spokesperson_name": item["spokesperson"],
                "spokesperson_page": bios.get(item["spokesperson"]),
            },
        )


def build_toolkit(home, index):
    fields = dict(content.TOOLKIT)
    slug = fields.pop("slug")
    existing = index.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    logos = [MediaToolkitLogo(image=ensure_image(**image), label=label) for image, label in content.TOOLKIT_LOGOS]
    fact_sheet = ensure_document(content.TOOLKIT_FACT_SHEET["title"], content.FACT_SHEET)
    return ensure_child(
        index,
        MediaToolkitPage,
        slug,
        boilerplate=content.BOILERPLATE,
        language_guide=stream(*content.LANGUAGE_GUIDE),
        spokespeople=[
            MediaToolkitSpokesperson(
                name=person["name"],
                role=person["role"],
                topics=person["topics"],
                languages=person["languages"],
                bio_page=_staff_bio(home, person["bio_slug"]),
            )
            for person in content.SPOKESPEOPLE
        ],
        logos=logos,
        fact_sheets=[MediaToolkitFactSheet(document=fact_sheet, label=content.TOOLKIT_FACT_SHEET["label"])],
        **fields,
    )


def build(home, options):
    index = build_index(home)
    build_releases(index)
    build_toolkit(home, index)
    build_appearances(home)
    return index


def link_staff_bios(home, options):
    """Link the demo's spokespeople and quoted staff to their bios, once the staff pages exist.

    ``build`` runs before the staff section is made, so this is a step of its own, to run after
    ``people.demo.loader.build``. It fills only empty links, so running it again changes nothing.
    """
    bios = {person["name"]: _staff_bio(home, person["bio_slug"]) for person in content.SPOKESPEOPLE}
    bios = {name: page for name, page in bios.items() if page is not None}
    if not bios:
        return
    for name, page in bios.items():
        PressAppearance.objects.filter(spokesperson_name=name, spokesperson_page__isnull=True).update(
            spokesperson_page=page
        )
    toolkit = MediaToolkitPage.objects.filter(slug=content.TOOLKIT["slug"]).first()
    if toolkit is None:
        return
    people = list(toolkit.spokespeople.all())
    changed = False
    for person in people:
        if person.bio_page_id is None and person.name in bios:
            person.bio_page = bios[person.name]
            changed = True
    if changed:
        toolkit.spokespeople.set(people)
        publish(toolkit)


def build_spanish(home, options):
    """/es/prensa/, the translation of the English press room."""
    spanish = locale("es")
    if spanish is None or home.get_translation_or_none(spanish) is None:
        return
    translate_pages(home, content_es.PAGES, spanish, string_table(content_es.STRINGS))
