"""The cache underneath the page cache: a generation that never repeats, read once per visitor's request."""

from unittest import mock

import pytest
from django.core.cache import cache

from home import page_cache


@pytest.mark.django_db
def test_the_generation_moves_on_with_every_change_and_never_repeats_after_the_cache_is_emptied():
    first = page_cache.generation()
    page_cache.invalidate_all()
    second = page_cache.generation()
    assert second > first
    cache.clear()  # as when Redis restarts: fragments kept by processes must not come back
    third = page_cache.generation()
    assert third not in (first, second)


@pytest.mark.django_db
def test_a_visitors_page_reads_the_generation_once(client):
    client.get("/publications/")
    real_get = cache.get
    with mock.patch.object(cache, "get", side_effect=real_get) as spy:
        assert client.get("/publications/").status_code == 200
    reads = [call for call in spy.call_args_list if call.args and call.args[0] == page_cache.GENERATION_KEY]
    assert len(reads) == 1
