"""The project's image model: Wagtail's image plus the photographer's credit.

Press photos must always be published with their credit ("Foto: WFS"), so the credit belongs
to the image itself rather than to each place it is used; blocks may still override it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class GlokalImage(AbstractImage):
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or rights holder, printed beside the image."),
    )

    admin_form_fields = Image.admin_form_fields + ("credit",)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class GlokalRendition(AbstractRendition):
    image = models.ForeignKey(GlokalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
