"""Response headers that keep visitors safe, and the Content Security Policy.

The public site gets a strict policy: scripts, styles, fonts and images only from this
site (and the players of known video sites inside frames, after a click). The Wagtail
admin needs inline scripts and styles, so it gets a looser policy, only under its own URLs.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.exceptions import BadRequest

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


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


class RefuseNulInPathMiddleware:
    """An address with a NUL character in it (``/about/%00/``) gets the site's 400 page.

    No page or redirect can have one, and PostgreSQL refuses it in a query, so looking it up would end
    in a server error.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            raise BadRequest("NUL character in the path")
        return self.get_response(request)
