"""Request bodies over a size limit are refused (413) before anything reads them.

Django reads a request's body only when something asks for it (a form, the CSRF check), and it
would read a 40 MB upload to disk before a form could say "the limit is 5 MB". This middleware sits
before everything that reads, and looks only at the ``Content-Length`` the client announced: a
bigger body is refused at once with a page in the site's style. Django never reads more than
``Content-Length`` bytes, and a body sent without one (chunked) is not read at all.

The limits (``REQUEST_BODY_LIMITS``, ``REQUEST_BODY_DEFAULT_LIMIT``) are set per path: large for the
admin, where editors upload documents and images; enough for a 5 MB résumé on internship apply
pages; small everywhere else. The proxy in front has the matching limits (docs/deployment.md).
"""

import re

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers


def body_limit_for(path):
    """The largest request body, in bytes, accepted for ``path``."""
    for pattern, limit in settings.REQUEST_BODY_LIMITS:
        if re.search(pattern, path):
            return limit
    return settings.REQUEST_BODY_DEFAULT_LIMIT


def announced_length(request):
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0  # Django reads nothing of a body whose length it cannot read


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = body_limit_for(request.path_info)
        if announced_length(request) > limit:
            return too_large(request, limit)
        return self.get_response(request)


def too_large(request, limit):
    try:
        request.get_host()
    except DisallowedHost:
        # A host name this site does not serve: no page of the site, whose links would use it.
        return HttpResponse("Request too large.", status=413, content_type="text/plain; charset=utf-8")
    # In the language of the address (home/languages.py has activated it).
    response = TemplateResponse(request, "413.html", {"limit": limit}, status=413)
    response.render()
    add_never_cache_headers(response)
    return response
