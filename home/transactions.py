"""Every change made in the admin happens completely or not at all.

Wagtail's Submit saves the page's new revision, then starts the review: two steps, each committed on
its own. When the second failed (SQLite's "database is locked" while the admin's autosave was writing
at the same moment), the editor got a 500 and a page that was saved but never submitted. This
middleware runs each request that changes something in the admin (POST, PUT, PATCH, DELETE under
/admin/) in one database transaction, so a failure leaves nothing half done. With SQLite's immediate
transactions (``sqlite_for_web`` in the settings) the transaction also waits for a concurrent autosave
to finish instead of failing. Reading pages is not affected.
"""

from django.db import transaction

UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class AtomicAdminChangesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in UNSAFE_METHODS and request.path.startswith("/admin/"):
            with transaction.atomic():
                response = self.get_response(request)
                if response.status_code >= 500:
                    # Django has already turned the error into this response: undo what the view wrote.
                    transaction.set_rollback(True)
                return response
        return self.get_response(request)
