"""Wagtail's ``image``, ``srcset_image`` and ``picture`` tags, with each tag's filters parsed only once.

Wagtail builds the tag's ``Filter`` objects again on every render, and building one inspects the
signature of every operation (``fill-360x240``, ``format-webp``…). In a listing of a dozen cards that
was a third of the time spent on images. A tag's filter specs are fixed when the template is compiled,
so these nodes build them once and keep them. Use ``{% load swp_images %}`` instead of
``wagtailimages_tags``; the tags take exactly the same arguments.
"""

from django import template
from django.utils.functional import cached_property
from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

register = template.Library()


class ImageNode(wagtail_tags.ImageNode):
    @cached_property
    def _filter(self):
        return super().get_filter()

    def get_filter(self):
        return self._filter


class SrcsetImageNode(wagtail_tags.SrcsetImageNode):
    @cached_property
    def _filters(self):
        return super().get_filters()

    def get_filters(self):
        return self._filters


class PictureNode(SrcsetImageNode, wagtail_tags.PictureNode):
    pass


OURS = {
    wagtail_tags.ImageNode: ImageNode,
    wagtail_tags.SrcsetImageNode: SrcsetImageNode,
    wagtail_tags.PictureNode: PictureNode,
}


def image_tag(parser, token):
    """Parse as Wagtail does, then hand the parsed arguments to the node that keeps its filters."""
    node = wagtail_tags.image(parser, token)
    return OURS[type(node)](node.image_expr, node.filter_specs, node.output_var_name, node.attrs)


register.tag("image", image_tag)
register.tag("srcset_image", image_tag)
register.tag("picture", image_tag)
