"""Every page type answers a reader in at most 15 database queries with no cache at all (issue 14).

Every cache is a dummy cache here, so nothing a page needs can come from one: what a page asks for is
what its querysets and templates ask for, as on the first request after a deploy or an edit. The count
is the same for the demo site (about ten publications) and for the site grown to 1,000 publications
with hundreds of press releases, appearances, staff and postings; ``make bench`` times the same pages.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

QUERY_BUDGET = 15
NO_CACHE = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}


@pytest.fixture
def no_cache(settings):
    """Every cache a dummy cache, and no page cache."""
    settings.CACHES = dict.fromkeys(settings.CACHES, NO_CACHE)
    settings.PAGE_CACHE_SECONDS = 0


def query_counts(client, pages):
    """``{page type: (queries, SQL)}`` of a request after a first one (which generates the renditions)."""
    counts = {}
    for page_type, path in pages.items():
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == (404 if page_type == "not found" else 200), page_type
        counts[page_type] = (len(queries), [query["sql"][:160] for query in queries.captured_queries])
    return counts


def grow_to_a_thousand_publications():
    from publications.models import PublicationPage

    call_command(
        "build_scale_site",
        publications=1000 - PublicationPage.objects.count(),
        releases=150,
        appearances=120,
        staff=30,
        internships=30,
        stdout=io.StringIO(),
    )
    assert PublicationPage.objects.live().count() >= 1000


@pytest.mark.django_db
@pytest.mark.usefixtures("no_cache")
def test_every_page_type_stays_within_the_budget_with_no_cache_at_any_size(client, client_pages):
    small = query_counts(client, client_pages)
    over = {name: count for name, (count, _sql) in small.items() if count > QUERY_BUDGET}
    assert not over, f"Over {QUERY_BUDGET} queries with no cache: {over}\n" + "\n".join(
        f"{name}:\n  " + "\n  ".join(small[name][1]) for name in over
    )

    grow_to_a_thousand_publications()
    large = query_counts(client, client_pages)
    grew = {name: (small[name][0], count) for name, (count, _sql) in large.items() if count != small[name][0]}
    assert not grew, f"Queries that grew with the site (10 → 1,000 publications): {grew}"
