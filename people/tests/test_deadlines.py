"""Deadlines are New York dates: the last day is open until 23:59:59 there, the day after is closed."""

from datetime import UTC, date, timedelta

import pytest

from home import clock
from people import factories
from people.deadlines import closing_datetime, deadline_status

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages

DEADLINE = date(2027, 2, 28)


def test_the_deadline_day_itself_is_still_open():
    status = deadline_status(DEADLINE, today=DEADLINE)
    assert status.is_open and status.days_left == 0 and status.is_last_day
    assert status.label == "Last day to apply"


def test_the_day_after_the_deadline_is_closed():
    status = deadline_status(DEADLINE, today=DEADLINE + timedelta(days=1))
    assert not status.is_open
    assert status.label == "Closed"


def test_days_left_count_down_to_the_deadline():
    assert deadline_status(DEADLINE, today=DEADLINE - timedelta(days=1)).label == "1 day left"
    assert deadline_status(DEADLINE, today=DEADLINE - timedelta(days=12)).label == "12 days left"


def test_rolling_postings_without_a_deadline_stay_open():
    status = deadline_status(None, rolling=True, today=date(2040, 1, 1))
    assert status.is_open and status.days_left is None
    assert "rolling" in status.label.lower()


def test_applications_close_at_one_second_before_midnight_new_york_time():
    closes = closing_datetime(DEADLINE)
    assert (closes.hour, closes.minute, closes.second) == (23, 59, 59)
    assert closes.utcoffset() == timedelta(hours=-5)  # EST in February


def test_today_is_the_new_york_date_not_the_utc_date(freeze_new_york):
    # 22:30 in New York on Feb 28 is already March 1 in UTC: the posting is still open.
    moment = freeze_new_york(2027, 2, 28, 22, 30)
    assert moment.astimezone(UTC).date() == date(2027, 3, 1)
    assert clock.today() == DEADLINE
    assert deadline_status(DEADLINE).is_open


def test_just_after_midnight_in_new_york_the_posting_is_closed(freeze_new_york):
    freeze_new_york(2027, 3, 1, 0, 0, 1)
    assert not deadline_status(DEADLINE).is_open


@pytest.mark.usefixtures("page_tree")
def test_a_posting_moves_to_past_postings_by_itself_at_new_york_midnight(client, freeze_new_york):
    posting = factories.make_posting(deadline=DEADLINE, title="Boundary intern")

    freeze_new_york(2027, 2, 28, 23, 59, 0)
    html = client.get("/about/internships/").content.decode()
    open_part, _, past_part = html.partition('id="past-postings-heading"')
    assert "Boundary intern" in open_part and "Boundary intern" not in past_part
    assert "Today is the last day to apply" in client.get(posting.url).content.decode()
    response = client.get("/about/internships/")
    assert "s-maxage=60" in response["Cache-Control"]  # no cache keeps it past midnight

    freeze_new_york(2027, 3, 1, 0, 0, 30)
    html = client.get("/about/internships/").content.decode()
    open_part, _, past_part = html.partition('id="past-postings-heading"')
    assert "Boundary intern" not in open_part and "Boundary intern" in past_part
    assert "Applications are closed" in client.get(posting.url).content.decode()


@pytest.mark.usefixtures("page_tree")
def test_pages_are_not_cacheable_in_the_last_second_before_midnight(client, freeze_new_york):
    freeze_new_york(2027, 2, 28, 23, 59, 59, 500000)
    response = client.get("/about/internships/")
    assert response["Cache-Control"] == "no-cache"
