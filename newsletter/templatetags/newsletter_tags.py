"""`{% newsletter_signup_compact %}`: the compact signup form for every page's footer."""

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from pages.core.cache import cached
from pages.core.public_forms.stamps import issue_stamp

from ..consent import CONSENT_TEXT_VERSION
from ..forms import STAMP_FIELD, STAMP_SCOPE, CompactSignupForm, Source
from ..views import privacy_url

register = template.Library()

# Stands in for the signed stamp in the cached form; every rendering gets a fresh stamp.
STAMP_PLACEHOLDER = "glokal0newsletter0stamp0placeholder"


def _compact_form_html():
    # Own ids, so they cannot clash with a form on the page (the inquiry form has "website").
    form = CompactSignupForm(auto_id="newsletter-compact-%s", source=Source.FOOTER)
    form.initial[STAMP_FIELD] = STAMP_PLACEHOLDER
    context = {
        "show": True,
        "form": form,
        "action": reverse("newsletter:signup"),
        "consent_version": CONSENT_TEXT_VERSION,
        "privacy_url": privacy_url(),
    }
    return render_to_string("newsletter/includes/compact_form.html", context)


@register.simple_tag(takes_context=True)
def newsletter_signup_compact(context):
    """Address and consent only (interests can be chosen later in the preferences); posts to
    the signup view. Renders nothing on the signup page itself, which has the full form.
    Adds no database query: the privacy link comes from the footer's cached links.

    The form is the same on every page of a language but for its stamp, so it is rendered
    once per language (and structure version: the privacy link) and stamped per request."""
    if context.get("newsletter_signup_page"):
        return render_to_string("newsletter/includes/compact_form.html", {"show": False})
    html = cached(f"newsletter-compact:{translation.get_language()}", _compact_form_html)
    return mark_safe(html.replace(STAMP_PLACEHOLDER, escape(issue_stamp(STAMP_SCOPE))))
