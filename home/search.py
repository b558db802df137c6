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
"""

import re
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q
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


def words_of(text):
    return [word.lower() for word in WORD.findall(text or "")]


def _summary_matches(pages, words):
    """Ids of ``pages`` whose summary holds every word: one query, however many page types there are."""
    ids_by_type = defaultdict(list)
    for page in pages:
        ids_by_type[page.content_type_id].append(page.pk)
    in_summary = Q(pk__in=[])
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        field = getattr(model, "summary_field", None) if model else None
        if not field:
            continue
        condition = Q(pk=OuterRef("pk"))
        for word in words:
            condition &= Q(**{f"{field}__icontains": word})
        in_summary |= Q(pk__in=ids) & Exists(model.objects.filter(condition))
    if not ids_by_type:
        return set()
    return set(Page.objects.filter(in_summary).values_list("pk", flat=True))


def rank(pages, text):
    """``pages`` (in the backend's order) in the tiers above."""
    words = words_of(text)
    if not words:
        return list(pages)
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

    return sorted(pages, key=tier)


def search_pages(queryset, query, text):
    """Every page of ``queryset`` the backend finds for ``query``, ranked for ``text`` (base ``Page`` objects).

    Only pages that hold every word as typed (or a longer word it starts) are kept: PostgreSQL's English
    search also matches pages without the little words ("your") or with other forms of a word, which the
    admin's page search (autocomplete) would not find. So the public search lists what the admin finds.
    """
    found = list(queryset.search(query))
    words = " ".join(words_of(text))
    if found and words:
        completed = {page.pk for page in queryset.autocomplete(words, operator="and", order_by_relevance=False)}
        found = [page for page in found if page.pk in completed]
    return rank(found, text)


def load_specific(pages):
    """The pages shown on one page of results, as their own types, in the same order."""
    ids = [page.pk for page in pages]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [specific[pk] for pk in ids if pk in specific]
