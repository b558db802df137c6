"""Dates of internship postings, always in New York time.

A posting is open up to and including its deadline day: it closes at 23:59:59 New York
time. Whether a posting is open is worked out from today's date in New York at the moment
of each request, so a posting moves to "past postings" by itself at midnight, with no job
to run.

Caching: a page that shows postings changes at the next New York midnight (a posting closes, "3 days
left" becomes "2 days left"). Such pages say so with ``note_change_at_midnight()`` while they
render, and caching/policy.py ends their max-age and s-maxage there: no browser, proxy, CDN or the
in-app page cache keeps them past midnight. Logged-in editors, the application form and its
confirmation are never cached (``private, no-store``).
"""

from dataclasses import dataclass
from datetime import date, datetime, time

from django.utils.translation import gettext, ngettext, pgettext

from caching.policy import changes_at
from home import clock

CLOSING_TIME = time(23, 59, 59)


def closing_datetime(deadline):
    """The moment applications close: 23:59:59 New York time on the deadline day."""
    return datetime.combine(deadline, CLOSING_TIME, tzinfo=clock.SITE_TIMEZONE)


def note_change_at_midnight():
    """Tell the caches that the page being rendered shows postings, so it changes at midnight."""
    changes_at(clock.next_midnight())


@dataclass(frozen=True)
class DeadlineStatus:
    """Where a posting stands on a given day."""

    is_open: bool
    deadline: date | None
    rolling: bool
    days_left: int | None  # 0 on the deadline day itself; None without a deadline

    @property
    def is_last_day(self):
        return self.is_open and self.days_left == 0

    @property
    def label(self):
        """A short phrase for cards and the posting page."""
        if not self.is_open:
            return pgettext("internship posting", "Closed")
        if self.deadline is None:
            return gettext("Open: rolling applications")
        if self.days_left == 0:
            return gettext("Last day to apply")
        return ngettext("%(count)d day left", "%(count)d days left", self.days_left) % {"count": self.days_left}


def deadline_status(deadline, rolling=False, today=None):
    """Is a posting with this deadline open ``today`` (New York date by default)?

    No deadline means rolling applications: open until the page is unpublished.
    """
    today = today or clock.today()
    if deadline is None:
        return DeadlineStatus(is_open=True, deadline=None, rolling=True, days_left=None)
    days_left = (deadline - today).days
    return DeadlineStatus(is_open=days_left >= 0, deadline=deadline, rolling=rolling, days_left=max(days_left, 0))
