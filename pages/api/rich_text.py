"""Rich text fields in the API without unsafe link addresses (pages/core/safe_urls.py).

Partner sites insert what the API gives them into their own pages, without our Content
Security Policy, so the API never hands out a `javascript:` link, in whichever of Wagtail's
`?rich_text_format=` formats it is asked for. StreamField paragraphs clean their own value
(pages/core/blocks.py); this covers `RichTextField`s of models (a story's challenge).
"""

from wagtail.api.v2.serializers import RichTextFieldSerializer

from pages.core.safe_urls import without_unsafe_urls


class SafeRichTextFieldSerializer(RichTextFieldSerializer):
    def to_representation(self, value):
        return super().to_representation(without_unsafe_urls(value) if value else value)
