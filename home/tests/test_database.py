"""After a bulk load the database's planner knows how big the tables are (home/database.py)."""

import pytest
from django.db import connection

from home.database import refresh_statistics

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages


@pytest.mark.usefixtures("page_tree")
def test_refreshing_statistics_records_the_page_table_for_the_planner():
    refresh_statistics()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT count(*) FROM pg_stats WHERE tablename = 'wagtailcore_page'")
        else:  # SQLite keeps them in sqlite_stat1, which exists only once ANALYZE has run
            cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'")
        assert cursor.fetchone()[0] > 0


# --- SQLite serving a web site (swpsite.settings.base.sqlite_for_web) ---------------------------


def _concurrent_writes(database, writers=3):
    """``writers`` threads that each read, then write, in one transaction, all at the same moment.

    This is what the admin's autosave and a Submit do together. Returns the errors, the rows written
    and the database's journal mode.
    """
    import contextlib
    import threading
    import uuid

    from django.db import connections, transaction
    from django.db.utils import OperationalError

    # A database of its own next to the suite's, used through Django exactly as the site uses its own.
    alias = f"concurrency_{uuid.uuid4().hex[:8]}"
    connections.settings[alias] = connections.configure_settings({"default": database})["default"]
    with connections[alias].cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS edit (id INTEGER PRIMARY KEY, body TEXT)")
    connections[alias].close()
    all_read = threading.Barrier(writers, timeout=1)
    errors = []

    def write(number):
        try:
            with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                cursor.execute("SELECT count(*) FROM edit")
                cursor.fetchone()
                with contextlib.suppress(threading.BrokenBarrierError):
                    all_read.wait()  # the others have read too (or are queued behind this one)
                cursor.execute("INSERT INTO edit (body) VALUES (%s)", [f"revision {number}"])
        except OperationalError as error:
            errors.append(str(error))
        finally:
            connections[alias].close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT count(*) FROM edit")
            rows = cursor.fetchone()[0]
            cursor.execute("PRAGMA journal_mode")
            journal = cursor.fetchone()[0]
    finally:
        connections[alias].close()
        del connections.settings[alias]
    return errors, rows, journal


def _sqlite_file(tmp_path, name):
    import dj_database_url

    return dj_database_url.parse(f"sqlite:///{tmp_path / name}")


def test_sqlite_as_configured_lets_concurrent_writers_wait_for_each_other(tmp_path, django_db_blocker):
    from swpsite.settings.base import sqlite_for_web

    with django_db_blocker.unblock():
        errors, rows, journal = _concurrent_writes(sqlite_for_web(_sqlite_file(tmp_path, "site.sqlite3")))
    assert errors == []
    assert rows == 3
    assert journal == "wal"


def test_sqlite_left_as_it_comes_fails_with_database_is_locked(tmp_path, django_db_blocker):
    """The same writes without the settings: what made Submit a 500 under make run."""
    with django_db_blocker.unblock():
        errors, rows, _journal = _concurrent_writes(_sqlite_file(tmp_path, "plain.sqlite3"))
    assert errors and all("database is locked" in error for error in errors)
    assert rows < 3


def test_the_site_uses_the_write_ahead_log_and_immediate_transactions_on_sqlite(tmp_path):
    from django.conf import settings

    from swpsite.settings.base import sqlite_for_web

    options = sqlite_for_web(_sqlite_file(tmp_path, "wal.sqlite3"))["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE" and options["timeout"] >= 5
    assert "journal_mode=WAL" in options["init_command"]
    postgres = {"ENGINE": "django.db.backends.postgresql", "NAME": "swp"}
    assert "OPTIONS" not in sqlite_for_web(postgres)
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        assert settings.DATABASES["default"]["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
