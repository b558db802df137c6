"""Which copy of a translated thing a page shows: the one in the page's language, else the English one.

Categories, topics, menus and pages exist once per language (wagtail's ``TranslatableMixin``), the copies
tied by their ``translation_key``. A Spanish page shows the Spanish copy where there is one and the English
copy where there is none yet, so nothing disappears while the translation is under way. Each helper costs
one query at most, whatever the number of things.
"""

from django.conf import settings
from django.db.models import Case, Q, Subquery, Value, When
from django.utils import translation
from wagtail.models import Page


def one_copy_each(rows, preferred):
    """Of ``rows`` (copies in several languages, in the order they are shown), one copy of each thing: the
    first for which ``preferred(row)`` is true, else the first; in ``rows``' order. No query."""
    chosen = {}
    for row in rows:
        kept = chosen.get(row.translation_key)
        if kept is None or (preferred(row) and not preferred(kept)):
            chosen[row.translation_key] = row
    return [row for row in rows if chosen[row.translation_key] is row]


def one_per_translation(queryset, locale_id):
    """The rows of ``queryset`` as a page in ``locale_id`` lists them: one copy of each thing, in that
    language where it exists, else in the default language; in the queryset's order. One query."""
    rows = list(queryset.filter(Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE)))
    return one_copy_each(rows, lambda row: row.locale_id == locale_id)


def in_reading_language(queryset):
    """The rows of ``queryset`` (pages or translatable snippets) in the language being read, best first.

    Where the language has none of them yet, the default language's rows follow, so a Spanish page can still
    show what exists only in English. Filtering and ordering happen in the queryset's own query: ``.first()``
    on the result is one query, as it was without languages.
    """
    reading = translation.get_language() or settings.LANGUAGE_CODE
    languages = {reading, settings.LANGUAGE_CODE}
    return (
        queryset.filter(locale__language_code__in=languages)
        .alias(other_language=Case(When(locale__language_code=reading, then=Value(0)), default=Value(1)))
        .order_by("other_language", *(queryset.query.order_by or queryset.model._meta.ordering or ["pk"]))
    )


def children_or_untranslated(queryset, section):
    """``queryset`` narrowed to ``section``'s children and, where ``section`` is a translation, to the default
    language section's children that have no copy in it yet, so a Spanish list shows what exists only in English
    (each keeps its own ``locale_id``, for the card to say so). One query, as ``child_of`` is: the default
    language section and the children already translated are subqueries."""
    depth = section.depth + 1
    own = Q(path__startswith=section.path, depth=depth)
    source_path = Page.objects.filter(
        translation_key=section.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).values("path")[:1]
    translated = Page.objects.filter(own).values("translation_key")
    untranslated = Q(path__startswith=Subquery(source_path), depth=depth) & ~Q(translation_key__in=translated)
    return queryset.filter(own | untranslated)
