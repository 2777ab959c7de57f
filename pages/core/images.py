"""Helpers for listing images efficiently."""

from django.db.models import Prefetch
from wagtail.images import get_image_model


def listing_renditions(image_field: str, *filter_specs: str) -> Prefetch:
    """Prefetch the given renditions of `<image_field>` in one query.

    Use with `select_related(image_field)`: the image rows come with the page rows, and
    Wagtail's `get_rendition` finds the prefetched renditions instead of querying per image
    (the same cache `ImageQuerySet.prefetch_renditions` fills, minus its extra query).
    """
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec__in=filter_specs)
    )
    return Prefetch(f"{image_field}__renditions", queryset=renditions)
