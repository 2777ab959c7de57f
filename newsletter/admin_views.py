"""The newsletter in the Wagtail admin: subscribers, digest runs, previews, test sends and
starting a run by hand. Registered from newsletter/wagtail_hooks.py as one "Newsletter" menu.

- Subscribers are never added, edited or deleted here: consent comes only from the double
  opt-in, and every change of a subscriber appends a consent record (newsletter/subscriptions.py).
  Editors list, filter, search, export and inspect them, and preview their digest.
- Digest runs are never edited or deleted either (their deliveries prove who got what). The
  "add" permission is the right to start a run by hand, and to send a test digest.
- The listings run a constant number of queries: the run listing counts the deliveries of the
  whole page in one grouped query (`delivery_counts`), not per row.

Sending and composing live in newsletter/runs.py and newsletter/digest.py; this module only
calls their public functions (docs/newsletter.md), imported when a view needs them.
"""

import datetime

import django_filters
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permissions import policy_registry, register_permission_policy

from pages.core.admin_export import LocalisedExportMixin, local_time
from pages.core.admin_permissions import RestrictedPermissionPolicy
from pages.core.models.taxonomy import Country, Region, Sector, Topic
from pages.core.public_forms.responses import HttpResponseSeeOther
from pages.exchange.models.offers import OfferKind

from .admin_forms import (
    InterestPreviewForm,
    LanguageForm,
    StartRunForm,
    TestSendForm,
    claim_start_token,
    term_choices,
    term_names,
)
from .models import (
    Delivery,
    DeliveryStatus,
    DigestRun,
    Frequency,
    RunStatus,
    RunTrigger,
    Subscriber,
    SubscriberStatus,
)

# Rows a dry run lists; its totals always cover everyone due.
DRY_RUN_LIMIT = 50
# Failed deliveries listed on a run's page (the count above the list is exact).
FAILED_LIST_LIMIT = 200
# Deliveries listed on a subscriber's page, newest first.
SUBSCRIBER_DELIVERY_LIMIT = 50
# How often a run's page reloads itself while the run is being prepared or sent.
REFRESH_SECONDS = 5

# URL namespace of the runs' screens (the listing's title column links into it).
RUNS_NAME = "newsletter_runs"

PERIOD_LENGTH = {
    Frequency.WEEKLY: datetime.timedelta(days=7),
    Frequency.MONTHLY: datetime.timedelta(days=31),
}


# --- Permissions -------------------------------------------------------------------------------


class SubscriberPermissionPolicy(RestrictedPermissionPolicy):
    # Consent comes from the double opt-in; changes and erasure go through
    # newsletter/subscriptions.py, which appends the consent record and the suppression.
    forbidden = frozenset({"add", "change", "delete"})


class DigestRunPermissionPolicy(RestrictedPermissionPolicy):
    # "add" starts a run; a run's record is never changed or deleted by hand.
    forbidden = frozenset({"change", "delete"})


# Registered before anything asks for these models' policy (wagtail_hooks load first); if
# something did, registration raises rather than leave adding and editing open.
register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber))
register_permission_policy(DigestRun, DigestRunPermissionPolicy(DigestRun))


def has_permission(user, model, action):
    return policy_registry.get_by_type(model).user_has_permission(user, action)


def can_send_tests(user):
    """A test send mails a subscriber's digest: it needs both seeing subscribers and the
    right to send (start runs)."""
    return has_permission(user, Subscriber, "view") and has_permission(user, DigestRun, "add")


# --- Contract with newsletter/runs.py ------------------------------------------------------------


def runs_module():
    # Imported late: runs.py pulls in tasks, transports and the digest renderer, none of
    # which the admin's URL registration needs.
    from . import runs

    return runs


def delivery_counts(run_ids):
    """{run id: {delivery status: count}} for all `run_ids` in one grouped query."""
    counts = {run_id: {} for run_id in run_ids}
    if not run_ids:
        return counts
    rows = (
        Delivery.objects.filter(run_id__in=run_ids)
        .values_list("run_id", "status")
        .annotate(number=Count("pk"))
        .order_by()
    )
    for run_id, status, number in rows:
        counts[run_id][status] = number
    return counts


