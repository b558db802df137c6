"""The comms team translates a page into Spanish in the admin (issue "Español", point 8).

An Editor sends an English page for translation with wagtail-localize's "Translate" action; the Spanish page
starts as a draft (its English words never go live under /es/), the translator fills it in wagtail-localize's
editor or through a PO file for an outside translator, and the page goes live in Spanish once published.
"""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.testing import spanish_home, translate_page
from press.factories import make_release

from .admin_helpers import make_member

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]


@pytest.fixture
def editor(client):
    client.force_login(make_member("Editors", username="translating-editor"))


@pytest.fixture
def release(page_tree):
    """An English release, in a press room that is already in Spanish: only the release is to translate."""
    spanish_home()
    translate_page(page_tree.press, {"Press": "Prensa", "press": "prensa"})
    return make_release(title="Statement on the new law")


def send_for_translation(client, page):
    spanish = Locale.objects.get(language_code="es")
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [spanish.pk]})
    assert response.status_code == 302, response.content.decode()[:500]
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=spanish)


def test_an_editor_sends_a_page_for_translation_and_it_starts_as_a_draft(client, editor, release):
    form = client.get(f"/admin/localize/submit/page/{release.pk}/")
    assert form.status_code == 200
    assert "Español" in form.content.decode()

    send_for_translation(client, release)

    spanish = release.get_translation(Locale.objects.get(language_code="es"))
    assert not spanish.live
    assert client.get(spanish.get_url()).status_code == 404


def test_the_translator_downloads_and_uploads_a_po_file_and_the_page_goes_live_in_spanish(
    client, editor, release, django_capture_on_commit_callbacks
):
    translation = send_for_translation(client, release)

    download = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    title = next(entry for entry in po if entry.msgctxt == "title")
    assert title.msgid == release.title

    title.msgstr = "Comunicado en español"
    upload = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": SimpleUploadedFile("es.po", str(po).encode(), content_type="text/x-gettext-translation")},
    )
    assert upload.status_code == 302

    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes once the change is saved
        translation.save_target(publish=True)  # a Moderator's Publish in the translation editor
    spanish = release.get_translation(Locale.objects.get(language_code="es"))
    response = client.get(spanish.get_url())
    assert response.status_code == 200
    assert "Comunicado en español" in response.content.decode()
    assert '<html lang="es"' in response.content.decode()


def test_the_translation_editor_opens_for_an_editor(client, editor, release):
    translation = send_for_translation(client, release)
    spanish = release.get_translation(translation.target_locale)
    response = client.get(f"/admin/pages/{spanish.pk}/edit/")
    assert response.status_code == 200
    assert "translation-editor" in response.content.decode()
