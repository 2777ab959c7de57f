"""`{% newsletter_signup_compact %}`: the compact signup form for every page's footer."""

from django import template
from django.urls import reverse

from ..consent import CONSENT_TEXT_VERSION
from ..forms import CompactSignupForm, Source
from ..views import privacy_url

register = template.Library()


@register.inclusion_tag("newsletter/includes/compact_form.html", takes_context=True)
def newsletter_signup_compact(context):
    """Address and consent only (interests can be chosen later in the preferences); posts to
    the signup view. Renders nothing on the signup page itself, which has the full form.
    Adds no database query: the privacy link comes from the footer's cached links."""
    if context.get("newsletter_signup_page"):
        return {"show": False}
    # Own ids, so they cannot clash with a form on the page (the inquiry form has "website").
    form = CompactSignupForm(auto_id="newsletter-compact-%s", source=Source.FOOTER)
    return {
        "show": True,
        "form": form,
        "action": reverse("newsletter:signup"),
        "consent_version": CONSENT_TEXT_VERSION,
        "privacy_url": privacy_url(),
    }
