"""PO files for translation agencies: download one or many translations, upload them back.

Built on wagtail-localize's own format (`Translation.export_po()` / `import_po()`), so a file
also opens in the translation editor's own PO upload, with three additions:

* Download adds `Language` (the target locale) and `X-Glokal-Exported-At` to the header, and
  several translations come as one zip with a folder per language.
* Upload checks everything before changing anything: a file that does not parse, is not a PO
  file, carries no or a foreign `X-WagtailLocalize-TranslationID`, belongs to another page than
  the one it was uploaded for, or names another language, is refused with a message, and then
  nothing of the whole upload is imported.
* Nothing is overwritten behind anybody's back: an entry whose translation was changed in the
  database after the file was exported (someone used the editor meanwhile, or the same file was
  already uploaded and edited since) is reported as a conflict and kept, unless the uploader
  ticks "overwrite". Empty and fuzzy entries are ignored, entries for texts the German source no
  longer has are reported and skipped. An unchanged file changes nothing, not even a timestamp.

Imported strings are what the translation editor shows. For a translated *page* a draft is
saved as well (`pages.translation_workflow.save_translation_draft`: a revision only when the
page is live), so the board shows the work as a draft to check, submit and publish; the live
version stays as it is. Snippets have no drafts and keep just the strings.
"""

import datetime
import io
import zipfile
from dataclasses import dataclass, field

import polib
from django import forms
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from pages.core.public_forms.responses import HttpResponseSeeOther
from pages.translation.permissions import may_edit_instance
from pages.translation.workflow import save_translation_draft

EXPORTED_AT = "X-Glokal-Exported-At"
TRANSLATION_ID = "X-WagtailLocalize-TranslationID"
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PO_BYTES = 2 * 1024 * 1024
MAX_FILES = 200
MAX_DOWNLOAD = 500
TOOL_NAME = "PO file"


class UploadError(Exception):
    """A file that cannot be imported; the message says why, in the user's language."""


# --- Download ---------------------------------------------------------------------------------


def export_po(translation):
    """wagtail-localize's PO file of `translation`, with the language and export time."""
    po = translation.export_po()
    po.metadata["Language"] = translation.target_locale.language_code
    po.metadata[EXPORTED_AT] = timezone.now().isoformat()
    po.metadata["Project-Id-Version"] = f"Glokal: {translation.source.object_repr}"[:200]
    return po


def po_filename(translation):
    name = slugify(translation.source.object_repr)[:60] or "translation"
    return f"{name}-{translation.pk}-{translation.target_locale.language_code}.po"


def _selected_ids(request):
    ids = []
    for value in request.GET.getlist("translation"):
        try:
            ids.append(int(value))
        except ValueError:
            return None
    return ids


