"""The site-wide *generation* that the fragment, routing and settings caches are keyed by.

The anonymous page cache is no longer here: it is caching/page_cache.py, invalidated per address by
caching/stale.py. What is left serves only the caches issue 14 removes (``cached_until_change``,
``{% cache_until_change %}``, home/fragments.py, home/routing.py, home/privacy.py): publishing,
unpublishing, moving or deleting a page, and saving anything a page can show, moves the generation
on. Delete this module, and its signal handlers in home/apps.py, with the last of those caches.
"""

import time

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "pagecache:generation"
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


def _first_generation():
    """Where a new count starts: never a number used before, even after the cache was emptied or Redis
    restarted (each process keeps fragments by generation, home/fragments.py)."""
    return time.time_ns() // 1000


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _first_generation(), timeout=None)
        value = cache.get(GENERATION_KEY) or _first_generation()
    return value


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
