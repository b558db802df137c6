"""Fixtures for the people app's tests."""

from datetime import datetime
from unittest import mock

import pytest

from home.clock import SITE_TIMEZONE


@pytest.fixture
def freeze_new_york():
    """Call with (year, month, day, hour=0, minute=0, second=0) New York wall time to freeze timezone.now."""
    patches = []

    def freeze(*args):
        moment = datetime(*args, tzinfo=SITE_TIMEZONE)
        patcher = mock.patch("django.utils.timezone.now", return_value=moment)
        patcher.start()
        patches.append(patcher)
        return moment

    yield freeze
    for patcher in reversed(patches):
        patcher.stop()
