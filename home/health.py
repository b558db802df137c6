"""What ``/health/`` reports: each part the site depends on, checked for real, in a few milliseconds.

- ``database``: answers ``SELECT 1``. Without it the site cannot serve: 503.
- ``cache``: a value written to the cache (Redis) is read back. Without it pages are served
  uncached, slower but whole: the site is degraded, still 200.
- ``private_storage``: a small file is written to the private uploads (résumés) and deleted. Without
  it internship applications are refused with a clear message: degraded.
- ``mail_queue``: how many emails wait because the mail server did not answer (send_queued_mail
  sends them): degraded while any wait.
"""

import logging
import secrets

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import DatabaseError, connection

logger = logging.getLogger(__name__)

UP, DOWN, WAITING, UNKNOWN = "up", "down", "waiting", "unknown"


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.error("Health check: the database did not answer (%s)", error)
        return {"status": DOWN, "detail": "The database does not answer: the site cannot serve pages."}
    return {"status": UP}


def check_cache():
    key = f"health:{secrets.token_hex(8)}"
    token = secrets.token_hex(8)
    try:
        cache.set(key, token, 30)
        answered = cache.get(key) == token
        cache.delete(key)
    except Exception as error:  # noqa: BLE001 (any backend's failure is reported, never raised)
        logger.warning("Health check: the cache failed (%s)", error)
        answered = False
    if not answered:
        return {"status": DOWN, "detail": "The cache does not answer: pages are served uncached."}
    return {"status": UP}


def check_private_storage():
    from people.storage import private_storage

    storage = private_storage()
    try:
        name = storage.save(f"health/{secrets.token_hex(8)}.txt", ContentFile(b"ok"))
        storage.delete(name)
    except OSError as error:
        logger.error("Health check: private storage is not writable (%s)", error)
        return {"status": DOWN, "detail": "Private uploads cannot be stored: internship applications are refused."}
    return {"status": UP}


def check_mail_queue(database_up):
    if not database_up:
        return {"status": UNKNOWN, "waiting": None}
    from home.mail import waiting_summary

    summary = waiting_summary()
    if not summary["waiting"]:
        return {"status": UP, "waiting": 0}
    return {
        "status": WAITING,
        "waiting": summary["waiting"],
        "oldest": summary["oldest"].isoformat(),
        "detail": "Emails are waiting for the mail server; send_queued_mail sends them when it answers.",
    }


def report():
    """``(http_status, body)``: 503 when the database is down, else 200; ``status`` says ok or degraded."""
    database = check_database()
    parts = {
        "database": database,
        "cache": check_cache(),
        "private_storage": check_private_storage(),
        "mail_queue": check_mail_queue(database["status"] == UP),
    }
    if database["status"] != UP:
        return 503, {"status": "unavailable", **parts}
    degraded = any(part["status"] != UP for part in parts.values())
    return 200, {"status": "degraded" if degraded else "ok", **parts}
