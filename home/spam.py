"""Spam protection for the site's public forms: a honeypot field and a per-address rate limit.

Used by the contact form and by internship applications, so both behave the same way.
"""

import hashlib

from django import forms
from django.conf import settings
from django.core.cache import cache

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
    if cache.add(key, 1, timeout=window):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
        return False
    return count > limit
