"""Template tags shared by every template of the site."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from home.routing import ancestors_from_routing

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
    if href == "/":
        return request_path == "/"
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
def breadcrumbs(context, page):
    """The live ancestors of ``page`` below the site root, for breadcrumbs and their JSON-LD.

    No query when routing the request loaded them (home/routing.py); otherwise one. The site's root
    is found from Wagtail's cached site root paths, not the database.
    """
    from wagtail.models import Site

    request = context.get("request")
    if page is None or not page.url_path:
        return []
    roots = [root.root_path for root in Site.get_site_root_paths() if page.url_path.startswith(root.root_path)]
    if not roots:
        return []
    root_path = max(roots, key=len)
    ancestors = ancestors_from_routing(request, page, root_path)
    if ancestors is None:
        ancestors = (
            page.get_ancestors()
            .filter(depth__gt=1)
            .only("id", "title", "url_path", "path", "depth", "draft_title", "live")
        )
    return [
        {"title": a.title, "url": a.get_url(request)} for a in ancestors if a.live and a.url_path.startswith(root_path)
    ]


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context, crumbs, page):
    request = context.get("request")
    items = []
    for position, crumb in enumerate([*crumbs, {"title": page.title, "url": page.get_url(request)}], start=1):
        items.append(
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb["title"],
                "item": request.build_absolute_uri(crumb["url"]) if request else crumb["url"],
            }
        )
    return json_ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items})


@register.filter
def filesize(num_bytes):
    """Human file size such as '2.4 MB'."""
    try:
        size = float(num_bytes)
    except (TypeError, ValueError):
        return ""
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
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
        "txt": "Text",
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


def organisation_description(page, org):
    """What SWP is, in a sentence: the home page's description for search engines, else the site's default."""
    description = getattr(page, "meta_description", "") if page is not None else ""
    return description or gettext(
        "%(name)s: legal and social services, research and advocacy for sex workers and survivors of "
        "trafficking in New York."
    ) % {"name": org.name}


@register.simple_tag(takes_context=True)
def organisation_json_ld(context):
    """schema.org NGO data for the home page: name, logo, address, social profiles."""
    from wagtail.models import Site

    from home.models import OrganisationSettings

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    org = OrganisationSettings.for_request(request) if site else None
    if org is None:
        return ""
    data = {
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": org.name,
        "url": request.build_absolute_uri("/"),
        "parentOrganization": {"@type": "NGO", "name": org.parent_organisation, "url": org.parent_organisation_url},
        "description": organisation_description(context.get("page"), org),
    }
    if org.logo_id:
        data["logo"] = request.build_absolute_uri(org.logo.get_rendition("max-512x512|format-png").url)
    if org.email:
        data["email"] = org.email
    if org.phone:
        data["telephone"] = org.phone
    if org.address_lines:
        data["address"] = {"@type": "PostalAddress", "streetAddress": ", ".join(org.address_lines)}
    same_as = [link.value["url"] for link in org.social_links]
    if same_as:
        data["sameAs"] = same_as
    extra = context.get("organisation_json_ld_extra") or {}
    data.update(extra)
    return json_ld(data)


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The main menu and footer groups as plain links: ``{"menu": [...], "footer": [...]}``.

    Each link is ``{"href", "text"}``; each footer group ``{"heading", "links"}``. ``get_help`` and
    ``donate`` are the header's two buttons (``{"href", …}`` or ``None`` when the site has no such
    page); ``get_help`` also carries the intake phone for the home page. Resolving the
    menu's pages costs several queries, so the result is kept in Django's cache per site, under the
    page cache's generation (any save moves it on, so an edited menu or a renamed page shows at once).
    """
    from django.core.cache import cache
    from wagtail.models import Site

    from home.models import NavigationSettings
    from home.models.site_settings import CachedSiteSetting
    from home.page_cache import generation

    request = context.get("request")
    if request is None:
        return {"menu": [], "footer": []}
    site = Site.find_for_request(request)
    key = f"swp:navigation:{site.pk if site else 0}:{generation()}"
    navigation = cache.get(key)
    if navigation is None:
        settings = NavigationSettings.for_request(request)
        navigation = {
            "menu": [{"href": item.value.href, "text": item.value.text} for item in settings.main_menu],
            "footer": [
                {
                    "heading": group.value["heading"],
                    "links": [{"href": link.href, "text": link.text} for link in group.value["links"]],
                }
                for group in settings.footer_groups
            ],
            **header_buttons(site, request),
        }
        cache.set(key, navigation, CachedSiteSetting.CACHE_SECONDS)
    return navigation


def header_buttons(site, request):
    """The site's Get help and Donate pages, for the buttons in every page's header (two small queries)."""
    from home.models import DonatePage, GetHelpPage

    if site is None:
        return {"get_help": None, "donate": None}
    root = site.root_page
    get_help = GetHelpPage.objects.live().descendant_of(root).only("id", "url_path", "path", "depth", "phone").first()
    donate = DonatePage.objects.live().descendant_of(root).only("id", "url_path", "path", "depth").first()
    return {
        "get_help": {"href": get_help.get_url(request), "phone": get_help.phone, "phone_href": get_help.phone_href}
        if get_help
        else None,
        "donate": {"href": donate.get_url(request)} if donate else None,
    }


class CacheUntilChangeNode(template.Node):
    """See ``cache_until_change`` and home/fragments.py."""

    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        from home import fragments

        request = context.get("request")
        if not fragments.is_cacheable(request):
            return self.nodelist.render(context)
        key = fragments.fragment_key(request, self.name, [value.resolve(context) for value in self.vary_on])
        html = fragments.kept_fragment(key)
        if html is None:
            html = self.nodelist.render(context)
            fragments.keep_fragment(key, html)
        return html


@register.tag
def cache_until_change(parser, token):
    """``{% cache_until_change "name" value… %}…{% endcache_until_change %}``: a fragment rendered once and
    then taken from the cache until anything on the site is saved, published, moved or deleted.

    The key holds the page cache's generation (home/page_cache.py), the scheme and host (for absolute
    addresses) and the values given, so
    name every value that changes the fragment's HTML (``item.pk``, a heading level…). Previews always
    render afresh. For fragments many pages repeat, such as listing cards and the footer.
    """
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a quoted fragment name first.")
    nodelist = parser.parse(("endcache_until_change",))
    parser.delete_first_token()
    return CacheUntilChangeNode(nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]])
