"""Fragments many pages repeat (listing cards, the footer) are rendered once per change of the site.

``{% cache_until_change %}`` keeps them under the page cache's generation, so they must follow every
edit at once, never show a draft, and never be used for a preview.
"""

from datetime import date

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from wagtail.models import Site

from home import page_cache
from home.demo import publish
from home.models import OrganisationSettings
from press.factories import make_appearances
from publications.factories import get_category, make_publication
from publications.models import PublicationPage


def listing(client, path="/publications/"):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_listing_cards_come_from_the_cache_until_anything_changes(client):
    publication = make_publication(title="Cards Kept Once", publication_date=date(2031, 1, 1))
    assert "Cards Kept Once" in listing(client)
    # A change made behind the site's back (no save signal) is not seen: the card is the cached one…
    PublicationPage.objects.filter(pk=publication.pk).update(title="Changed Behind The Back")
    assert "Cards Kept Once" in listing(client)
    # …until anything is saved, which moves the generation on.
    page_cache.invalidate_all()
    html = listing(client)
    assert "Changed Behind The Back" in html and "Cards Kept Once" not in html


@pytest.mark.django_db
def test_a_published_change_shows_on_every_card_at_once_and_a_draft_never(client):
    publication = make_publication(title="Card Before", publication_date=date(2031, 1, 2))
    assert "Card Before" in listing(client)
    assert "Card Before" in listing(client, "/publications/reports/")
    publication.title = "Card Draft Title"
    publication.save_revision()
    assert "Card Draft Title" not in listing(client)
    publication.title = "Card After"
    publish(publication)
    for path in ("/publications/", "/publications/reports/", "/"):
        html = listing(client, path)
        assert "Card After" in html and "Card Before" not in html, path


@pytest.mark.django_db
def test_a_renamed_category_shows_on_the_cards_at_once(client):
    make_publication(title="Category Card", publication_date=date(2031, 1, 3))
    assert "Category Card" in listing(client)
    category = get_category()
    old_name = category.name
    category.name = "Studies and Evidence"
    category.save()
    card = listing(client).split("Category Card")[1].split("</article>")[0]
    assert ">Studies and Evidence<" in card and f">{old_name}<" not in card


@pytest.mark.django_db
def test_appearance_items_follow_an_edit(client):
    (appearance,) = make_appearances(1, years=[2031])
    assert appearance.headline in listing(client, "/press/appearances/")
    appearance.headline = "A corrected headline for the appearance"
    appearance.save()
    assert "A corrected headline for the appearance" in listing(client, "/press/appearances/")


@pytest.mark.django_db
def test_the_footer_follows_an_edit_of_the_organisation(client):
    assert "Sex Workers Project is a project of" in listing(client, "/about/")
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "SWP Renamed"
    settings.save()
    html = listing(client, "/contact/")
    assert "SWP Renamed is a project of" in html


@pytest.mark.django_db
def test_previews_and_renders_without_a_request_are_never_cached():
    template = Template('{% load swp_tags %}{% cache_until_change "test" %}{{ value }}{% endcache_until_change %}')
    request = RequestFactory().get("/")
    assert template.render(Context({"request": request, "value": "first"})) == "first"
    assert template.render(Context({"request": RequestFactory().get("/"), "value": "second"})) == "first"
    preview = RequestFactory().get("/")
    preview.is_preview = True
    assert template.render(Context({"request": preview, "value": "preview"})) == "preview"
    assert template.render(Context({"value": "no request"})) == "no request"


@pytest.mark.django_db
def test_fragments_are_kept_apart_by_the_values_named_and_by_host():
    template = Template('{% load swp_tags %}{% cache_until_change "test" key %}{{ value }}{% endcache_until_change %}')

    def render(key, value, host="testserver"):
        return template.render(
            Context({"request": RequestFactory().get("/", HTTP_HOST=host), "key": key, "value": value})
        )

    assert render(1, "one") == "one"
    assert render(2, "two") == "two"
    assert render(1, "again") == "one"
    assert render(1, "other host", host="other.example") == "other host"


