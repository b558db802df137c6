"""A picture of a PDF's first page, made once when the document is uploaded and kept as a library image.

Publications with no cover of their own show it (``PublicationPage.cover``). PDFium (the
``pypdfium2`` package, which ships its own library) draws the page; nothing runs outside Python.
A file that is not a PDF, or a PDF PDFium cannot read, simply gets no picture.
"""

import io
import logging

from django.core.files.images import ImageFile
from django.utils.translation import gettext

logger = logging.getLogger(__name__)

# The picture's width in pixels: enough for a 300 px cover at twice the pixel density.
COVER_WIDTH = 800


def is_pdf(document):
    return (getattr(document, "file_extension", "") or "").lower() == "pdf"


def first_page_png(data, width=COVER_WIDTH):
    """The first page of the PDF ``data`` as PNG bytes, ``width`` pixels wide; ``None`` if it cannot be drawn."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return None
    try:
        if len(pdf) == 0:
            return None
        page = pdf[0]
        page_width, _height = page.get_size()
        bitmap = page.render(scale=width / page_width if page_width else 1)
        image = bitmap.to_pil().convert("RGB")
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)
        return out.getvalue()
    finally:
        pdf.close()


def read_file(document):
    field_file = document.file
    field_file.open("rb")
    try:
        field_file.seek(0)
        return field_file.read()
    finally:
        field_file.close()


def make_first_page_image(document):
    """A new library image of ``document``'s first page (titled and described for screen readers), or None."""
    from wagtail.images import get_image_model

    if not is_pdf(document):
        return None
    try:
        data = first_page_png(read_file(document))
    except (OSError, ValueError):
        logger.warning("Could not read document %s to draw its first page", document.pk, exc_info=True)
        return None
    if data is None:
        return None
    Image = get_image_model()
    title = gettext("First page of %(title)s") % {"title": document.title}
    image = Image(title=title[:255], description=gettext("Cover of %(title)s") % {"title": document.title})
    image.description = image.description[:255]
    image.file = ImageFile(io.BytesIO(data), name=f"cover-{document.pk}.png")
    image.save()
    # Crops for cards keep the top of the page, where a cover has its title.
    image.focal_point_x = image.width // 2
    image.focal_point_y = image.height // 5
    image.focal_point_width = image.width
    image.focal_point_height = image.height // 3
    image.save(update_fields=["focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height"])
    return image


def refresh_first_page(document):
    """Draw ``document``'s first page again (after a new file) and keep it on the document; returns the image."""
    old_id = document.first_page_id
    image = make_first_page_image(document)
    type(document).objects.filter(pk=document.pk).update(first_page=image)
    document.first_page = image
    if old_id and (image is None or old_id != image.pk):
        from wagtail.images import get_image_model

        get_image_model().objects.filter(pk=old_id).delete()
    return image


def ensure_first_page(document):
    """The picture of ``document``'s first page, drawn now if it never was (documents uploaded before)."""
    if document is None or not is_pdf(document):
        return None
    if document.first_page_id:
        return document.first_page
    return refresh_first_page(document)
