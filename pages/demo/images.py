"""Demo images, drawn with Pillow when first needed.

The demo must load on a machine without network access and must not ship photographs whose
rights nobody can vouch for, so every image is generated: a colour gradient with a few soft
shapes and a short label for heroes and press photos, a silhouette with initials for portraits.
Images are found again by title, so a second run reuses them instead of drawing duplicates.
"""

import io
import random
from dataclasses import dataclass

from django.core.files.images import ImageFile
from PIL import Image, ImageColor, ImageDraw, ImageFont
from wagtail.utils.file import hash_filelike

from pages.core.models.images import GlokalImage

DEMO_CREDIT = "Glokal Demo"
HERO_SIZE = (1600, 900)
PORTRAIT_SIZE = (600, 600)
_FONT_FILE = "DejaVuSans-Bold.ttf"


@dataclass(frozen=True)
class ImageSpec:
    key: str  # how loaders refer to the image (ctx.images[key])
    title: str  # unique; how the image is found again on the next run
    label: str  # the short text drawn onto the image
    colours: tuple[str, str]  # gradient from left to right
    portrait: bool = False  # a silhouette with the label as initials
    description: str = ""  # the alt text, in German like all source content

    @property
    def size(self):
        return PORTRAIT_SIZE if self.portrait else HERO_SIZE

    @property
    def alt_text(self):
        return self.description or f"Generierte Grafik mit dem Schriftzug „{self.label}“"


def ensure_images(ctx, specs: list[ImageSpec]) -> list[GlokalImage]:
    """Make sure an image exists for every spec and register it in `ctx.images`."""
    images = []
    for spec in specs:
        image = GlokalImage.objects.filter(title=spec.title).first()
        if image is None:
            image = _create(spec)
        elif (image.description, image.credit) != (spec.alt_text, DEMO_CREDIT):
            image.description, image.credit = spec.alt_text, DEMO_CREDIT
            image.save(update_fields=["description", "credit"])
        ctx.images[spec.key] = image
        images.append(image)
    return images


def _create(spec: ImageSpec) -> GlokalImage:
    data = render(spec)
    image = GlokalImage(
        title=spec.title,
        description=spec.alt_text,
        credit=DEMO_CREDIT,
        file=ImageFile(io.BytesIO(data), name=f"demo-{spec.key.replace('.', '-')}.jpg"),
        file_size=len(data),
        file_hash=hash_filelike(io.BytesIO(data)),
    )
    image.save()
    return image


def render(spec: ImageSpec) -> bytes:
    """The JPEG bytes of a spec's image; the same spec always draws the same picture."""
    width, height = spec.size
    start, end = (Image.new("RGB", spec.size, ImageColor.getrgb(c)) for c in spec.colours)
    mask = Image.linear_gradient("L").rotate(90).resize(spec.size)
    # The mask rises from left to right, so the first colour ends up on the left.
    picture = Image.composite(end, start, mask).convert("RGBA")

    overlay = Image.new("RGBA", spec.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    if spec.portrait:
        _draw_silhouette(draw, width, height)
    else:
        _draw_shapes(draw, width, height, random.Random(spec.key))
    picture = Image.alpha_composite(picture, overlay)

    draw = ImageDraw.Draw(picture)
    if spec.portrait:
        font = _font(height // 6)
        draw.text((width / 2, height * 0.36), spec.label, font=font, anchor="mm", fill="white")
    else:
        font = _font(height // 14)
        margin = height // 14
        draw.text(
            (margin + 3, height - margin + 3),
            spec.label,
            font=font,
            anchor="ls",
            fill=(0, 0, 0, 110),
        )
        draw.text((margin, height - margin), spec.label, font=font, anchor="ls", fill="white")
    small = _font(max(14, height // 40))
    draw.text(
        (width - 16, height - 14), DEMO_CREDIT, font=small, anchor="rs", fill=(255, 255, 255, 200)
    )

    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def _draw_shapes(draw, width, height, rng):
    for _ in range(7):
        radius = rng.randint(height // 8, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        shade = rng.choice([(255, 255, 255), (0, 0, 0)])
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius), fill=(*shade, rng.randint(18, 60))
        )
    for index in range(5):
        y = height * (0.2 + index * 0.12)
        draw.line((0, y, width, y - height * 0.25), fill=(255, 255, 255, 40), width=3)


def _draw_silhouette(draw, width, height):
    tone = (255, 255, 255, 70)
    draw.ellipse((width * 0.3, height * 0.16, width * 0.7, height * 0.56), fill=tone)
    draw.ellipse((width * 0.12, height * 0.62, width * 0.88, height * 1.3), fill=tone)


def _font(size):
    """DejaVu where installed (it has ł, ř and ů); Pillow's own font otherwise."""
    try:
        return ImageFont.truetype(_FONT_FILE, size)
    except OSError:
        return ImageFont.load_default(size=size)
