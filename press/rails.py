"""The home page's press rail: the newest releases and appearances, in a fixed number of queries."""

from home.querysets import public_q
from home.translations import in_reading_language

from .models import PressIndexPage

RAIL_RELEASES = 3
RAIL_APPEARANCES = 3


def latest_press(request):
    press = in_reading_language(PressIndexPage.objects.live().filter(public_q())).first()
    if press is None:
        return None
    releases = list(press.releases()[:RAIL_RELEASES])
    appearances = list(press.appearances()[:RAIL_APPEARANCES])
    if not releases and not appearances:
        return None
    return {
        "template": "press/includes/home_rail.html",
        "press": press,
        "releases": releases,
        "appearances": appearances,
    }
