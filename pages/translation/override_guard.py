"""Unsafe link addresses are refused where a translator types them: the override endpoint.

wagtail-localize makes every link address of a page overridable in its translation editor
(URL and embed blocks, the hrefs of rich text links, URL fields) and stores what the
translator sends (`edit_translation.edit_override`, a PUT with `value`) without looking at it.
`GlokalPage.clean()` keeps such a value off the page when the translation is published or
synced; this guard refuses it before it is stored, with a 400 and the message of
pages/core/safe_urls.py, so the translator learns at once and no unsafe override waits in
the database for the next sync.

`install()` puts `guarded_edit_override` in place of wagtail-localize's view, which its
`register_admin_urls` hook looks up as a module global when the admin URLs are built (after
`PagesConfig.ready()`, which calls `install()`). The guard wraps whatever view is there, so
another guard installed on the same endpoint keeps working.
"""

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from modelcluster.fields import ParentalKey
from rest_framework import status
from rest_framework.authentication import SessionAuthentication
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail_localize.models import OverridableSegment, Translation
from wagtail_localize.views import edit_translation

from pages.core.safe_urls import is_safe_url, is_url_block, is_url_field, unsafe_url_error


def _block_at(block, names):
    for name in names:
        if isinstance(block, blocks.ListBlock):
            block = block.child_block  # wagtail-localize names list items "item"
            continue
        block = block.child_blocks[name]
    return block


def _carries_url(model, names):
    field = model._meta.get_field(names[0])
    if isinstance(field, StreamField):
        return is_url_block(_block_at(field.stream_block, names[1:]))
    if isinstance(field, models.ManyToOneRel) and isinstance(field.remote_field, ParentalKey):
        return _carries_url(field.related_model, names[1:])
    return is_url_field(field)


def segment_carries_url(source_instance, context):
    """Whether the overridable segment at `context` holds a link address.

    A rich text link's href is a segment whose last path component is the quoted address
    (wagtail-localize's `quote_path_component`); other paths name a block or a field. A path
    that no longer resolves (the model changed since the source was extracted) counts as an
    address: the guard fails closed, and safe values still pass.
    """
    if "'" in context.path:
        return True
    try:
        names = context.get_field_path(source_instance).split(".")
        return _carries_url(type(source_instance), names)
    except (FieldDoesNotExist, KeyError, IndexError, AttributeError):
        return True


def refusal(translation, segment, value):
    """The 400 response for an unsafe address in `segment`, or None to let it through."""
    if is_safe_url(value):
        return None
    if not segment_carries_url(translation.source.get_source_instance(), segment.context):
        return None
    error = unsafe_url_error(value)
    return Response(
        {"detail": error.message % error.params, "code": error.code},
        status=status.HTTP_400_BAD_REQUEST,
    )


def _guard(view):
    @api_view(["PUT", "DELETE"])
    @permission_classes([IsAuthenticated])
    @authentication_classes([SessionAuthentication])
    def guarded_edit_override(request, translation_id, overridable_segment_id):
        if request.method == "PUT":
            translation = get_object_or_404(Translation, id=translation_id)
            segment = get_object_or_404(
                OverridableSegment.objects.select_related("context"), id=overridable_segment_id
            )
            if segment.context.object_id != translation.source.object_id:
                raise Http404
            # The same permission check as the view it wraps, first: a user who may not
            # edit the translation learns nothing about its segments.
            instance = translation.get_target_instance()
            if not edit_translation.user_can_edit_instance(request.user, instance):
                raise PermissionDenied
            response = refusal(translation, segment, request.POST.get("value", ""))
            if response is not None:
                return response
        # DRF has parsed the body into the Django request, so the wrapped view reads it too.
        return view(request._request, translation_id, overridable_segment_id)

    guarded_edit_override.glokal_safe_urls = True
    guarded_edit_override.__wrapped__ = view
    return guarded_edit_override


def install():
    """Put the guard in front of wagtail-localize's override endpoint; idempotent."""
    if not getattr(edit_translation.edit_override, "glokal_safe_urls", False):
        edit_translation.edit_override = _guard(edit_translation.edit_override)
