"""Submission of cooperation offers by companies through the public form: the view, the draft
and the mails (the form is in pages/exchange/submission_forms.py).

A company fills in the form in any of the four languages. A valid submission becomes a draft
CooperationOfferPage in that language under the exchange, enters the moderation workflow and
is announced to the editors; the submitter gets a confirmation mail in their language that
repeats nothing they typed (the address is not verified: a mail to it carries no text its
sender chose).
Nothing is public until an editor approves the workflow (which publishes the page and gives
it its reference number).

Spam protection is the public forms' (pages/core/public_forms/), without third-party services:

* the honeypot: bots that fill it get the ordinary thank-you page, but nothing is created;
* the signed form stamp: a post too soon after the form was shown, too long after, or with a
  missing or forged stamp is refused;
* rate limits: posts and submissions per IP address, submissions per company email address
  (429). Every attempt counts.

The description is stored as escaped paragraph blocks, never as submitted rich text.
"""

import logging
import re

from django.conf import settings
from django.db import transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.rich_text import RichText

from pages.core.page_views import page_view
from pages.core.public_forms import mail
from pages.core.public_forms.client import client_ip
from pages.core.public_forms.ratelimit import RateLimits
from pages.exchange.log_actions import OFFER_SUBMITTED_ACTION
from pages.exchange.models.offers import (
    CooperationOfferIndexPage,
    CooperationOfferPage,
    OfferKind,
    OfferSector,
)
from pages.exchange.submission_forms import CONSENT_VERSION, OfferSubmissionForm

logger = logging.getLogger(__name__)

# (how many, per seconds); settings.GLOKAL_OFFER_SUBMISSION_LIMITS overrides them one by one.
LIMITS = RateLimits(
    "offer-submission",
    defaults={
        "posts_per_ip": (30, 60 * 60),
        "submissions_per_ip": (5, 60 * 60),
        "submissions_per_email": (3, 24 * 60 * 60),
    },
    setting="GLOKAL_OFFER_SUBMISSION_LIMITS",
)

MAILS = "pages/exchange/emails"


# --- Creating the draft -----------------------------------------------------------------------


def description_blocks(text):
    """Plain text → paragraph blocks of escaped text; single line breaks become <br/>."""
    blocks = []
    for paragraph in re.split(r"\n\s*\n", text or ""):
        paragraph = paragraph.strip()
        if paragraph:
            html = "<br/>".join(escape(line) for line in paragraph.split("\n"))
            blocks.append(("paragraph", RichText(f"<p>{html}</p>")))
    return blocks


def unique_slug(parent, title):
    base = slugify(title)[:60].strip("-") or "offer"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    candidate, suffix = base, 1
    while candidate in taken:
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


def create_draft_offer(index, data, request):
    """The draft page, its revision, the log entry with the consent, the workflow. Atomic."""
    with transaction.atomic():
        # Fresh and locked: two submissions at once must not compute the same tree path.
        parent = CooperationOfferIndexPage.objects.select_for_update().get(pk=index.pk)
        page = CooperationOfferPage(
            title=data["title"],
            slug=unique_slug(parent, data["title"]),
            locale_id=parent.locale_id,
            live=False,
            kind=data["kind"],
            summary=data["summary"],
            body=description_blocks(data.get("description", "")),
            keywords=data.get("keywords", ""),
            company_country=data["company_country"],
            company_region=data.get("region"),
            target_countries=list(data.get("target_countries") or []),
            partner_types=list(data.get("partner_types") or []),
            partnership_types=list(data.get("partnership_types") or []),
            development_stage=data.get("development_stage") or "",
            valid_until=data["valid_until"],
            company_name=data["company_name"],
            company_contact_name=data["contact_name"],
            company_email=data["email"],
            company_phone=data.get("phone", ""),
            company_website=data.get("website", ""),
            submitted_by_company=True,
        )
        for sector in data["sectors"]:
            page.sector_links.add(OfferSector(sector=sector))
        parent.add_child(instance=page)
        revision = page.save_revision(user=None, log_action=False)

        log(
            instance=page,
            action=OFFER_SUBMITTED_ACTION,
            revision=revision,
            data={
                "consent_version": CONSENT_VERSION,
                "consent_given_at": timezone.now().isoformat(),
                "language": parent.locale.language_code,
                "ip_hash": _hash(client_ip(request)),
                "user_agent": _printable(request.META.get("HTTP_USER_AGENT", ""))[:300],
                "form": "public-offer-submission",
            },
        )

        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(page, user=None)
        else:
            logger.warning(
                "No active workflow applies to submitted offer %s; it stays a draft.", page.pk
            )
    return page