def download(request):
    """GET ?translation=<id>[&translation=<id>…]: one PO file, or a zip for several."""
    ids = _selected_ids(request)
    if ids is None:
        return HttpResponseBadRequest(_("Translation ids are numbers."))
    if not ids:
        messages.error(request, _("Tick the translations whose PO files you want."))
        return redirect("glokal_translation_board:board")
    if len(ids) > MAX_DOWNLOAD:
        return HttpResponseBadRequest(
            _("At most %(number)d translations at a time.") % {"number": MAX_DOWNLOAD}
        )
    translations = list(
        Translation.objects.filter(pk__in=ids, enabled=True).select_related(
            "source", "target_locale"
        )
    )
    if len(translations) != len(set(ids)):
        messages.error(request, _("Some of the ticked translations no longer exist."))
        return redirect("glokal_translation_board:board")
    for translation in translations:
        if not may_edit_instance(request.user, _target_or_source(translation)):
            raise PermissionDenied
    if len(translations) == 1:
        translation = translations[0]
        response = HttpResponse(
            str(export_po(translation)), content_type="text/x-gettext-translation; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{po_filename(translation)}"'
        return response
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for translation in translations:
            path = f"{translation.target_locale.language_code}/{po_filename(translation)}"
            archive.writestr(path, str(export_po(translation)))
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="translations-{stamp}.zip"'
    return response


def _target_or_source(translation):
    """The instance whose edit permission decides: the translated one, or its source when the
    translation has not been saved yet (then the permission test is for the source's type)."""
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return translation.source.get_source_instance()


# --- Reading an upload ------------------------------------------------------------------------


def read_upload(uploaded):
    """[(name, bytes)] of the PO files in an uploaded .po file or .zip archive."""
    if uploaded.size > MAX_UPLOAD_BYTES:
        raise UploadError(_("The file is larger than 10 MB."))
    data = uploaded.read()
    if zipfile.is_zipfile(io.BytesIO(data)):
        return _read_zip(data)
    return [(uploaded.name, data)]


def _read_zip(data):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and info.filename.lower().endswith(".po")
            and not info.filename.startswith("__MACOSX/")
        ]
        if not members:
            raise UploadError(_("The zip archive contains no .po files."))
        if len(members) > MAX_FILES:
            raise UploadError(_("At most %(number)d files at a time.") % {"number": MAX_FILES})
        files = []
        for info in members:
            with archive.open(info) as member:
                content = member.read(MAX_PO_BYTES + 1)  # never trust the declared size
            if len(content) > MAX_PO_BYTES:
                raise UploadError(_("%(name)s is larger than 2 MB.") % {"name": info.filename})
            files.append((info.filename, content))
        return files
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as error:
        raise UploadError(_("The zip archive cannot be read.")) from error


def _decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Some tools write the charset the header declares; accept it when it is a real one.
    head = data[:2000].decode("ascii", "replace")
    marker = "charset="
    if marker in head:
        charset = head.split(marker, 1)[1].split("\\n", 1)[0].split('"', 1)[0].strip()
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    raise UploadError(_("This is not a text file in UTF-8."))


def parse_po(data):
    """A polib.POFile from the bytes of an upload, or UploadError."""
    text = _decode(data)
    # polib takes a string without a line break for a file name: a PO file always has several.
    if "\n" not in text.strip() or "\x00" in text:
        raise UploadError(_("This is not a PO file."))
    try:
        po = polib.pofile(text, wrapwidth=200)
    except (OSError, ValueError, UnicodeError, LookupError) as error:
        raise UploadError(_("This is not a valid PO file: %(error)s") % {"error": error}) from error
    if not po.metadata and not len(po):
        raise UploadError(_("This is not a PO file."))
    return po


def exported_at(po):
    for key in (EXPORTED_AT, "POT-Creation-Date"):
        value = po.metadata.get(key)
        if not value:
            continue
        try:
            moment = parse_datetime(value.strip())
        except ValueError:
            moment = None
        if moment is not None:
            if timezone.is_naive(moment):
                moment = timezone.make_aware(moment, datetime.UTC)
            return moment
    return None


def _language(value):
    return value.strip().lower().replace("_", "-").split("-")[0] if value else ""


# --- Checking a file against its translation ----------------------------------------------------


@dataclass
class Plan:
    """What importing one file would do; built without changing anything."""

    name: str
    translation: Translation
    po: polib.POFile
    apply: list = field(default_factory=list)  # POEntry
    unchanged: int = 0
    conflicts: list = field(default_factory=list)  # msgids kept because changed since export
    unknown: list = field(default_factory=list)  # msgids the source no longer has
    skipped: int = 0  # empty or fuzzy entries

    @property
    def title(self):
        return self.translation.source.object_repr

    @property
    def language_code(self):
        return self.translation.target_locale.language_code


