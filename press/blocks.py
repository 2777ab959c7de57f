"""Press-specific compositions of the shared blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from pages.core.blocks import DocumentBlock, ImageBlock, LinkBlock


class PressMediaBlock(blocks.StreamBlock):
    """Press photos and documents journalists may download ("Medien")."""

    image = ImageBlock(template="press/blocks/media_image.html")
    document = DocumentBlock()

    class Meta:
        label = _("Media")


class RelatedLinksBlock(blocks.StreamBlock):
    """The "Links" list under a release: other pages of the site or external addresses."""

    link = LinkBlock()

    class Meta:
        label = _("Related links")