def dry_run_report(result):
    """What the start page shows of runs.dry_run(): totals and, per listed subscriber, the
    language, the number of items and their titles (offers, events, press releases)."""
    rows = []
    for subscriber, summary in result.entries:
        titles = []
        if summary:
            titles = [*summary["offers"], *summary["events"], *summary["releases"]]
        rows.append(
            {
                "email": subscriber.email,
                "language": (summary or {}).get("language") or subscriber.language,
                "item_count": len(titles),
                "titles": titles,
                "fallbacks": (summary or {}).get("fallbacks", 0),
            }
        )
    return {
        "recipients": result.would_send,
        "skipped": result.would_skip,
        "suppressed": result.suppressed,
        "due": result.total,
        "rows": rows,
    }


# --- Subscribers ---------------------------------------------------------------------------------


class InterestFilter(django_filters.ChoiceFilter):
    """Subscribers interested in one taxonomy term (stored as its translation key).
    An empty list means "everything"; this filter lists only explicit choices."""

    def __init__(self, *args, model=None, **kwargs):
        kwargs.setdefault("empty_label", _("All"))
        super().__init__(*args, choices=lambda: term_choices(model), **kwargs)

    def filter(self, queryset, value):
        if not value:
            return queryset
        # JSON lists of strings: the quoted key matches one whole element on SQLite and
        # PostgreSQL alike (pages/core/fields.py ChoiceListField does the same).
        return queryset.filter(**{f"{self.field_name}__icontains": f'"{value}"'})


class SubscriberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=SubscriberStatus.choices, empty_label=_("All")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=Subscriber._meta.get_field("language").choices,
        empty_label=_("All"),
    )
    frequency = django_filters.ChoiceFilter(
        label=_("Frequency"), choices=Frequency.choices, empty_label=_("All")
    )
    sector = InterestFilter(label=_("Sector"), field_name="sector_keys", model=Sector)
    region = InterestFilter(label=_("Region"), field_name="region_keys", model=Region)
    topic = InterestFilter(label=_("Topic"), field_name="topic_keys", model=Topic)
    confirmed_at = django_filters.DateFromToRangeFilter(
        label=_("Confirmed"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Subscriber
        fields = []


class SubscriberIndexView(LocalisedExportMixin, IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if has_permission(self.request.user, Subscriber, "view"):
            buttons.append(
                HeaderButton(
                    _("Preview a digest"),
                    url=reverse(subscriber_viewset.get_url_name("preview_interests")),
                    icon_name="view",
                )
            )
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            MenuItem(
                _("Preview digest"),
                url=reverse(subscriber_viewset.get_url_name("preview"), args=[instance.pk]),
                icon_name="view",
                priority=30,
            )
        )
        return buttons


INTEREST_FIELDS = (
    ("offer_kinds", _("Offer kinds")),
    ("sector_keys", _("Sectors")),
    ("region_keys", _("Regions")),
    ("countries", _("Countries")),
    ("topic_keys", _("Topics")),
)


def interest_rows(subscriber):
    """[(label, [names])] of a subscriber's interests; an empty list stands for "all".
    Three queries (one per taxonomy), whatever the number of interests."""
    keyed = {"sector_keys": Sector, "region_keys": Region, "topic_keys": Topic}
    coded = {"offer_kinds": dict(OfferKind.choices), "countries": dict(Country.choices)}
    rows = []
    for field, label in INTEREST_FIELDS:
        values = [str(value) for value in getattr(subscriber, field) or []]
        if field in keyed and values:
            names = term_names(keyed[field].objects.filter(translation_key__in=values))
        else:
            names = coded.get(field, {})
        # A key whose term was deleted stays visible as the raw key.
        rows.append((label, [str(names.get(value, value)) for value in values]))
    return rows


class SubscriberInspectView(InspectView):
    template_name = "newsletter/admin/subscriber_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(Subscriber, pk=self.pk)

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Preview digest"),
                url=reverse(subscriber_viewset.get_url_name("preview"), args=[self.object.pk]),
                icon_name="view",
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        subscriber = self.object
        context["interests"] = interest_rows(subscriber)
        context["consents"] = list(subscriber.consents.order_by("created_at", "pk"))
        context["deliveries"] = list(
            subscriber.deliveries.select_related("run").order_by("-run__created_at", "-pk")[
                :SUBSCRIBER_DELIVERY_LIMIT
            ]
        )
        context["run_url_name"] = digest_run_viewset.get_url_name("inspect")
        return context


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "user"
    menu_label = _("Subscribers")
    menu_order = 100
    index_view_class = SubscriberIndexView
    inspect_view_class = SubscriberInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []  # never added or edited here (SubscriberPermissionPolicy)

    list_display = [
        "email",
        "language",
        "frequency",
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda subscriber: subscriber.status == SubscriberStatus.ACTIVE,
            sort_key="status",
        ),
        DateColumn("confirmed_at", label=_("Confirmed"), sort_key="confirmed_at"),
        DateColumn("last_digest_at", label=_("Last digest"), sort_key="last_digest_at"),
    ]
    filterset_class = SubscriberFilterSet
    search_fields = ["email"]
    search_backend_name = None  # plain database search; subscribers are not indexed
    ordering = "-created_at"
    list_per_page = 50

    export_filename = "glokal-newsletter-subscribers"
    list_export = [
        "email",
        "language",
        "get_frequency_display",
        "get_status_display",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "last_digest_at",
    ]
    export_headings = {
        "email": _("Email address"),
        "language": _("Language"),
        "get_frequency_display": _("Frequency"),
        "get_status_display": _("Status"),
        "created_at": _("Signed up"),
        "confirmed_at": _("Confirmed"),
        "unsubscribed_at": _("Unsubscribed"),
        "last_digest_at": _("Last digest"),
    }

    inspect_view_fields = [
        "email",
        "status",
        "language",
        "frequency",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "last_digest_at",
    ]

    def get_permissions_to_register(self):
        # Only "view" can ever be granted (SubscriberPermissionPolicy).
        return super().get_permissions_to_register().filter(codename="view_subscriber")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("preview/", InterestPreviewView.as_view(), name="preview_interests"),
            path("preview/<int:pk>/", SubscriberPreviewView.as_view(), name="preview"),
            path("test-send/<int:pk>/", TestSendView.as_view(), name="test_send"),
        ]


