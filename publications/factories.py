"""Publications data for tests: factories for the section and its categories (home/factories.py builds a small
site with them), and plain functions that add publications to the site's /publications/ section."""

import itertools
from datetime import date

import factory
import wagtail_factories
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model

from home.demo import ensure_image, make_pdf_bytes

from .models import PublicationCategory, PublicationIndexPage, PublicationPage

_numbers = itertools.count(1)


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publications"
    slug = "publications"

    class Meta:
        model = PublicationIndexPage


class PublicationCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda number: f"Test category {number}")
    slug = factory.LazyAttribute(lambda category: slugify(category.name))

    class Meta:
        model = PublicationCategory


def get_index():
    """The site's publications section in English (``build_page_tree`` or the demo makes it)."""
    return PublicationIndexPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)


def make_category(name=None, slug=None, **fields):
    number = next(_numbers)
    name = name or f"Test category {number}"
    slug = slug or f"test-category-{number}"
    return PublicationCategory.objects.create(name=name, slug=slug, **fields)


def get_category(slug="reports"):
    return PublicationCategory.objects.get(slug=slug, locale__language_code=settings.LANGUAGE_CODE)


def make_standard_categories():
    """Every category the design names, by slug: "Reports" (``build_page_tree`` makes it) and the two it
    adds here, "Publications by Partners" and "Fact Sheets & Other", at their usual addresses."""
    return {
        "reports": get_category("reports"),
        "partner-publications": PublicationCategoryFactory(
            name="Publications by Partners", slug="partner-publications"
        ),
        "fact-sheets": PublicationCategoryFactory(name="Fact Sheets & Other", slug="fact-sheets"),
    }


def make_document(title=None, paragraphs=None, data=None, filename=None, language="English"):
    """A library document; a text-bearing PDF made from ``paragraphs`` unless ``data`` is given."""
    title = title or f"Test document {next(_numbers)}"
    if data is None:
        data = make_pdf_bytes(title, paragraphs or [f"The text of {title}."])
    document = get_document_model()(title=title, language=language)
    document.file = SimpleUploadedFile(filename or "test-document.pdf", data, content_type="application/pdf")
    document.save()
    return document


def make_cover():
    return ensure_image("Cover: test publication", text="Test", description="Cover of a test publication")


def make_publication(
    title=None,
    category=None,
    publication_date=None,
    topics=(),
    document=None,
    index=None,
    publish=True,
    **fields,
):
    """A publication under the publications section, published through a revision like an editor's."""
    number = next(_numbers)
    index = index or get_index()
    page = PublicationPage(
        title=title or f"Test publication {number}",
        slug=fields.pop("slug", None) or f"test-publication-{number}",
        category=category or get_category(),
        publication_date=publication_date or date(2010, 1, 1),
        summary=fields.pop("summary", f"Summary of test publication {number}."),
        document=document or make_document(f"Document of test publication {number}"),
        live=False,
        **fields,
    )
    if topics:
        page.topics.add(*topics)
    index.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def make_many_publications(count, category=None, topics=("scale",), document=None, cover=None, index=None):
    """``count`` live publications, fast (no revisions), sharing one document and one cover."""
    index = index or get_index()
    category = category or get_category()
    document = document or make_document("Shared test document")
    cover = cover if cover is not None else make_cover()
    now = timezone.now()
    pages = []
    for _ in range(count):
        number = next(_numbers)
        page = PublicationPage(
            title=f"Scale publication {number}",
            slug=f"scale-publication-{number}",
            category=category,
            publication_date=date(2000 + number % 25, 1 + number % 12, 1 + number % 28),
            summary=f"Scale publication number {number}.",
            document=document,
            cover_image=cover,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        if topics:
            page.topics.add(*topics)
        index.add_child(instance=page)
        pages.append(page)
    return pages
