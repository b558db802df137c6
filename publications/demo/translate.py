"""The Spanish copies of the demo's publication categories and topics, made with wagtail-localize.

``translate_taxonomies(locale)`` gives each English category and topic its words from
``taxonomy_es.py`` through a translation, as a translator would in the admin. A translated publication's
category is the category's copy in its language, which must exist before the publication is translated
with a plain ``Translation.save_target`` (wagtail-localize's "Translate" action makes it on its own): call
this first, or again after; it is idempotent.
"""

from django.conf import settings

from home.demo.translating import translate_object
from publications.models import PublicationCategory, Topic

from . import taxonomy_es


def translate_taxonomies(locale):
    """Spanish (``locale``) copies of every English category and of the demo's topics."""
    english = {"locale__language_code": settings.LANGUAGE_CODE}
    for category in PublicationCategory.objects.filter(**english):
        words = taxonomy_es.CATEGORIES.get(category.slug)
        if words is not None:
            translate_object(category, locale, {getattr(category, field): text for field, text in words.items()})
    for topic in Topic.objects.filter(name__in=taxonomy_es.TOPICS, **english):
        translate_object(topic, locale, {topic.name: taxonomy_es.TOPICS[topic.name]})
