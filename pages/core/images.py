"""Helpers for listing images efficiently."""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_renditions_or_not_found


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


def rendition_of(image, spec: str):
    """`image.get_rendition(spec)` as `{% image %}` gets it, without its cache write.

    Wagtail writes a rendition back to the rendition cache on every lookup that did not come
    from prefetched renditions, even when it was just read from that cache: a file write per
    image per page view with the embedded file cache. Here a cache hit is only read; what the
    cache lacks is looked up (and cached) by Wagtail, a missing source file gives its
    "not found" rendition.
    """
    if image._get_prefetched_renditions() is None:
        Rendition = image.get_rendition_model()
        cleaned = image.clean_filter_for_svg(Filter(spec=spec))
        key = Rendition.construct_cache_key(image, cleaned.get_cache_key(image), cleaned.spec)
        found = Rendition.cache_backend.get(key)
        if found is not None:
            found.image = image  # as Wagtail does: this instance's alt text and credit
            return found
    # Keyed by the cleaned spec, which differs from `spec` for an SVG.
    return next(iter(get_renditions_or_not_found(image, [spec]).values()))
