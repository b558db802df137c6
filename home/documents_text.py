"""Reading the text inside uploaded documents, so search can find a publication by its words.

:func:`extract_text` reads a PDF with pypdf and returns its text, bounded to
``MAX_PAGES`` pages and ``MAX_CHARS`` characters. A file whose text cannot be
read (scanned images, encrypted, damaged, not really a PDF) gives ``""`` and a
``logger.warning``; it never raises, so the upload itself always succeeds.

:func:`refresh_extracted_text` fills ``SiteDocument.extracted_text`` (and the
file size) from the document's file. The publications app calls it from a
``pre_save`` signal on the document model whenever a new file is attached (see
``publications/signals.py``, connected in ``PublicationsConfig.ready``), and
reindexes the publication pages that use the document afterwards.
``manage.py extract_document_text`` fills it in for documents uploaded before.

Only PDFs are read; other office formats keep an empty text (their title,
tags and the publication page's own fields are still searched).
"""

import contextlib
import logging
import re

logger = logging.getLogger(__name__)

MAX_PAGES = 300
MAX_CHARS = 200_000
# Only the first bytes are needed to tell a PDF from something else.
PDF_MAGIC = b"%PDF-"

_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def normalise_text(text):
    """Collapse runs of spaces and blank lines; drop NUL and other control characters."""
    text = "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in text)
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n", text)
    return text.strip()


def is_pdf(filename, head=b""):
    return filename.lower().endswith(".pdf") or head.startswith(PDF_MAGIC)


def extract_text(fileobj, name="document", max_pages=MAX_PAGES, max_chars=MAX_CHARS):
    """The text of the PDF in ``fileobj`` (a binary file object), or ``""`` when it cannot be read."""
    from pypdf import PdfReader

    try:
        fileobj.seek(0)
        reader = PdfReader(fileobj)
        if reader.is_encrypted:
            # Many PDFs are "encrypted" with an empty password only to forbid editing.
            try:
                decrypted = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds (DependencyError for AES...)
                logger.warning("Could not read the text of %s: it is encrypted (%s)", name, exc)
                return ""
            if not decrypted:
                logger.warning("Could not read the text of %s: it is protected by a password", name)
                return ""
        parts = []
        length = 0
        for number, pdf_page in enumerate(reader.pages):
            if number >= max_pages or length >= max_chars:
                break
            try:
                page_text = pdf_page.extract_text() or ""
            except Exception as exc:  # noqa: BLE001 - one bad page must not lose the rest
                logger.warning("Could not read page %s of %s: %s", number + 1, name, exc)
                continue
            parts.append(page_text)
            length += len(page_text)
        text = normalise_text("\n".join(parts))[:max_chars]
    except Exception as exc:  # noqa: BLE001 - damaged files raise anything from PdfReadError to ValueError
        logger.warning("Could not read the text of %s: %s: %s", name, type(exc).__name__, exc)
        return ""
    finally:
        with contextlib.suppress(OSError, ValueError):
            fileobj.seek(0)
    if not text:
        logger.warning("No text found in %s (a scanned document?); search will not find words inside it", name)
    return text


def refresh_extracted_text(document):
    """Read the text of ``document``'s file into ``document.extracted_text`` (not saved).

    Works on a new upload (not yet in storage) and on a stored file. Returns True
    when the stored text changed. Files that are not PDFs get an empty text.
    """
    field_file = document.file
    new_text = ""
    if field_file:
        name = getattr(field_file, "name", "") or "document"
        uploaded = not getattr(field_file, "_committed", True)
        try:
            fileobj = field_file.file if uploaded else field_file.storage.open(field_file.name, "rb")
        except (OSError, ValueError) as exc:
            logger.warning("Could not open %s to read its text: %s", name, exc)
            return False
        try:
            fileobj.seek(0)
            head = fileobj.read(len(PDF_MAGIC))
            if is_pdf(name, head):
                new_text = extract_text(fileobj, name=name)
            fileobj.seek(0)
        finally:
            if not uploaded:
                fileobj.close()
    changed = new_text != (document.extracted_text or "")
    document.extracted_text = new_text
    return changed
