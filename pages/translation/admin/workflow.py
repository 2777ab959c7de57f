"""Admin side of the translation workflow: "Translate into all languages", "Submit for
review", "Changes in the German source".

Loaded by `pages/wagtail_hooks.py` (Wagtail only auto-loads that module). Views live under
/admin/translation/ and use Wagtail's admin layout; every one checks permissions itself.

Where the locale rule is enforced (see pages.translation.roles.may_edit_locale):
- pages: Wagtail's page permissions, granted per language tree by setup_roles;
- snippets: the snippet models' permission policy and the snippet viewsets that ask it about
  every object (pages/translation/permissions.py, pages/core/admin.py);
- wagtail-localize's translation editor endpoints (string and override API, PO files, machine
  translation, preview): pages/translation/permissions.py, installed at app start.
"""

from django import forms
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.widgets.button import Button
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation

from pages.core.locales import source_locale, target_locales
from pages.translation import roles, workflow
from pages.translation.permissions import may_edit_instance

TEMPLATE_DIR = "pages/translation/admin"


# --- permission helpers --------------------------------------------------------------------------


def can_translate_everywhere(user, instance):
    """Editors (and administrators) start translations of German content they may edit."""
    return user.has_perm("wagtail_localize.submit_translation") and may_edit_instance(
        user, instance
    )


def can_edit_translation(user, instance):
    """Whether `user` may work on this translated page or snippet."""
    return may_edit_instance(user, instance)


def _default_locale_id(user):
    # Buttons are computed for every row of a listing: one query per request, not per row.
    cached = getattr(user, "_glokal_default_locale_id", None)
    if cached is None:
        cached = source_locale().pk
        user._glokal_default_locale_id = cached
    return cached


def edit_url(instance):
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    viewset = getattr(instance, "snippet_viewset", None)
    if viewset is not None:
        return reverse(viewset.get_url_name("edit"), args=[quote(instance.pk)])
    return reverse("wagtailadmin_home")


def source_back_url(instance):
    if isinstance(instance, Page):
        parent = instance.get_parent()
        return reverse("wagtailadmin_explore", args=[parent.pk if parent else instance.pk])
    return edit_url(instance)


# --- buttons --------------------------------------------------------------------------------


def page_buttons(page, user, view_name=None, next_url=None):
    if page.is_root() or page.alias_of_id:
        return
    if page.locale_id == _default_locale_id(user) and can_translate_everywhere(user, page):
        yield Button(
            _("Translate into all languages"),
            reverse("glokal_translation:translate_page", args=[page.pk]),
            priority=58,
            icon_name="wagtail-localize-language",
        )


hooks.register("register_page_header_buttons", page_buttons)
hooks.register("register_page_listing_more_buttons", page_buttons)


@hooks.register("register_page_header_buttons")
def translated_page_buttons(page, user, view_name=None, next_url=None):
    """On a translated page: what changed in German, and (for translators) submit."""
    if page.is_root() or page.locale_id == _default_locale_id(user):
        return
    translation = workflow.translation_for(page)
    if translation is None or not can_edit_translation(user, page):
        return
    yield Button(
        _("Changes in the German source"),
        reverse("glokal_translation:changes", args=[translation.pk]),
        priority=59,
        icon_name="history",
    )
    if not page.permissions_for_user(user).can_publish():
        yield Button(
            _("Submit translation for review"),
            reverse("glokal_translation:submit", args=[translation.pk]),
            priority=57,
            icon_name="resubmit",
        )


@hooks.register("register_snippet_listing_buttons")
def snippet_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, TranslatableMixin):
        return
    model = type(snippet)
    if snippet.locale_id == _default_locale_id(user) and can_translate_everywhere(user, snippet):
        yield Button(
            _("Translate into all languages"),
            reverse(
                "glokal_translation:translate_snippet",
                args=[model._meta.app_label, model._meta.model_name, quote(snippet.pk)],
            ),
            icon_name="wagtail-localize-language",
            priority=101,
        )


# --- views ----------------------------------------------------------------------------------


