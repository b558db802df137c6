"""Signal handlers of the publications app, connected in ``PublicationsConfig.ready``.

When a document gets a new file (uploaded, or replaced in the admin), the text inside it is
read before it is saved (``home.documents_text``), and afterwards every publication that uses
the document is reindexed, so search finds it by the words of its new file. A new PDF also gets a
picture of its first page (``home.document_covers``), the cover of publications without one.
"""

import contextlib
import logging

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.documents import get_document_model

from home.document_covers import refresh_first_page
from home.documents_text import refresh_extracted_text

logger = logging.getLogger(__name__)


def read_document_text(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if update_fields is not None and "file" not in update_fields:
        return
    field_file = instance.file
    new_file = bool(field_file) and not getattr(field_file, "_committed", True)
    if not new_file:
        return
    instance._new_file = True
    with contextlib.suppress(OSError, ValueError):
        instance.file_size = field_file.size
    instance._text_changed = refresh_extracted_text(instance)


def draw_first_page(sender, instance, raw=False, **kwargs):
    """A new PDF gets a picture of its first page, the cover of publications that have none of their own."""
    if raw or not getattr(instance, "_new_file", False):
        return
    instance._new_file = False
    refresh_first_page(instance)


def forget_first_page(sender, instance, **kwargs):
    """A deleted document takes the picture of its first page with it."""
    if instance.first_page_id:
        from wagtail.images import get_image_model

        get_image_model().objects.filter(pk=instance.first_page_id).delete()


def reindex_publications(sender, instance, raw=False, **kwargs):
    if raw or not getattr(instance, "_text_changed", False):
        return
    instance._text_changed = False
    from wagtail.search import index

    from .models import PublicationPage

    for page in PublicationPage.objects.filter(document=instance):
        index.insert_or_update_object(page)


def connect():
    document_model = get_document_model()
    pre_save.connect(read_document_text, sender=document_model, dispatch_uid="publications_read_document_text")
    post_save.connect(draw_first_page, sender=document_model, dispatch_uid="publications_draw_first_page")
    post_save.connect(reindex_publications, sender=document_model, dispatch_uid="publications_reindex")
    post_delete.connect(forget_first_page, sender=document_model, dispatch_uid="publications_forget_first_page")
