"""The people app's views: the internship application form and the résumé downloads.

The form is served at each posting's ``apply/`` address, by routes of ``InternshipPage`` that hand over
to ``apply_to_posting`` and ``application_sent``. An application is checked (honeypot, form, rate limit),
stored, and only then announced to the team (people/notifications.py), so nothing an applicant sent is
lost to a failing mail server. The résumé download is the only way to read an applicant's file.
"""

import logging

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseForbidden, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from home.spam import rate_limited

from .forms import CONTENT_TYPES, InternshipApplicationForm
from .models import InternshipApplication
from .notifications import notify_contact

logger = logging.getLogger(__name__)

VIEW_PERMISSION = "people.view_internshipapplication"
APPLY_TEMPLATE = "people/internship_apply.html"
THANKS_TEMPLATE = "people/internship_apply_thanks.html"


# --- The application form ---------------------------------------------------------------------


def private(response):
    """Never kept by a cache: the form carries a CSRF token, and what an applicant sent is theirs."""
    add_never_cache_headers(response)
    return response


def apply_to_posting(request, posting):
    """The application form of ``posting``: the only page of the site that sets the CSRF cookie.

    A closed posting explains on GET and refuses a POST (410) without storing anything.
    """
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    context = posting.get_context(request)
    status = context["status"]
    if not status.is_open:
        # GET explains; a POST is refused and nothing is stored.
        context["form"] = None
        refused = 410 if request.method == "POST" else 200
        return private(TemplateResponse(request, APPLY_TEMPLATE, context, status=refused))
    http_status = 200
    if request.method == "POST":
        form = InternshipApplicationForm(request.POST, request.FILES)
        if form.is_spam():
            # A bot filled in the hidden field: pretend all went well and keep nothing.
            logger.info("Internship application refused as spam (honeypot) for posting %s", posting.pk)
            return redirect(posting.url_for_route(request, "apply_thanks"), permanent=False)
        if form.is_valid():
            if rate_limited(request, "internship-apply"):
                context["rate_limited"] = True
                http_status = 429
            else:
                try:
                    application = InternshipApplication.create_from_form(posting, form)
                except OSError:
                    # The résumé could not be stored (disk full, folder not writable): nothing was
                    # kept, and the applicant is told to send it again.
                    logger.exception("Internship application for posting %s not stored: storage failed", posting.pk)
                    context["storage_failed"] = True
                    http_status = 503
                else:
                    notify_contact(application, request)
                    response = redirect(posting.url_for_route(request, "apply_thanks"))
                    response.status_code = 303
                    return response
    else:
        form = InternshipApplicationForm()
    context["form"] = form
    context["retention_days"] = settings.DATA_RETENTION_DAYS
    return private(TemplateResponse(request, APPLY_TEMPLATE, context, status=http_status))


def application_sent(request, posting):
    """The thank-you page after an application (also where a honeypot's bot is sent)."""
    context = posting.get_context(request)
    return private(TemplateResponse(request, THANKS_TEMPLATE, context))


# --- Résumé downloads ---------------------------------------------------------------------------


@never_cache
@require_GET
def download_resume(request, pk):
    """Send a résumé as a download, to logged-in users allowed to view applications; 403 for anyone else."""
    user = request.user
    if not (user.is_authenticated and user.is_active and user.has_perm(VIEW_PERMISSION)):
        return HttpResponseForbidden(
            "You need to be logged in to the admin, with permission to view internship applications.",
            content_type="text/plain; charset=utf-8",
        )
    application = get_object_or_404(InternshipApplication, pk=pk)
    if not application.resume:
        raise Http404("This application has no résumé.")
    try:
        handle = application.resume.open("rb")
    except FileNotFoundError as error:
        logger.warning("The résumé of application %s is missing from private storage.", pk)
        raise Http404("The file is missing.") from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=application.resume_download_name,
        content_type=CONTENT_TYPES.get(application.resume_kind, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Referrer-Policy"] = "no-referrer"
    logger.info("User %s downloaded the résumé of internship application %s.", user.pk, pk)
    return response
