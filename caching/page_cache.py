"""The in-app page cache: whole pages for anonymous readers, on Django's cache framework.

For ``make run`` and a single server with no Varnish or CDN in front (with one in front, set
``PAGE_CACHE_SECONDS=0``: the shared cache does this job). It keeps exactly what a shared cache may
keep, as caching/policy.py marked it: a ``public`` 200 with an ``s-maxage``, for at most that long
(and at most ``PAGE_CACHE_SECONDS``). A page kept until an internship deadline is therefore gone at
the deadline, and a copy it serves carries an ``Age`` header, so a browser or proxy behind it counts
from when the page was made, not from when it was served.

Keys hold the scheme, host, path and only the query parameters pages read (caching/keys.py), in a
fixed order. A request with other parameters may be answered from the copy of the clean address,
but what it renders is never stored, so ``/?x=1`` … ``/?x=300`` add nothing.

Invalidation follows the same rules as the purges sent to Varnish or a CDN (caching/stale.py), per
address: each path has a version token, and every key of that path (all its query variants) holds
it. Making a path stale writes a new token, so the copies under the old one are never read again
and expire by themselves; one edit no longer empties every page. Site-wide changes (menus,
settings) replace one site-wide token instead. A token that is missing (evicted, or never written)
is a miss; a request that found it missing stores only if no invalidation wrote one meanwhile.
"""

import hashlib
import logging
import time
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache

from .keys import has_other_params, has_personal_params, key_query
from .policy import ADMIN_PREFIXES

logger = logging.getLogger(__name__)

SITE_VERSION_KEY = "pagecache:site"
HEADER = "X-Page-Cache"


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def path_version_key(path):
    return f"pagecache:path:{_digest(path)}"


def _new_token():
    return uuid.uuid4().hex


def _entry_key(request, tokens):
    raw = "|".join([*tokens, request.scheme, request.get_host(), request.path, key_query(request.GET)])
    return f"pagecache:page:{_digest(raw)}"


def _directive_seconds(response, name):
    for part in response.get("Cache-Control", "").split(","):
        key, _, value = part.strip().partition("=")
        if key.lower() == name and value.isdigit():
            return int(value)
    return None


def invalidate_paths(paths):
    """Forget every kept copy of these paths, with all their query strings (a new token for each)."""
    paths = {path for path in paths if path}
    if not paths:
        return
    try:
        cache.set_many({path_version_key(path): _new_token() for path in paths}, timeout=None)
    except Exception:  # a cache that cannot be reached keeps nothing to forget either
        logger.exception("The page cache could not forget %d addresses", len(paths))


def invalidate_urls(urls):
    invalidate_paths({urlsplit(url).path for url in urls})


def invalidate_everything():
    try:
        cache.set(SITE_VERSION_KEY, _new_token(), timeout=None)
    except Exception:
        logger.exception("The page cache could not start afresh")


def _request_is_cacheable(request):
    return (
        getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith(ADMIN_PREFIXES)
        # A search or a gift amount is the visitor's own: never answered from the page without it.
        and not has_personal_params(request.GET)
    )


def _response_is_cacheable(response):
    if response.status_code != 200 or response.cookies or getattr(response, "streaming", False):
        return False
    directives = {part.strip().split("=")[0].lower() for part in response.get("Cache-Control", "").split(",")}
    if "public" not in directives or directives & {"private", "no-store", "no-cache"}:
        return False
    return bool(_directive_seconds(response, "s-maxage"))


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _request_is_cacheable(request):
            return self.get_response(request)
        try:
            return self._serve(request)
        except _CacheUnavailable:
            return self.get_response(request)

    def _serve(self, request):
        keys = [SITE_VERSION_KEY, path_version_key(request.path)]
        tokens = _read(lambda: cache.get_many(keys))
        if all(key in tokens for key in keys):
            kept = _read(lambda: cache.get(_entry_key(request, [tokens[key] for key in keys])))
            if kept is not None:
                stored_at, response = kept
                response["Age"] = str(max(0, int(time.time() - stored_at)))
                if settings.PAGE_CACHE_HEADER:
                    response[HEADER] = "hit"
                return response

        response = self.get_response(request)
        if has_other_params(request.GET) or not _response_is_cacheable(response):
            return response
        # Tokens missing when the request began are created now, unless an invalidation wrote one
        # meanwhile: then what this request rendered may be older than that change, and is not kept.
        chosen = []
        for key in keys:
            if key in tokens:
                chosen.append(tokens[key])
                continue
            token = _new_token()
            try:
                if not cache.add(key, token, timeout=None):
                    return response
            except Exception:
                logger.exception("The page cache could not be written")
                return response
            chosen.append(token)
        timeout = min(settings.PAGE_CACHE_SECONDS, _directive_seconds(response, "s-maxage"))
        if hasattr(response, "render") and not getattr(response, "is_rendered", True):
            response.render()
        try:
            cache.set(_entry_key(request, chosen), (time.time(), response), timeout)
        except Exception:
            logger.exception("The page cache could not be written")
            return response
        if settings.PAGE_CACHE_HEADER:
            response[HEADER] = "miss"
        return response


class _CacheUnavailable(Exception):
    pass


def _read(call):
    try:
        return call()
    except Exception as error:
        logger.warning("The page cache could not be read: %s", error)
        raise _CacheUnavailable from error
