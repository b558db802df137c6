"""The demo site of DESIGN.md, and the building blocks every app's demo loader shares.

Each app keeps its demo in a package of its own, ``<app>/demo/``: the content as plain Python data
(``content.py``: strings, lists, dicts and dates, with rich text written as the HTML it is stored as)
apart from the code that turns it into pages, snippets and settings (``loader.py``). So a change of
wording touches only data, and a change of how pages are made touches only code.
``load_demo_site`` runs the loaders' steps in order.

Everything here is idempotent: it finds what exists (by slug or title) and
creates only what is missing, so ``load_demo_site`` can run any number of times.
Images and PDFs are generated locally; nothing is downloaded.
"""

import io
import json
import uuid

from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

PALETTE = [
    ((75, 29, 107), (163, 17, 79)),
    ((50, 16, 74), (42, 102, 140)),
    ((28, 84, 95), (75, 29, 107)),
    ((120, 36, 60), (214, 120, 50)),
    ((40, 70, 50), (120, 140, 40)),
]


def _font(size):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without scalable default font
        return ImageFont.load_default()


def make_image_bytes(text, size=(1200, 800), colours=None, seed=0):
    """A gradient PNG with ``text`` on it: a placeholder that is clearly not a photograph."""
    start, end = colours or PALETTE[seed % len(PALETTE)]
    width, height = size
    img = PILImage.new("RGB", size, start)
    draw = ImageDraw.Draw(img)
    for x in range(width):
        t = x / max(1, width - 1)
        colour = tuple(int(start[i] + (end[i] - start[i]) * t) for i in range(3))
        draw.line([(x, 0), (x, height)], fill=colour)
    font = _font(max(24, min(width, height) // (4 if len(text) <= 3 else 10)))
    box = draw.multiline_textbbox((0, 0), text, font=font, align="center")
    text_w, text_h = box[2] - box[0], box[3] - box[1]
    draw.multiline_text(
        ((width - text_w) / 2, (height - text_h) / 2 - box[1]), text, font=font, fill="white", align="center"
    )
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def ensure_image(title, text=None, description="", size=(1200, 800), seed=0, credit=""):
    """The library image called ``title``, generated once."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    data = make_image_bytes(text or title, size=size, seed=seed)
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")[:60] or "image"
    image = Image(title=title, description=description or title, credit=credit)
    image.file = ImageFile(io.BytesIO(data), name=f"{slug}.png")
    image.save()
    return image


def make_pdf_bytes(title, paragraphs, subtitle=""):
    """A real, text-bearing PDF (search can read it), built with fpdf2."""
    from fpdf import FPDF

    pdf = FPDF(format="Letter")
    pdf.set_title(title)
    pdf.set_author("Sex Workers Project, Urban Justice Center")
    pdf.add_page()
    # The first page opens like SWP's printed reports: the title on a purple band. Its picture is the
    # publication's cover on the site (home/document_covers.py).
    pdf.set_fill_color(75, 29, 107)
    pdf.rect(0, 0, pdf.w, 95, style="F")
    pdf.set_fill_color(163, 17, 79)
    pdf.rect(0, 95, pdf.w, 4, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin, 22)
    pdf.set_font("Helvetica", "B", 22)
    pdf.multi_cell(0, 10, _latin1(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, 80)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 8, "Sex Workers Project | Urban Justice Center", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(108)
    if subtitle:
        pdf.set_font("Helvetica", "", 13)
        pdf.multi_cell(0, 8, _latin1(subtitle), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, _latin1(paragraph), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def _latin1(text):
    replacements = {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "é": "e", "×": "x"}
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text.encode("latin-1", "replace").decode("latin-1")


def ensure_document(title, paragraphs=None, filename=None, data=None, language="English"):
    """The library document called ``title``; a PDF generated from ``paragraphs`` unless ``data`` is given."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    if data is None:
        data = make_pdf_bytes(title, paragraphs or [title])
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")[:60] or "document"
    document = Document(title=title, language=language)
    document.file = SimpleUploadedFile(filename or f"{slug}.pdf", data, content_type="application/pdf")
    document.save()
    return document


def publish(page, user=None):
    page.save_revision(user=user).publish(user=user)
    return page


def ensure_child(parent, model, slug, **fields):
    """The live child of ``parent`` with ``slug``, created and published if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    publish(page)
    return page


def stream(*blocks):
    """Raw StreamField data from ``(type, value)`` pairs."""
    return json.dumps([{"type": t, "value": v, "id": str(uuid.uuid4())} for t, v in blocks])


def link(label, page=None, url=""):
    return {"label": label, "page": page.pk if page is not None else None, "url": url}


def find_page(root, path):
    """The live page at ``path`` (such as ``about/staff``) below ``root``, or ``None``."""
    url_path = root.url_path + path.strip("/") + "/"
    page = Page.objects.filter(url_path=url_path).first()
    return page.specific if page else None


def page_or_path_link(root, label, path):
    """A menu link: to the page at ``path`` when it is a page, else to the address itself."""
    page = find_page(root, path) if path.strip("/") else root
    if page is not None:
        return link(label, page=page)
    return link(label, url="/" + path.strip("/") + "/")


def demo_site():
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site
