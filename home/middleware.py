"""Response headers that keep visitors safe, and the Content Security Policy.

The public site gets a strict policy: scripts, styles, fonts and images only from this
site (and the players of known video sites inside frames, after a click). The Wagtail
admin needs inline scripts and styles, so it gets a looser policy, only under its own URLs.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.db import DatabaseError

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
# Requests that need no Wagtail site from the cache: the admin, and the health check, which must
# report on the database itself.
NO_SITE_PREFIXES = (*ADMIN_PREFIXES, "/health/")


# The policy's frame-ancestors says what the response's X-Frame-Options says, so the two never
# disagree: DENY where X_FRAME_OPTIONS is DENY (production), SAMEORIGIN where a view asks for it.
# A preview is SAMEORIGIN: Wagtail shows it in a frame of the admin's own editor, and marks its
# response so after rendering the page through the whole middleware stack (``request.is_preview``).
FRAME_ANCESTORS = {"DENY": ["'none'"], "SAMEORIGIN": ["'self'"]}


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        framing = "SAMEORIGIN" if getattr(request, "is_preview", False) else response.get("X-Frame-Options", "")
        frame_ancestors = FRAME_ANCESTORS.get(framing.upper())
        if frame_ancestors:
            parts.replace = {**(parts.replace or {}), "frame-ancestors": frame_ancestors}
        return parts


class PrivacyHeadersMiddleware:
    """Permissions-Policy for every response (Django sets the other security headers itself)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class CachedSiteMiddleware:
    """Finds the request's Wagtail site, with its home page, in the cache instead of the database.

    Wagtail asks the database for the site matching the host name and then for the site's home page
    on every request; both change only when an editor changes them, which moves the cache's generation
    on (home/page_cache.py). Wagtail keeps the site it finds on the request (``_wagtail_site``), so
    putting the cached one there first saves both queries. The admin is left to Wagtail.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(NO_SITE_PREFIXES) and not hasattr(request, "_wagtail_site"):
            try:
                site = cached_site(request)
            except DatabaseError:
                site = None  # the view answers as it would have (the health check says 503)
            if site is not None:
                request._wagtail_site = site
        return self.get_response(request)


def cached_site(request):
    from django.core.exceptions import DisallowedHost
    from wagtail.models import Site

    from home.page_cache import cached_until_change

    try:
        host = request.get_host()
    except DisallowedHost:
        return None

    def find():
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        return site

    return cached_until_change(f"site:{host}:{request.get_port()}", find)
