"""Translating a demo object as a translator would in the admin: through wagtail-localize.

``translate_object(instance, locale, words)`` sends ``instance`` (a page or a snippet) for translation into
``locale``, fills in each of its strings from ``words`` (plain English text → plain translated text; a string
not there keeps its English words, as wagtail-localize shows an untranslated string) and saves the
translated copy. A page's copy goes live when the transaction commits, as wagtail-localize publishes it. Running
it again updates that copy: wagtail-localize is the one way translations are made, so the admin's "Sync"
keeps working on them.
"""

from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue


def translate_object(instance, locale, words, publish=True):
    """The copy of ``instance`` in ``locale``, made or updated with ``words``."""
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    # wagtail-localize keeps plain text as HTML (``&`` is ``&amp;``): the words are turned into the same.
    as_html = {StringValue.from_plaintext(english).data: text for english, text in words.items()}
    po = translation.export_po()
    for entry in po:
        if entry.msgid in as_html:
            entry.msgstr = StringValue.from_plaintext(as_html[entry.msgid]).data
    translation.import_po(po)
    translation.save_target(publish=publish)
    return instance.get_translation(locale)