def plan_import(name, po, user, expected=None, overwrite=False):
    """Check `po` and work out which entries to import. Raises UploadError."""
    raw_id = (po.metadata.get(TRANSLATION_ID) or "").strip()
    if not raw_id:
        raise UploadError(
            _("This PO file was not exported from this site: its header has no translation ID.")
        )
    try:
        translation = Translation.objects.select_related("source", "target_locale").get(uuid=raw_id)
    except (Translation.DoesNotExist, ValidationError, ValueError) as error:
        raise UploadError(
            _("This PO file belongs to a translation that does not exist on this site.")
        ) from error
    if not translation.enabled:
        raise UploadError(_("The translation this PO file belongs to was stopped."))
    if expected is not None and translation.pk != expected.pk:
        raise UploadError(
            _("This PO file is for “%(file)s” (%(file_language)s), not “%(page)s” (%(language)s).")
            % {
                "file": translation.source.object_repr,
                "file_language": translation.target_locale.language_code,
                "page": expected.source.object_repr,
                "language": expected.target_locale.language_code,
            }
        )
    declared = _language(po.metadata.get("Language"))
    if declared and declared != translation.target_locale.language_code:
        raise UploadError(
            _(
                "This PO file is in the wrong language: it says “%(file)s”, the translation is "
                "into “%(language)s”."
            )
            % {"file": declared, "language": translation.target_locale.language_code}
        )
    if not may_edit_instance(user, _target_or_source(translation)):
        raise UploadError(
            _("You may not edit “%(page)s” in this language.")
            % {"page": translation.source.object_repr}
        )

    plan = Plan(name=name, translation=translation, po=po)
    segments = {
        (context_path, data): (string_id, context_id)
        for string_id, context_id, context_path, data in StringSegment.objects.filter(
            source=translation.source
        ).values_list("string_id", "context_id", "context__path", "string__data")
    }
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=translation.target_locale,
            context__object_id=translation.source.object_id,
        ).only("translation_of_id", "context_id", "data", "updated_at")
    }
    since = exported_at(po)
    entries = [entry for entry in po if not entry.obsolete]
    if not entries:
        raise UploadError(_("This PO file contains no texts to translate."))
    for entry in entries:
        if not entry.msgstr or "fuzzy" in entry.flags:
            plan.skipped += 1
            continue
        found = segments.get((entry.msgctxt, entry.msgid))
        if found is None:
            plan.unknown.append(entry.msgid)
            continue
        current = existing.get(found)
        if current is not None and current.data == entry.msgstr:
            plan.unchanged += 1
        elif (
            current is not None and not overwrite and (since is None or current.updated_at > since)
        ):
            plan.conflicts.append(entry.msgid)
        else:
            plan.apply.append(entry)
    if not plan.apply and not plan.unchanged and not plan.conflicts and plan.unknown:
        raise UploadError(
            _("None of the texts in this PO file belong to the current version of “%(page)s”.")
            % {"page": translation.source.object_repr}
        )
    return plan


# --- Importing --------------------------------------------------------------------------------


def save_draft(translation, user):
    """Keep imported strings as a draft of the translated page (a revision only, when the page
    is live: pages.translation_workflow.save_translation_draft). Snippets have no drafts: they
    keep the strings, which the translation editor applies when the snippet is saved."""
    if issubclass(translation.source.specific_content_type.model_class(), Page):
        save_translation_draft(translation, user=user)


@transaction.atomic
def apply_plans(plans, user):
    """Import every plan's entries; all or nothing."""
    for plan in plans:
        if not plan.apply:
            continue
        po = polib.POFile(wrapwidth=200)
        po.metadata = {TRANSLATION_ID: str(plan.translation.uuid)}
        for entry in plan.apply:
            po.append(polib.POEntry(msgid=entry.msgid, msgctxt=entry.msgctxt, msgstr=entry.msgstr))
        plan.translation.import_po(po, user=user, tool_name=TOOL_NAME)
        save_draft(plan.translation, user)


