"""The comms team's list of press and media appearances in the admin (a Wagtail snippet).

Search by outlet and headline, filter by year, outlet and kind, newest first, and download the
(filtered) list as CSV or Excel with the buttons above the list. Appearances have drafts and
revisions and go through the same review as pages: Editors add and change them and submit them;
Moderators publish (see home/migrations for the groups and the workflow).
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from home.spreadsheets import FormulaSafeExportMixin

from .models import PressAppearance


def year_choices():
    years = PressAppearance.objects.order_by().dates("date", "year", order="DESC")
    return [(str(d.year), str(d.year)) for d in years]


def outlet_choices():
    outlets = PressAppearance.objects.order_by("outlet").values_list("outlet", flat=True).distinct()
    return [(outlet, outlet) for outlet in outlets]


class PressAppearanceFilterSet(WagtailFilterSet):
    year = django_filters.ChoiceFilter(label=_("Year"), choices=year_choices, field_name="date", lookup_expr="year")
    outlet = django_filters.ChoiceFilter(label=_("Outlet"), choices=outlet_choices)

    class Meta:
        model = PressAppearance
        fields = ["year", "outlet", "medium", "live"]


class PressAppearanceIndexView(FormulaSafeExportMixin, IndexView):
    export_headings = {
        "date": "Date",
        "outlet": "Outlet",
        "headline": "Headline",
        "url": "Link",
        "get_medium_display": "Kind",
        "quote": "Quote",
        "spokesperson": "Staff member quoted",
    }

    def to_row_dict(self, item):
        """The exported values, with empty cells left empty (the list on screen shows a dash)."""
        row = super().to_row_dict(item)
        return {field: "" if value is None else value for field, value in row.items()}


class PressAppearanceViewSet(SnippetViewSet):
    model = PressAppearance
    icon = "openquote"
    menu_label = _("Press appearances")
    menu_name = "press-appearances"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = PressAppearanceIndexView
    list_display = ["date", "outlet", "headline", "medium", "spokesperson"]
    filterset_class = PressAppearanceFilterSet
    search_fields = ["outlet", "headline"]
    search_backend_name = None  # the database's own search: any part of an outlet's name or a headline
    ordering = ["-date", "-pk"]
    list_per_page = 50
    list_export = ["date", "outlet", "headline", "url", "get_medium_display", "quote", "spokesperson"]
    export_filename = "press-appearances"
    copy_view_enabled = False

    def get_queryset(self, request):
        return PressAppearance.objects.select_related("spokesperson_page")


register_snippet(PressAppearanceViewSet)