# --- Previews and test sends ---------------------------------------------------------------------


def mail_parts(result):
    """(subject, html, text) of a runs.preview() result, or None when the subscriber would
    get no digest now (nobody gets an empty one)."""
    if result is None:
        return None
    return result.subject, result.html, result.text


class PreviewMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    model = Subscriber
    permission_required = "view"
    header_icon = "view"
    page_title = _("Digest preview")
    template_name = "newsletter/admin/preview.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse(subscriber_viewset.get_url_name("index")),
                "label": _("Subscribers"),
            },
            *self.get_extra_breadcrumbs(),
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_extra_breadcrumbs(self):
        return []

    def render_preview(self, subscriber, language):
        with translation.override(language):
            return mail_parts(runs_module().preview(subscriber, language))


class SubscriberPreviewView(PreviewMixin, View):
    """The digest one subscriber would get now, in any of the four languages."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.subscriber = get_object_or_404(Subscriber, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return self.subscriber.email

    def get_extra_breadcrumbs(self):
        return [
            {
                "url": reverse(
                    subscriber_viewset.get_url_name("inspect"), args=[quote(self.subscriber.pk)]
                ),
                "label": self.subscriber.email,
            }
        ]

    def get(self, request, pk):
        data = request.GET if "language" in request.GET else {"language": self.subscriber.language}
        form = LanguageForm(data)
        status = 200
        parts = None
        if form.is_valid():
            language = form.cleaned_data["language"]
            parts = self.render_preview(self.subscriber, language)
        else:
            language = None
            status = 400
        test_form = None
        if can_send_tests(request.user):
            test_form = TestSendForm(
                initial={"language": language, "to_address": request.user.email}
            )
        context = self.get_context_data(
            subscriber=self.subscriber,
            form=form,
            language=language,
            parts=parts,
            test_form=test_form,
            test_send_url=reverse(subscriber_viewset.get_url_name("test_send"), args=[pk]),
        )
        return TemplateResponse(request, self.template_name, context, status=status)


class InterestPreviewView(PreviewMixin, View):
    """The digest someone with a given combination of interests would get now: the unsaved
    subscriber it builds goes to the same preview function as a real one."""

    def get_page_subtitle(self):
        return _("by interests")

    def get(self, request):
        bound = "language" in request.GET
        form = InterestPreviewForm(
            request.GET if bound else None,
            initial={"language": translation.get_language(), "frequency": Frequency.WEEKLY},
        )
        parts = None
        status = 200
        if bound:
            if form.is_valid():
                data = form.cleaned_data
                period = PERIOD_LENGTH[data["frequency"]]
                stand_in = Subscriber(
                    email="preview@glokal.invalid",
                    language=data["language"],
                    frequency=data["frequency"],
                    status=SubscriberStatus.ACTIVE,
                    offer_kinds=data["offer_kinds"],
                    sector_keys=data["sector_keys"],
                    region_keys=data["region_keys"],
                    countries=data["countries"],
                    topic_keys=data["topic_keys"],
                    last_digest_at=timezone.now() - period,
                )
                parts = self.render_preview(stand_in, data["language"])
            else:
                status = 400
        context = self.get_context_data(form=form, interest_form=True, bound=bound, parts=parts)
        return TemplateResponse(request, self.template_name, context, status=status)


class TestSendView(PermissionCheckedMixin, View):
    """POST only: mails the subscriber's digest, in the chosen language, to the editor."""

    model = Subscriber
    permission_required = "view"
    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if not can_send_tests(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, pk):
        subscriber = get_object_or_404(Subscriber, pk=pk)
        preview_url = reverse(subscriber_viewset.get_url_name("preview"), args=[pk])
        form = TestSendForm(request.POST)
        if not form.is_valid():
            errors = "; ".join(
                f"{form.fields[name].label}: {' '.join(messages_)}"
                if name in form.fields
                else " ".join(messages_)
                for name, messages_ in form.errors.items()
            )
            messages.error(request, _("No test was sent. %(errors)s") % {"errors": errors})
            return HttpResponseSeeOther(preview_url)
        language = form.cleaned_data["language"]
        address = form.cleaned_data["to_address"]
        with translation.override(language):
            sent = runs_module().send_test(subscriber, language, address)
        if sent is False:
            messages.warning(
                request,
                _("%(email)s would get no digest now, so nothing was sent.")
                % {"email": subscriber.email},
            )
        else:
            messages.success(
                request,
                _("A test of %(email)s's digest (%(language)s) was sent to %(address)s.")
                % {"email": subscriber.email, "language": language, "address": address},
            )
        return HttpResponseSeeOther(f"{preview_url}?language={language}")


