"""The site's clock keeps New York's calendar: its dates, its midnights and its clock changes."""

from datetime import UTC, date, datetime
from unittest import mock
from zoneinfo import ZoneInfo

from django.conf import settings

from home import clock

NEW_YORK = ZoneInfo("America/New_York")


def stopped_at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_the_clock_keeps_the_time_zone_of_the_settings():
    assert settings.TIME_ZONE == "America/New_York"
    assert clock.SITE_TIMEZONE == NEW_YORK


def test_today_is_the_new_york_date_not_the_utc_date():
    # 22:30 in New York on 28 February is already 1 March in UTC.
    with stopped_at(datetime(2027, 3, 1, 3, 30, tzinfo=UTC)):
        assert clock.today() == date(2027, 2, 28)
        assert clock.now() == datetime(2027, 2, 28, 22, 30, tzinfo=NEW_YORK)
        assert clock.now().tzinfo == NEW_YORK


def test_seconds_until_midnight_and_the_next_midnight():
    late = datetime(2027, 2, 28, 23, 59, 0, tzinfo=NEW_YORK)
    assert clock.seconds_until_midnight(late) == 60
    assert clock.next_midnight(late) == datetime(2027, 3, 1, 0, 0, tzinfo=NEW_YORK)
    assert clock.seconds_until_midnight(datetime(2027, 2, 28, 23, 59, 59, 500000, tzinfo=NEW_YORK)) == 0


def test_the_next_midnight_of_a_moment_given_in_utc_is_new_york_s():
    assert clock.next_midnight(datetime(2027, 3, 1, 3, 30, tzinfo=UTC)) == datetime(2027, 3, 1, tzinfo=NEW_YORK)


def test_seconds_until_midnight_on_the_days_clocks_change():
    # 14 March 2027: 2am EST becomes 3am EDT, so 1am to midnight is 22 real hours.
    assert clock.seconds_until_midnight(datetime(2027, 3, 14, 1, 0, tzinfo=NEW_YORK)) == 22 * 3600
    # 7 November 2027: 2am EDT becomes 1am EST, so 1am (EDT) to midnight is 24 real hours.
    assert clock.seconds_until_midnight(datetime(2027, 11, 7, 1, 0, tzinfo=NEW_YORK)) == 24 * 3600


def test_seconds_until_midnight_defaults_to_now():
    with stopped_at(datetime(2027, 3, 1, 4, 58, tzinfo=UTC)):  # 23:58 in New York
        assert clock.seconds_until_midnight() == 120
        assert clock.next_midnight() == datetime(2027, 3, 1, tzinfo=NEW_YORK)


def test_midnight_of_a_day_is_its_first_moment_in_new_york():
    assert clock.midnight_of(date(2027, 7, 4)) == datetime(2027, 7, 4, 4, 0, tzinfo=UTC)
    assert clock.midnight_of(date(2027, 1, 4)) == datetime(2027, 1, 4, 5, 0, tzinfo=UTC)
