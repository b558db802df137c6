"""RSS feeds of the latest publications: /publications/feed/ and /publications/<category>/feed/.

Served by PublicationIndexPage's routes; one feed object per request.
"""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from home.models import OrganisationSettings

from .models import publication_card_queryset

FEED_LENGTH = 20


class PublicationFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index, category=None):
        super().__init__()
        self.index = index
        self.category = category

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.organisation = OrganisationSettings.for_request(request)
        return super().__call__(request, *args, **kwargs)

    def _listing_url(self):
        if self.category is not None:
            return self.index.category_url(self.category, self.request)
        return self.index.get_url(self.request)

    def title(self):
        section = self.category.name if self.category is not None else _("Publications")
        return f"{self.organisation.name}: {section}"

    def link(self):
        return self.request.build_absolute_uri(self._listing_url())

    def feed_url(self):
        return self.request.build_absolute_uri(self.request.path)

    def description(self):
        if self.category is not None and self.category.description:
            return self.category.description
        return self.index.introduction or _("The latest publications of the %(name)s.") % {
            "name": self.organisation.name
        }

    def items(self):
        publications = self.index.publications()
        if self.category is not None:
            # Of any copy of the category (a translated publication may still have the English one).
            publications = publications.filter(category__translation_key=self.category.translation_key)
        return list(publication_card_queryset(publications)[:FEED_LENGTH])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_pubdate(self, item):
        day = item.date
        if day is None:
            return None
        return timezone.make_aware(datetime.combine(day, time(12, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return ", ".join(item.author_list) or item.partner_organisation or self.organisation.name

    def item_categories(self, item):
        return [item.category.name]

    def item_enclosures(self, item):
        document = item.document
        if document is None:
            return []
        from .documents import document_address

        return [
            Enclosure(
                self.request.build_absolute_uri(document_address(item, self.request) or document.url),
                str(document.file_size or 0),
                document.content_type,
            )
        ]
