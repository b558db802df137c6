"""The admin list of internship applications (wagtail-modeladmin), for the team that reviews them.

Reviewers need ``people.view_internshipapplication`` to see the list and download résumés, and
``people.change_internshipapplication`` to set an application's status and notes. What the
applicant sent is shown read-only. Applications are never created in the admin.
"""

from django.conf import settings
from django.contrib.admin import SimpleListFilter
from django.contrib.admin.options import IncorrectLookupParameters
from django.shortcuts import redirect
from django.template.defaultfilters import linebreaks_filter
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, Panel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import IndexView

from home import clock
from home.languages import language_name
from home.spreadsheets import FormulaSafeExportMixin

from .models import InternshipApplication


class ResumeLinkPanel(Panel):
    """A link to download the application's résumé through the permission-checked view."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "people/admin/resume_link_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            application = self.instance
            context["application"] = application
            context["download_url"] = (
                reverse("people:resume_download", args=[application.pk])
                if application and application.pk and application.resume
                else ""
            )
            return context


class ReadOnlyPanel(FieldPanel):
    """What the applicant sent: shown, never editable, paragraphs kept."""

    def __init__(self, field_name, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("disable_comments", True)
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        if isinstance(value, str):
            return linebreaks_filter(value, autoescape=True)
        return super().format_value_for_display(value)


class LanguagePanel(ReadOnlyPanel):
    """The language the applicant wrote in, by its name."""

    def format_value_for_display(self, value):
        return language_name(value)


class LanguageFilter(SimpleListFilter):
    """Applications by the language the applicant read the posting in (the site's languages, by name)."""

    title = "language"
    parameter_name = "language"

    def lookups(self, request, model_admin):
        return settings.LANGUAGES

    def queryset(self, request, queryset):
        return queryset.filter(language=self.value()) if self.value() else queryset


class ApplicationPermissionHelper(PermissionHelper):
    def user_can_create(self, user):
        return False  # applications only come from the public form


class ApplicationIndexView(FormulaSafeExportMixin, IndexView):
    export_headings = {
        "submitted_new_york_time": "Submitted (New York time)",
        "position_title": "Posting",
        "get_status_display": "Status",
        "language_name": "Language",
        "name": "Name",
        "email": "Email",
        "pronouns": "Pronouns",
        "school": "School or programme",
        "availability": "Availability",
        "cover_letter": "Cover letter",
        "notes": "Notes",
    }

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except IncorrectLookupParameters:
            # A hand-edited filter such as ?submitted_at__gte=yesterday: show the whole list, as Django's admin does.
            return redirect(f"{request.path}?{self.ERROR_FLAG}=1")


class InternshipApplicationAdmin(ModelAdmin):
    model = InternshipApplication
    menu_label = "Internship applications"
    menu_icon = "form"
    menu_order = 310
    add_to_admin_menu = True
    permission_helper_class = ApplicationPermissionHelper
    index_view_class = ApplicationIndexView
    list_display = ("name", "position_title", "status", "language_shown", "submitted_at", "resume_link")
    list_filter = ("posting", "status", LanguageFilter, "submitted_at")
    search_fields = ("name", "email", "school")
    ordering = ("-submitted_at",)
    list_per_page = 50
    list_export = (
        "submitted_new_york_time",
        "position_title",
        "get_status_display",
        "language_name",
        "name",
        "email",
        "pronouns",
        "school",
        "availability",
        "cover_letter",
        "notes",
    )
    export_filename = "internship-applications"
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    ReadOnlyPanel("posting"),
                    ReadOnlyPanel("submitted_at"),
                    LanguagePanel("language"),
                    ReadOnlyPanel("name"),
                    ReadOnlyPanel("email"),
                    ReadOnlyPanel("pronouns"),
                    ReadOnlyPanel("school"),
                    ReadOnlyPanel("availability"),
                    ReadOnlyPanel("cover_letter"),
                ],
                heading="What the applicant sent (cannot be changed)",
            ),
            ResumeLinkPanel(heading="Résumé"),
            MultiFieldPanel(
                [FieldPanel("status", disable_comments=True), FieldPanel("notes", disable_comments=True)],
                heading="Review",
            ),
        ]
    )

    def submitted_new_york_time(self, obj):
        return timezone.localtime(obj.submitted_at, clock.SITE_TIMEZONE).strftime("%Y-%m-%d %H:%M")

    def language_shown(self, obj):
        return obj.language_name

    language_shown.short_description = "Language"

    def resume_link(self, obj):
        if not obj.resume:
            return "-"
        return format_html(
            '<a href="{}">Download résumé<span class="w-sr-only"> of {}</span> ({})</a>',
            reverse("people:resume_download", args=[obj.pk]),
            obj.name,
            obj.resume_kind.upper(),
        )

    resume_link.short_description = "Résumé"


modeladmin_register(InternshipApplicationAdmin)
