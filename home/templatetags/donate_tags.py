"""Donation template tags: the site-wide call to action and dollar amounts.

``{% load donate_tags %}{% donate_cta %}`` shows the running appeal (or the donate
page) as the comms team chose under Settings › Donation call to action; it costs a fixed,
small number of queries.
"""

from django import template
from django.utils.translation import get_language

from caching.policy import changes_at
from home.call_to_action import donation_call_to_action
from home.donations import dollars as format_dollars

register = template.Library()


@register.filter
def dollars(value):
    """``12300`` → ``$12,300``."""
    return format_dollars(value)


@register.inclusion_tag("components/donate_cta.html", takes_context=True)
def donate_cta(context):
    from home.models import NoticeSettings

    request = context.get("request")
    if request is None:
        return {"cta": None}
    cta = donation_call_to_action(NoticeSettings.for_request(request))
    if cta is None:
        return {"cta": None}
    changes_at(cta.get("changes_at"))  # no cache keeps the page past the next start or end of an appeal
    # An appeal or donate page not translated yet shows its English words: they say which language they are in.
    language = getattr(cta["page"], "language", None)
    return {
        "cta": cta,
        "appeal": cta["appeal"],
        "url": cta["page"].get_url(request),
        "lang": language if language and language != get_language() else "",
        "request": request,
    }
