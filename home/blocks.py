"""The one StreamField block library every page body is built from.

Each block renders through its own template in ``templates/blocks/``.
"""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class LinkValue(blocks.StructValue):
    """A link to a page on this site or to any address."""

    @cached_property
    def href(self):
        page = self.get("page")
        if page is not None:
            return page.url
        return self.get("url") or ""

    @cached_property
    def text(self):
        label = self.get("label")
        if label:
            return label
        page = self.get("page")
        return page.title if page is not None else self.get("url", "")

    @cached_property
    def is_external(self):
        return self.href.startswith(("http://", "https://")) and self.get("page") is None


def validate_link_address(value):
    """Accept a path on this site (``/press/``), an ``#anchor``, or a full web address."""
    if not value:
        return
    if value.startswith(("/", "#")) and not value.startswith("//"):
        return
    if value.startswith("mailto:") or value.startswith("tel:"):
        return
    URLValidator(schemes=["http", "https"])(value)


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text="The words people click. Leave empty to use the page's title.",
    )
    page = blocks.PageChooserBlock(
        required=False, help_text="Choose a page on this site, or fill in the address below."
    )
    url = blocks.CharBlock(
        required=False,
        label="Address",
        max_length=500,
        validators=[validate_link_address],
        help_text=(
            "A path on this site such as /publications/reports/, or a full address "
            "starting with https://. Used only when no page is chosen."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError("Choose a page or give an address (one of the two).")}
            )
        if value.get("url") and not value.get("label"):
            raise blocks.StructBlockValidationError(
                block_errors={"label": ValidationError("Give the link some words when it points to an address.")}
            )
        return value

    class Meta:
        icon = "link"
        value_class = LinkValue
        label = "Link"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="A short heading for the section that follows.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Sub-heading"), ("h4", "Minor heading")],
        default="h2",
        help_text="Use 'Section heading' for main sections and sub-headings inside them.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text="Pick an image from the library or upload one.")
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=(
            "Describe the image for people who cannot see it. Leave empty to use the "
            "image's own description from the library."
        ),
    )
    caption = blocks.CharBlock(required=False, max_length=250, help_text="Shown under the image (optional).")
    credit = blocks.CharBlock(required=False, max_length=120, help_text="Photographer or source (optional).")

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text="The words quoted, without quotation marks.")
    attribution = blocks.CharBlock(required=False, max_length=150, help_text="Who said it (optional).")
    role = blocks.CharBlock(required=False, max_length=150, help_text="Their role or organisation (optional).")

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=100, help_text="A short, direct heading, such as 'Support our work'.")
    text = blocks.TextBlock(required=False, help_text="One or two sentences saying why (optional).")
    link = LinkBlock(help_text="Where the button goes.")

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = "Call to action"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(help_text="Pick a document (PDF, Word…) from the library or upload one.")
    label = blocks.CharBlock(
        required=False, max_length=150, help_text="The link's words. Leave empty to use the document's title."
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = "Document link"


class TableCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(max_length=200, help_text="Say what the table shows; screen readers announce it first.")
    table = TableBlock(
        table_options={"startRows": 3, "startCols": 3, "colHeaders": False, "rowHeaders": False},
        help_text="Tick 'Row header' to make the first row the column headings.",
    )

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = "Table"


# Providers whose players we know how to embed after a click. Anything else is
# shown as a plain link, so no page ever loads an unknown site's player.
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


def embed_player_url(url):
    """Return ``(player_url, host)`` for a known video/audio address, else ``(None, host)``."""
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = None
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path == "/watch":
            video_id = (parse_qs(parsed.query).get("v") or [None])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/", "/live/")):
            video_id = parsed.path.split("/")[2]
        if video_id and _YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1", "youtube.com"
    elif host == "youtu.be":
        video_id = parsed.path.strip("/")
        if _YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1", "youtube.com"
    elif host == "vimeo.com":
        video_id = parsed.path.strip("/").split("/")[0]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?dnt=1&autoplay=1", "vimeo.com"
    elif host == "soundcloud.com":
        return (
            "https://w.soundcloud.com/player/?url=" + url.replace("&", "%26") + "&auto_play=true",
            "soundcloud.com",
        )
    return None, host


class MediaEmbedValue(blocks.StructValue):
    @cached_property
    def player(self):
        return embed_player_url(self.get("url", ""))

    @property
    def player_url(self):
        return self.player[0]

    @property
    def provider(self):
        return self.player[1]


class MediaEmbedBlock(blocks.StructBlock):
    """A video or audio clip that loads nothing from the other site until the visitor asks."""

    url = blocks.URLBlock(
        label="Address of the video or audio",
        help_text="The address of the clip on YouTube, Vimeo or SoundCloud, copied from the browser.",
    )
    title = blocks.CharBlock(max_length=150, help_text="What the clip is, in a few words. Shown before it loads.")
    transcript = blocks.RichTextBlock(
        required=False,
        features=["bold", "italic", "link"],
        help_text="A transcript or summary for people who cannot watch or hear it (recommended).",
    )

    class Meta:
        icon = "media"
        template = "blocks/media_embed_block.html"
        value_class = MediaEmbedValue
        label = "Video or audio"


class SectionListingBlock(blocks.StructBlock):
    """Cards for the items of a section (staff, internships, publications…), always up to date."""

    heading = blocks.CharBlock(max_length=100, help_text="The heading above the cards, such as 'Our staff'.")
    section = blocks.PageChooserBlock(help_text="The section whose pages are shown as cards, such as About → Staff.")
    limit = blocks.IntegerBlock(default=6, min_value=1, max_value=24, help_text="How many cards to show at most.")
    link_text = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text="Words for a link to the whole section, such as 'Meet all our staff' (optional).",
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/section_listing_block.html"
        label = "Cards from a section"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        section = value.get("section")
        items = []
        if section is not None:
            from home.querysets import public_q

            section = section.specific_deferred  # the section's own type with no query of its own
            limit = value.get("limit") or 6
            if hasattr(section, "listing_items"):
                items = list(section.listing_items(limit=limit))
            else:
                items = list(section.get_children().live().filter(public_q()).specific()[:limit])
        context["section"] = section
        context["items"] = items
        return context


RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label="Text",
        template="blocks/paragraph_block.html",
        help_text="Paragraphs, lists and links.",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    table = TableCaptionBlock()
    media = MediaEmbedBlock()
    section_listing = SectionListingBlock()
