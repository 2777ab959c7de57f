"""Cooperation offers in the Wagtail admin: one flat listing of every offer in every language,
with status, kind, expiry and inquiry count, filters, search and CSV/XLSX export.

- Status: "in moderation" while a workflow runs, else "draft" when not live, else "expired"
  when `valid_until` has passed, else "live" (or "live + draft" with unpublished changes).
- "Valid until" is highlighted for live offers that expire within EXPIRY_WARNING_DAYS.
- The inquiry count is one `Count("inquiries")` annotation on the listing's query.
- Row actions: Wagtail's "more" menu, except that wagtail-localize's "Translate this page" /
  "Sync translated pages" entries are worked out for the whole page of results in two queries
  (OfferTitleColumn) instead of its hook's two queries per row.
- The export never contains the private company_* fields (CooperationOfferPage.PRIVATE_FIELDS):
  anyone who may open the listing may download it, and those fields stay in the page editor.

Wired by importing this module from pages/wagtail_hooks.py:
    from . import offer_admin  # noqa: F401
"""

import datetime

import django_filters
from django import forms
from django.db.models import Count, Q
from django.template import engines
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import wagtail_hooks as admin_hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, LocaleColumn, StatusTagColumn
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.admin.widgets.button import Button, ButtonWithDropdownFromHook
from wagtail.models import Locale, Page
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import TranslationSource

from pages.core.admin_export import CSV, XLSX, LocalisedExportMixin
from pages.core.models.taxonomy import Country
from pages.exchange.models.offers import CooperationOfferPage, OfferKind

EXPIRY_WARNING_DAYS = 14


def offer_status(offer):
    if offer.workflow_in_progress:
        return _("in moderation")
    if not offer.live:
        return _("draft")
    if offer.is_expired:
        return _("expired")
    if offer.has_unpublished_changes:
        return _("live + draft")
    return _("live")


def offer_is_visible(offer):
    """Shown to visitors right now (the status tag is styled as "primary")."""
    return offer.live and not offer.is_expired


def yes_no(value):
    return _("Yes") if value else _("No")


def yes_no_text(value):
    """A spreadsheet cell's Yes/No: text in the language active while the export is written."""
    return str(yes_no(value))


class ValidUntilColumn(Column):
    """The expiry date; live offers expiring within EXPIRY_WARNING_DAYS stand out."""

    def get_value(self, instance):
        valid_until = instance.valid_until
        text = formats.date_format(valid_until, "SHORT_DATE_FORMAT")
        today = timezone.localdate()
        if valid_until < today:
            return format_html('<span class="offer-expired">{}</span>', text)
        if instance.live and valid_until <= today + datetime.timedelta(days=EXPIRY_WARNING_DAYS):
            days = (valid_until - today).days
            return format_html(
                '<span class="w-status w-status--primary offer-expiring" title="{}">{}</span>',
                _("Expires in %(days)s days") % {"days": days},
                text,
            )
        return text


