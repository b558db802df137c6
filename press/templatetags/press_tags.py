"""Template tags of the press section."""

from urllib.parse import urlparse

from django import template

from home.templatetags.swp_tags import json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def route_breadcrumb_json_ld(context, crumbs, page, title):
    """BreadcrumbList JSON-LD for a list the press index serves: its ancestors, itself, then the list."""
    request = context.get("request")
    trail = [*crumbs, {"title": page.title, "url": page.get_url(request)}, {"title": title, "url": request.path}]
    items = [
        {
            "@type": "ListItem",
            "position": position,
            "name": crumb["title"],
            "item": request.build_absolute_uri(crumb["url"]),
        }
        for position, crumb in enumerate(trail, start=1)
    ]
    return json_ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items})


@register.filter
def site_name_of(url):
    """The website a link goes to, such as 'nytimes.com'."""
    host = (urlparse(url or "").hostname or "").lower()
    return host.removeprefix("www.")
