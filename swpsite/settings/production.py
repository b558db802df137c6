"""Production: ``DJANGO_SETTINGS_MODULE=swpsite.settings.production``.

Needs ``SECRET_KEY`` and ``ALLOWED_HOSTS``; see docs/deployment.md.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import CONTENT_SECURITY_POLICY, STORAGES, env_bool

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "SECRET_KEY is missing or too short: set the SECRET_KEY environment variable to a "
        "random string of at least 50 characters, for example the output of "
        "`python -c 'import secrets; print(secrets.token_urlsafe(64))'`."
    )

# Static files: compressed, with hashed names that browsers may keep for a year and more
# (whitenoise marks hashed files immutable; unhashed ones are cached briefly).
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}

# Media on S3-compatible storage (django-storages) when a bucket is configured; otherwise the
# local MEDIA_ROOT served by the web server. See docs/deployment.md.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    _s3 = {
        "bucket_name": AWS_STORAGE_BUCKET_NAME,
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
        "default_acl": None,
        "querystring_auth": False,
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "max-age=86400"},
    }
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": _s3}
    _media_origin = "https://" + (_s3["custom_domain"] or f"{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com")
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(_media_origin)
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["media-src"].append(_media_origin)
    # Private uploads (résumés) in a private bucket: never public, links signed and short-lived.
    AWS_PRIVATE_STORAGE_BUCKET_NAME = os.environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME", "")
    if AWS_PRIVATE_STORAGE_BUCKET_NAME:
        STORAGES["private"] = {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **_s3,
                "bucket_name": AWS_PRIVATE_STORAGE_BUCKET_NAME,
                "custom_domain": None,
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": 300,
            },
        }

# A CDN or Varnish in front is configured from the environment in base.py (FRONTEND_CACHE) and purged
# by caching/purging.py. The X-Page-Cache header would tell outsiders what the in-app cache holds.
PAGE_CACHE_HEADER = False

# HTTPS behind a proxy (nginx or Caddy terminates TLS and sets X-Forwarded-Proto).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# No page may be framed, except Wagtail's preview inside the admin's own editor (Wagtail marks that
# view SAMEORIGIN). The policy's frame-ancestors follows this header (home/middleware.py).
X_FRAME_OPTIONS = "DENY"
