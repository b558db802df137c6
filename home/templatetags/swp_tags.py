"""Template tags shared by every template of the site."""

import json
from decimal import Decimal

from django import template
from django.conf import settings
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from home.breadcrumbs import breadcrumb_ancestors
from home.structured_data import breadcrumb_list_json_ld, organisation_profile_json_ld
from home.structured_data import web_page_json_ld as web_page_data

register = template.Library()


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """Turn a path such as ``/media/x.jpg`` into a full address for sharing and canonical links."""
    if not url:
        return ""
    if url.startswith(("http://", "https://")):
        return url
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's full address; for a listing a page serves under its own path (``/press/releases/``)
    or a view that is not a page, the path requested, without its query string."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return ""
    if page is not None and getattr(page, "pk", None):
        page_url = page.get_full_url(request)
        page_path = page.get_url(request)
        if page_url and page_path and request.path != page_path and request.path.startswith(page_path):
            return page_url + request.path[len(page_path) :]
        if page_url:
            return page_url
    return request.build_absolute_uri(request.path)


@register.filter
def is_current(link_href, request_path):
    """True when a menu link points at the current page or the section it is in."""
    if not link_href or not request_path or link_href.startswith(("http://", "https://")):
        return False
    href = link_href.split("?")[0]
    # A home page (``/``, ``/es/``) holds every page of its language: it is current only on itself.
    if href == "/" or href in {f"/{code}/" for code, _name in settings.LANGUAGES}:
        return request_path == href
    return request_path.startswith(href)


@register.simple_tag
def json_ld(data):
    """Render a dict as schema.org JSON-LD, safe to embed in HTML."""
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag(takes_context=True)
def web_page_json_ld(context):
    """The page's own WebPage JSON-LD with its language (home/structured_data.py); nothing outside a page."""
    page = context.get("page")
    if context.get("request") is None or not getattr(page, "pk", None):
        return ""
    return json_ld(web_page_data(canonical_url(context), page.seo_title or page.title))


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The live ancestors of ``page`` from the site's home page down (home/breadcrumbs.py)."""
    return breadcrumb_ancestors(context.get("request"), page)


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context, crumbs, page):
    """BreadcrumbList JSON-LD of a page: its ancestors ``crumbs``, then the page itself."""
    request = context.get("request")
    trail = [*crumbs, {"title": page.title, "url": page.get_url(request)}]
    return json_ld(breadcrumb_list_json_ld(trail, request))


@register.filter
def filesize(num_bytes):
    """Human file size such as '2.4 MB' ('2,4 MB' in Spanish: the decimal mark is the language's)."""
    try:
        size = float(num_bytes)
    except (TypeError, ValueError):
        return ""
    if size < 1024:
        return ngettext("%(count)s byte", "%(count)s bytes", int(size)) % {"count": int(size)}
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{number_format(Decimal(f'{size:.1f}'), decimal_pos=1)} {unit}"
    return ""


@register.filter
def file_kind(document):
    """The short name of a document's type, such as 'PDF' or 'Word'."""
    ext = (getattr(document, "file_extension", "") or "").lower()
    return {
        "pdf": "PDF",
        "doc": "Word",
        "docx": "Word",
        "odt": "OpenDocument",
        "rtf": "RTF",
        "txt": _("Text"),
        "xlsx": "Excel",
        "csv": "CSV",
        "pptx": "PowerPoint",
    }.get(ext, ext.upper())


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters changed (``None`` removes one)."""
    request = context.get("request")
    params = request.GET.copy() if request is not None else {}
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode() if params else ""


@register.simple_tag(takes_context=True)
def organisation_json_ld(context):
    """schema.org NGO data for the home page: name, logo, address, social profiles (home/structured_data.py)."""
    from wagtail.models import Site

    from home.models import OrganisationSettings

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    org = OrganisationSettings.for_request(request) if site else None
    if org is None:
        return ""
    return json_ld(
        organisation_profile_json_ld(
            org, request, page=context.get("page"), extra=context.get("organisation_json_ld_extra")
        )
    )


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The main menu, the footer and the header's buttons in the language being read (home/site_text.py)."""
    from home.site_text import site_navigation as navigation_for

    request = context.get("request")
    if request is None:
        return {"menu": [], "footer": []}
    return navigation_for(request)


@register.simple_tag
def alert_banner():
    """The alert banner's words in the language being read, or ``None`` when it is off (home/site_text.py)."""
    from home.site_text import alert_banner as banner

    return banner()


@register.simple_tag(takes_context=True)
def page_languages(context):
    """The page's other languages: ``hreflang`` alternates and the header's language switch (home/languages.py)."""
    from home.languages import page_languages as languages_of

    request = context.get("request")
    if request is None:
        return {"alternates": [], "switch": [], "x_default": None}
    page = context.get("page")
    return languages_of(request, page if getattr(page, "pk", None) else None)


@register.simple_tag(takes_context=True)
def home_url(context):
    """The home page in the language being read (``/`` or ``/es/``)."""
    from home.languages import home_pages

    request = context.get("request")
    home = home_pages(request).get(get_language()) if request is not None else None
    return home.get_url(request) if home is not None else "/"
