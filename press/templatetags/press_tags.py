"""Template tags of the press section."""

from urllib.parse import urlparse

from django import template

from home.structured_data import breadcrumb_list_json_ld
from home.templatetags.swp_tags import json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def route_breadcrumb_json_ld(context, crumbs, page, title):
    """BreadcrumbList JSON-LD for a list the press index serves: its ancestors, itself, then the list."""
    request = context.get("request")
    trail = [*crumbs, {"title": page.title, "url": page.get_url(request)}, {"title": title, "url": request.path}]
    return json_ld(breadcrumb_list_json_ld(trail, request))


@register.filter
def site_name_of(url):
    """The website a link goes to, such as 'nytimes.com'."""
    host = (urlparse(url or "").hostname or "").lower()
    return host.removeprefix("www.")
