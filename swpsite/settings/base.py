"""Settings shared by every environment.

Everything that differs between machines comes from the environment:
``DATABASE_URL``, ``SECRET_KEY``, ``ALLOWED_HOSTS``, ``DEBUG``, ``REDIS_URL``.
"""

import os
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


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "publications",
    "press",
    "people",
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
    # Everything below runs only when the page is not in the anonymous page cache.
    "home.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After CommonMiddleware, which refuses host names not in ALLOWED_HOSTS.
    "home.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
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

# Cache: Django's own Redis backend when REDIS_URL is set (keeping its Redis client, home/cache.py),
# a file cache otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "home.cache.SiteRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "swp"),
        }
    }
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

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/New_York"
USE_I18N = True
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
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
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
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "website@swp.urbanjustice.org")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Wagtail logs every page action and background task at INFO; keep the console readable.
        "wagtail": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "modelsearch": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Sex Workers Project"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_I18N_ENABLED = False
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
TRUST_X_FORWARDED_FOR = env_bool("TRUST_X_FORWARDED_FOR", False)

# Full-page cache for anonymous visitors (home/page_cache.py); 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

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
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("AXES_PROXY_COUNT", "0")) or None
AXES_VERBOSE = False

# The comms team works in New York: the admin shows every date and time in New York time.
WAGTAIL_USER_TIME_ZONES = ["America/New_York"]
