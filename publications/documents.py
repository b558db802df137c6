"""Each publication's PDF at an address under the publication's own: ``/publications/<slug>/<file>.pdf``.

Google Scholar's inclusion guidelines ask for the full text under the abstract's address, and a
reader sees at once whose file it is. ``PublicationPage`` routes ``<file>.pdf`` (a route of its own,
so Wagtail checks the page's privacy first); this module serves the file, applying the document's
own collection privacy as Wagtail's document view does, and sends the old ``/documents/<id>/<file>``
address of a document that a live, public publication uses to that address with a 301.

Wagtail's page URLs end with a slash, so ``swpsite/urls.py`` passes ``…/<file>.pdf`` to Wagtail's
page view as the path ``…/<file>.pdf/``, where the publication's route takes it.
"""

from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from wagtail import views as wagtail_views
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served


def document_address(page, request=None):
    """The address of ``page``'s PDF under the page's own, or None when it has no PDF or no address."""
    if not page.is_pdf:
        return None
    page_url = page.get_url(request)
    if not page_url:
        return None
    return page_url + quote(page.document.filename)


def collection_allows(document, request):
    return all(restriction.accept_request(request) for restriction in document.collection.get_view_restrictions())


def serve_document(page, request, filename):
    """The PDF of ``page`` if ``filename`` is its name; the file is read from storage as it streams."""
    document = page.document if page.document_id else None
    if document is None or not page.is_pdf or document.filename != filename:
        raise Http404("This publication has no document of that name.")
    if not collection_allows(document, request):
        # Wagtail's own document view asks for the password or the login.
        return HttpResponseRedirect(document.url)
    document_served.send(sender=get_document_model(), instance=document, request=request)
    response = FileResponse(
        document.file.open("rb"),
        content_type=document.content_type,
        as_attachment=document.content_disposition != "inline",
        filename=document.filename,
    )
    if document.file_hash:
        response["ETag"] = f'"{document.file_hash}"'
    if getattr(settings, "WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT", True):
        response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def publication_document_view(request, path, filename):
    """``…/<slug>/<file>.pdf``: Wagtail's page view, for the route ``<file>.pdf/`` of the page at ``path``."""
    return wagtail_views.serve(request, f"{path}{filename}/")


def publication_for_document(document):
    """The live, public publication whose PDF ``document`` is (the oldest, when several share it)."""
    from .models import PublicationPage

    return PublicationPage.objects.live().public().filter(document=document).order_by("pk").first()


def redirect_to_publication_address(document, request):
    """``before_serve_document``: a PDF that a publication shows moved under the publication's address."""
    if (document.file_extension or "").lower() != "pdf" or not collection_allows(document, request):
        return None
    page = publication_for_document(document)
    if page is None:
        return None
    address = document_address(page, request)
    if not address:
        return None
    return HttpResponsePermanentRedirect(address)
