"""Which copy of a translated thing a page shows: the one in the page's language, else the English one.

Categories, topics, menus and pages exist once per language (wagtail's ``TranslatableMixin``), the copies
tied by their ``translation_key``. A Spanish page shows the Spanish copy where there is one and the English
copy where there is none yet, so nothing disappears while the translation is under way. Each helper costs
one query at most, whatever the number of things (``home.languages.in_reading_language`` picks "the first
of these" the same way).
"""

from django.conf import settings
from django.db.models import Q


def one_per_translation(queryset, locale_id):
    """The rows of ``queryset`` as a page in ``locale_id`` lists them: one copy of each thing, in that
    language where it exists, else in the default language; in the queryset's order. One query."""
    rows = list(queryset.filter(Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE)))
    chosen = {}
    for row in rows:
        if row.locale_id == locale_id or row.translation_key not in chosen:
            chosen[row.translation_key] = row
    kept = {row.pk for row in chosen.values()}
    return [row for row in rows if row.pk in kept]


def in_locale(objects, locale_id):
    """``objects`` (copies in any language) as they read in ``locale_id``: each one's copy in that language,
    else itself; once each. No query when they are all in that language already, else one."""
    objects = list(objects)
    missing = {obj.translation_key for obj in objects if obj.locale_id != locale_id}
    found = {}
    if missing:
        model = type(objects[0]).get_translation_model()
        found = {
            row.translation_key: row for row in model.objects.filter(translation_key__in=missing, locale_id=locale_id)
        }
    shown, seen = [], set()
    for obj in objects:
        if obj.translation_key in seen:
            continue
        seen.add(obj.translation_key)
        shown.append(found.get(obj.translation_key, obj))
    return shown
