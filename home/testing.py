"""Helpers for the tests of every app."""

import re
from datetime import datetime
from unittest import mock

from django.test import TestCase
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html

from home.clock import SITE_TIMEZONE


def preview_post_data(client, page):
    """The page's edit form as the admin would post it for a preview.

    StreamFields are drawn by JavaScript in the admin, so the HTML has none of their
    inputs; they are posted empty (``<name>-count = 0``), which previews the rest of the page.
    """
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    for field in page.specific_class._meta.get_fields():
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            data[f"{field.name}-count"] = "0"
    return data


def translate_page(page, strings=None, language="es", publish=True):
    """``page`` translated into ``language`` with wagtail-localize, as a translator would in the admin.

    ``strings`` maps the English text of a field (a segment: the title, the slug, a paragraph) to its
    translation; the rest stays in English. The page's parents are translated first (in English) when
    they are not yet. What happens when the change is committed (the site's root paths are read again,
    the search index and the caches are told) happens before it returns. Returns the translation, as
    its own type.
    """
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(page.specific)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        if strings and entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    translation.import_po(po)
    # As if committed, as a translator's request is: what is done then (the search index, the caches'
    # purges) is done now. Call it outside django_capture_on_commit_callbacks, which would run those
    # callbacks again at its end, after later changes (seen: the Spanish home then counted no children,
    # and its pages answered 404).
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)
    return page.get_translation(locale).specific


def spanish_home():
    """The Spanish home page (``/es/``), a translation of the English one."""
    from wagtail.models import Site

    return translate_page(
        Site.objects.get(is_default_site=True).root_page, {"Sex Workers Project": "Proyecto de Trabajadoras Sexuales"}
    )


def at_new_york_time(*when):
    """Stop the clock (``timezone.now``) at a New York wall time: ``at_new_york_time(2027, 3, 1, 0, 0, 5)``.

    A patch: use it in ``with``, or ``start()`` it. Summer and winter time come from the site's time zone."""
    return mock.patch("django.utils.timezone.now", return_value=datetime(*when, tzinfo=SITE_TIMEZONE))


def on_new_york_day(day, hour=12):
    """Stop the clock at ``hour`` o'clock in New York on the date ``day``."""
    return at_new_york_time(day.year, day.month, day.day, hour)


def menu_links(html):
    """``[(address, text)]`` of the editors' links in a page's main menu (the language switch left out)."""
    menu = html.split('id="main-menu"', 1)[1].split("</ul>", 1)[0]
    menu = re.sub(r'<li class="main-nav__language">.*?</li>', "", menu)
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', menu)