def test_a_fragment_name_must_be_quoted():
    from django.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        Template("{% load swp_tags %}{% cache_until_change name %}x{% endcache_until_change %}")


@pytest.mark.django_db
def test_staff_cards_follow_a_published_edit(client):
    from people.models import StaffBioPage

    bio = StaffBioPage.objects.live().first()
    assert bio.role in listing(client, "/about/staff/")
    bio.role = "Director of Everything Tested"
    publish(bio)
    for path in ("/about/staff/", "/about/"):
        assert "Director of Everything Tested" in listing(client, path), path


def queries_for(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/publications/", "/publications/reports/", "/press/releases/"])
def test_a_warm_listing_asks_the_database_only_for_the_ids_on_the_page(client, path):
    client.get(path)
    (only,) = queries_for(client, path)
    assert only.startswith('SELECT "publications_publicationpage"."page_ptr_id" FROM') or only.startswith(
        'SELECT "press_pressreleasepage"."page_ptr_id" FROM'
    )


@pytest.mark.django_db
def test_after_an_edit_every_card_is_loaded_in_one_batch_whatever_their_number(client):
    from publications.factories import make_category, make_many_publications

    category = make_category(name="Batch", slug="batch")
    make_many_publications(3, category=category)
    page_cache.invalidate_all()
    listing(client, "/publications/batch/")  # settings, menus and the like, loaded once for the generation
    page_cache.invalidate_all()
    few = len(queries_for(client, "/publications/batch/"))
    make_many_publications(20, category=category)
    listing(client, "/publications/batch/")
    page_cache.invalidate_all()
    many = len(queries_for(client, "/publications/batch/"))
    assert few == many


@pytest.mark.django_db
def test_a_card_gone_from_the_cache_before_it_renders_still_renders_right(rf):
    from django.core.cache import cache
    from django.template.loader import render_to_string

    from home import fragments
    from publications.models import PUBLICATION_ORDER, load_publication_cards

    make_publication(title="Light Card", publication_date=date(2031, 1, 4))
    request = rf.get("/publications/")
    light = list(PublicationPage.objects.live().order_by(*PUBLICATION_ORDER).only("pk")[:3])
    full = {page.pk: page for page in load_publication_cards([page.pk for page in light])}
    expected = [
        render_to_string("publications/includes/publication_card.html", {"item": full[page.pk]}) for page in light
    ]
    # Every card is in the cache: nothing is loaded.
    for page in light:
        render_to_string("publications/includes/publication_card.html", {"item": full[page.pk], "request": request})
    items = fragments.load_where_not_kept(
        request, light, "publication-card", lambda item: [item.pk, "h2"], load_publication_cards
    )
    assert items == light and all(item is page for item, page in zip(items, light, strict=True))
    # Then every cache loses them before they render: the light objects still give the same cards.
    cache.clear()
    fragments._kept.clear()
    rendered = [
        render_to_string("publications/includes/publication_card.html", {"item": item, "request": request})
        for item in items
    ]
    assert rendered == expected
    assert "Light Card" in rendered[0]


@pytest.mark.django_db
def test_filter_choices_are_kept_apart_by_what_is_selected(client):
    make_publication(title="Filtered Card", publication_date=date(2003, 5, 1), topics=["policing"])
    selected = '<option value="2003" selected>2003</option>'
    assert selected in listing(client, "/publications/?year=2003")
    assert selected not in listing(client, "/publications/")
    assert selected in listing(client, "/publications/?year=2003")
    assert selected not in listing(client, "/publications/reports/")
    assert '<option value="policing" selected>' in listing(client, "/publications/?topic=policing")
    assert '<option value="policing" selected>' not in listing(client, "/publications/?year=2003")
