"""Spam protection for the site's public forms: a honeypot field and a per-address rate limit.

Used by the contact form and by internship applications, so both behave the same way.
"""

import hashlib
import logging

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache

logger = logging.getLogger(__name__)

# Where attempts are counted while the shared cache (Redis) does not answer: this process only, so
# the limit still holds per app server until Redis is back.
_local_counts = LocMemCache("swp-rate-limit-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})

HONEYPOT_FIELD = "website"


class HoneypotMixin(forms.Form):
    """Adds a field people never see; a bot that fills it in is refused."""

    website = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self):
        return bool(self.data.get(HONEYPOT_FIELD))


def client_address(request):
    """The visitor's address; behind a proxy, the address the proxy saw (first X-Forwarded-For hop)."""
    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def rate_limited(request, scope, limit=None, window=None):
    """Count one attempt for this address in ``scope``; True once it has made more than ``limit``.

    The address is stored only as a salted hash, and only in the cache, for ``window`` seconds.
    """
    limit = limit or getattr(settings, "FORM_RATE_LIMIT", 5)
    window = window or getattr(settings, "FORM_RATE_WINDOW", 3600)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_address(request)}".encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    try:
        return _count_attempt(cache, key, limit, window)
    except CacheUnavailable:
        logger.warning("Rate limit for %s: the shared cache did not answer; counting in this process instead.", scope)
        return _count_attempt(_local_counts, key, limit, window)


class CacheUnavailable(Exception):
    """The cache could not count: it failed, or (django-redis ignoring Redis errors) answered nothing."""


def _count_attempt(store, key, limit, window):
    try:
        added = store.add(key, 1, timeout=window)
        if added is None:  # django-redis's answer when Redis could not be reached
            raise CacheUnavailable
        if added:
            return False
        try:
            count = store.incr(key)
        except ValueError:  # expired between add and incr
            store.add(key, 1, timeout=window)
            return False
    except OSError as error:  # a file cache whose folder cannot be written
        raise CacheUnavailable from error
    if count is None:
        raise CacheUnavailable
    return count > limit
