"""Wagtail's own admin reports, exported through the site's formula guard (home/spreadsheets.py).

Site history, locked pages, aging pages and the two workflow reports export CSV, and some of their cells
hold what a visitor wrote: a log entry's label is the title of what was changed, such as an internship
application named by its applicant. Each report keeps Wagtail's public view class, with
:class:`~home.spreadsheets.FormulaSafeExportMixin` mixed in, at Wagtail's own address: these routes come
before Wagtail's admin URLs in swpsite/urls.py, so the names Wagtail reverses lead here.
"""

from django.urls import path
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView

from home.spreadsheets import FormulaSafeExportMixin

# Wagtail's address under /admin/reports/ for each report view that can export.
REPORTS = {
    "locked/": LockedPagesView,
    "workflow/": WorkflowView,
    "workflow_tasks/": WorkflowTasksView,
    "site-history/": LogEntriesView,
    "aging-pages/": AgingPagesView,
    "page-types-usage/": PageTypesUsageReportView,
}


def formula_safe_view(view_class):
    """``view_class`` with every CSV cell it exports passed through the formula guard."""
    return type(f"FormulaSafe{view_class.__name__}", (FormulaSafeExportMixin, view_class), {})


urlpatterns = [path(address, formula_safe_view(view).as_view()) for address, view in REPORTS.items()]