def annotate_translation_state(pages):
    """What wagtail-localize's listing buttons need, for all `pages` in two queries: whether a
    locale without a translation remains, and the id of the page's enabled translation source."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return
    all_locales = set(Locale.objects.values_list("pk", flat=True))
    translated = {}
    for key, locale_id in Page.objects.filter(
        translation_key__in=keys, alias_of__isnull=True
    ).values_list("translation_key", "locale_id"):
        translated.setdefault(key, set()).add(locale_id)
    sources = {
        (key, locale_id): source_id
        for key, locale_id, source_id in TranslationSource.objects.filter(
            object_id__in=keys, translations__enabled=True
        )
        .values_list("object_id", "locale_id", "pk")
        .distinct()
    }
    for page in pages:
        page.offer_admin_can_translate = bool(
            all_locales - translated.get(page.translation_key, set())
        )
        page.offer_admin_source_id = sources.get((page.translation_key, page.locale_id))


def translation_buttons(page, user, next_url):
    """The buttons of wagtail_localize.wagtail_hooks.page_listing_more_buttons, from the state
    annotate_translation_state() put on the page."""
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return []
    buttons = []
    if page.offer_admin_can_translate:
        buttons.append(
            Button(
                _("Translate this page"),
                reverse(
                    "wagtail_localize:submit_page_translation",
                    args=[page.alias_of_id or page.id],
                ),
                priority=60,
                icon_name="wagtail-localize-language",
            )
        )
    if page.offer_admin_source_id is not None:
        url = reverse("wagtail_localize:update_translations", args=[page.offer_admin_source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        buttons.append(Button(_("Sync translated pages"), url, priority=60, icon_name="resubmit"))
    return buttons


class OfferMoreButtons(ButtonWithDropdownFromHook):
    """Wagtail's "more" menu with wagtail-localize's entries taken from the prefetched state."""

    @cached_property
    def dropdown_buttons(self):
        hook_buttons = []
        for hook in hooks.get_hooks(self.hook_name):
            if hook is localize_hooks.page_listing_more_buttons:
                hook_buttons.extend(translation_buttons(self.page, self.user, self.next_url))
            else:
                hook_buttons.extend(hook(page=self.page, user=self.user, next_url=self.next_url))
        buttons = []
        for button in hook_buttons:
            if isinstance(button, MenuItem):
                if button.is_shown(self.user):
                    buttons.append(Button.from_menu_item(button))
            elif button.show:
                buttons.append(button)
        return buttons


TITLE_CELL_TEMPLATE = """{% load i18n l10n wagtailadmin_tags %}
<td class="{{ column.classname }}" data-listing-page-title>
    <div class="title-wrapper">
        {% fragment as page_title %}
            <span id="page_{{ instance.pk|unlocalize|admin_urlquote }}_title">
                {{ instance.get_admin_display_title }}
            </span>
        {% endfragment %}
        {% if page_perms.can_edit %}
            <a href="{% url 'wagtailadmin_pages:edit' instance.id %}"
               title="{% trans 'Edit this page' %}">{{ page_title }}</a>
        {% else %}
            {{ page_title }}
        {% endif %}
        {% include "wagtailadmin/pages/listing/_privacy_indicator.html" with page=instance %}
        {% include "wagtailadmin/pages/listing/_locked_indicator.html" with page=instance %}
    </div>
    <ul class="actions">
        {% include "wagtailadmin/shared/buttons.html" with page=instance %}
    </ul>
</td>
"""


class OfferTitleColumn(PageTitleColumn):
    """Wagtail's page title cell (edit link, privacy and lock indicators, row actions), with
    the row actions built as the {% page_listing_buttons %} tag does but through
    OfferMoreButtons, so the listing's query count does not grow with its rows."""

    @cached_property
    def cell_template(self):
        return engines["django"].from_string(TITLE_CELL_TEMPLATE)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        user = request.user
        next_url = parent_context.get("actions_next_url") or request.path
        hook_buttons = []
        for hook in hooks.get_hooks("register_page_listing_buttons"):
            if hook is admin_hooks.page_listing_buttons:
                hook_buttons.append(
                    OfferMoreButtons(
                        "",
                        hook_name="register_page_listing_more_buttons",
                        page=instance,
                        user=user,
                        next_url=next_url,
                        icon_name="dots-horizontal",
                        attrs={
                            "aria-label": _("More options for '%(title)s'")
                            % {"title": instance.get_admin_display_title()},
                        },
                        priority=50,
                    )
                )
            else:
                hook_buttons.extend(hook(page=instance, next_url=next_url, user=user))
        buttons = []
        for button in hook_buttons:
            if isinstance(button, MenuItem):
                if button.is_shown(user):
                    buttons.append(Button.from_menu_item(button))
            elif button.show:
                buttons.append(button)
        buttons.sort()
        for hook in hooks.get_hooks("construct_page_listing_buttons"):
            hook(buttons, page=instance, user=user, context=parent_context)
        context["buttons"] = buttons
        return context


class ValidityFilter(django_filters.ChoiceFilter):
    def filter(self, qs, value):
        if value == "valid":
            return qs.current()
        if value == "expired":
            return qs.expired()
        return qs


