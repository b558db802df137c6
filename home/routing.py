"""Finding the page for a request in fewer queries than Wagtail's walk down the tree.

Wagtail finds the page for ``/a/b/c/`` one level at a time: a query for the child whose slug is ``a``,
another to load it as its own page type, and the same again for ``b`` and ``c``. Every page's
``url_path`` already holds its whole address below the tree's root, so ``BasePage.route`` asks once for
every page along the requested address and keeps them on the request, where the breadcrumbs find the
ancestors again without asking. The pages along an address that exists, and each page as its own
type, are then kept in the cache under the page cache's generation (home/page_cache.py), which moves
on whenever anything is saved, published, moved or deleted. Routing itself (which page, routable
pages' own routes, 404s, the live check) is Wagtail's, unchanged; privacy is checked when the page is
served, as before.
"""

import hashlib

from wagtail.models import Page

REQUEST_ATTRIBUTE = "_swp_pages_by_url_path"
CACHE_SECONDS = 300  # a safety net only: any save moves the generation on and retires what is kept


def _known_pages(request):
    if request is None:
        return {}
    known = getattr(request, REQUEST_ATTRIBUTE, None)
    if known is None:
        known = {}
        setattr(request, REQUEST_ATTRIBUTE, known)
    return known


def child_on_path(request, page, path_components):
    """The child of ``page`` that ``path_components[0]`` names, or None.

    Pages along ``path_components`` come from the cache when they are there. Otherwise the first call
    loads every page along the address below ``page`` in one query, and the calls for the levels below
    find theirs on the request. A level that is a routable page's own route (``/publications/reports/``)
    is never looked for while the page above it is known.
    """
    known = _known_pages(request)
    known.setdefault(page.url_path, page)
    wanted = []
    url_path = page.url_path
    for component in path_components:
        if "\x00" in component:  # no page has it, and PostgreSQL refuses it in a query
            break
        url_path = f"{url_path}{component}/"
        wanted.append(url_path)
    if not wanted:
        return None
    if wanted[0] not in known:
        known.update(_kept_pages([url_path for url_path in wanted if url_path not in known]))
    if wanted[0] not in known:
        missing = [url_path for url_path in wanted if url_path not in known]
        found = Page.objects.filter(url_path__in=missing, path__startswith=page.path, depth__gt=page.depth)
        by_url_path = {found_page.url_path: found_page for found_page in found}
        _keep_pages(by_url_path)
        for url_path in missing:
            known[url_path] = by_url_path.get(url_path)
    child = known[wanted[0]]
    if child is not None and child.depth != page.depth + 1:
        return None
    return child


def _page_key(url_path):
    from home.page_cache import generation

    return f"swp:route-page:{generation()}:{hashlib.sha256(url_path.encode()).hexdigest()}"


def _kept_pages(url_paths):
    """The pages at ``url_paths`` that the cache holds, by url_path (one round trip)."""
    from django.core.cache import cache

    keys = {_page_key(url_path): url_path for url_path in url_paths}
    return {keys[key]: found for key, found in cache.get_many(list(keys)).items()}


def _keep_pages(by_url_path):
    """Keep pages that exist (never an address that has none, so made-up addresses fill nothing)."""
    from django.core.cache import cache

    if by_url_path:
        cache.set_many({_page_key(url_path): found for url_path, found in by_url_path.items()}, CACHE_SECONDS)


def ancestors_from_routing(request, page, root_path):
    """The ancestors of ``page`` from ``root_path`` down, as routing this request loaded them; None if it did not."""
    known = getattr(request, REQUEST_ATTRIBUTE, None) if request is not None else None
    if not known or not page.url_path.startswith(root_path):
        return None
    if page.url_path == root_path:
        return []
    parts = page.url_path[len(root_path) :].strip("/").split("/")
    url_paths = [root_path + "".join(f"{part}/" for part in parts[:i]) for i in range(len(parts))]
    ancestors = [known.get(url_path) for url_path in url_paths]
    if any(ancestor is None for ancestor in ancestors):
        return None
    return ancestors


def specific_for_serving(page):
    """``page`` as its own page type, with the related rows its template always shows (``serve_select_related``)."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page.specific
    from home.page_cache import cached_until_change

    related = getattr(model, "serve_select_related", ())

    def load():
        pages = model._default_manager.select_related(*related) if related else model._default_manager
        return pages.get(pk=page.pk)

    # Kept until anything changes: a publish, an unpublish or a move moves the generation on.
    specific = cached_until_change(f"serve-page:{page.pk}", load, CACHE_SECONDS)
    if hasattr(page, "_cached_parent_obj"):
        specific._cached_parent_obj = page._cached_parent_obj
    return specific
