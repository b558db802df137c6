"""Donation template tags: the site-wide call to action and dollar amounts.

``{% load donate_tags %}{% donate_cta %}`` shows the running appeal (or the donate
page) as the comms team chose under Settings › Alert banner and call to action; it costs a fixed,
small number of queries.
"""

from django import template

from home.models.donate import dollars as format_dollars
from home.models.donate import donation_call_to_action

register = template.Library()


@register.filter
def dollars(value):
    """``12300`` → ``$12,300``."""
    return format_dollars(value)


def _cached_call_to_action(request, org):
    """``donation_call_to_action`` kept in the cache for the day (New York), under the page cache's
    generation: publishing an appeal or changing the settings shows at once, and at midnight the key
    changes so an appeal starts or ends on time."""
    from django.core.cache import cache
    from wagtail.models import Site

    from home.models import donate
    from home.models.site_settings import CachedSiteSetting
    from home.page_cache import generation

    site = Site.find_for_request(request)
    key = f"swp:donate-cta:{site.pk if site else 0}:{generation()}:{donate.local_today().isoformat()}"
    cta = cache.get(key, "missing")
    if cta == "missing":
        cta = donation_call_to_action(org)
        cache.set(key, cta, CachedSiteSetting.CACHE_SECONDS)
    return cta


@register.inclusion_tag("components/donate_cta.html", takes_context=True)
def donate_cta(context):
    from home.models import NoticeSettings

    request = context.get("request")
    if request is None:
        return {"cta": None}
    cta = _cached_call_to_action(request, NoticeSettings.for_request(request))
    if cta is None:
        return {"cta": None}
    return {
        "cta": cta,
        "appeal": cta["appeal"],
        "url": cta["page"].get_url(request),
        "request": request,
    }
