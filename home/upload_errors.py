"""A clear answer in the admin when an upload cannot be stored (disk full, media folder not writable).

Wagtail's upload views let the storage's ``OSError`` through, which would be a 500. Here the editor gets
the reason and the same form again; nothing was kept (the row is written only after its file, and a
half-written file is removed by ``home.storage``), so the upload can simply be tried again.
"""

import errno
import logging

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from home.middleware import ADMIN_PREFIXES

logger = logging.getLogger(__name__)

# What a file system says when it cannot take a file: full, over quota, read-only, not permitted,
# a folder that is not one (or is missing), too large, or failing. Other OSErrors (a mail server or
# another network peer refusing) are not about storage and stay errors.
STORAGE_ERRNOS = {
    errno.ENOSPC,
    errno.EDQUOT,
    errno.EROFS,
    errno.EACCES,
    errno.EPERM,
    errno.ENOTDIR,
    errno.EISDIR,
    errno.ENOENT,
    errno.EFBIG,
    errno.EIO,
}


def storage_error_message():
    return _(
        "The file could not be stored: the server's disk is full or its upload folder cannot be written to. "
        "Nothing was saved. Please try again in a few minutes, and tell whoever looks after the website if "
        "it keeps happening."
    )


class UploadStorageErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OSError) or exception.errno not in STORAGE_ERRNOS:
            return None
        if not request.path_info.startswith(ADMIN_PREFIXES):
            return None
        logger.error("Upload not stored at %s: %s", request.path_info, exception, exc_info=exception)
        match = request.resolver_match
        if match is not None and "multiple" in (match.url_name or ""):
            # Wagtail's multiple-upload page reads JSON and shows error_message beside the file.
            return JsonResponse({"success": False, "error_message": storage_error_message()})
        messages.error(request, storage_error_message())
        return redirect(request.get_full_path())
