"""RSS 2.0 and Atom feeds of one press room (so one language), optionally for one topic.

Every link is absolute on the public base URL: Django would otherwise prefix relative links
with the request's host, which behind a proxy may be a web node's own address.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from pages.core.public_url import public_url

FEED_LENGTH = 20


class PressReleaseRssFeed(Feed):
    """The feed's language is the active one, which the URL prefix (/de/, /pl/ …) sets."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        return index_page.title

    def link(self, index_page):
        return index_page.get_full_url(self.request)

    def description(self, index_page):
        return index_page.intro or index_page.title

    def feed_url(self, index_page):
        return public_url(self.request.path)

    def items(self, index_page):
        releases = index_page.releases()
        topic = self.request.GET.get("topic")
        if topic:
            releases = releases.filter(topic_links__topic__slug=topic)
        return releases[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        # Stable across URL changes: the release's id in this language tree.
        return f"urn:glokal:press-release:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at

    def item_categories(self, item):
        return [link.topic.name for link in item.topic_links.all()]


class PressReleaseAtomFeed(PressReleaseRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index_page):
        return index_page.intro or index_page.title
