"""Résumé downloads: the only way to read an applicant's file."""

import logging

from django.http import FileResponse, Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .forms import CONTENT_TYPES
from .models import InternshipApplication

logger = logging.getLogger(__name__)

VIEW_PERMISSION = "people.view_internshipapplication"


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
