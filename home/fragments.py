"""Fragments of HTML kept until anything on the site changes: listing cards, the footer.

A fragment's key holds the page cache's generation (home/page_cache.py), which moves on whenever
anything is saved, published, moved or deleted, so the HTML under a key never changes. Fragments live
in the shared cache (Redis in production) and, as strings nothing can alter, also in each process, so
a card already seen costs neither a query nor a round trip. Templates use ``{% cache_until_change %}``
(home/templatetags/swp_tags.py); listings call ``load_where_not_kept`` so that the objects behind the
cards are loaded, in one batch, only for the cards no cache holds.
"""

import time

from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key

from home.page_cache import generation

SECONDS = 300  # a safety net only: any save retires a fragment at once
KEPT_IN_PROCESS = 2000
_kept = {}  # key -> (monotonic expiry, html), in this process


def fragment_key(request, name, values):
    """The key of fragment ``name`` for ``values``; the scheme and host count, for absolute addresses."""
    return make_template_fragment_key(f"swp:{name}", [request.scheme, request.get_host(), generation(), *values])


def is_cacheable(request):
    """Previews, and renders with no request, always render afresh."""
    return request is not None and not getattr(request, "is_preview", False)


def kept_fragment(key):
    """The fragment under ``key`` from this process or the shared cache, or None."""
    now = time.monotonic()
    kept = _kept.get(key)
    if kept is not None and kept[0] > now:
        return kept[1]
    html = cache.get(key)
    if html is not None:
        _keep(key, html, now)
    return html


def keep_fragment(key, html):
    cache.set(key, html, SECONDS)
    _keep(key, html, time.monotonic())


def _keep(key, html, now):
    if len(_kept) >= KEPT_IN_PROCESS:
        # Drop what has expired (fragments of older generations are never asked for again), else all.
        for old_key, (expiry, _html) in list(_kept.items()):
            if expiry <= now:
                _kept.pop(old_key, None)
        if len(_kept) >= KEPT_IN_PROCESS:
            _kept.clear()
    _kept[key] = (now + SECONDS, html)


def load_where_not_kept(request, items, name, values, load):
    """``items`` (light objects: only their pk is read) with the ones whose card no cache holds replaced
    by the full objects ``load(pks)`` returns, in one call for all of them.

    ``name`` and ``values(item)`` must be the fragment name and values the card template gives
    ``{% cache_until_change %}``. A card found here is put in this process's store, so rendering it
    asks nothing more; a card that is gone by the time it renders still renders right, from the light
    object, at the cost of a query per field.
    """
    items = list(items)
    if not items:
        return items
    if not is_cacheable(request):
        missing = items
    else:
        keys = {item.pk: fragment_key(request, name, values(item)) for item in items}
        now = time.monotonic()
        local = {pk for pk, key in keys.items() if key in _kept and _kept[key][0] > now}
        shared = cache.get_many([key for pk, key in keys.items() if pk not in local])
        for key, html in shared.items():
            _keep(key, html, now)
        missing = [item for item in items if item.pk not in local and keys[item.pk] not in shared]
    if not missing:
        return items
    loaded = {obj.pk: obj for obj in load([item.pk for item in missing])}
    return [loaded.get(item.pk, item) for item in items]
