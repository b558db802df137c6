"""Every change that can make a cached page stale goes through here, once it is committed.

The hooks (connected in caching/apps.py) ask caching/stale.py what is stale, then, when the
transaction commits, make the in-app page cache forget it (caching/page_cache.py) and send the same
addresses, in one ``PurgeBatch``, to the shared caches configured in ``WAGTAILFRONTENDCACHE``
(Varnish through the HTTP backend, Cloudflare, CloudFront; see swpsite/settings/base.py). Wagtail's
frontend cache sends them through its task (``django_tasks``): at once with the default backend, or
from a worker with a queue backend.

Hooked: publish (also scheduled go-live: ``publish_scheduled`` sends ``page_published``),
unpublish, delete (Wagtail unpublishes a live page as it deletes it), move and a change of slug;
saves and deletions of settings, snippets, images, documents, press appearances and redirects. A
draft, a revision or a form submission purges nothing. A purge that cannot be delivered is logged,
never an error for the editor.

``wagtail.contrib.frontend_cache`` is used as a library and is not in INSTALLED_APPS: installed, its
own handlers would purge each published page a second time, without the listings.
"""

import logging

from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends

from . import page_cache, stale

logger = logging.getLogger(__name__)

# Saves of these fields alone never change a public page (Wagtail saves them with a draft).
DRAFT_FIELDS = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "live_revision",
    "locked",
    "locked_at",
    "locked_by",
}
BEFORE = "_swp_cache_before"


def send(answer):
    """Make the caches forget ``answer`` (a ``stale.Stale``) now."""
    if not answer:
        return
    try:
        if answer.everything:
            page_cache.invalidate_everything()
            # Listing every address costs a walk through the pages: only for a cache that needs it.
            urls = (stale.all_urls() | answer.urls) if get_backends() else set()
        else:
            urls = answer.urls
            page_cache.invalidate_urls(urls)
        PurgeBatch(urls).purge()
    except Exception:
        logger.exception("Stale pages could not be purged from the caches")


_migrating = False


def migrations_started(**kwargs):
    global _migrating
    _migrating = True


def migrations_finished(**kwargs):
    global _migrating
    _migrating = False


def send_on_commit(answer):
    if answer:
        transaction.on_commit(lambda: send(answer))


def _ask(question, *args, **kwargs):
    """``question(*args)``, or everything if it fails: a purge too many beats a stale page."""
    try:
        return question(*args, **kwargs)
    except Exception:
        logger.exception("Could not work out which pages are stale; purging everything")
        return stale.EVERYTHING


# --- Pages ------------------------------------------------------------------------------------


def remember_page_before_save(sender, instance, update_fields=None, raw=False, **kwargs):
    """Before a page is saved for real (not a draft), note its title, address and whether it was live."""
    if raw or _migrating or instance.pk is None or (update_fields is not None and set(update_fields) <= DRAFT_FIELDS):
        return
    from wagtail.models import Page

    setattr(instance, BEFORE, Page.objects.filter(pk=instance.pk).values("title", "url_path", "live").first())


def _structural(instance):
    before = getattr(instance, BEFORE, None)
    if before is None:
        return True
    return (
        before["title"] != instance.title or before["url_path"] != instance.url_path or before["live"] != instance.live
    )


def page_published(sender, instance, **kwargs):
    if _migrating or not instance.live:
        return  # a go-live date in the future: nothing a reader sees changed yet
    send_on_commit(_ask(stale.for_page, instance, structural=_structural(instance)))


def page_unpublished(sender, instance, **kwargs):
    if _migrating:
        return
    send_on_commit(_ask(stale.for_page, instance, structural=True))


def page_moving(sender, instance, url_path_before=None, **kwargs):
    """Before a move: the old addresses, the old parent's listing and whatever showed them."""
    if instance.live:
        send_on_commit(_ask(stale.for_page, instance, structural=True))


def page_moved(sender, instance, **kwargs):
    if instance.live:
        send_on_commit(_ask(stale.for_page, instance, structural=True))


def page_slug_changed(sender, instance, instance_before=None, **kwargs):
    if instance.live and instance_before is not None:
        send_on_commit(_ask(lambda: stale.Stale(stale.moved_urls(instance, instance_before.url_path))))


# --- Everything else ----------------------------------------------------------------------------


def object_changed(sender, instance, **kwargs):
    """A setting, snippet, image, document, appearance or redirect was saved or deleted."""
    send_on_commit(_ask(stale.for_object, instance))


# Saves of these fields alone change nothing a reader sees (Wagtail fills them in by itself).
BOOKKEEPING_FIELDS = {"file_hash", "file_size"}
TRACKED_LABELS = {
    "press.pressappearance",
    "wagtailredirects.redirect",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
}
_tracked = {}


def is_tracked(model):
    """Models whose saves can make a public page stale (pages are followed through their own signals)."""
    if model not in _tracked:
        from wagtail.documents.models import AbstractDocument
        from wagtail.images.models import AbstractImage
        from wagtail.models import Page

        _tracked[model] = not issubclass(model, Page) and (
            stale.is_site_wide(model)
            or issubclass(model, AbstractImage | AbstractDocument)
            or model._meta.label_lower in TRACKED_LABELS
        )
    return _tracked[model]


def model_saved(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    if raw or _migrating or not is_tracked(sender):
        return
    if update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    if created and isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        return  # settings are created with their defaults the first time a page reads them
    if created and stale.unseen_when_new(instance):
        return  # a topic typed on a publication being saved: shown once a page using it is published
    object_changed(sender, instance)


def model_deleted(sender, instance, **kwargs):
    if not _migrating and is_tracked(sender):
        object_changed(sender, instance)
