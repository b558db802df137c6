"""Site search that ranks what a reader means first.

The database backends (SQLite's full-text index, PostgreSQL's) find the pages; PostgreSQL also weighs
fields by their ``boost``, SQLite does not. So that the order is the same on both, the results are put
in tiers, keeping the backend's relevance order within each tier:

1. pages whose title is exactly the query, or whose title before its subtitle is ("Know Your Rights:
   Sex Work and the Police in New York" for "know your rights"),
2. pages whose title contains the query as a phrase,
3. pages whose title contains every word of the query,
4. pages whose summary (the field each page type names in ``summary_field``) contains every word,
5. everything else the search found (body text, documents, authors…).

Page types list their summary among their ``search_fields`` with ``summary_fields()`` (boosted, and
in the autocomplete index) and the rest of their text with ``body_fields()`` (also in the autocomplete
index), so that the admin's page search, which uses autocomplete, finds the same pages as the public
search.

Languages. Every language's pages are searched from every language's search page; the visitor's own
language comes first (Spanish results first on /es/search/, English first on /search/), then the rest,
each in the tiers above. Accents never decide whether a page is found: "trafico" finds "tráfico" and
"informacion" "información". Each page also indexes the accent-free spelling of its words that carry
accents (``plain_words``), and the visitor's words are searched without their accents, so the same
pages are found on SQLite and on PostgreSQL with no database extension (PostgreSQL's ``unaccent`` need
not be installed). The database backend has one text-search configuration for every page, whatever its
language (``SEARCH_CONFIG``, PostgreSQL's default when unset), so nothing here depends on stemming:
the autocomplete filter below keeps only pages holding every word as typed.
"""

import re
import unicodedata
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, OuterRef, Subquery, TextField, Value, When
from wagtail.models import Page
from wagtail.search import index

SUMMARY_BOOST = 1.5  # the title's is 2 (Wagtail's own), body text 1

WORD = re.compile(r"\w+")
SUBTITLE = re.compile(r"\s*[:–—]\s+|\s+-\s+")  # "Title: subtitle", "Title – subtitle"


def summary_fields(*names):
    """A page type's summary: boosted in the full-text index and part of the autocomplete index."""
    fields = []
    for name in names:
        fields += [index.SearchField(name, boost=SUMMARY_BOOST), index.AutocompleteField(name)]
    return fields


def body_fields(*names):
    """A page type's other text: in the full-text index and the autocomplete index (the admin's search)."""
    fields = []
    for name in names:
        fields += [index.SearchField(name), index.AutocompleteField(name)]
    return fields


def without_accents(text):
    """``text`` with its accents and other marks taken off its letters: "información" → "informacion"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if not unicodedata.combining(char)))


def words_of(text):
    """The words of ``text``, lower case and without accents, as search compares them."""
    return [word.lower() for word in WORD.findall(without_accents(text))]


def plain_fields():
    """For ``BasePage.search_fields``: the accent-free spelling of the page's accented words (``plain_words``)."""
    return [index.SearchField("plain_words"), index.AutocompleteField("plain_words")]


def _text_values(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _text_values(item)]
    if isinstance(value, dict):
        return _text_values(list(value.values()))
    return [str(value)]


def plain_words_of(page):
    """The words of ``page``'s searchable text that carry accents, spelled without them, once each."""
    texts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "plain_words":
            texts += _text_values(field.get_value(page))
    words = {word for text in texts for word in WORD.findall(text) if without_accents(word) != word}
    return " ".join(sorted(without_accents(word) for word in words))


def _summaries(pages):
    """``{pk: summary text}`` of ``pages``: one query, however many page types there are."""
    ids_by_type = defaultdict(list)
    for page in pages:
        ids_by_type[page.content_type_id].append(page.pk)
    cases = []
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        field = getattr(model, "summary_field", None) if model else None
        if field:
            summary = model.objects.filter(pk=OuterRef("pk")).values(field)[:1]
            cases.append(When(pk__in=ids, then=Subquery(summary, output_field=TextField())))
    if not cases:
        return {}
    found = Page.objects.filter(pk__in=[page.pk for page in pages]).annotate(
        summary=Case(*cases, default=Value(""), output_field=TextField())
    )
    return dict(found.values_list("pk", "summary"))


def _summary_matches(pages, words):
    """Ids of ``pages`` whose summary holds every word, whatever their case and accents."""
    matches = set()
    for pk, summary in _summaries(pages).items():
        text = without_accents(summary).lower()
        if all(word in text for word in words):
            matches.add(pk)
    return matches


def rank(pages, text, locale_id=None):
    """``pages`` (in the backend's order) in the tiers above; those in the locale ``locale_id`` first."""
    words = words_of(text)

    def language(page):
        return 0 if locale_id is None or page.locale_id == locale_id else 1

    if not words:
        return sorted(pages, key=language)
    phrase = " ".join(words)
    in_summary = _summary_matches(pages, words)

    def tier(page):
        title_words = words_of(page.title)
        title = " ".join(title_words)
        main_title = " ".join(words_of(SUBTITLE.split(page.title, 1)[0]))
        if phrase in (title, main_title):
            return 0
        if f" {phrase} " in f" {title} ":
            return 1
        if set(words) <= set(title_words):
            return 2
        if page.pk in in_summary:
            return 3
        return 4

    return sorted(pages, key=lambda page: (language(page), tier(page)))


def search_pages(queryset, query, text, locale_id=None):
    """Every page of ``queryset`` the backend finds for ``query``, ranked for ``text`` (base ``Page`` objects),
    the pages of the locale ``locale_id`` (the visitor's language) first.

    ``query`` and ``text`` are the visitor's words without their accents (``without_accents``).

    Only pages that hold every word as typed (or a longer word it starts) are kept: PostgreSQL's English
    search also matches pages without the little words ("your") or with other forms of a word, which the
    admin's page search (autocomplete) would not find. So the public search lists what the admin finds.
    """
    found = list(queryset.search(query))
    words = " ".join(words_of(text))
    if found and words:
        completed = {page.pk for page in queryset.autocomplete(words, operator="and", order_by_relevance=False)}
        found = [page for page in found if page.pk in completed]
    return rank(found, text, locale_id)


def load_specific(pages):
    """The pages shown on one page of results, as their own types, in the same order."""
    ids = [page.pk for page in pages]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [specific[pk] for pk in ids if pk in specific]
