"""Spam protection for the site's public forms: a honeypot field and a per-address rate limit.

Used by the contact form and by internship applications, so both behave the same way.
"""

import hashlib
import logging

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.utils.translation import gettext_lazy as _

from home.addresses import client_address

logger = logging.getLogger(__name__)

# Where attempts are counted while the shared cache (Redis) does not answer: this process only, so
# the limit still holds per app server until Redis is back.
_local_counts = LocMemCache("swp-rate-limit-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})

HONEYPOT_FIELD = "website"


class HoneypotMixin(forms.Form):
    """Adds a field people never see; a bot that fills it in is refused."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self):
        return bool(self.data.get(HONEYPOT_FIELD))


def _digest(identity):
    """A salted hash of an address or an email address: what the cache keeps instead of the value."""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{identity}".encode()).hexdigest()[:32]


def rate_limited(request, scope, limit=None, window=None, identity=None):
    """Count one attempt in ``scope``; True once more than ``limit`` were made within ``window`` seconds.

    Attempts are counted per visitor's address (``client_address``), or per ``identity`` when one is
    given (such as an email address). Only a salted hash of it is stored, and only in the cache.
    """
    limit = limit or getattr(settings, "FORM_RATE_LIMIT", 5)
    window = window or getattr(settings, "FORM_RATE_WINDOW", 3600)
    digest = _digest(client_address(request) if identity is None else identity)
    key = f"ratelimit:{scope}:{digest}"
    try:
        count = _count_attempt(cache, key, window)
    except CacheUnavailable:
        logger.warning("Rate limit for %s: the shared cache did not answer; counting in this process instead.", scope)
        count = _count_attempt(_local_counts, key, window)
    if count == limit + 1:
        # Once per window and visitor; the log names the visitor only by the hash, never the address.
        logger.warning("Rate limit reached in %s by visitor %s.", scope, digest)
    return count > limit


class CacheUnavailable(Exception):
    """The cache could not count: it failed, or (django-redis ignoring Redis errors) answered nothing."""


def _count_attempt(store, key, window):
    """Count one attempt under ``key`` in ``store``; the number of attempts within the window so far."""
    try:
        added = store.add(key, 1, timeout=window)
        if added is None:  # django-redis's answer when Redis could not be reached
            raise CacheUnavailable
        if added:
            return 1
        try:
            count = store.incr(key)
        except ValueError:  # expired between add and incr
            store.add(key, 1, timeout=window)
            return 1
    except OSError as error:  # a file cache whose folder cannot be written
        raise CacheUnavailable from error
    if count is None:
        raise CacheUnavailable
    return count
