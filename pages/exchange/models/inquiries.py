"""Inquiries: a visitor answers an offer; the agency's contact person brokers the contact."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from pages.core.models.taxonomy import Country


class InquiryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for the address to be confirmed")
    CONFIRMED = "confirmed", _("Confirmed")
    FORWARDED = "forwarded", _("Forwarded to the contact person")


class Inquiry(models.Model):
    """An "I am interested" message about an offer. Kept pending until the sender confirms
    their address through the emailed link; only then is it forwarded."""

    offer = models.ForeignKey(
        "pages.CooperationOfferPage",
        verbose_name=_("offer"),
        on_delete=models.CASCADE,
        related_name="inquiries",
    )
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=InquiryStatus.choices, default=InquiryStatus.PENDING
    )
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, blank=True)
    message = models.TextField(_("message"), max_length=4000)
    language = models.CharField(_("language"), max_length=10)
    consent_text_version = models.CharField(_("consent text version"), max_length=20)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    forwarded_at = models.DateTimeField(_("forwarded"), null=True, blank=True)

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["offer", "status"])]

    def __str__(self):
        return f"{self.name} ({self.organisation})"
