"""Publications: SWP's reports, publications by partners, fact sheets and the like.

* ``/publications/`` is the :class:`PublicationIndexPage` (one per site). It lists every
  publication, newest first, with filters (category, year, topic, keywords) in the query
  string. Its routes give each :class:`PublicationCategory` its own address,
  ``/publications/<category-slug>/`` (``reports``, ``partner-publications``, ``fact-sheets``),
  and RSS feeds at ``/publications/feed/`` and ``/publications/<category-slug>/feed/``.
* ``/publications/<slug>/`` is a :class:`PublicationPage`: one publication, its document
  (opened in the browser), an optional "read online" version, citation data for
  researchers (``citation_*`` meta tags, schema.org JSON-LD, a ready-to-copy citation).
* Categories are snippets the comms team can add, rename and reorder in the admin; topics are tags an
  editor types on a publication, listed under Publication topics. Both have a copy per language
  (wagtail-localize translates them): a page shows the copy in its own language, else the English one
  (home/translations.py). A translated publication's category is the category's copy in its language;
  its topics stay those of the English publication, shown in the page's language.
* The text inside each PDF is read when it is uploaded (``home/documents_text.py``,
  hooked up in ``publications/signals.py``), and indexed with the publication that uses it.
"""

from .index import PublicationIndexPage
from .listing import PUBLICATION_ORDER, covers, publication_card_queryset, year_from
from .publication import LANGUAGE_NAMES, LANGUAGES, PublicationPage, PublicationPageManager, RelatedPublication
from .taxonomy import RESERVED_SLUGS, SCHEMA_TYPES, SLUG, PublicationCategory, PublicationTopic, Topic

__all__ = [
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "PUBLICATION_ORDER",
    "RESERVED_SLUGS",
    "SCHEMA_TYPES",
    "SLUG",
    "PublicationCategory",
    "PublicationIndexPage",
    "PublicationPage",
    "PublicationPageManager",
    "PublicationTopic",
    "RelatedPublication",
    "Topic",
    "covers",
    "publication_card_queryset",
    "year_from",
]
