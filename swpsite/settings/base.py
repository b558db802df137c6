"""Settings shared by every environment.

Everything that differs between machines comes from the environment:
``DATABASE_URL``, ``SECRET_KEY``, ``ALLOWED_HOSTS``, ``DEBUG``, ``REDIS_URL``.
"""

import os
import warnings
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# wagtail-localize reads every string it translates with Beautiful Soup, which warns when one is only a web
# address (a menu link's https://…): the address is translated as it should be, and the warning filled the
# log of every demo load and every translation of the menus (the tests ignore it too: pyproject.toml).
warnings.filterwarnings(
    "ignore", message="The input passed in on this line looks more like a URL", module="wagtail_localize"
)

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "caching",
    "publications",
    "press",
    "people",
    # Translation of pages and snippets in the admin (a tree per language, synced with the English source);
    # its locales app replaces wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "home.middleware.SiteCSPMiddleware",
    "home.middleware.PrivacyHeadersMiddleware",
    # The language of a response comes from its address alone (/es/… is Spanish, the rest English).
    "home.languages.LanguageFromAddressMiddleware",
    # Before anything reads a request's body: refuses one over the size limit unread (413).
    "home.body_limits.RequestBodyLimitMiddleware",
    # Everything below runs only when the page is not in the anonymous page cache.
    "caching.page_cache.AnonymousPageCacheMiddleware",
    # Cache-Control for every response; above the session, CSRF and auth middleware, so it sees their cookies.
    "caching.policy.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "home.middleware.RefuseNulInPathMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    # An admin upload the disk cannot take: the reason and the same form, never a 500.
    "home.upload_errors.UploadStorageErrorMiddleware",
    # Last: a change made in the admin is saved completely or not at all (home/transactions.py).
    "home.transactions.AtomicAdminChangesMiddleware",
]

# django-axes first: it refuses logins while an account is locked out after repeated failures
# (it authenticates nobody itself); then Django's own check of the password.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesBackend", "django.contrib.auth.backends.ModelBackend"]

ROOT_URLCONF = "swpsite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "swpsite.wsgi.application"

# Database: SQLite file by default, PostgreSQL in production (DATABASE_URL).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database host that does not answer at all (not even to refuse) costs a request this many
    # seconds, then the visitor gets the 503 page, instead of waiting as long as the network lets them.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DB_CONNECT_TIMEOUT", "5"))
    )


def sqlite_for_web(database):
    """SQLite set up to serve a web site (``make run``, small installs); other engines left as they are.

    The write-ahead log lets visitors read while an editor saves; every transaction takes the write
    lock when it starts (``IMMEDIATE``), so two writers (the admin's autosave and a Submit) wait for
    each other, up to ``SQLITE_TIMEOUT`` seconds, instead of one failing with "database is locked"
    half way through.
    """
    if database.get("ENGINE") == "django.db.backends.sqlite3":
        database.setdefault("OPTIONS", {}).update(
            {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": int(os.environ.get("SQLITE_TIMEOUT", "20")),
            }
        )
    return database


sqlite_for_web(DATABASES["default"])
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis through django-redis when REDIS_URL is set, a file cache otherwise.
# The cache only makes the site faster, so a Redis that is down, unreachable or slow must never
# take a page down: its errors are logged and treated as misses (caching/backends.py), and short
# timeouts bound what a hung Redis costs a request. Nothing that must survive lives in it: sessions
# are in the database, and django-axes counts failed logins in the database.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.1"))  # seconds, to connect and for each reply
# After a failure, each process leaves Redis alone for this many seconds (caching/backends.py).
REDIS_RETRY_AFTER = float(os.environ.get("REDIS_RETRY_AFTER", "5"))


def redis_cache(url, key_prefix="swp", retry_after=REDIS_RETRY_AFTER):
    """The cache settings for the Redis at ``url`` (also used by the fault tests on a Redis of their own).

    django-redis raises its errors to ``FailFastCache``, which logs them (through ``swp.cache``, throttled
    in LOGGING), answers as a miss and stops asking Redis for ``retry_after`` seconds."""
    return {
        "BACKEND": "caching.backends.FailFastCache",
        "LOCATION": url,
        "OPTIONS": {
            "RETRY_AFTER": retry_after,
            "CACHE": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": url,
                "KEY_PREFIX": key_prefix,
                "OPTIONS": {
                    "IGNORE_EXCEPTIONS": False,
                    "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT,
                    "SOCKET_TIMEOUT": REDIS_TIMEOUT,
                },
            },
        },
    }


if REDIS_URL:
    CACHES = {"default": redis_cache(REDIS_URL, os.environ.get("CACHE_KEY_PREFIX", "swp"))}
