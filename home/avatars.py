"""People's initials as their avatar in the admin, drawn here instead of fetched from Gravatar.

Wagtail asks the ``get_avatar_url`` hook first; this answers with a small SVG as a ``data:`` address
(the admin's Content Security Policy allows ``data:`` images), so no third party learns who uses
the admin. A photo someone uploads under Account → Profile is still used instead.
"""

import base64
import hashlib
from html import escape

# Dark backgrounds that keep white initials readable (contrast of 4.5:1 or more).
COLOURS = ["#1d4ed8", "#7c2d12", "#166534", "#6b21a8", "#9f1239", "#0f766e", "#374151", "#92400e"]


def initials(user):
    """``Ana Reyes`` → ``AR``; the first letter of the username when no name is set."""
    parts = [part for part in (user.first_name or "", user.last_name or "") if part.strip()]
    letters = "".join(part.strip()[0] for part in parts) if parts else (user.get_username() or "?")[:1]
    return letters.upper()[:2]


def initials_avatar_url(user, size=50):
    if not getattr(user, "pk", None):
        return None
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is not None and profile.avatar:
        return None  # the person's own picture
    digest = hashlib.sha256(user.get_username().encode()).digest()
    colour = COLOURS[digest[0] % len(COLOURS)]
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{int(size)}" height="{int(size)}" viewBox="0 0 100 100">'
        f'<rect width="100" height="100" fill="{colour}"/>'
        '<text x="50" y="50" dy=".35em" text-anchor="middle" fill="#fff" '
        'font-family="system-ui, sans-serif" font-size="42" font-weight="600">'
        f"{escape(initials(user))}</text></svg>"
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
