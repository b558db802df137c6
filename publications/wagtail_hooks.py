"""Admin for publications: the categories, as snippets under their own menu item."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PublicationCategory


class PublicationCategoryViewSet(SnippetViewSet):
    model = PublicationCategory
    icon = "folder-open-inverse"
    menu_label = "Publication categories"
    menu_name = "publication-categories"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "slug", "order", "schema_type"]
    ordering = ["order", "name"]
    search_fields = ["name", "slug"]


register_snippet(PublicationCategoryViewSet)
