"""Press releases in the pages endpoint: what to prefetch, and the ?topic= and ?year= filters.

Used as /api/v2/pages/?type=press.PressReleasePage&topic=life-sciences&year=2025. Topic slugs
are synchronised across translations, so the same slug filters releases in every language.
"""

import datetime

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from wagtail.api.v2.utils import BadRequestError

from pages.core.api_fields import PageTypeAPI, api_images
from pages.core.models.taxonomy import Topic

from .models import PressReleaseContact, PressReleasePage, PressReleaseTopic


class PressReleaseAPI(PageTypeAPI):
    model = PressReleasePage
    filter_parameters = frozenset({"topic", "year"})

    def prefetches(self, field_names):
        lookups = []
        if "topics" in field_names:
            topic_links = PressReleaseTopic.objects.select_related("topic").order_by(
                "sort_order", "pk"
            )
            lookups.append(Prefetch("topic_links", queryset=topic_links))
        if "contacts" in field_names:
            contact_links = PressReleaseContact.objects.select_related("contact").order_by(
                "sort_order"
            )
            lookups += [
                Prefetch("contact_links", queryset=contact_links),
                Prefetch("contact_links__contact__photo", queryset=api_images()),
            ]
        return lookups

    def filter_queryset(self, request, queryset):
        if "topic" in request.GET:
            queryset = self.filter_by_topic(queryset, request.GET["topic"])
        if "year" in request.GET:
            queryset = self.filter_by_year(queryset, request.GET["year"])
        return queryset

    def filter_by_topic(self, queryset, slug):
        # A slug that names no topic is a client error (a typo, a stale link), as on the
        # press room's own filter; a topic without releases simply gives an empty list.
        if not Topic.objects.filter(slug=slug).exists():
            raise BadRequestError(_("There is no topic “%(slug)s”.") % {"slug": slug})
        # A subquery rather than a join, so a release is listed once and search still works.
        tagged = PressReleaseTopic.objects.filter(topic__slug=slug).values("page_id")
        return queryset.filter(pk__in=tagged)

    def filter_by_year(self, queryset, value):
        try:
            year = int(value)
            first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        except (ValueError, OverflowError) as error:
            raise BadRequestError(
                _("year must be a year between %(min)d and %(max)d.")
                % {"min": datetime.MINYEAR, "max": datetime.MAXYEAR}
            ) from error
        # A date range rather than date__year: `date` is indexed for search filtering.
        return queryset.filter(date__gte=first, date__lte=last)
