"""The consent texts a subscriber agrees to, by version.

A new wording gets a new version and the old one stays here, so the `consent_text_version`
of every stored ConsentRecord can still be resolved to the exact text that was shown.
"""

from django.utils.translation import gettext_lazy as _

CONSENT_TEXTS = {
    "newsletter-v1": _(
        "I would like to receive the Glokal newsletter by email at the frequency I chose, with "
        "cooperation offers, events and press releases that match my interests. Glokal stores "
        "my address, my choices and proof of my consent (time, IP address and browser) for this "
        "purpose. I can unsubscribe at any time through the link in every newsletter."
    ),
}
CONSENT_TEXT_VERSION = "newsletter-v1"


def consent_text(version=CONSENT_TEXT_VERSION):
    """The consent text of `version` (in the active language), or "" for an unknown one."""
    text = CONSENT_TEXTS.get(version)
    return str(text) if text is not None else ""
