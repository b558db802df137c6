"""After a bulk load the database's planner knows how big the tables are (home/database.py)."""

import pytest
from django.db import connection

from home.database import refresh_statistics


@pytest.mark.django_db
def test_refreshing_statistics_records_the_page_table_for_the_planner():
    refresh_statistics()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT count(*) FROM pg_stats WHERE tablename = 'wagtailcore_page'")
        else:  # SQLite keeps them in sqlite_stat1, which exists only once ANALYZE has run
            cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'")
        assert cursor.fetchone()[0] > 0
