"""Every page type answers a reader in at most 12 database queries (issue #9), whatever the site's size.

The per-section tests check that counts do not grow with the number of items (10 against 300 items),
and ``make bench`` measures them at 1,000 publications; this one holds every page type of the demo site
to the budget on a warm request (settings and the private sections already cached, as on a live site;
the full-page cache is off, so the page is really rendered).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

QUERY_BUDGET = 12


@pytest.mark.django_db
def test_every_page_type_stays_within_the_query_budget(client, client_pages):
    over = {}
    for page_type, path in client_pages.items():
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == (404 if page_type == "not found" else 200), page_type
        if len(queries) > QUERY_BUDGET:
            over[page_type] = (len(queries), [query["sql"][:120] for query in queries.captured_queries])
    assert not over, f"Over {QUERY_BUDGET} queries: " + "; ".join(f"{name}: {n}" for name, (n, _) in over.items())
