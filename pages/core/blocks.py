"""The StreamField blocks every page type uses, composed into one `BaseStreamBlock`.

Each block also defines its API representation, so partner sites receive structured JSON
(an image with rendition URLs and its credit, a quote with its speaker) instead of HTML.

Every address a block carries follows pages/core/safe_urls.py: the link, paragraph and embed
blocks refuse an unsafe one in the editor, and their templates and API representations leave
out one that reached the database another way (partner sites render our API without our CSP).
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from pages.core.public_url import public_url
from pages.core.safe_urls import (
    safe_rich_text,
    safe_url_or_empty,
    unsafe_url_error,
    unsafe_urls_in_html,
    validate_safe_url,
)

# Rendition sizes offered to API consumers; the site's templates use the same filter specs
# so a rendition created for one is reused by the other.
API_RENDITIONS = {
    "thumbnail": "fill-400x225",
    "medium": "max-800x800",
    "large": "max-1600x1600",
}


def image_api_representation(image, renditions=API_RENDITIONS):
    """An image as JSON: its metadata and one URL per rendition size."""
    if image is None:
        return None
    by_spec = image.get_renditions(*renditions.values())
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text,
        "credit": getattr(image, "credit", ""),
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": public_url(by_spec[spec].url),
                "width": by_spec[spec].width,
                "height": by_spec[spec].height,
            }
            for name, spec in renditions.items()
        },
    }


class HeadingBlock(blocks.StructBlock):
    """A section heading inside a body; h2 or h3 so the outline stays valid."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(label=_("Level"), choices=[("h2", "H2"), ("h3", "H3")], default="h2")

    class Meta:
        icon = "title"
        template = "pages/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading (H2 or H3)")
        preview_value = {"text": "Umfangreiches Fachprogramm", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with the few inline features press texts need."""

    # The path recorded in the StreamField definitions of the migrations (see pages/blocks.py).
    canonical_module_path = "pages.blocks.ParagraphBlock"

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "document-link", "ol", "ul"])
        super().__init__(**kwargs)

    def clean(self, value):
        # Draftail drops javascript: links, but keeps ftp: and any text pasted as a link.
        value = super().clean(value)
        unsafe = unsafe_urls_in_html(value.source)
        if unsafe:
            raise ValidationError([unsafe_url_error(url) for url in unsafe])
        return value

    def get_context(self, value, parent_context=None):
        return super().get_context(safe_rich_text(value), parent_context=parent_context)

    def get_api_representation(self, value, context=None):
        return super().get_api_representation(safe_rich_text(value), context=context)

    class Meta:
        icon = "pilcrow"
        template = "pages/blocks/paragraph.html"
        label = _("Paragraph")
        description = _("Running text")
        preview_value = "<p>Sachsen und Niederschlesien sind Nachbarregionen.</p>"


class ImageBlock(blocks.StructBlock):
    """An image with caption and credit; the credit falls back to the image's own."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the credit stored with the image."),
    )

    class Meta:
        icon = "image"
        template = "pages/blocks/image.html"
        label = _("Image")
        description = _("An image with caption and credit")

    def get_api_representation(self, value, context=None):
        image = value.get("image")
        return {
            "image": image_api_representation(image),
            "caption": value.get("caption", ""),
            "credit": value.get("credit") or getattr(image, "credit", ""),
        }


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person who said it and their role, as press releases carry."""

    quote = blocks.TextBlock(label=_("Quote"))
    speaker = blocks.CharBlock(label=_("Speaker"), max_length=160)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "pages/blocks/quote.html"
        label = _("Quote")
        description = _("A quotation with speaker and role")
        preview_value = {
            "quote": "Die Zusammenarbeit schafft Vorteile für beide Seiten.",
            "speaker": "Erika Musterfrau",
            "role": "Geschäftsführerin",
        }


class DocumentBlock(blocks.StructBlock):
    """A downloadable document (a fact sheet, a programme) with an optional link text."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "pages/blocks/document.html"
        label = _("Document")
        description = _("A downloadable file")

    def get_api_representation(self, value, context=None):
        document = value.get("document")
        if document is None:
            return {"document": None, "title": value.get("title", "")}
        return {
            "document": {
                "id": document.pk,
                "title": document.title,
                "url": public_url(document.url),
                "extension": document.file_extension,
            },
            "title": value.get("title") or document.title,
        }


class LinkValue(blocks.StructValue):
    """A link block's value; `href` is its external address if that is safe, else ""."""

    @property
    def href(self):
        return safe_url_or_empty(self.get("url"))


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site (followed into the reader's language) or to a URL."""

    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External URL"), required=False)

    class Meta:
        icon = "link"
        template = "pages/blocks/link.html"
        label = _("Link")
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an external URL.")
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        try:
            validate_safe_url(value.get("url"))
        except ValidationError as error:
            raise blocks.StructBlockValidationError(
                block_errors={"url": ErrorList([error])}
            ) from error
        return value

    def get_api_representation(self, value, context=None):
        # The page as the editor chose it (in a translation: the source page). The site's
        # template follows it into the reader's language; the API leaves that to the client
        # (the linked page's `meta.translations`), so a listing costs no query per link.
        page = value.get("page")
        return {
            "title": value.get("title", ""),
            "url": page.full_url if page is not None else value.href,
            "page_id": page.pk if page is not None else None,
        }


class LinkListBlock(blocks.StructBlock):
    """A titled list of links ("Links:" under a press release)."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        template = "pages/blocks/link_list.html"
        label = _("Link list")
        description = _("A list of links with an optional heading")


class SafeEmbedBlock(EmbedBlock):
    """Wagtail's embed block whose address follows pages/core/safe_urls.py.

    Migrations record it as Wagtail's EmbedBlock: the stored value and the constructor's
    arguments are the same, only validation and the API representation differ.
    """

    canonical_module_path = "wagtail.embeds.blocks.EmbedBlock"

    def clean(self, value):
        validate_safe_url(self.get_prep_value(value))
        return super().clean(value)

    def get_api_representation(self, value, context=None):
        return safe_url_or_empty(self.get_prep_value(value))


class BaseStreamBlock(blocks.StreamBlock):
    """The body of every page type."""

    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    embed = SafeEmbedBlock(
        label=_("Embedded media"),
        icon="media",
        template="pages/blocks/embed.html",
        help_text=_("A video or audio URL from a supported provider."),
    )
    document = DocumentBlock()
    link_list = LinkListBlock()
