"""Panels on the admin's dashboard for the comms team.

Each panel makes a fixed number of queries, whatever the amount of content:

- Internship deadlines in the next 30 days: one query.
- Applications awaiting review: one count query, only for users who may view applications.
- Pages waiting for review: one count query, only for users who can approve them (Wagtail's own
  "Awaiting your review" panel lists them; this adds the total, with a link to the full report).
- Every running donation appeal, its days left and money raised, and which one the site-wide call to
  action uses: three queries (the appeals, the settings, the chosen appeal when one is chosen).
- Your drafts: the pages you edited last that are drafts or have unpublished changes, with links to
  edit or delete them; one query, however many there are.
- The editor guide: a link to SWP's own guide inside the admin; no query.
- Emails waiting because the mail server did not answer: one query, shown only while some wait.
"""

from datetime import timedelta

from django.db.models import CharField, Count, Exists, OuterRef, Q, Window
from django.db.models.functions import Cast
from django.urls import reverse
from wagtail.admin.ui.components import Component

from home import clock
from home.call_to_action import running_appeals
from home.donations import CTA_APPEAL, CTA_AUTOMATIC, dollars

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

        today = clock.today()
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


def cta_appeal_among(notices, appeals):
    """Which of today's running ``appeals`` the call to action shows, as ``donate.chosen_cta_appeal`` decides."""
    if notices is None or not appeals:
        return None
    if notices.donation_cta == CTA_AUTOMATIC:
        return appeals[0]  # the one that ends soonest
    if notices.donation_cta == CTA_APPEAL:
        return next((appeal for appeal in appeals if appeal.pk == notices.donation_cta_appeal_id), None)
    return None


class DonationAppealPanel(DashboardPanel):
    name = "swp_donation_appeal"
    order = 97
    template_name = "home/admin/donation_appeal_panel.html"

    def get_context_data(self, parent_context=None):
        from wagtail.models import Site

        from home.models import NoticeSettings

        today = clock.today()
        appeals = running_appeals(today)
        site = Site.find_for_request(self.request) or Site.objects.filter(is_default_site=True).first()
        notices = NoticeSettings.for_site(site) if site else None
        in_cta = cta_appeal_among(notices, appeals)
        items = [
            {
                "page": appeal,
                "days_left": (appeal.end_date - today).days,
                "days_phrase": days_phrase((appeal.end_date - today).days),
                "raised": dollars(appeal.raised),
                "goal": dollars(appeal.goal),
                "in_cta": in_cta is not None and appeal.pk == in_cta.pk,
            }
            for appeal in appeals
        ]
        user = self.request.user
        can_choose = site is not None and user.has_perm("home.change_noticesettings")
        return {
            "appeals": items,
            "cta_appeal": in_cta,
            "cta_mode": notices.get_donation_cta_display() if notices else "",
            "settings_url": reverse("wagtailsettings:edit", args=["home", "noticesettings", site.pk])
            if can_choose
            else "",
        }


class YourDraftsPanel(DashboardPanel):
    """Pages the user edited last that are drafts or have unpublished changes (autosave keeps many)."""

    name = "swp_your_drafts"
    order = 98
    template_name = "home/admin/your_drafts_panel.html"
    LIMIT = 25

    def drafts(self):
        from wagtail.models import Page, WorkflowState, get_default_page_content_type

        in_review = WorkflowState.objects.filter(
            base_content_type=get_default_page_content_type(),  # kept by Django's content type cache
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        return list(
            Page.objects.filter(latest_revision__user=self.request.user)
            .filter(Q(live=False) | Q(has_unpublished_changes=True))
            .annotate(total=Window(Count("pk")), in_review=Exists(in_review))
            .select_related("latest_revision")
            .only("id", "draft_title", "title", "live", "latest_revision__created_at")
            .order_by("-latest_revision__created_at")[: self.LIMIT]
        )

    def get_context_data(self, parent_context=None):
        drafts = self.drafts()
        return {"drafts": drafts, "total": drafts[0].total if drafts else 0, "limit": self.LIMIT}


class EditorGuidePanel(DashboardPanel):
    name = "swp_editor_guide"
    order = 10
    template_name = "home/admin/editor_guide_panel.html"

    def get_context_data(self, parent_context=None):
        return {"guide_url": reverse("swp_editor_guide")}


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
        panels.append(YourDraftsPanel(request))
    if editor or can_view_applications(user):
        from home.mail import waiting_summary

        summary = waiting_summary()
        if summary["waiting"]:
            panels.append(MailQueuePanel(request, summary))
    panels.append(EditorGuidePanel(request))
