"""A cache that steps aside for a while when its server fails, so a hung Redis costs a page nothing.

django-redis can turn each Redis error into a miss, but every call still waits for its timeout first, and a
page makes many calls (the page cache's tokens, settings, image renditions: 20 to 40 on a first render).
With Redis hung (accepting connections, never answering), pages took 0.6 to 4.5 s instead of 0.1 to 0.15 s.

``FailFastCache`` holds the real cache (``OPTIONS["CACHE"]``, any Django cache backend) and, once a call to
it fails, answers every call as a miss for ``RETRY_AFTER`` seconds without asking the server at all: reads
find nothing, writes are dropped, ``add`` and ``incr`` answer ``None`` as django-redis does when it ignores
an error (the forms' rate limit then counts in the process, home/spam.py). The first call after that asks
the server again, so caching resumes by itself when it is back. The state is per process, shared by its
threads; each app server finds out for itself.

It uses only the cache API every backend has; nothing of django-redis's internals.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.utils.module_loading import import_string

logger = logging.getLogger("swp.cache")

_breakers = {}
_breakers_lock = threading.Lock()


class Breaker:
    """Whether the cache server at one location failed recently, for every thread of the process."""

    def __init__(self):
        self.open_until = 0.0

    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self, seconds):
        self.open_until = time.monotonic() + seconds


def breaker_for(location):
    with _breakers_lock:
        return _breakers.setdefault(location, Breaker())


class FailFastCache(BaseCache):
    def __init__(self, location, params):
        options = dict(params.get("OPTIONS") or {})
        real = options.pop("CACHE")
        self.retry_after = float(options.pop("RETRY_AFTER", 5))
        super().__init__({**params, "OPTIONS": options})
        self.cache = import_string(real["BACKEND"])(real.get("LOCATION", ""), real)
        self.breaker = breaker_for(location)

    def _call(self, method, *args, failed=None, **kwargs):
        if self.breaker.is_open():
            return failed
        try:
            return getattr(self.cache, method)(*args, **kwargs)
        except ValueError:
            raise  # incr/decr of a missing key: an answer, not a failure
        except Exception as error:  # any failure of the cache server: refused, timed out, broken pipe
            self.breaker.trip(self.retry_after)
            logger.warning(
                "The cache failed (%s: %s); this process leaves it alone for %.0f s and serves pages without it.",
                type(error).__name__,
                error,
                self.retry_after,
            )
            return failed

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version=version, failed=default)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version=version, failed={})

    def has_key(self, key, version=None):
        return self._call("has_key", key, version=version, failed=False)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, version=version, failed=None, timeout=timeout)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, version=version, failed=None, timeout=timeout)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, version=version, failed=list(data), timeout=timeout)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, version=version, failed=False, timeout=timeout)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version=version, failed=None)

    def decr(self, key, delta=1, version=None):
        return self._call("decr", key, delta, version=version, failed=None)

    def delete(self, key, version=None):
        return self._call("delete", key, version=version, failed=False)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version=version, failed=None)

    def clear(self):
        return self._call("clear", failed=None)

    def close(self, **kwargs):
        self.cache.close(**kwargs)