def _hash(value):
    """A pseudonym of the visitor's address for the log (keyed, so it cannot be reversed)."""
    return salted_hmac("glokal.offer-submission", value).hexdigest()[:24]


def _printable(text):
    return "".join(c for c in text if c.isprintable())


# --- Mails ------------------------------------------------------------------------------------


def editor_recipients(page):
    """The editors' addresses. A company's draft has no contact person yet: editors assign
    one when they review it, so nothing the company sent goes to anyone else before that."""
    return list(dict.fromkeys(getattr(settings, "GLOKAL_EDITOR_EMAILS", [])))


def notify(page, data):
    """The editors' notice (in the agency's language) and the submitter's confirmation (in
    theirs). The page exists either way: a mail problem is logged, never raised."""
    language = page.locale.language_code
    context = {
        "page": page,
        "data": data,
        "language": language,
        "language_name": dict(settings.LANGUAGES).get(language, language),
        "kind": OfferKind(page.kind).label,
        "sectors": [sector.name for sector in data["sectors"]],
        "admin_url": mail.admin_url("wagtailadmin_pages:edit", page.pk),
        "has_workflow": page.workflow_in_progress,
        "consent_version": CONSENT_VERSION,
    }
    editors = editor_recipients(page)
    if editors:
        mail.send_or_log(
            f"{MAILS}/offer_submitted_editors",
            context,
            language=settings.LANGUAGE_CODE,
            to=editors,
            reply_to=[page.company_email],
        )
    else:
        logger.warning("No editor addresses (GLOKAL_EDITOR_EMAILS) for offer %s.", page.pk)
    # In the submitter's language; replies reach the editors. No advertising in it, and
    # nothing from the form: nobody has verified the address, so a mail carrying the
    # submitted text would let anyone send their own words, in our name, to any address.
    mail.send_or_log(
        f"{MAILS}/offer_submitted_confirmation",
        {},
        language=language,
        to=[page.company_email],
        reply_to=editors,
    )


# --- The view ---------------------------------------------------------------------------------


def _render(index, request, *, form=None, state="form", status=200):
    context = index.get_context(request)
    context.update({"index": index, "form": form, "state": state})
    if form is not None:
        context["fieldsets"] = form.fieldsets()
    response = TemplateResponse(request, "pages/exchange/offer_submit.html", context, status=status)
    add_never_cache_headers(response)
    return response


def _limited(index, request, retry_after):
    response = _render(index, request, state="limited", status=429)
    response["Retry-After"] = str(retry_after)
    return response


def _thanks_url(index, request):
    return index.get_url(request) + index.reverse_subpage("submit") + "?sent=1"


@page_view("exchange.submit")
def submit_offer_view(index, request):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method != "POST":
        if request.GET.get("sent"):
            return _render(index, request, state="sent")
        return _render(index, request, form=OfferSubmissionForm(index=index))

    ip = client_ip(request)
    if retry_after := LIMITS.attempt(posts_per_ip=ip):
        return _limited(index, request, retry_after)

    form = OfferSubmissionForm(request.POST, index=index)
    if form.honeypot_filled:
        # Tell bots nothing: the usual thank-you page, but no page, no mail. It counts as a
        # submission from that address all the same.
        logger.info("Offer submission dropped: honeypot filled (ip hash %s)", _hash(ip))
        LIMITS.attempt(submissions_per_ip=ip)
        return HttpResponseRedirect(_thanks_url(index, request))
    if not form.is_valid():
        return _render(index, request, form=form, status=400)

    email = form.cleaned_data["email"].lower()
    if retry_after := LIMITS.attempt(submissions_per_ip=ip, submissions_per_email=email):
        logger.info("Offer submission refused: a submission limit is reached")
        return _limited(index, request, retry_after)

    page = create_draft_offer(index, form.cleaned_data, request)
    notify(page, form.cleaned_data)
    return HttpResponseRedirect(_thanks_url(index, request))
