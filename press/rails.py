"""The home page's press rail: the newest releases and appearances, in a fixed number of queries."""

RAIL_RELEASES = 3
RAIL_APPEARANCES = 3


def latest_press(request, press):
    """The newest releases and appearances of the press room ``press``; two queries."""
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
