"""The comms team's list of press and media appearances in the admin (wagtail-modeladmin).

Search by outlet and headline, filter by year, outlet and kind, newest first, and
download the (filtered) list as CSV or Excel with the buttons above the list.
"""

from django.contrib.admin import SimpleListFilter
from django.contrib.admin.utils import lookup_field
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import IndexView

from home.spreadsheets import FormulaSafeExportMixin

from .models import PressAppearance


class YearFilter(SimpleListFilter):
    title = "year"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = PressAppearance.objects.order_by().dates("date", "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in years]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isascii() and value.isdigit() and len(value) == 4:
            return queryset.filter(date__year=int(value))
        return queryset


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
        row = {}
        for field in self.list_export:
            _field, _attr, value = lookup_field(field, item, self.model_admin)
            row[field] = "" if value is None else value
        return row


class PressAppearanceAdmin(ModelAdmin):
    model = PressAppearance
    menu_label = "Press appearances"
    menu_icon = "openquote"
    menu_order = 250
    add_to_settings_menu = False
    exclude_from_explorer = False
    index_view_class = PressAppearanceIndexView
    list_display = ("date", "outlet", "headline", "medium", "spokesperson")
    list_filter = (YearFilter, "outlet", "medium")
    search_fields = ("outlet", "headline")
    ordering = ("-date", "-pk")
    list_per_page = 50
    list_select_related = ("spokesperson_page",)
    list_export = ("date", "outlet", "headline", "url", "get_medium_display", "quote", "spokesperson")
    export_filename = "press-appearances"


modeladmin_register(PressAppearanceAdmin)
