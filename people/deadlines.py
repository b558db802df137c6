"""Dates of internship postings, always in New York time.

A posting is open up to and including its deadline day: it closes at 23:59:59 New York
time. Whether a posting is open is worked out from today's date in New York at the moment
of each request, so a posting moves to "past postings" by itself at midnight, with no job
to run.

Caching: the internships listing, each posting and the apply pages must never be kept past
the next New York midnight, when postings can close. Listing and posting pages send
``Cache-Control: public, max-age=N`` with N = min(MAX_AGE, half the seconds left until the
next New York midnight). Half, because a copy can be kept twice in a row: first by the
site's anonymous page cache (home/page_cache.py keeps a page no longer than its max-age)
and then, served from there with the same header, by a browser or proxy for up to N more
seconds. Either way every copy is gone by midnight. In the last second before midnight the
pages are sent ``no-cache``. Logged-in editors always get ``private, no-cache`` (they see
the Wagtail user bar); the application form and its confirmation are never cached.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_response_headers

NEW_YORK = ZoneInfo("America/New_York")
# Longest time (seconds) a browser, proxy or the page cache may keep a listing or posting page.
MAX_AGE = 300
CLOSING_TIME = time(23, 59, 59)


def now_in_new_york():
    # ``timezone.now`` is looked up at call time, so tests can patch django.utils.timezone.now.
    return timezone.now().astimezone(NEW_YORK)


def today_in_new_york():
    return now_in_new_york().date()


def closing_datetime(deadline):
    """The moment applications close: 23:59:59 New York time on the deadline day."""
    return datetime.combine(deadline, CLOSING_TIME, tzinfo=NEW_YORK)


def seconds_until_midnight(now=None):
    """Whole seconds from ``now`` to the next midnight in New York (DST-safe)."""
    now = (now or timezone.now()).astimezone(NEW_YORK)
    next_midnight = datetime.combine(now.date() + timedelta(days=1), time(0), tzinfo=NEW_YORK)
    # Subtract in UTC: Python ignores UTC offsets when both datetimes share one tzinfo object.
    delta = next_midnight.astimezone(UTC) - now.astimezone(UTC)
    return max(0, int(delta.total_seconds()))


def cache_max_age(now=None):
    """The max-age for a page that says which postings are open: short, and over before midnight.

    0 means "do not cache at all" (the last second before midnight).
    """
    return min(MAX_AGE, seconds_until_midnight(now) // 2)


def set_listing_cache_headers(request, response):
    """Cache a public page until the sooner of ``MAX_AGE`` and the next New York midnight."""
    if response.has_header("Cache-Control"):
        return response
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return response
    max_age = cache_max_age()
    if max_age < 1:
        add_never_cache_headers(response)
        return response
    patch_response_headers(response, cache_timeout=max_age)
    patch_cache_control(response, public=True, max_age=max_age)
    return response


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
            return "Closed"
        if self.deadline is None:
            return "Open: rolling applications"
        if self.days_left == 0:
            return "Last day to apply"
        if self.days_left == 1:
            return "1 day left"
        return f"{self.days_left} days left"


def deadline_status(deadline, rolling=False, today=None):
    """Is a posting with this deadline open ``today`` (New York date by default)?

    No deadline means rolling applications: open until the page is unpublished.
    """
    today = today or today_in_new_york()
    if deadline is None:
        return DeadlineStatus(is_open=True, deadline=None, rolling=True, days_left=None)
    days_left = (deadline - today).days
    return DeadlineStatus(is_open=days_left >= 0, deadline=deadline, rolling=rolling, days_left=max(days_left, 0))
