"""Press & media: the press index (with its lists and feed), press releases, the media toolkit,
and press & media appearances.

* ``/press/`` is the :class:`PressIndexPage`. Its routes are ``releases/`` (every release,
  by year), ``appearances/`` (coverage of SWP elsewhere) and ``feed/`` (RSS of releases).
* ``/press/<slug>/`` is a :class:`PressReleasePage`. An embargoed release uses Wagtail's
  scheduled publishing: it stays off the site until its go-live time.
* ``/press/media-toolkit/`` is the :class:`MediaToolkitPage`.
* Appearances are records (:class:`PressAppearance`), kept in a list in the admin (a snippet with
  drafts, revisions and the same review as pages: Editors add and submit, Moderators publish).
"""

from .appearances import PressAppearance
from .contacts import MediaContactFields, contact_panel, media_contact
from .index import APPEARANCES_PER_PAGE, FEED_ITEMS, LATEST_ON_INDEX, RELEASES_PER_PAGE, PressIndexPage
from .releases import RESERVED_SLUGS, PressReleaseAttachment, PressReleasePage, PressReleaseRelatedPublication
from .toolkit import MediaToolkitFactSheet, MediaToolkitLogo, MediaToolkitPage, MediaToolkitSpokesperson

__all__ = [
    "APPEARANCES_PER_PAGE",
    "FEED_ITEMS",
    "LATEST_ON_INDEX",
    "RELEASES_PER_PAGE",
    "RESERVED_SLUGS",
    "MediaContactFields",
    "MediaToolkitFactSheet",
    "MediaToolkitLogo",
    "MediaToolkitPage",
    "MediaToolkitSpokesperson",
    "PressAppearance",
    "PressIndexPage",
    "PressReleaseAttachment",
    "PressReleasePage",
    "PressReleaseRelatedPublication",
    "contact_panel",
    "media_contact",
]