# --- Digest runs ---------------------------------------------------------------------------------


def count_column(status, label):
    return Column(
        f"count_{status}",
        label=label,
        accessor=lambda run: run.delivery_counts.get(status, 0),
    )


class DigestRunIndexView(IndexView):
    add_item_label = _("Start a run")

    def get_list_more_buttons(self, instance):
        # Runs are neither edited nor deleted; the start time links to the run's page.
        return []

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        object_list = list(object_list)
        counts = delivery_counts([run.pk for run in object_list])
        for run in object_list:
            run.delivery_counts = counts[run.pk]
        return paginator, page, object_list, is_paginated

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("started_by")


class DigestRunInspectView(InspectView):
    """A run's live progress while it sends (the page reloads itself, no JavaScript needed)
    and its figures afterwards, with the failed deliveries and their errors."""

    template_name = "newsletter/admin/run_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(DigestRun.objects.select_related("started_by"), pk=self.pk)

    def get_page_subtitle(self):
        run = self.object
        return f"{run.get_frequency_display()} · {local_time(run.created_at)}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        run = self.object
        progress = runs_module().run_progress(run)
        failed = (
            run.deliveries.filter(status=DeliveryStatus.FAILED)
            .select_related("subscriber")
            .order_by("pk")[:FAILED_LIST_LIMIT]
        )
        in_progress = run.status in (RunStatus.PREPARING, RunStatus.SENDING)
        context.update(
            run=run,
            progress=progress,
            failed=list(failed),
            failed_limit=FAILED_LIST_LIMIT,
            in_progress=in_progress,
            refresh_seconds=REFRESH_SECONDS if in_progress else None,
            subscriber_url_name=subscriber_viewset.get_url_name("inspect"),
        )
        return context


