"""Settings for the test suite (``make test``) and the server the browser tests drive."""

import os
import tempfile
from pathlib import Path
from urllib.parse import urlparse

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production-use"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

_tmp = Path(tempfile.mkdtemp(prefix="swp-test-"))
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or _tmp / "media")
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT") or _tmp / "private-media")
STORAGES = {**STORAGES, "private": {**STORAGES["private"], "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT)}}}  # noqa: F405

# Serve media and static files from the app itself, as no web server sits in front.
SERVE_MEDIA = True
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The page cache is on in the browser tests' server (site_server sets PAGE_CACHE_SECONDS) and
# in its own tests; off by default so a test's rolled-back data never lingers in a cache.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
# django-axes needs the request at login; the test client's login() has none. Axes has its own tests.
AXES_ENABLED = os.environ.get("AXES_ENABLED", "false").lower() == "true"

# `make test` runs the suite in several processes (pytest-xdist). Each test empties the cache, and on Redis that
# empties its whole database: each process, and the servers it starts, use a database number of their own
# (the one REDIS_URL names for the first process, the next ones for the others).
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _worker.startswith("gw"):  # noqa: F405
    _url = urlparse(REDIS_URL)  # noqa: F405
    _database = int(_url.path.strip("/") or 0) + int(_worker.removeprefix("gw"))
    REDIS_URL = os.environ["REDIS_URL"] = _url._replace(path=f"/{_database}").geturl()
    CACHES = {"default": redis_cache(REDIS_URL, os.environ.get("CACHE_KEY_PREFIX", "swp"))}  # noqa: F405

# The test process keeps its cache in memory (emptied before every test) unless told where a
# shared one lives: the browser tests' server and the commands run against it share CACHE_DIR.
if not REDIS_URL and not os.environ.get("CACHE_DIR"):  # noqa: F405
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
