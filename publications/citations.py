"""What researchers' tools read on a publication page.

* ``citation_*`` meta tags (Google Scholar, Zotero, Mendeley),
* schema.org JSON-LD (``Report``, ``ScholarlyArticle`` or ``CreativeWork``, from the category),
* a ready-to-copy citation line, such as
  "Sex Workers Project. (2005). Behind Closed Doors: An Analysis of Indoor Sex Work in New York
  City. New York: Urban Justice Center. https://…/publications/behind-closed-doors/".
"""

import re

from django.utils.translation import gettext as _

from home.models import OrganisationSettings
from home.structured_data import ngo_json_ld
from home.templatetags.swp_tags import filesize

from .documents import document_address

ORGANISATION_WORDS = re.compile(
    r"\b(project|network|center|centre|watch|coalition|alliance|organi[sz]ation|institute|association|"
    r"foundation|council|collective|union|committee|fund|university|college|department|office|"
    r"society|group|inc|llc)\b",
    re.IGNORECASE,
)


def is_organisation(name, known):
    """A best guess from the name alone: SWP, a known partner, or a name like '... Project'."""
    return name.lower() in known or bool(ORGANISATION_WORDS.search(name))


def join_names(names):
    """'A', 'A & B', 'A, B & C'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " & " + names[-1]


def with_full_stop(text):
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def publication_metadata(page, request):
    """Everything a publication page shows or embeds for researchers and feeds, in a few queries."""
    org = OrganisationSettings.for_request(request)
    canonical = page.get_full_url(request) or request.build_absolute_uri()
    category = page.category if page.category_id else None
    document = page.document if page.document_id else None
    topics = page.topic_list
    authors = page.author_list or [page.partner_organisation or org.name]
    organisations = {org.name.lower(), org.parent_organisation.lower(), page.partner_organisation.lower()}
    date = page.date

    index = page.get_parent() if page.pk and page.path else None
    index_url = index.get_url(request) if index is not None else None
    category_url = f"{index_url}{category.slug}/" if index_url and category else None

    # A PDF is served under the publication's own address (publications/documents.py), other files from /documents/.
    pdf_address = document_address(page, request)
    document_url = request.build_absolute_uri(pdf_address or document.url) if document else None
    pdf_url = document_url if pdf_address else None

    # The citation line.
    author_text = join_names(authors)
    parts = [with_full_stop(author_text), f"({date.year})." if date else _("(n.d.)."), with_full_stop(page.title)]
    if page.partner_organisation:
        if page.partner_organisation.strip() != author_text:
            parts.append(with_full_stop(page.partner_organisation))
    else:
        parts.append(with_full_stop(f"New York: {org.parent_organisation}"))
    parts.append(canonical)
    citation = " ".join(parts)

    # citation_* meta tags, in the order Google Scholar documents them.
    meta = [("citation_title", page.title)]
    meta += [("citation_author", name) for name in authors]
    if date:
        meta.append(("citation_publication_date", date.strftime("%Y/%m/%d")))
    if category and category.schema_type == "Report":
        meta.append(("citation_technical_report_institution", page.partner_organisation or org.name))
    meta.append(("citation_publisher", page.partner_organisation or org.name))
    meta.append(("citation_language", page.language))
    if topics:
        meta.append(("citation_keywords", "; ".join(topic.name for topic in topics)))
    meta.append(("citation_abstract_html_url", canonical))
    if pdf_url:
        meta.append(("citation_pdf_url", pdf_url))

    # schema.org JSON-LD.
    publisher = ngo_json_ld(org, request)
    data = {
        "@context": "https://schema.org",
        "@type": category.schema_type if category else "CreativeWork",
        "@id": canonical,
        "url": canonical,
        "name": page.title,
        "headline": page.title[:110],
        "description": page.summary,
        "inLanguage": page.language,
        "author": [
            {
                "@type": "Organization"
                if name.lower() in organisations or ORGANISATION_WORDS.search(name)
                else "Person",
                "name": name,
            }
            for name in authors
        ],
        "publisher": publisher,
        "isAccessibleForFree": True,
    }
    if date:
        data["datePublished"] = date.isoformat()
    if category:
        data["genre"] = category.name
    if topics:
        data["keywords"] = ", ".join(topic.name for topic in topics)
    if page.partner_organisation:
        data["sourceOrganization"] = {"@type": "Organization", "name": page.partner_organisation}
    cover = page.cover
    if cover is not None:
        rendition = cover.get_rendition("fill-1200x630|format-jpeg")
        data["image"] = request.build_absolute_uri(rendition.url)
    if document:
        encoding = {
            "@type": "MediaObject",
            "name": document.title,
            "contentUrl": document_url,
            "encodingFormat": document.content_type,
            "inLanguage": page.language,
        }
        if document.file_size:
            encoding["contentSize"] = filesize(document.file_size)
        data["encoding"] = encoding

    return {
        "document": document,
        "topics": topics,
        "citation": citation,
        "citation_meta": meta,
        "publication_json_ld": data,
        "canonical": canonical,
        "document_url": document_url,
        "pdf_url": pdf_url,
        "pdf_path": pdf_address,
        "index_url": index_url,
        "category_url": category_url,
        "feed_url": f"{index_url}feed/" if index_url else None,
    }
