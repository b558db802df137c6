"""Logging filters for the site's settings (``LOGGING``)."""

import logging
import threading
import time


class OncePerInterval(logging.Filter):
    """Lets one record through every ``seconds``, and says how many were held back in between.

    For errors that repeat on every request while a part is down (django-redis logs each cache call
    it turns into a miss): the log shows the outage and its traceback without filling the disk.
    """

    def __init__(self, seconds=60):
        super().__init__()
        self.seconds = seconds
        self._last = None
        self._held_back = 0
        self._lock = threading.Lock()

    def filter(self, record):
        now = time.monotonic()
        with self._lock:
            if self._last is not None and now - self._last < self.seconds:
                self._held_back += 1
                return False
            held_back, self._held_back, self._last = self._held_back, 0, now
        if held_back:
            record.msg = f"{record.getMessage()} ({held_back} more like it in the last {self.seconds} s not shown)"
            record.args = ()
        return True
