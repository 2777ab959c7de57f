"""Inquiries in the Wagtail admin: a listing with filters, search and CSV/XLSX export, and a
read-only detail view.

Inquiries only come from the public form, so nobody adds or edits them here; editors with the
"view" permission see and export them, with "delete" they can delete them (data protection
requests). `?offer=<page id>` lists the inquiries of one offer in all its languages:
`offer_inquiries_url(offer)` builds that link.

Wired by importing this module from pages/wagtail_hooks.py:
    from .inquiry_admin import register_inquiry_admin  # noqa: F401
"""

import logging

import django_filters
from django.core.exceptions import ImproperlyConfigured
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from pages.core.admin_export import LocalisedExportMixin
from pages.core.admin_permissions import RestrictedPermissionPolicy
from pages.core.public_forms.choices import RowChoiceField
from pages.exchange.models.inquiries import Inquiry, InquiryStatus
from pages.exchange.models.offers import CooperationOfferPage, OfferKind

logger = logging.getLogger(__name__)


class InquiryPermissionPolicy(RestrictedPermissionPolicy):
    """Inquiries are records of what a visitor sent: never added or changed in the admin."""

    forbidden = frozenset({"add", "change"})


try:
    register_permission_policy(Inquiry, InquiryPermissionPolicy(Inquiry))
except ImproperlyConfigured:  # something asked for Inquiry's policy before this module loaded
    logger.warning("Inquiries use Wagtail's default permission policy (add and edit possible).")


def offers_with_inquiries(request):
    """Every language version of the offers that have inquiries (the offer filter's choices)."""
    keys = Inquiry.objects.values("offer__translation_key")
    return (
        CooperationOfferPage.objects.filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("reference", "locale__language_code")
    )


class OfferChoiceField(RowChoiceField, django_filters.fields.ModelChoiceField):
    def label_from_instance(self, offer):
        return f"{offer.reference} {offer.title} ({offer.locale.language_code})"


class OfferFilter(django_filters.ModelChoiceFilter):
    field_class = OfferChoiceField


class InquiryFilterSet(WagtailFilterSet):
    offer = OfferFilter(
        label=_("Offer"),
        queryset=offers_with_inquiries,
        method="filter_offer",
        empty_label=_("All"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=InquiryStatus.choices, empty_label=_("All")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of offer"),
        field_name="offer__kind",
        choices=OfferKind.choices,
        empty_label=_("All"),
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Inquiry
        fields = ["offer", "status", "kind", "created_at"]

    def filter_offer(self, queryset, name, offer):
        # One offer in every language: inquiries reach each translation separately.
        return queryset.filter(offer__translation_key=offer.translation_key)


def offer_label(inquiry):
    return f"{inquiry.offer.reference} {inquiry.offer.title}".strip()


class InquiryIndexView(LocalisedExportMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("offer", "offer__locale")


class InquiryInspectView(InspectView):
    def get_offer_display_value(self):
        offer = self.object.offer
        return format_html(
            '<a href="{}">{}</a> ({})',
            reverse("wagtailadmin_pages:edit", args=[offer.pk]),
            offer_label(self.object),
            offer.locale.language_code,
        )

    def get_message_display_value(self):
        return linebreaksbr(self.object.message, autoescape=True)


class InquiryViewSet(ModelViewSet):
    model = Inquiry
    icon = "mail"
    menu_label = _("Inquiries")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = InquiryIndexView
    inspect_view_class = InquiryInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []  # no add or edit view is ever allowed (InquiryPermissionPolicy)

    list_display = [
        "name",
        Column("offer", label=_("Offer"), accessor=offer_label, sort_key="offer__reference"),
        "organisation",
        "country",
        "status",
        "created_at",
    ]
    filterset_class = InquiryFilterSet
    search_fields = ["name", "organisation", "email", "message", "offer__reference", "offer__title"]
    search_backend_name = None  # plain database search; inquiries are not in the search index
    ordering = "-created_at"
    list_per_page = 50

    export_filename = "glokal-inquiries"
    list_export = [
        "created_at",
        "offer.reference",
        "offer.title",
        "language",
        "name",
        "organisation",
        "email",
        "phone",
        "get_country_display",
        "message",
        "get_status_display",
        "confirmed_at",
        "forwarded_at",
        "consent_text_version",
    ]
    export_headings = {
        "created_at": _("Received"),
        "offer.reference": _("Reference"),
        "offer.title": _("Offer"),
        "language": _("Language"),
        "get_country_display": _("Country"),
        "get_status_display": _("Status"),
        "confirmed_at": _("Confirmed"),
        "forwarded_at": _("Forwarded"),
        "consent_text_version": _("Consent text version"),
    }

    inspect_view_fields = [
        "offer",
        "status",
        "name",
        "organisation",
        "email",
        "phone",
        "country",
        "message",
        "language",
        "consent_text_version",
        "created_at",
        "confirmed_at",
        "forwarded_at",
    ]

    def get_permissions_to_register(self):
        # Offer only what InquiryPermissionPolicy can grant in the group editor.
        return (
            super()
            .get_permissions_to_register()
            .exclude(codename__in=["add_inquiry", "change_inquiry"])
        )


inquiry_viewset = InquiryViewSet("inquiries")


def offer_inquiries_url(offer):
    """The admin listing of the inquiries about `offer` (in all its languages)."""
    return f"{reverse(inquiry_viewset.get_url_name('index'))}?offer={offer.pk}"


@hooks.register("register_admin_viewset")
def register_inquiry_admin():
    return inquiry_viewset
