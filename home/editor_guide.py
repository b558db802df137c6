"""SWP's editor guide (docs/editor-guide.md) inside the admin, with its screenshots.

``/admin/help/`` shows the guide to anyone who may use the admin; its pictures are served from
docs/editor-guide/ at ``/admin/help/editor-guide/<name>.png`` (so the guide's own relative links
work unchanged), also only to people logged in to the admin. The Markdown is turned into HTML with
Python-Markdown and cleaned with nh3 (only ordinary text markup, links and images survive), once
for each version of the file.
"""

import functools
import re
from pathlib import Path

import markdown
import nh3
from django.conf import settings
from django.http import FileResponse, Http404
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

GUIDE = Path(settings.BASE_DIR) / "docs" / "editor-guide.md"
PICTURES = GUIDE.with_suffix("")  # docs/editor-guide/
PICTURE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,80}\.png$")

ALLOWED_TAGS = {
    "a", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "hr", "img", "li", "ol", "p", "pre",
    "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "h2": {"id"},
    "h3": {"id"},
    "th": {"align"},
    "td": {"align"},
}


@functools.lru_cache(maxsize=4)
def cleaned_html(markdown_text):
    """Markdown as HTML holding only text, headings, lists, tables, links and pictures (no script, no handler)."""
    html = markdown.markdown(markdown_text, extensions=["tables", "toc", "sane_lists"], output_format="html")
    return nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes={"http", "https", "mailto"})


def guide_html():
    """The guide as safe HTML; rendered again only when the file changes."""
    return mark_safe(cleaned_html(GUIDE.read_text(encoding="utf-8")))  # noqa: S308 (cleaned by nh3)


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Editor guide")
    header_icon = "help"
    template_name = "home/admin/editor_guide.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["guide_html"] = guide_html()
        return context


def guide_picture(request, name):
    """One screenshot of the guide; nothing outside docs/editor-guide/, nothing but PNG files."""
    if not PICTURE_NAME.match(name):
        raise Http404
    path = PICTURES / name
    if not path.is_file():
        raise Http404
    response = FileResponse(path.open("rb"), content_type="image/png")
    response["Cache-Control"] = "private, max-age=3600"
    return response
