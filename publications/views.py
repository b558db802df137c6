"""The publications listing: /publications/ and /publications/<category>/, with filters.

Filters live in the query string so every result can be shared: ``q`` (keywords, also
searched inside the PDFs), ``year``, ``topic``, ``page``; and ``category`` on the index, which
redirects to the category's own address (``?category=reports`` -> ``/publications/reports/``).
A value the site does not know gives the normal page with a clear notice, never an error.
The number of queries does not depend on the number of publications.
"""

import logging
import re

from django.db import DatabaseError, transaction
from django.http import HttpResponseRedirect, QueryDict
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from caching import keys
from home.breadcrumbs import breadcrumb_ancestors
from home.inputs import SEARCH_MAX_LENGTH, clean_query, shown
from home.structured_data import breadcrumb_list_json_ld
from home.translations import one_per_translation
from home.views import paginate

from .models import PublicationPage, PublicationTopic, Topic, covers, publication_card_queryset, year_from

logger = logging.getLogger(__name__)

FILTER_PARAMS = ("q", "year", "topic", "page")
NOT_A_WORD = re.compile(r"[^\w\s]+")


def search_terms(query):
    """Only the words of a query: the search backends treat quotes and other signs as syntax."""
    return " ".join(NOT_A_WORD.sub(" ", query).split())


def matching_ids(publications, terms):
    """The ids of the publications matching ``terms``, in one query, whatever the number of publications.

    Every word must match, in the title, summary, authors, topics or the text inside the PDF; the other
    filters then narrow the result in the database.
    """
    try:
        with transaction.atomic():
            return [page.pk for page in publications.search(terms, operator="and", order_by_relevance=False)]
    except DatabaseError:
        logger.exception("Publications search failed for %r", terms)
        return []


def canonical_redirect(index, request, category):
    """Where to redirect a filter form's submission, or None when the address is already tidy.

    Empty fields are dropped and a known ``category`` moves into the path. Unknown values stay
    in the address, so the page can say what was not found.
    """
    target = category
    changed = False
    kept = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        for value in values:
            if key == "category":
                slug = value.strip()
                if not slug:
                    target, changed = None, True
                elif (found := index.get_category(slug)) is not None:
                    target, changed = found, True
                else:
                    kept.appendlist(key, value)
            elif key in FILTER_PARAMS and not value.strip():
                changed = True
            else:
                kept.appendlist(key, value)
    if not changed:
        return None
    url = index.category_url(target, request) if target is not None else index.get_url(request)
    query = kept.urlencode()
    return HttpResponseRedirect(f"{url}?{query}" if query else url)


def describe_results(count, category=None, topic=None, year=None, query=""):
    """What the listing shows, such as "3 publications in Reports about “policing” from 2020 matching “x”".

    Each filter adds its own phrase after the count, in the order the filters appear on the form.
    """
    parts = [ngettext("%(count)s publication", "%(count)s publications", count) % {"count": count}]
    if category is not None:
        # Translators: follows "3 publications"; the name of a category of publications, such as Reports.
        parts.append(_("in %(category)s") % {"category": category.name})
    if topic is not None:
        # Translators: follows "3 publications"; a topic the publications are about.
        parts.append(_("about “%(topic)s”") % {"topic": topic.name})
    if year is not None:
        # Translators: follows "3 publications"; the year they were published.
        parts.append(_("from %(year)s") % {"year": year})
    if query:
        # Translators: follows "3 publications"; the words a visitor searched for.
        parts.append(ngettext("matching “%(query)s”", "matching “%(query)s”", count) % {"query": query})
    return " ".join(parts)


