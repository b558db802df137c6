"""The home page's "latest" rails: each content app lists its newest items.

``RAIL_PROVIDERS`` names functions ``f(request)`` that return ``None`` (nothing
to show) or a dict with a ``template`` key plus what that template needs, and
optionally ``images``: the images its cards show, whose renditions the home page
loads with its own in one query. Each provider must cost a fixed number of
queries, whatever the size of its section.
"""

from django.utils.module_loading import import_string

RAIL_PROVIDERS = [
    "publications.rails.latest_publications",
    "press.rails.latest_press",
]


def home_rails(request):
    rails = []
    for path in RAIL_PROVIDERS:
        rail = import_string(path)(request)
        if rail:
            rails.append(rail)
    return {"rails": rails}
