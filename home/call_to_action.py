"""The site-wide donation call to action, the appeals the admin's dashboard shows, and the donate action in
the home page's structured data: which appeal or donate page each shows today, in the language being read.

The pages and appeals themselves are in home/models/donate.py; what the comms team chooses (an appeal, the
automatic choice, or none) is in Settings → Notices (home/donations.py names the choices).
"""

from django.conf import settings
from django.db.models import F

from home import clock
from home.donations import CTA_APPEAL, CTA_AUTOMATIC, CTA_OFF
from home.models.donate import DonatePage, DonationAppealPage, appeals_ahead
from home.querysets import public_q
from home.translations import in_reading_language


def running_appeals(today=None):
    """Every appeal running today, the one that ends soonest first (one query): the English pages, for the
    admin (an appeal's translations run with it)."""
    return list(DonationAppealPage.running(today).filter(locale__language_code=settings.LANGUAGE_CODE))


def live_donate_page():
    """The live, public donate page in the language being read, else in English, or ``None``; one query."""
    return (
        in_reading_language(DonatePage.objects.live().filter(public_q()))
        .annotate(language=F("locale__language_code"))
        .first()
    )


def chosen_cta_appeal(notices, running):
    """The appeal the call to action shows under ``notices`` (the settings) among today's ``running``
    appeals (``appeals_ahead``), or ``None``."""
    mode = getattr(notices, "donation_cta", CTA_AUTOMATIC) or CTA_AUTOMATIC
    if mode == CTA_APPEAL and notices.donation_cta_appeal_id:
        # The chosen appeal, in the copy of the language being read (``appeals_ahead`` keeps one per language).
        return next((appeal for appeal in running if notices.donation_cta_appeal_id in appeal.copy_ids), None)
    if mode == CTA_AUTOMATIC:
        return running[0] if running else None
    return None


def donation_call_to_action(org):
    """What the call to action shows: ``{"appeal": page or None, "page": the page it links to}`` or ``None``.

    ``org`` is the site's :class:`~home.models.site_settings.NoticeSettings`. Costs one query, two when
    no appeal is running, whatever the number of appeals. ``changes_at``: when it next changes.
    """
    mode = getattr(org, "donation_cta", CTA_AUTOMATIC) or CTA_AUTOMATIC
    if mode == CTA_OFF:
        return None
    # When an appeal starts or ends, the call to action changes (the template tag tells the caches).
    running, next_change = appeals_ahead(clock.today())
    appeal = chosen_cta_appeal(org, running)
    if appeal is not None:
        return {"appeal": appeal, "page": appeal, "changes_at": next_change}
    donate_page = live_donate_page()
    if donate_page is None:
        return None
    return {"appeal": None, "page": donate_page, "changes_at": next_change}


def donate_action_json_ld(request):
    """``potentialAction`` for the organisation's JSON-LD: a DonateAction aimed at the donate page (the one the
    header's Donate button links to, read with the frame's pages: no query of its own)."""
    from home.site_text import button_page

    donate_page = button_page(request, "donate")
    if donate_page is None:
        return {}
    url = donate_page.get_full_url(request)
    if not url:
        return {}
    return {
        "potentialAction": {
            "@type": "DonateAction",
            "name": donate_page.donate_headline or donate_page.title,
            "target": url,
        }
    }