class TranslateEverywhereForm(forms.Form):
    machine = forms.BooleanField(
        label=gettext_lazy("Pre-fill by machine translation"),
        help_text=gettext_lazy(
            "Untranslated text is filled in by the machine translator; translators check it "
            "before the translation is published. Existing translations are kept."
        ),
        required=False,
        initial=True,
    )
    include_subpages = forms.BooleanField(
        label=gettext_lazy("Include subpages"),
        help_text=gettext_lazy("The pages below are translated in the background."),
        required=False,
    )

    def __init__(self, *args, has_translator=True, is_page=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not has_translator:
            del self.fields["machine"]
        if not is_page:
            del self.fields["include_subpages"]


def _bad_request(request, message):
    response = render(request, f"{TEMPLATE_DIR}/bad_request.html", {"message": message})
    response.status_code = HttpResponseBadRequest.status_code
    return response


def _translate_everywhere_view(request, instance):
    if not can_translate_everywhere(request.user, instance):
        raise PermissionDenied
    source = source_locale()
    if instance.locale_id != source.pk:
        return _bad_request(
            request,
            _("Only content in the source language (%(language)s) can be translated from.")
            % {"language": source.get_display_name()},
        )
    is_page = isinstance(instance, Page)
    translator = workflow.machine_translator()
    form_kwargs = {"has_translator": translator is not None, "is_page": is_page}
    next_url = get_valid_next_url_from_request(request)
    targets = target_locales()
    if request.method == "POST":
        form = TranslateEverywhereForm(request.POST, **form_kwargs)
        if form.is_valid():
            machine = bool(form.cleaned_data.get("machine"))
            result = workflow.translate_everywhere(instance, user=request.user, machine=machine)
            if is_page and form.cleaned_data.get("include_subpages") and instance.numchild:
                workflow.enqueue_subtree(instance, user=request.user, machine=machine)
                messages.info(request, _("The subpages are being translated in the background."))
            _report(request, instance, result)
            return redirect(next_url or source_back_url(instance))
    else:
        form = TranslateEverywhereForm(**form_kwargs)
    existing = {obj.locale_id: obj for obj in instance.get_translations().select_related("locale")}
    return render(
        request,
        f"{TEMPLATE_DIR}/translate_everywhere.html",
        {
            "object": instance,
            "form": form,
            "translator": translator,
            "locales": [(locale, existing.get(locale.pk)) for locale in targets],
            "next_url": next_url,
            "back_url": next_url or source_back_url(instance),
        },
    )


def _report(request, instance, result):
    done = [
        t.target_locale.get_display_name()
        for t in result
        if t.target_locale.language_code not in result.skipped
    ]
    if done:
        messages.success(
            request,
            _("'%(object)s' is ready for translation in: %(languages)s.")
            % {"object": instance, "languages": ", ".join(done)},
        )
    for code, reason in result.skipped.items():
        messages.warning(
            request,
            _("Not translated into %(language)s: %(reason)s")
            % {"language": code, "reason": reason},
        )
    for code, prefill in result.prefill.items():
        if prefill.error:
            messages.warning(
                request,
                _(
                    "Machine translation into %(language)s failed (%(error)s); the German text "
                    "is shown until a translator translates it."
                )
                % {"language": code, "error": prefill.error},
            )


@require_http_methods(["GET", "POST"])
def translate_page(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if page.is_root():
        raise Http404
    return _translate_everywhere_view(request, page)


@require_http_methods(["GET", "POST"])
def translate_snippet(request, app_label, model_name, pk):
    model = next(
        (
            m
            for m in get_snippet_models()
            if m._meta.app_label == app_label and m._meta.model_name == model_name
        ),
        None,
    )
    if model is None or not issubclass(model, TranslatableMixin):
        raise Http404
    instance = get_object_or_404(model, pk=unquote(pk))
    return _translate_everywhere_view(request, instance)


def _translation_and_target(request, translation_id):
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale", "source__locale"),
        pk=translation_id,
    )
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None
    if isinstance(target, Page):
        target = target.specific
    editors_may = request.user.has_perm("wagtail_localize.submit_translation") and (
        roles.may_edit_locale(request.user, translation.source.locale_id)
    )
    if not (can_edit_translation(request.user, target) or editors_may):
        raise PermissionDenied
    return translation, target


@require_http_methods(["GET", "POST"])
def changes(request, translation_id):
    """What changed in the German source, what still needs a translator; re-sync."""
    translation, target = _translation_and_target(request, translation_id)
    translator = workflow.machine_translator()
    if request.method == "POST":
        if not translation.enabled:
            return _bad_request(request, _("This translation is no longer synchronised."))
        prefill = workflow.resync(
            translation, user=request.user, machine=bool(request.POST.get("machine"))
        )
        if prefill.error:
            messages.warning(
                request, _("Machine translation failed: %(error)s") % {"error": prefill.error}
            )
        messages.success(
            request,
            _(
                "'%(object)s' in %(language)s is up to date with the German source; your "
                "translations of unchanged text were kept."
            )
            % {"object": target, "language": translation.target_locale.get_display_name()},
        )
        return redirect(reverse("glokal_translation:changes", args=[translation.pk]))
    return render(
        request,
        f"{TEMPLATE_DIR}/changes.html",
        {
            "translation": translation,
            "object": target,
            "out_of_date": workflow.is_out_of_date(translation),
            "changes": workflow.changed_segments(translation),
            "to_check": workflow.segments_to_check(translation),
            "translator": translator,
            "edit_url": edit_url(target),
        },
    )


@require_http_methods(["GET", "POST"])
def submit(request, translation_id):
    """A translator's "Submit for review": draft revision + the "Translation review" workflow."""
    translation, target = _translation_and_target(request, translation_id)
    if not isinstance(target, Page):
        return _bad_request(request, _("Only pages are reviewed; snippets are saved directly."))
    if not can_edit_translation(request.user, target):
        raise PermissionDenied
    if not translation.enabled:
        return _bad_request(request, _("This translation is no longer synchronised."))
    state = target.current_workflow_state
    in_review = state is not None and state.status == state.STATUS_IN_PROGRESS
    if request.method == "POST":
        try:
            page = workflow.submit_for_review(translation, request.user)
        except workflow.NoWorkflowError:
            return _bad_request(request, _("No review workflow applies to this page."))
        if in_review:
            messages.info(
                request,
                _(
                    "'%(object)s' was already waiting for review; the review now shows your "
                    "latest changes."
                )
                % {"object": page.get_admin_display_title()},
            )
        else:
            messages.success(
                request,
                _("'%(object)s' was submitted for review.")
                % {"object": page.get_admin_display_title()},
            )
        return redirect(edit_url(page))
    return render(
        request,
        f"{TEMPLATE_DIR}/submit.html",
        {
            "translation": translation,
            "object": target,
            "workflow": target.get_workflow(),
            "in_review": in_review,
            "to_check": workflow.segments_to_check(translation),
            "edit_url": edit_url(target),
        },
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    from django.urls import include

    urls = [
        path("page/<int:page_id>/", translate_page, name="translate_page"),
        path(
            "snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            translate_snippet,
            name="translate_snippet",
        ),
        path("<int:translation_id>/changes/", changes, name="changes"),
        path("<int:translation_id>/submit/", submit, name="submit"),
    ]
    return [path("translation/", include((urls, "glokal_translation")))]