else:
    # No Redis: a cache on disk, shared by every process of the site on this machine (gunicorn
    # workers, cron's publish_scheduled), so a publish in one clears the page cache for all.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / ".cache")),
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "swp"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# The languages the site can be read in. English is the default and keeps its addresses; every other
# language lives under its code (/es/...). The comms team adds a language in the admin (Settings ›
# Locales) from this list, without code; until it does, the language has no pages of its own. Only
# languages with a catalogue (locale/<code>/) have the site's interface words translated.
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("zh-hans", "简体中文"),
    ("ko", "한국어"),
    ("ru", "Русский"),
    ("fr", "Français"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
TIME_ZONE = "America/New_York"
USE_I18N = True
# The site's own translations (locale/es/LC_MESSAGES/django.po); `make run` and `make test` compile them.
LOCALE_PATHS = [BASE_DIR / "locale"]
# Numbers in Spanish as the United States writes them ($12,300; 1.8 MB); see swpsite/formats/es/formats.py.
FORMAT_MODULE_PATH = ["swpsite.formats"]
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "collected-static"))
STATIC_URL = "/static/"

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Private uploads (internship résumés) live here, outside MEDIA_ROOT, and are
# only ever served through a permission-checked view.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))

STORAGES = {
    # Django's FileSystemStorage, removing what a failed write (disk full) left half-written.
    "default": {"BACKEND": "home.storage.SiteFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Uploads only staff may read (internship résumés): outside MEDIA_ROOT, never served by /media/.
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
    },
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_PERMISSIONS = 0o644

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# Seconds the mail server has to answer; past that the email waits in the queue (send_queued_mail).
EMAIL_TIMEOUT = float(os.environ.get("EMAIL_TIMEOUT", "5"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "website@swp.urbanjustice.org")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "filters": {"once_a_minute": {"()": "home.log_filters.OncePerInterval", "seconds": 60}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Wagtail logs every page action and background task at INFO; keep the console readable.
        "wagtail": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "modelsearch": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Redis errors turned into cache misses (django-redis): one a minute, with the count of the rest.
        "swp.cache": {"handlers": ["console"], "level": "WARNING", "propagate": False, "filters": ["once_a_minute"]},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Sex Workers Project"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_I18N_ENABLED = True
# A page sent for translation starts as a draft in the other language, so its English words never go live
# under /es/ and its translation goes through review like any other change (wagtail-localize would publish
# it at once when the English page is live).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No avatars from Gravatar (the admin's Content Security Policy blocks them, and they would tell a
# third party who uses the admin): Wagtail shows each person's initials instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Documents: an allow-list of types, opened in the browser where it can.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "odt", "rtf", "txt", "xlsx", "csv", "pptx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 30 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]

# Images: no SVG, sensible size limits, modern formats.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024

# Request bodies bigger than this are refused before they are read (home/body_limits.py); the first
# pattern matching the path wins. The proxy in front allows the largest (docs/deployment.md).
REQUEST_BODY_LIMITS = [
    # The admin: a document or image upload, with room for the rest of the form.
    (r"^/(django-)?admin/", max(WAGTAILDOCS_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_UPLOAD_SIZE) + 2 * 1024 * 1024),
    # Internship applications: a résumé of up to 5 MB and the letter.
    (r"/apply/$", 6 * 1024 * 1024),
]
REQUEST_BODY_DEFAULT_LIMIT = 256 * 1024  # the contact form and every other public post
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "bmp": "webp", "webp": "webp"}

# Where "Quick exit" sends a visitor when the site settings do not say.
QUICK_EXIT_DEFAULT_URL = "https://www.weather.gov/"

WAGTAILIMAGES_IMAGE_MODEL = "home.SiteImage"
WAGTAILDOCS_DOCUMENT_MODEL = "home.SiteDocument"

# Visitors' personal data (contact messages, internship applications) is deleted after this
# many days by `manage.py purge_personal_data` (run daily from cron; see docs/deployment.md).
DATA_RETENTION_DAYS = int(os.environ.get("DATA_RETENTION_DAYS", "180"))
# Public forms: at most this many posts per address per window (seconds).
FORM_RATE_LIMIT = int(os.environ.get("FORM_RATE_LIMIT", "5"))
FORM_RATE_WINDOW = int(os.environ.get("FORM_RATE_WINDOW", "3600"))
# The admin's password reset requests: per visitor's address and per email address asked for.
PASSWORD_RESET_RATE_LIMIT_PER_ADDRESS = int(os.environ.get("PASSWORD_RESET_RATE_LIMIT_PER_ADDRESS", "5"))
PASSWORD_RESET_RATE_LIMIT_PER_EMAIL = int(os.environ.get("PASSWORD_RESET_RATE_LIMIT_PER_EMAIL", "3"))
PASSWORD_RESET_RATE_WINDOW = int(os.environ.get("PASSWORD_RESET_RATE_WINDOW", "3600"))
# How many proxies in front of the site append the address they saw to X-Forwarded-For (nginx or
# Caddy: 1; a CDN in front of them: 2). The visitor's address is the hop that many places from the
# right (home/addresses.py); 0 ignores the header. The older TRUST_X_FORWARDED_FOR=true and
# AXES_PROXY_COUNT=n still work when TRUSTED_PROXY_COUNT is not set.
TRUSTED_PROXY_COUNT = int(
    os.environ.get("TRUSTED_PROXY_COUNT")
    or os.environ.get("AXES_PROXY_COUNT")
    or (1 if env_bool("TRUST_X_FORWARDED_FOR", False) else 0)
)

# --- HTTP caching (caching/policy.py); every shared cache is purged exactly when something changes ---
# Browsers keep a public page this long (seconds)…
CACHE_MAX_AGE = int(os.environ.get("CACHE_MAX_AGE", "60"))
# …shared caches (Varnish, a CDN, the in-app page cache) this long, unless it changes sooner (deadlines).
CACHE_S_MAXAGE = int(os.environ.get("CACHE_S_MAXAGE", str(24 * 60 * 60)))
# A filtered listing (?year=, ?topic=…), whose variants a purge cannot name one by one on a CDN.
CACHE_FILTERED_S_MAXAGE = int(os.environ.get("CACHE_FILTERED_S_MAXAGE", "600"))
# A shared cache may answer with a stale copy while it fetches a fresh one, and while the site is down.
CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("CACHE_STALE_WHILE_REVALIDATE", "60"))
CACHE_STALE_IF_ERROR = int(os.environ.get("CACHE_STALE_IF_ERROR", str(24 * 60 * 60)))
# The in-app page cache (caching/page_cache.py) for a server with no Varnish or CDN in front: the
# longest it keeps a page (never longer than the page's s-maxage); 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(24 * 60 * 60)))
# An X-Page-Cache: hit/miss header on its answers (off in production).
PAGE_CACHE_HEADER = True

# Shared caches to purge (wagtail.contrib.frontend_cache, sent by caching/purging.py):
# FRONTEND_CACHE=http with FRONTEND_CACHE_PURGE_URL (Varnish; several comma-separated for several),
# cloudflare with CLOUDFLARE_BEARER_TOKEN and CLOUDFLARE_ZONE_ID, or cloudfront with
# CLOUDFRONT_DISTRIBUTION_ID (AWS credentials from the usual AWS variables).
FRONTEND_CACHE = os.environ.get("FRONTEND_CACHE", "")
if FRONTEND_CACHE == "http":
    WAGTAILFRONTENDCACHE = {
        f"varnish{number}": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
        for number, url in enumerate(env_list("FRONTEND_CACHE_PURGE_URL"), start=1)
    }
elif FRONTEND_CACHE == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
            "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
        }
    }
