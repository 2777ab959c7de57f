"""The base class of every page type of the project."""

from wagtail.models import Page, PageViewRestriction

from pages.core.restrictions import any_view_restrictions
from pages.core.safe_urls import check_safe_urls


class GlokalPage(Page):
    """A Wagtail page that does not query view restrictions when none exist on the site."""

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        check_safe_urls(self)  # however the page was written: pages/core/safe_urls.py

    def get_view_restrictions(self):
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
