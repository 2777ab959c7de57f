"""Contact persons: the people named under "Rückfragen an" and on events and offers."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages.core.fields import LanguageListField
from pages.core.phone import to_e164, validate_international_phone


class ContactPerson(TranslatableMixin, index.Indexed, models.Model):
    """A person at the agency whom visitors and journalists can call or write to.

    Translatable because role and department read differently in each language; the name,
    phone, email, photo and spoken languages are synchronised from the German record. Name,
    phone and email cannot be overridden in a translation: the phone and email are routing
    fields (pages/core/routing_fields.py), which decide where inquiries and calls go, and a
    translation keeps the German record's values whoever saves it.
    """

    first_name = models.CharField(_("first name"), max_length=80)
    last_name = models.CharField(_("last name"), max_length=80)
    role = models.CharField(_("role"), max_length=160, blank=True)
    department = models.CharField(_("department"), max_length=160, blank=True)
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        validators=[validate_international_phone],
        help_text=_("International format with country code, e.g. +49 30 23125 000."),
    )
    email = models.EmailField(_("email"), blank=True)
    photo = models.ForeignKey(
        "pages.GlokalImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    languages = LanguageListField(_("languages spoken"))

    override_translatable_fields = [
        SynchronizedField("first_name", overridable=False),
        SynchronizedField("last_name", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("email", overridable=False),
    ]

    panels = [
        FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
        FieldPanel("role"),
        FieldPanel("department"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("languages")],
            heading=_("How to reach them"),
        ),
        FieldPanel("photo"),
    ]

    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.SearchField("department"),
        index.AutocompleteField("last_name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def phone_e164(self):
        try:
            return to_e164(self.phone)
        except ValueError:
            return ""

    def get_vcard_url(self):
        return reverse("contact-vcard", kwargs={"pk": self.pk})
