"""Settings for the test suite (``make test``) and the server the browser tests drive."""

import os
import tempfile
from pathlib import Path
from urllib.parse import urlparse

# `make test` runs the suite in several processes (pytest-xdist). Each test empties the cache, and on Redis that
# empties its whole database: each process, and the servers it starts (conftest.manage_env), use a database
# number of their own, the one REDIS_URL names for the first process and the next ones for the others (Redis
# has 16 by default: REDIS_URL's number plus TEST_PROCESSES must stay below that). Set before the base settings
# read REDIS_URL.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if os.environ.get("REDIS_URL") and _worker.startswith("gw"):
    _url = urlparse(os.environ["REDIS_URL"])
    _database = int(_url.path.strip("/") or 0) + int(_worker.removeprefix("gw"))
    os.environ["REDIS_URL"] = _url._replace(path=f"/{_database}").geturl()

from .base import *  # noqa: E402,F401,F403

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

# The test process keeps its cache in memory (emptied before every test) unless told where a
# shared one lives: the browser tests' server and the commands run against it share CACHE_DIR.
if not REDIS_URL and not os.environ.get("CACHE_DIR"):  # noqa: F405
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
