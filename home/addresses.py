"""The visitor's address: the one function the forms' rate limit, the login lockout and the logs use.

Behind proxies that *append* the address they saw to ``X-Forwarded-For`` (nginx's
``$proxy_add_x_forwarded_for``, Caddy's ``reverse_proxy``), only the right-most hops were written by
proxies this site trusts; anything to their left came from the client and may be made up. With
``TRUSTED_PROXY_COUNT = n`` the address is the n-th hop counted from the right: the one the
outermost trusted proxy saw connecting to it. With 0 (no proxy), ``X-Forwarded-For`` is ignored and
the address is the connection's own (``REMOTE_ADDR``).
"""

import ipaddress

from django.conf import settings


def _parse(value):
    """An IP address in its normal written form, or "" if ``value`` is not one (ports are dropped)."""
    value = value.strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "192.0.2.1:443"
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return ""


def client_address(request):
    """The address the visitor connected from, as the trusted proxies in front report it."""
    remote = _parse(request.META.get("REMOTE_ADDR", "")) or request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if not hops:
        return remote  # the proxy sent no header: the connection is all there is
    # Fewer hops than proxies: the request skipped the outer ones, and the left-most hop was written
    # by the first trusted proxy it reached.
    hop = hops[-count] if len(hops) >= count else hops[0]
    return _parse(hop) or remote