class StartRunView(PermissionCheckedMixin, WagtailAdminTemplateMixin, View):
    """Start a run by hand, or a dry run that says who would get what and writes nothing.

    A real start is refused when the form's one-time token was used already, when a run of
    that frequency was started by an editor since the form was opened, or while another
    editor's run of that frequency is still being prepared or sent."""

    model = DigestRun
    permission_required = "add"
    page_title = _("Start a digest run")
    header_icon = "mail"
    template_name = "newsletter/admin/start_run.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(digest_run_viewset.get_url_name("index")), "label": _("Digest runs")},
            {"url": "", "label": self.get_page_title()},
        ]

    def render(self, form, status=200, **extra):
        context = self.get_context_data(form=form, **extra)
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get(self, request):
        return self.render(StartRunForm())

    def post(self, request):
        form = StartRunForm(request.POST)
        if not form.is_valid():
            return self.render(form, status=400)
        frequency = form.cleaned_data["frequency"]
        if form.cleaned_data["dry_run"]:
            report = dry_run_report(runs_module().dry_run(frequency, limit=DRY_RUN_LIMIT))
            # A fresh form to go on with: same frequency, for real this time.
            follow_up = StartRunForm(initial={"frequency": frequency, "dry_run": False})
            return self.render(
                follow_up, report=report, report_frequency=dict(Frequency.choices)[frequency]
            )
        return self.start(form, frequency)

    def start(self, form, frequency):
        request = self.request
        editor_runs = DigestRun.objects.filter(frequency=frequency, trigger=RunTrigger.EDITOR)
        busy = (
            editor_runs.filter(status__in=[RunStatus.PREPARING, RunStatus.SENDING])
            .order_by("-created_at", "-pk")
            .first()
        )
        if busy is not None:
            messages.error(
                request,
                _(
                    "A %(frequency)s run started by an editor is still being sent; wait until it "
                    "is done."
                )
                % {"frequency": busy.get_frequency_display()},
            )
            return HttpResponseSeeOther(self.run_url(busy))
        recent = editor_runs.filter(created_at__gte=form.issued_at).order_by("-created_at").first()
        if recent is not None or not claim_start_token(form.nonce):
            messages.warning(
                request,
                _(
                    "This form has already started a run, or another run was started while it was "
                    "open. No second run was started."
                ),
            )
            if recent is not None:
                return HttpResponseSeeOther(self.run_url(recent))
            return HttpResponseSeeOther(reverse(digest_run_viewset.get_url_name("index")))
        run = runs_module().start_run(frequency, RunTrigger.EDITOR, user=request.user)
        messages.success(
            request,
            _("The %(frequency)s run has started: %(count)s recipients.")
            % {"frequency": run.get_frequency_display(), "count": run.recipient_count},
        )
        return HttpResponseSeeOther(self.run_url(run))

    @staticmethod
    def run_url(run):
        return reverse(digest_run_viewset.get_url_name("inspect"), args=[run.pk])


class DigestRunViewSet(ModelViewSet):
    model = DigestRun
    icon = "mail"
    menu_label = _("Digest runs")
    menu_order = 200
    index_view_class = DigestRunIndexView
    inspect_view_class = DigestRunInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []
    ordering = "-created_at"
    list_per_page = 50

    list_display = [
        TitleColumn(
            "created_at",
            label=_("Started"),
            accessor=lambda run: local_time(run.created_at),
            url_name=f"{RUNS_NAME}:inspect",
            sort_key="created_at",
        ),
        "frequency",
        "trigger",
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda run: run.status in (RunStatus.PREPARING, RunStatus.SENDING),
            sort_key="status",
        ),
        Column("recipient_count", label=_("Recipients"), sort_key="recipient_count"),
        count_column(DeliveryStatus.QUEUED, _("Queued")),
        count_column(DeliveryStatus.SENT, _("Sent")),
        count_column(DeliveryStatus.FAILED, _("Failed")),
        count_column(DeliveryStatus.SKIPPED, _("Skipped")),
    ]
    list_filter = ["frequency", "trigger", "status"]

    inspect_view_fields = [
        "frequency",
        "trigger",
        "period",
        "status",
        "started_by",
        "created_at",
        "finished_at",
        "recipient_count",
        "batch_count",
    ]

    def get_permissions_to_register(self):
        # "view" to follow runs, "add" to start them and send tests.
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["view_digestrun", "add_digestrun"])
        )

    @property
    def add_view(self):
        return StartRunView.as_view()


subscriber_viewset = SubscriberViewSet("newsletter_subscribers")
digest_run_viewset = DigestRunViewSet(RUNS_NAME)
