"""The publications demo loader: builds /publications/, its categories and publications from
``publications/demo/content.py``, each publication with a PDF generated here, and the Spanish
section, translations of the English pages, from ``publications/demo/content_es.py``.

``build(home, options)`` is a step of ``load_demo_site`` and is idempotent. With
``--publications N`` it also adds N sample publications sharing one PDF, for scale tests. No
publication has a chosen cover: each shows the first page of its PDF (home/document_covers.py).
"""

from datetime import date

from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale

from home.demo import ensure_child, ensure_document, find_page, make_pdf_bytes, publish, stream
from home.demo.translations import locale, string_table, translate_pages
from publications.models import PublicationCategory, PublicationIndexPage, PublicationPage, RelatedPublication

from . import content, content_es
from .translate import translate_taxonomies


def ensure_categories():
    """The categories' English copies (publications/demo/translate.py makes the Spanish ones)."""
    english = Locale.get_default()
    categories = {}
    for spec in content.CATEGORIES:
        category, _ = PublicationCategory.objects.get_or_create(
            slug=spec["slug"],
            locale=english,
            defaults={key: value for key, value in spec.items() if key != "slug"},
        )
        categories[spec["slug"]] = category
    return categories


def ensure_publication(index, spec, categories):
    existing = index.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific
    document = ensure_document(
        spec["title"],
        data=make_pdf_bytes(spec["title"], [_byline(spec), *spec["pdf"], content.NOTE]),
        language=spec.get("document_language", "English"),
    )
    # No cover is chosen: each publication shows the first page of its PDF, drawn when it is uploaded.
    page = PublicationPage(
        slug=spec["slug"],
        title=spec["title"],
        category=categories[spec["category"]],
        publication_date=spec["date"],
        authors="\n".join(spec.get("authors", [])),
        partner_organisation=spec.get("partner", ""),
        summary=spec["summary"],
        document=document,
        language=spec.get("language", "en"),
        body=stream(*spec["body"]) if spec.get("body") else "",
    )
    page.topics.add(*spec["topics"])
    index.add_child(instance=page)
    publish(page)
    return page


def _byline(spec):
    by = ", ".join(spec.get("authors", [])) or "Sex Workers Project"
    return f"{by}, {spec['date'].year}"


def link_related(pages):
    for slug, related_slugs in content.RELATED.items():
        page = pages.get(slug)
        if page is None or page.related_publications.exists():
            continue
        page = PublicationPage.objects.get(pk=page.pk)
        page.related_publications = [
            RelatedPublication(publication=pages[other]) for other in related_slugs if other in pages
        ]
        publish(page)


def build_sample_publications(index, categories, count):
    """``count`` plain sample publications for scale tests, sharing one PDF (and so its first page as cover)."""
    if count <= 0:
        return
    sample = content.SAMPLE
    prefix = sample["slug_prefix"]
    existing = set(index.get_children().filter(slug__startswith=prefix).values_list("slug", flat=True))
    wanted = [f"{prefix}{number:04d}" for number in range(1, count + 1)]
    missing = [slug for slug in wanted if slug not in existing]
    if not missing:
        return
    document = ensure_document(
        sample["document_title"],
        data=make_pdf_bytes(sample["pdf_title"], sample["pdf"]),
    )
    category_list = list(categories.values())
    topics = sample["topics"]
    now = timezone.now()
    for slug in missing:
        number = int(slug.removeprefix(prefix))
        page = PublicationPage(
            slug=slug,
            title=sample["title"].format(number=number),
            category=category_list[number % len(category_list)],
            publication_date=date(2000 + number % 25, 1 + number % 12, 1 + number % 28),
            summary=sample["summary"].format(number=number),
            document=document,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        page.topics.add(topics[number % len(topics)])
        # Published without a revision, to stay fast with hundreds of pages.
        index.add_child(instance=page)


def build(home, options):
    fields = dict(content.INDEX)
    index = ensure_child(home, PublicationIndexPage, fields.pop("slug"), **fields)
    categories = ensure_categories()
    pages = {}
    for spec in content.PUBLICATIONS:
        pages[spec["slug"]] = ensure_publication(index, spec, categories)
    link_related(pages)
    build_sample_publications(index, categories, int(options.get("publications") or 0))
    return index


def build_spanish(home, options):
    """/es/publicaciones/ and the fact sheets of ``content_es.PAGES``, translations of the English pages; the
    know-your-rights one with its Spanish PDF."""
    spanish = locale("es")
    index = find_page(home, content.INDEX["slug"])
    if spanish is None or index is None or home.get_translation_or_none(spanish) is None:
        return
    # The categories' Spanish copies first: a translated publication's category is its copy in Spanish.
    translate_taxonomies(spanish)
    old_path = remove_old_spanish_fact_sheet(index)
    spec = content_es.FACT_SHEET_PDF
    fact_sheet = {
        # The Spanish PDF replaces the English one on the Spanish page (an override, kept by later syncs), and
        # the Spanish page says which language its document is in.
        "overrides": {"document": spanish_fact_sheet_document().pk},
        "initial": {"language": spec["language"]},
    }
    path = f"{content.INDEX['slug']}/{spec['publication']}"
    pages = translate_pages(
        home, content_es.PAGES, spanish, string_table(content_es.STRINGS), options={path: fact_sheet}
    )
    if old_path and path in pages:
        # Links to the old page's address lead to its successor.
        Redirect.add_redirect(old_path, redirect_to=pages[path], is_permanent=True)


def remove_old_spanish_fact_sheet(index):
    """Older demo databases hold the Spanish fact sheet as a page of its own in the English tree. It is now
    the Spanish translation of the English fact sheet, so that page goes (its PDF stays, and is reused).
    Returns the old page's address, or ``None`` when there was none."""
    old = index.get_children().filter(slug=content_es.OLD_SLUG).first()
    if old is None or getattr(old.specific, "language", None) != content_es.FACT_SHEET_PDF["language"]:
        return None
    path = old.url
    old.delete()
    return path


def spanish_fact_sheet_document():
    spec = content_es.FACT_SHEET_PDF
    english = next(item for item in content.PUBLICATIONS if item["slug"] == spec["publication"])
    paragraphs = [_byline(english), *spec["pdf"], content_es.NOTE]
    return ensure_document(spec["title"], paragraphs, language=spec["document_language"])