def import_files(files, user, expected=None, overwrite=False):
    """Check all files, then import them: (plans, errors). With any error nothing is imported."""
    plans, errors, seen = [], [], set()
    for name, data in files:
        try:
            plan = plan_import(name, parse_po(data), user, expected=expected, overwrite=overwrite)
        except UploadError as error:
            errors.append((name, str(error)))
            continue
        if plan.translation.pk in seen:
            errors.append((name, _("Another file in this upload is for the same translation.")))
            continue
        seen.add(plan.translation.pk)
        plans.append(plan)
    if errors:
        return plans, errors
    try:
        apply_plans(plans, user)
    except ValidationError as error:
        # The translated page would not validate (a slug taken, a required field left empty):
        # the transaction was rolled back.
        return plans, [("", _("The translations could not be saved: %(error)s") % {"error": error})]
    return plans, []


# --- Views ------------------------------------------------------------------------------------


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("PO file or zip archive of PO files"),
        help_text=gettext_lazy("As downloaded from the translation board, translated."),
    )
    overwrite = forms.BooleanField(
        label=gettext_lazy("Overwrite translations changed since the file was downloaded"),
        required=False,
    )
    translation = forms.IntegerField(required=False, widget=forms.HiddenInput)


def upload(request):
    """GET: the form; POST: check and import, then back to the board (303)."""
    # ?translation=<id> (the board's "Upload" link of one cell): the file must be for it.
    form = UploadForm(
        request.POST or None,
        request.FILES or None,
        initial={"translation": request.GET.get("translation", "")[:20]},
    )
    errors = []
    expected = None
    if request.method == "POST" and form.is_valid():
        expected_id = form.cleaned_data.get("translation")
        if expected_id:
            expected = (
                Translation.objects.select_related("source", "target_locale")
                .filter(pk=expected_id)
                .first()
            )
            if expected is None:
                errors.append(("", _("The translation to upload for does not exist.")))
        if not errors:
            try:
                files = read_upload(form.cleaned_data["file"])
            except UploadError as error:
                errors.append((form.cleaned_data["file"].name, str(error)))
            else:
                plans, errors = import_files(
                    files, request.user, expected=expected, overwrite=form.cleaned_data["overwrite"]
                )
                if not errors:
                    _report(request, plans)
                    return HttpResponseSeeOther(reverse("glokal_translation_board:board"))
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "pages/translation/admin/status_board_upload.html",
        {
            "form": form,
            "errors": errors,
            "page_title": _("Upload PO files"),
            "header_title": _("Upload PO files"),
            "header_icon": "upload",
            "board_url": reverse("glokal_translation_board:board"),
        },
        status=status,
    )


def _report(request, plans):
    for plan in plans:
        what = {"page": plan.title, "language": plan.language_code}
        if plan.apply:
            messages.success(
                request,
                ngettext(
                    "“%(page)s” (%(language)s): %(number)d translation imported.",
                    "“%(page)s” (%(language)s): %(number)d translations imported.",
                    len(plan.apply),
                )
                % {**what, "number": len(plan.apply)},
            )
        else:
            messages.info(request, _("“%(page)s” (%(language)s): nothing changed.") % what)
        if plan.conflicts:
            messages.warning(
                request,
                ngettext(
                    "“%(page)s” (%(language)s): %(number)d translation was changed on the site "
                    "after the download and was kept; tick “overwrite” to replace it.",
                    "“%(page)s” (%(language)s): %(number)d translations were changed on the site "
                    "after the download and were kept; tick “overwrite” to replace them.",
                    len(plan.conflicts),
                )
                % {**what, "number": len(plan.conflicts)},
            )
        if plan.unknown:
            messages.warning(
                request,
                ngettext(
                    "“%(page)s” (%(language)s): %(number)d text is no longer in the German "
                    "original and was skipped.",
                    "“%(page)s” (%(language)s): %(number)d texts are no longer in the German "
                    "original and were skipped.",
                    len(plan.unknown),
                )
                % {**what, "number": len(plan.unknown)},
            )