class CooperationOfferFilterSet(PageFilterSet):
    """Wagtail's page filters (date updated, owner, edited by, site) plus the offer's own.
    The locale filter is added by WagtailFilterSet when more than one language exists."""

    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=OfferKind.choices, empty_label=_("All"), widget=forms.RadioSelect
    )
    validity = ValidityFilter(
        label=_("Validity"),
        choices=[("valid", _("Valid")), ("expired", _("Expired"))],
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    company_country = django_filters.ChoiceFilter(
        label=_("Company's country"),
        choices=Country.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    submitted_by_company = django_filters.BooleanFilter(
        label=_("Submitted through the public form"), widget=BooleanRadioSelect
    )

    class Meta:
        model = CooperationOfferPage
        fields = []


class CooperationOfferIndexView(LocalisedExportMixin, IndexView):
    # The locale has its own column.
    show_locale_labels = False
    default_ordering = "-latest_revision_created_at"

    custom_value_preprocess = {
        **LocalisedExportMixin.custom_value_preprocess,
        bool: {CSV: yes_no_text, XLSX: yes_no_text},
    }

    def get_base_queryset(self):
        return super().get_base_queryset().annotate(inquiry_count=Count("inquiries"))

    def search_queryset(self, queryset):
        # The title and the reference number, straight from the database: the search
        # backend's autocomplete covers titles only, and it keeps the annotations.
        if not self.is_searching:
            return queryset
        queryset = queryset.filter(
            Q(title__icontains=self.search_query) | Q(reference__icontains=self.search_query)
        )
        if not queryset.ordered:
            queryset = queryset.order_by("-latest_revision_created_at", "-pk")
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.is_export:
            annotate_translation_state(list(context["object_list"]))
        return context


class CooperationOfferListingViewSet(PageListingViewSet):
    model = CooperationOfferPage
    index_view_class = CooperationOfferIndexView
    icon = "clipboard-list"
    menu_label = _("Cooperation offers")
    menu_order = 305
    add_to_admin_menu = True
    name = "cooperation_offers"
    filterset_class = CooperationOfferFilterSet
    list_per_page = 50

    columns = [
        BulkActionsColumn("bulk_actions"),
        OfferTitleColumn("title", label=_("Title"), sort_key="title", classname="title"),
        Column("reference", label=_("Reference"), sort_key="reference"),
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        LocaleColumn(),
        StatusTagColumn(
            "offer_status",
            label=_("Status"),
            accessor=offer_status,
            primary=offer_is_visible,
            sort_key="live",
        ),
        ValidUntilColumn("valid_until", label=_("Valid until"), sort_key="valid_until"),
        Column(
            "company_country",
            label=_("Company's country"),
            accessor="get_company_country_display",
            sort_key="company_country",
        ),
        Column("inquiry_count", label=_("Inquiries"), sort_key="inquiry_count"),
        Column(
            "submitted_by_company",
            label=_("Submitted by company"),
            accessor=lambda offer: yes_no(offer.submitted_by_company),
            sort_key="submitted_by_company",
        ),
    ]

    # Never the private company_* fields: see the module docstring.
    list_export = [
        "reference",
        "title",
        "get_kind_display",
        "locale.language_code",
        "live",
        "valid_until",
        "get_company_country_display",
        "inquiry_count",
        "submitted_by_company",
        "first_published_at",
    ]
    export_headings = {
        "reference": _("Reference"),
        "title": _("Title"),
        "get_kind_display": _("Kind"),
        "locale.language_code": _("Language"),
        "live": _("Live"),
        "valid_until": _("Valid until"),
        "get_company_country_display": _("Company's country"),
        "inquiry_count": _("Inquiries"),
        "submitted_by_company": _("Submitted by company"),
        "first_published_at": _("First published"),
    }
    export_filename = "glokal-cooperation-offers"


cooperation_offer_viewset = CooperationOfferListingViewSet()


@hooks.register("register_admin_viewset")
def register_cooperation_offer_admin():
    return cooperation_offer_viewset
