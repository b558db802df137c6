"""Admin for publications: the categories and the topics, as snippets under their own menu items (each
translated with wagtail-localize's "Translate" in its list); the PDFs' old addresses; and documents
uploaded from a publication titled after it."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .documents import redirect_to_publication_address
from .models import PublicationCategory, Topic

# The old /documents/<id>/<file> address of a publication's PDF moves to /publications/<slug>/<file>.pdf.
hooks.register("before_serve_document", redirect_to_publication_address)


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


class TopicViewSet(SnippetViewSet):
    """Topics are made by typing them on a publication; here they are renamed and translated."""

    model = Topic
    icon = "tag"
    menu_label = "Publication topics"
    menu_name = "publication-topics"
    menu_order = 251
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    ordering = ["name"]
    search_fields = ["name", "slug"]


register_snippet(TopicViewSet)


@hooks.register("insert_editor_js")
def document_title_from_the_page():
    return format_html('<script src="{}"></script>', static("js/admin/document-title-from-page.js"))
