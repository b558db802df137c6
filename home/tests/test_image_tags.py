"""The site's image tags (home/templatetags/swp_images.py) give exactly what Wagtail's give, faster."""

import pytest
from django.template import Context, Template

from home.demo import ensure_image

TAGS = [
    "{% image photo fill-120x80 %}",
    '{% image photo width-200 class="photo" alt="" %}',
    '{% srcset_image photo width-{100,200} sizes="100px" %}',
    '{% picture photo format-{webp,jpeg} fill-{360x240,720x480} sizes="360px" alt="" loading="lazy" %}',
    "{% image photo fill-120x80 as shown %}{{ shown.url }} {{ shown.width }}",
]


@pytest.mark.django_db
@pytest.mark.parametrize("tag", TAGS)
def test_each_tag_renders_what_wagtails_renders(tag):
    photo = ensure_image("Tag test photo", text="TT", description="A test photo", size=(800, 600))
    ours = Template("{% load swp_images %}" + tag)
    wagtails = Template("{% load wagtailimages_tags %}" + tag)
    first = ours.render(Context({"photo": photo}))
    assert first == wagtails.render(Context({"photo": photo}))
    assert "<img" in first or ".webp" in first or ".png" in first or ".jpg" in first
    # The same compiled template renders the same again (its filters are kept, not rebuilt).
    assert ours.render(Context({"photo": photo})) == first
    assert ours.render(Context({"photo": None})) == wagtails.render(Context({"photo": None}))