def publication_listing(index, request, category=None):
    redirect = canonical_redirect(index, request, category)
    if redirect is not None:
        return redirect

    notices = []
    everything = index.publications()
    # A category's copies share a translation key: the section lists its own language's copy, or the English
    # one while it has none, and its publications are those of either.
    base = everything.filter(category__translation_key=category.translation_key) if category is not None else everything
    raw_category = request.GET.get("category", "").strip()
    if raw_category:
        if category is not None:
            notice = _("There is no category “%(value)s”; showing %(category)s.")
        else:
            notice = _("There is no category “%(value)s”; showing all categories.")
        notices.append(notice % {"value": shown(raw_category), "category": category.name if category else ""})

    # The years and topics to choose from: one aggregated query each, whatever the number of publications.
    years = [day.year for day in base.order_by().dates("publication_date", "year", order="DESC")]
    # Topics in the section's language: the copies of the topics its publications have (English, for a
    # translated publication), in its language where they have one.
    used = Topic.objects.filter(tagged_publications__content_object__in=base).values("translation_key")
    topics = one_per_translation(Topic.objects.filter(translation_key__in=used), index.locale_id)

    items = base
    selected_year = None
    raw_year = request.GET.get("year", "").strip()
    if raw_year:
        year = year_from(raw_year)
        if year is None:
            notices.append(_("“%(value)s” is not a year; showing all years.") % {"value": shown(raw_year)})
        elif year not in years:
            notices.append(_("There are no publications from %(year)s here; showing all years.") % {"year": year})
        else:
            selected_year = year
            keys.chose(request, "year", year)
            items = items.filter(publication_date__year=year)

    selected_topic = None
    raw_topic = request.GET.get("topic", "").strip()
    if raw_topic:
        selected_topic = next((topic for topic in topics if topic.slug == raw_topic), None)
        if selected_topic is None:
            notices.append(_("There is no topic “%(value)s”; showing all topics.") % {"value": shown(raw_topic)})
        else:
            keys.chose(request, "topic", selected_topic.slug)
            tagged = PublicationTopic.objects.filter(tag__translation_key=selected_topic.translation_key)
            items = items.filter(pk__in=tagged.values("content_object"))

    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    if len(raw_query) > SEARCH_MAX_LENGTH:
        notices.append(
            _("Your search was long, so only its first %(length)s characters were used.")
            % {"length": SEARCH_MAX_LENGTH}
        )
    if query:
        terms = search_terms(query)
        if not terms:
            notices.append(
                _("“%(value)s” has no words to search for; showing all publications.") % {"value": shown(query)}
            )
        else:
            # The search backend is asked about the live publications; privacy is applied with the other
            # filters, in the database (search backends cannot read public_q's subquery).
            searchable = PublicationPage.objects.child_of(index).live()
            items = items.filter(pk__in=matching_ids(searchable, terms))

    # One query counts the matches, one loads the page's cards with what they show; their covers' renditions
    # come with the page's own images, in index.get_context below.
    page_obj = paginate(request, publication_card_queryset(items, renditions=False), index.per_page)
    publications = list(page_obj.object_list)
    raw_page = request.GET.get("page")
    if raw_page is not None and raw_page.strip() != str(page_obj.number):
        notices.append(
            _("There is no page “%(value)s”; showing page %(number)s.")
            % {"value": shown(raw_page), "number": page_obj.number}
        )

    result_summary = describe_results(page_obj.paginator.count, category, selected_topic, selected_year, query)

    index_url = index.get_url(request)
    listing_url = index.category_url(category, request) if category is not None else index_url
    crumbs = breadcrumb_ancestors(request, index)
    breadcrumb_items = [*crumbs, {"title": index.title, "url": index_url}]
    if category is not None:
        breadcrumb_items.append({"title": category.name, "url": listing_url})

    context = index.get_context(request, images=covers(publications))
    context.update(
        {
            "category": category,
            "categories": index.categories,
            "years": years,
            "topics": topics,
            "search_query": query,
            "selected_year": selected_year,
            "selected_topic": selected_topic,
            "filtered": bool(query or selected_year or selected_topic),
            "page_obj": page_obj,
            "publications": publications,
            "result_summary": result_summary,
            "notices": notices,
            "index_url": index_url,
            "listing_url": listing_url,
            "canonical": (index.get_full_url(request) or request.build_absolute_uri(index_url))
            + listing_url.removeprefix(index_url),
            "heading": category.name if category is not None else index.title,
            "description": (category.description if category is not None else index.introduction),
            "crumbs": crumbs,
            "breadcrumb_json_ld": breadcrumb_list_json_ld(breadcrumb_items, request),
            "feed_url": index_url + index.reverse_subpage("feed"),
            "category_feed_url": (
                index_url + index.reverse_subpage("category_feed", kwargs={"category_slug": category.slug})
                if category is not None
                else ""
            ),
        }
    )
    return TemplateResponse(request, index.get_template(request), context)
