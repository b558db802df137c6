"""The site's clock: the moment and the day in New York, where SWP works.

Donation appeals start and end, internship postings close and the help page's office hours run by the
calendar in New York, whatever the time zone of the server or of the visitor. ``settings.TIME_ZONE``
names that zone (America/New_York) and this module is the one place that reads it for the site's dates.

Everything is worked out at the moment of each request, so a page that changes at midnight needs no job
to run; it only tells the caches when that midnight is (caching/policy.py ``changes_at``).
``django.utils.timezone.now`` is looked up at each call, so tests can patch it to stop the clock.
"""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

# The zone of every date the site shows or decides by (America/New_York).
SITE_TIMEZONE = ZoneInfo(settings.TIME_ZONE)


def now():
    """The current moment in New York."""
    return timezone.localtime(timezone=SITE_TIMEZONE)


def today():
    """Today's date in New York."""
    return now().date()


def midnight_of(day):
    """The moment ``day`` begins in New York."""
    return datetime.combine(day, time(0), tzinfo=SITE_TIMEZONE)


def next_midnight(moment=None):
    """The next midnight in New York after ``moment`` (by default, now)."""
    moment = (moment or timezone.now()).astimezone(SITE_TIMEZONE)
    return midnight_of(moment.date() + timedelta(days=1))


def seconds_until_midnight(moment=None):
    """Whole seconds from ``moment`` (by default, now) to the next midnight in New York, across clock changes."""
    moment = moment or timezone.now()
    # Subtract in UTC: Python ignores UTC offsets when both datetimes share one tzinfo object.
    delta = next_midnight(moment).astimezone(UTC) - moment.astimezone(UTC)
    return max(0, int(delta.total_seconds()))
