"""A full-page cache for anonymous visitors, on Django's cache (Redis when REDIS_URL is set).

What is cached: a 200 response to an anonymous GET or HEAD of a public page, when the
response sets no cookie and does not forbid caching. Never cached: anyone with a session
(editors, people who opened a private page), the admin and previews, search, forms (they
set the CSRF cookie), documents and health checks.

Invalidation: every cached page is keyed by a site-wide *generation* number. Publishing,
unpublishing, moving or deleting a page, and saving anything a page can show (snippets,
settings, images, documents, press appearances…), moves the generation on, so the next
request renders afresh. This clears more than the page, its listings and the home page,
but it is always right, costs one cache write, and cannot miss a listing.
"""

import contextlib
import contextvars
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.cache import get_max_age, patch_cache_control

GENERATION_KEY = "pagecache:generation"
SKIP_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/search/",
    "/health/",
    "/media/",
    "/static/",
)
# Models whose saves never change what a public page shows.
IGNORED_MODELS = {
    "sessions.session",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.uploadedfile",
    "wagtailcore.pagelock",
    "wagtailadmin.editingsession",
    "wagtailsearch.indexentry",
    "wagtailsearch.query",
    "wagtailsearch.querydailyhits",
    "wagtailforms.formsubmission",
    "wagtailusers.userprofile",
    "admin.logentry",
    "auth.user",
    "home.siterendition",
    "axes.accessattempt",
    "axes.accesslog",
    "axes.accessfailurelog",
    "people.internshipapplication",
    "django_tasks_database.dbtaskresult",
    "contenttypes.contenttype",
}


# The generation a public GET request started with, so it asks the shared cache once, not per value.
_request_generation = contextvars.ContextVar("swp_request_generation", default=None)


def _first_generation():
    """Where a new count starts: never a number used before, even after the cache was emptied or Redis
    restarted (each process keeps fragments by generation, home/fragments.py)."""
    return time.time_ns() // 1000


def generation():
    value = _request_generation.get()
    if value is not None:
        return value
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _first_generation(), timeout=None)
        value = cache.get(GENERATION_KEY) or _first_generation()
    return value


@contextlib.contextmanager
def one_generation_per_request(request):
    """For a visitor's GET or HEAD outside the admin: read the generation once for the whole request.

    Such a request changes nothing a page shows, and values cached under the generation it started with
    are at worst as old as that start. Requests that save (admin, forms) read it afresh each time.
    """
    if request.method not in ("GET", "HEAD") or request.path_info.startswith(("/admin/", "/django-admin/")):
        yield
        return
    token = _request_generation.set(generation())
    try:
        yield
    finally:
        _request_generation.reset(token)


def cached_until_change(name, compute, seconds=300):
    """``compute()``, kept in the cache until anything on the site changes (the generation moves on).

    For small things many public pages read (settings, categories, the private sections), so they
    cost no query on a warm request. ``seconds`` is only a safety net: any save retires the value.
    """
    key = f"swp:{name}:{generation()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def _next_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, _first_generation(), timeout=None)


def invalidate_all(**kwargs):
    """Forget every cached page (the next request for each renders afresh).

    The generation moves on at once and again when the transaction commits: a request that reads
    the database between the two still sees the old data, and whatever it caches is under a
    generation that is already retired once the new data is visible.
    """
    _next_generation()
    transaction.on_commit(_next_generation)


def invalidate_on_model_change(sender, **kwargs):
    if sender._meta.label_lower not in IGNORED_MODELS:
        invalidate_all()


def _cache_key(request, gen):
    raw = f"{request.method == 'HEAD' and 'GET' or request.method}:{request.get_host()}:{request.get_full_path()}"
    return f"pagecache:{gen}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _request_is_cacheable(request):
    if not getattr(settings, "PAGE_CACHE_SECONDS", 0):
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if request.path_info.startswith(SKIP_PREFIXES) or "preview" in request.GET:
        return False
    return len(request.get_full_path()) <= 500


def _response_is_cacheable(response):
    if response.status_code != 200 or response.cookies or getattr(response, "streaming", False):
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with one_generation_per_request(request):
            return self.serve(request)

    def serve(self, request):
        if not _request_is_cacheable(request):
            return self.get_response(request)
        key = _cache_key(request, generation())
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if _response_is_cacheable(response):
            if "Cache-Control" not in response:
                # Browsers and proxies revalidate every time (ETag makes that cheap),
                # so a publish shows at once everywhere.
                patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            timeout = settings.PAGE_CACHE_SECONDS
            max_age = get_max_age(response)
            if max_age:  # a page that says it changes sooner (internship deadlines) is kept less long
                timeout = min(timeout, max_age)
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
            cache.set(key, response, timeout)
            response["X-Page-Cache"] = "miss"
        return response
