"""The home page's "latest" rails: each content app lists its newest items.

``RAIL_PROVIDERS`` pairs a section's page type (``"app_label.Model"``) with a function
``f(request, section)`` that returns ``None`` (nothing to show) or a dict with a ``template`` key
plus what that template needs, and optionally ``images``: the images its cards show, whose renditions
the home page loads with its own in one query. The sections of every rail are found together, in one
query, in the language being read (else English); each provider must then cost a fixed number of
queries, whatever the size of its section.
"""

from django.apps import apps
from django.utils.module_loading import import_string
from wagtail.models import Page

from home.querysets import public_q
from home.translations import in_reading_language

RAIL_PROVIDERS = [
    ("publications.PublicationIndexPage", "publications.rails.latest_publications"),
    ("press.PressIndexPage", "press.rails.latest_press"),
]


def rail_sections(models):
    """``{model: its live, public section in the language being read, else in English}``; one query.

    The pages come as their own types with only the page fields loaded (``specific(defer=True)``): the rails
    need their place in the tree and their addresses, never their own fields."""
    found = {}
    pages = in_reading_language(Page.objects.live().filter(public_q()).type(*models)).specific(defer=True)
    for page in pages:
        found.setdefault(type(page), page)
    return found


def home_rails(request):
    providers = [(apps.get_model(label), import_string(path)) for label, path in RAIL_PROVIDERS]
    sections = rail_sections([model for model, _provider in providers])
    rails = []
    for model, provider in providers:
        section = sections.get(model)
        rail = provider(request, section) if section is not None else None
        if rail:
            rails.append(rail)
    return {"rails": rails}
