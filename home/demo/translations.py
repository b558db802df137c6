"""Demo pages in another language, made the way the comms team's translators make them: as wagtail-localize
translations of the English pages, so the admin's translation editor lists them, shows what is
translated and keeps them in step when the English page changes.

The words come from data (each app's ``demo/content_es.py``): a dict from an English segment, as the
translation editor shows it (the ``msgid`` of the page's PO file), to its translation. The loader exports
the translation's PO file, fills in the segments the data knows, imports it and saves the translated
page. A segment the data does not know falls back to the English. What differs per language without
being text (a document, a link to another page) is a segment override, as an editor would set it in the
translation editor, so a later sync keeps it.

Like every demo step this is idempotent, and it keeps an editor's work: it fills only segments nobody has
translated, adds only missing overrides, and saves a translated page only when it is missing or when its
English page, its words or its overrides changed.
"""

import html
import json

from django.db import transaction
from wagtail.blocks import PageChooserBlock, StructBlock
from wagtail.contrib.redirects.models import Redirect
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    Translation,
    TranslationContext,
    TranslationSource,
)

from . import find_page


def locale(language_code):
    """The locale of ``language_code`` (a migration creates Spanish's), or ``None``."""
    return Locale.objects.filter(language_code=language_code).first()


def _key(text):
    """A segment as written in the data: HTML entities and line breaks as plain characters."""
    return html.unescape(text.replace("<br/>", "\n"))


def _is_plain(msgid):
    """A segment of a plain text field (no inline tags): its translation is escaped like the English."""
    return "<" not in msgid.replace("<br/>", "")


def string_table(*tables, same=(), fallback=None):
    """``msgid → translation or None`` from dicts of English → translation, words that stay the same in the
    other language, and an optional ``fallback(msgid)`` for segments made from data (such as dates)."""
    table = {_key(word): word for word in same}
    for words in tables:
        table.update({_key(english): translated for english, translated in words.items()})

    def translate(msgid):
        translated = table.get(_key(msgid))
        if translated is None and fallback is not None:
            translated = fallback(_key(msgid))
        if translated is None:
            return None
        if _is_plain(msgid):
            translated = html.escape(translated, quote=False).replace("\n", "<br/>")
        return translated

    return translate


def _fill_strings(translation, strings):
    """Give every segment nobody has translated yet the data's translation; True when any was given."""
    po = translation.export_po()
    filled = False
    for entry in po:
        if entry.obsolete or entry.msgstr:
            continue
        translated = strings(entry.msgid)
        if translated:
            entry.msgstr = translated
            filled = True
    if filled:
        translation.import_po(po)
    return filled


def _add_overrides(source, target_locale, overrides):
    """Add the missing overrides (``{segment path: value}``); True when any was added."""
    added = False
    for path, value in overrides.items():
        context = TranslationContext.objects.filter(object_id=source.object_id, path=path).first()
        if context is None:  # the English page has no such segment (any more)
            continue
        _, created = SegmentOverride.objects.get_or_create(
            locale=target_locale, context=context, defaults={"data_json": json.dumps(value)}
        )
        added = added or created
    return added


def _content(source):
    """What a translation source holds, as data: its StreamFields' JSON too, whose keys PostgreSQL returns in
    another order than the page was saved with (wagtail-localize compares those as text, so an unchanged
    page would count as changed and get a new revision every time the demo is loaded)."""

    def parsed(value):
        if isinstance(value, str) and value[:1] in ("[", "{"):
            try:
                return parsed(json.loads(value))
            except ValueError:
                return value
        if isinstance(value, dict):
            return {key: parsed(item) for key, item in value.items()}
        if isinstance(value, list):
            return [parsed(item) for item in value]
        return value

    return parsed(json.loads(source.content_json))


def translate_page(page, target_locale, strings, overrides=None, initial=None):
    """The live translation of ``page`` into ``target_locale``, made or brought in step; see the module's docstring.

    ``strings`` is a ``msgid → translation or None`` function (``string_table``); ``overrides`` maps segment
    paths to values that differ per language; ``initial`` gives fields that each language keeps its own value
    of (not synchronised by wagtail-localize) their value when the translation is first made.
    """
    page = page.specific
    existing = TranslationSource.objects.get_for_instance_or_none(page)
    before = _content(existing) if existing is not None else None
    source, _ = TranslationSource.update_or_create_from_instance(page)
    changed = _content(source) != before
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=target_locale)
    target = page.get_translation_or_none(target_locale)
    if target is not None and not translation.enabled:
        return target.specific  # an editor stopped syncing it with the English page: the page is theirs now
    if not translation.enabled:  # its page was deleted: it is made again
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    changed = _fill_strings(translation, strings) or changed
    changed = _add_overrides(source, target_locale, overrides or {}) or changed
    if target is not None and not changed:
        return target.specific
    created = target is None
    # Saved as a draft and published here and now, rather than when the surrounding transaction commits.
    translation.save_target(publish=False)
    target = page.get_translation(target_locale).specific
    if created:
        # A new translation starts with the English slug and is then renamed, so Wagtail keeps a redirect (when
        # the transaction commits) from an address that never served a page. It goes right after.
        transaction.on_commit(
            lambda: Redirect.objects.filter(redirect_page_id=target.pk, automatically_created=True).delete()
        )
    revision = target.get_latest_revision()
    if created and initial:
        for name, value in initial.items():
            setattr(target, name, value)
        revision = target.save_revision()
    revision.publish()
    return target.specific_class.objects.get(pk=target.pk)


def translate_pages(home, paths, target_locale, strings, options=None):
    """``{path: translation}`` of the English pages at ``paths`` below ``home`` (parents first; missing pages
    are skipped). ``options`` maps a path to more arguments of ``translate_page`` (``overrides``, ``initial``).
    """
    translated = {}
    for path in paths:
        page = find_page(home, path) if path else home
        if page is not None:
            translated[path] = translate_page(page, target_locale, strings, **(options or {}).get(path, {}))
    return translated


def link_overrides(home, page, target_locale):
    """Overrides that point the English page's links to other pages at their translations, where they exist.

    Page choosers in its StreamFields (such as the staff cards beside About's text) and rich-text links
    written as an English address of the site (such as ``/about/internships/``).
    """
    page = page.specific
    overrides = {}
    for field in page._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        for block in getattr(page, field.name):
            if not isinstance(block.block, StructBlock):
                continue
            for name, child in block.block.child_blocks.items():
                chosen = block.value.get(name)
                if isinstance(child, PageChooserBlock) and chosen is not None:
                    translated = chosen.get_translation_or_none(target_locale)
                    if translated is not None:
                        overrides[f"{field.name}.{block.id}.{name}"] = translated.pk
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is not None:
        for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
            address = segment.data
            if isinstance(address, str) and address.startswith("/") and not address.startswith("//"):
                linked = find_page(home, address)
                translated = linked.get_translation_or_none(target_locale) if linked is not None else None
                if translated is not None:
                    overrides[segment.context.path] = translated.url
    return overrides


def localise_links(home, target_locale, strings):
    """Point every translated page's links to other pages at their translations (once those exist)."""
    english = home.locale
    for translated in Page.objects.filter(locale=target_locale).descendant_of(
        home.get_translation(target_locale), inclusive=True
    ):
        page = translated.get_translation_or_none(english)
        if page is None:
            continue
        overrides = link_overrides(home, page, target_locale)
        if overrides:
            translate_page(page, target_locale, strings, overrides)
