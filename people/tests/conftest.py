"""Fixtures for the people app's tests."""

import pytest

from home.testing import at_new_york_time


@pytest.fixture
def freeze_new_york():
    """Call with (year, month, day, hour=0, minute=0, second=0) New York wall time to freeze timezone.now."""
    patches = []

    def freeze(*args):
        patcher = at_new_york_time(*args)
        stopped_clock = patcher.start()
        patches.append(patcher)
        return stopped_clock()

    yield freeze
    for patcher in reversed(patches):
        patcher.stop()
