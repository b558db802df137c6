"""Panels on the admin's dashboard for the comms team.

Each panel makes a fixed number of queries, whatever the amount of content:

- Internship deadlines in the next 30 days: one query.
- Applications awaiting review: one count query, only for users who may view applications.
- Pages waiting for review: one count query, only for users who can approve them (Wagtail's own
  "Awaiting your review" panel lists them; this adds the total, with a link to the full report).
- The running donation appeal and its days left: one query.
- Emails waiting because the mail server did not answer: one query, shown only while some wait.
"""

from datetime import timedelta

from django.urls import reverse
from wagtail.admin.ui.components import Component

from home.models.donate import local_today, running_appeal

DEADLINE_WINDOW_DAYS = 30


def days_phrase(days):
    if days == 0:
        return "last day today"
    if days == 1:
        return "1 day left"
    return f"{days} days left"


class DashboardPanel(Component):
    def __init__(self, request):
        self.request = request


class InternshipDeadlinesPanel(DashboardPanel):
    name = "swp_internship_deadlines"
    order = 90
    template_name = "home/admin/internship_deadlines_panel.html"

    def get_context_data(self, parent_context=None):
        from people.models import InternshipPage

        today = local_today()
        postings = (
            InternshipPage.objects.live()
            .filter(application_deadline__gte=today, application_deadline__lte=today + timedelta(DEADLINE_WINDOW_DAYS))
            .order_by("application_deadline", "title")
            .only("id", "title", "application_deadline")
        )
        items = [
            {
                "page": posting,
                "deadline": posting.application_deadline,
                "days_left": (posting.application_deadline - today).days,
                "days_phrase": days_phrase((posting.application_deadline - today).days),
            }
            for posting in postings
        ]
        return {"postings": items, "window": DEADLINE_WINDOW_DAYS}


class ApplicationsAwaitingReviewPanel(DashboardPanel):
    name = "swp_applications_awaiting_review"
    order = 95
    template_name = "home/admin/applications_panel.html"

    def get_context_data(self, parent_context=None):
        from people.models import InternshipApplication

        index_url = reverse("people_internshipapplication_modeladmin_index")
        return {
            "count": InternshipApplication.objects.filter(status=InternshipApplication.Status.NEW).count(),
            "list_url": f"{index_url}?status__exact={InternshipApplication.Status.NEW}",
        }


class PagesInModerationPanel(DashboardPanel):
    name = "swp_pages_in_moderation"
    order = 96
    template_name = "home/admin/pages_in_moderation_panel.html"

    def get_context_data(self, parent_context=None):
        from wagtail.models import WorkflowState

        count = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).count()
        return {"count": count, "report_url": reverse("wagtailadmin_reports:workflow")}


class DonationAppealPanel(DashboardPanel):
    name = "swp_donation_appeal"
    order = 97
    template_name = "home/admin/donation_appeal_panel.html"

    def get_context_data(self, parent_context=None):
        appeal = running_appeal()
        context = {"appeal": appeal}
        if appeal is not None:
            days = (appeal.end_date - local_today()).days
            context.update(days_left=days, days_phrase=days_phrase(days))
        return context


class MailQueuePanel(DashboardPanel):
    name = "swp_mail_queue"
    order = 80
    template_name = "home/admin/mail_queue_panel.html"

    def __init__(self, request, summary):
        super().__init__(request)
        self.summary = summary

    def get_context_data(self, parent_context=None):
        return dict(self.summary)


def can_view_applications(user):
    return user.has_perm("people.view_internshipapplication") or user.has_perm("people.change_internshipapplication")


def can_moderate(user):
    return user.is_superuser or user.groups.filter(name="Moderators").exists()


def can_edit_pages(user):
    from wagtail.permission_policies.pages import PagePermissionPolicy

    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


def add_dashboard_panels(request, panels):
    user = request.user
    editor = can_edit_pages(user)
    if editor:
        panels.append(InternshipDeadlinesPanel(request))
    if can_view_applications(user):
        panels.append(ApplicationsAwaitingReviewPanel(request))
    if can_moderate(user):
        panels.append(PagesInModerationPanel(request))
    if editor:
        panels.append(DonationAppealPanel(request))
    if editor or can_view_applications(user):
        from home.mail import waiting_summary

        summary = waiting_summary()
        if summary["waiting"]:
            panels.append(MailQueuePanel(request, summary))
