"""The success story's own API fields (`SuccessStoryPage.api_fields`): its quote, its
participants and its related offers and events.

Imported by the stories' models while the app registry is being populated, so, like
pages/core/api_fields.py, this module imports no project models; the fields read only
attributes of the story and of what the stories' `PageTypeAPI` loads (pages/api/page_types.py).
"""

from wagtail.api.utils import get_full_url
from wagtail.models import Page

from pages.core.api_fields import WholeObjectField, choice_label, full_url_or_none


def story_quote(story):
    if not story.quote:
        return None
    return {"text": story.quote, "speaker": story.quote_speaker, "role": story.quote_role}


def story_participants(story):
    country_field = story.participants.model._meta.get_field("country")
    return [
        {
            "name": participant.name,
            "is_research": participant.is_research,
            "country": participant.country,
            "country_name": choice_label(participant.country, country_field.flatchoices),
            "region": {
                "id": participant.region.pk,
                "slug": participant.region.slug,
                "name": participant.region.name,
            }
            if participant.region_id
            else None,
        }
        for participant in story.participants.all()
    ]


#: Attribute where the story's PageTypeAPI leaves its related pages, resolved for the API.
RELATED_PAGES_ATTR = "_api_related_pages"


class RelatedPagesField(WholeObjectField):
    """A story's related offers and events in its language (where published), as id, title,
    type, page URL and API URL. Reads what the story's PageTypeAPI loaded for a response; a
    story serialised on its own resolves them itself."""

    def to_representation(self, story):
        pages = getattr(story, RELATED_PAGES_ATTR, None)
        if pages is None:
            pages = story.localized_related_pages()
        router, request = self.context["router"], self.context["request"]
        return [
            {
                "id": page.pk,
                "title": page.title,
                "type": page.specific_class._meta.label if page.specific_class else None,
                "html_url": full_url_or_none(page),
                "detail_url": get_full_url(
                    request, router.get_object_detail_urlpath(Page, page.pk)
                ),
            }
            for page in pages
        ]