elif FRONTEND_CACHE == "cloudfront":
    WAGTAILFRONTENDCACHE = {
        "cloudfront": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": os.environ.get("CLOUDFRONT_DISTRIBUTION_ID", ""),
        }
    }
elif FRONTEND_CACHE:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(f"FRONTEND_CACHE={FRONTEND_CACHE!r}: use http, cloudflare or cloudfront.")
else:
    WAGTAILFRONTENDCACHE = {}
# Purge exactly the addresses caching/stale.py names: it gives each language's own (English at /…, Spanish
# under /es/…). Left unset, Wagtail would send every /es/ address again under each content language's
# prefix (/en/…, /fr/…), addresses the site never serves.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# --- Security and privacy headers (all environments; HTTPS-only settings are in production.py) ---
SECURE_CONTENT_TYPE_NOSNIFF = True
# Other sites learn only that a visitor came from this site, never which page.
SECURE_REFERRER_POLICY = "strict-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# SAMEORIGIN, not DENY: the Wagtail admin shows previews in a frame of its own.
X_FRAME_OPTIONS = "SAMEORIGIN"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), interest-cohort=(), browsing-topics=()"
)
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
SESSION_COOKIE_SAMESITE = "Lax"
# Editors' sessions end after 8 hours, or when the browser closes.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

EMBED_FRAME_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://w.soundcloud.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_FRAME_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# The Wagtail admin (and only the admin) needs inline scripts and styles.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_FRAME_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}

# --- Admin logins (django-axes) ---
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
# Failures for one username from any number of addresses before it is paused for everyone
# (docs/deployment.md): high, so a stranger cannot easily lock an editor out, yet a guesser using
# many addresses is stopped (home/lockouts.py).
AXES_USERNAME_FAILURE_LIMIT = int(os.environ.get("AXES_USERNAME_FAILURE_LIMIT", "30"))
AXES_HANDLER = "home.lockouts.SiteAxesHandler"
AXES_CLIENT_IP_CALLABLE = "home.addresses.client_address"
AXES_VERBOSE = False

# The comms team works in New York: the admin shows every date and time in New York time.
WAGTAIL_USER_TIME_ZONES = ["America/New_York"]
