"""The breadcrumb trail of a page: its live ancestors from the site's home page down.

One function for everything that shows or describes the trail: the ``breadcrumbs`` template tag
(the visible links and their JSON-LD) and the views that serve listings under a page of their own
(the publications' categories).
"""

from wagtail.models import Site


def breadcrumb_ancestors(request, page):
    """``[{"title", "url"}, …]`` for the live ancestors of ``page``, from its language's home page down.

    The pages come from ``get_parent()``: Wagtail's routing keeps each page's parent on it as it walks
    down the address, so for the page being served this asks nothing; for another page, a query a level.
    The site (with its home page) is the one Wagtail found for the request and keeps on it; each language's
    home page is a translation of it, at the same depth (the Spanish trail starts at /es/).
    """
    if page is None or not page.url_path or request is None:
        return []
    site = Site.find_for_request(request)
    root = site.root_page if site is not None else None
    if root is None or page.depth < root.depth or not page.path.startswith(root.path[: -page.steplen]):
        return []
    ancestors = []
    parent = page.get_parent() if page.depth > root.depth else None
    while parent is not None and parent.depth >= root.depth:
        ancestors.append(parent)
        parent = parent.get_parent() if parent.depth > root.depth else None
    return [{"title": a.title, "url": a.get_url(request)} for a in reversed(ancestors) if a.live]
