"""Template tags of the Get help page and its guides."""

from django import template

from home.phones import tel_href as make_tel_href

register = template.Library()


@register.filter
def tel_href(number):
    """``{{ number|tel_href }}``: a ``tel:`` address for a phone number as people write it."""
    return make_tel_href(number)
