"""RSS feed of press releases, served by the press index at /press/feed/."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from .models import FEED_ITEMS


class PressReleaseFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.request = None
        self.org = None

    def __call__(self, request, *args, **kwargs):
        from home.models import OrganisationSettings

        self.request = request
        self.org = OrganisationSettings.for_request(request)
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("%(name)s: press releases") % {"name": self.org.name}

    def link(self):
        return self.index.get_full_url(self.request) + self.index.reverse_subpage("releases")

    def feed_url(self):
        return self.request.build_absolute_uri()

    def description(self):
        return self.index.releases_introduction or _(
            "Statements and press releases from the %(name)s of the %(parent)s."
        ) % {"name": self.org.name, "parent": self.org.parent_organisation}

    def author_name(self):
        return self.org.name

    def items(self):
        return list(self.index.releases()[:FEED_ITEMS])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.release_date

    def item_updateddate(self, item):
        return item.last_published_at or item.release_date

    def item_author_name(self, item):
        return self.org.name
