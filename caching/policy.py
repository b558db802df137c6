"""What every response tells browsers and shared caches: HTTP caching by the book.

* **A public page for an anonymous reader** (GET or HEAD, 200, no cookie in or out):
  ``Cache-Control: public, max-age=<CACHE_MAX_AGE>, s-maxage=<CACHE_S_MAXAGE>,
  stale-while-revalidate=<…>, stale-if-error=<…>``. Browsers keep it briefly; shared caches
  (Varnish, a CDN, the in-app page cache) keep it long, because every change purges exactly the
  addresses it makes stale (caching/stale.py). ``stale-while-revalidate`` lets a shared cache answer
  at once while it fetches a fresh copy, ``stale-if-error`` lets it answer while the app is down.
* **A page whose content changes at a known moment** (an internship deadline, an appeal's first or
  last day, "3 days left") says so while it renders, with ``changes_at(moment)``. Its max-age and
  s-maxage then end at that moment and it gets no stale-* allowance that would reach past it.
* **A filtered listing** (``?year=2020``, ``?topic=…``): the combinations cannot be named one by one
  in a purge sent to a CDN, so shared caches keep them at most ``CACHE_FILTERED_S_MAXAGE``.
* **Anything personal** is ``private, no-store``: a visitor with a session (editors, readers of a
  private page), a logged-in user, the admin and previews, any response that sets a cookie (a form's
  CSRF cookie, messages), search results and other requests carrying a visitor's own words
  (caching/keys.py ``PERSONAL_PARAMS``), and any view that already said ``private`` or ``no-store``.
* **Other answers** (404, redirects) to anonymous GETs: ``no-cache``, so no cache keeps them.

ETags and 304 answers come from Django's ConditionalGetMiddleware, which runs outside this one.
"""

import contextvars
from datetime import UTC

from django.conf import settings
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control

from .keys import every_key_param_chose, has_personal_params, is_filtered

ADMIN_PREFIXES = ("/admin/", "/django-admin/")

_changes = contextvars.ContextVar("swp_cache_changes_at", default=None)


def changes_at(moment):
    """Note that what the current request shows changes at ``moment`` (an aware datetime).

    Called by the models that know their deadlines, while the page renders; outside a request (a
    management command) it does nothing.
    """
    notes = _changes.get()
    if notes is not None and moment is not None:
        notes.append(moment)


def seconds_until(moments, now=None):
    """Whole seconds from ``now`` to the soonest of ``moments`` (0 when it has passed); None if none."""
    if not moments:
        return None
    now = (now or timezone.now()).astimezone(UTC)
    soonest = min(moment.astimezone(UTC) for moment in moments)
    return max(0, int((soonest - now).total_seconds()))


def _directives(response):
    return {part.strip().split("=")[0].lower() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def is_personal(request, response):
    """True when the response belongs to one visitor and no shared cache may keep it."""
    if request.path_info.startswith(ADMIN_PREFIXES) or getattr(request, "is_preview", False):
        return True
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return True
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True
    if has_personal_params(request.GET):
        return True
    return bool(_directives(response) & {"private", "no-store"})


def make_private(response):
    del response["Cache-Control"]
    del response["Expires"]
    patch_cache_control(response, private=True, no_store=True)


def make_public(request, response, seconds_left=None):
    """``public`` headers for an anonymous reader; ``seconds_left`` until the content changes, if known."""
    max_age = settings.CACHE_MAX_AGE
    s_maxage = settings.CACHE_S_MAXAGE
    if is_filtered(request.GET):
        s_maxage = min(s_maxage, settings.CACHE_FILTERED_S_MAXAGE)
    del response["Expires"]
    del response["Cache-Control"]
    if seconds_left is not None:
        if seconds_left < 1:
            patch_cache_control(response, no_cache=True)
            return
        max_age = min(max_age, seconds_left)
        s_maxage = min(s_maxage, seconds_left)
    directives = {"public": True, "max_age": max_age, "s_maxage": s_maxage}
    swr = settings.CACHE_STALE_WHILE_REVALIDATE
    sie = settings.CACHE_STALE_IF_ERROR
    if swr and (seconds_left is None or seconds_left >= s_maxage + swr):
        directives["stale_while_revalidate"] = swr
    if sie and (seconds_left is None or seconds_left >= s_maxage + sie):
        directives["stale_if_error"] = sie
    patch_cache_control(response, **directives)


def apply_policy(request, response, moments=()):
    if is_personal(request, response):
        make_private(response)
        return response
    if request.method not in ("GET", "HEAD"):
        return response
    if response.status_code != 200:
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, no_cache=True)
        return response
    if "no-cache" in _directives(response):
        return response  # the view wants every copy checked with it first
    if not every_key_param_chose(request):
        # A made-up filter value or page number: answered with its notice, kept by no cache (caching/keys.py).
        make_private(response)
        return response
    seconds_left = seconds_until(moments)
    view_max_age = get_max_age(response)  # a view that set its own max-age keeps it as a limit
    if view_max_age is not None:
        seconds_left = view_max_age if seconds_left is None else min(seconds_left, view_max_age)
    make_public(request, response, seconds_left)
    return response


class CacheControlMiddleware:
    """Sets ``Cache-Control`` on every response by the rules above.

    It sits above the session, CSRF and authentication middleware, so it sees the cookies they set
    and the user they found, and below the in-app page cache, which stores what it decided.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _changes.set([])
        try:
            response = self.get_response(request)
            moments = list(_changes.get())
        finally:
            _changes.reset(token)
        return apply_policy(request, response, moments)
