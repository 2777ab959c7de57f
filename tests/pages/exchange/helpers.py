"""Helpers for the exchange tests: the company data an offer keeps private, a valid inquiry
to an offer and a valid offer submission with the signed form stamps they carry, and reading
the pages."""

import time

from pages.core.public_forms.stamps import check_stamp, issue_stamp
from pages.exchange import inquiry_forms
from pages.exchange.submission_forms import HONEYPOT_FIELD, STAMP_FIELD, stamp_scope

# The private company data of the offers factories.add_offer creates (and the test offers'
# website): no page, listing or export may show it; only the forwarded inquiry carries it.
PRIVATE = [
    "Geheim GmbH",
    "Verena Vertraulich",
    "geheim@firma.example",
    "+49 30 23125 099",
    "geheim-gmbh.example",
]
MESSAGE = "Wir fertigen Messtechnik für Kläranlagen und suchen einen Partner für ein Pilotprojekt."


# --- Inquiries to an offer -----------------------------------------------------------------


def form_token(offer, at=None):
    """The stamp of `offer`'s inquiry form as if it had been shown at `at` (now)."""
    return issue_stamp(inquiry_forms.stamp_scope(offer), shown_at=at)


def check_form_token(offer, token):
    return check_stamp(token, inquiry_forms.stamp_scope(offer))


def interest_url(offer):
    return offer.url + offer.reverse_subpage("inquiry")


def form_data(offer, **overrides):
    """A valid inquiry to `offer`; overrides are form fields."""
    data = {
        "name": "Jan Kowalski",
        "organisation": "Kowalski Sp. z o.o.",
        "email": "jan@kowalski.example",
        "phone": "+48 71 123 45 67",
        "country": "PL",
        "message": MESSAGE,
        "consent": "on",
        "website": "",
        # Shown a minute ago: people take longer than MIN_FILL_SECONDS.
        "started": form_token(offer, at=time.time() - 60),
    }
    data.update(overrides)
    return data


# --- Offer submissions ---------------------------------------------------------------------


def make_form_stamp(index, issued_at=None):
    """The stamp of `index`'s form as if it had been shown at `issued_at` (now)."""
    return issue_stamp(stamp_scope(index), shown_at=issued_at)


def old_stamp(index, seconds=10):
    return make_form_stamp(index, issued_at=time.time() - seconds)


def valid_data(cs, **overrides):
    """A valid Czech offer submission with the sectors and region of `cs` (see the `cs`
    fixture of test_offer_submission.py); an override of None leaves that field out."""
    data = {
        "title": "Hledáme distributora senzorů v Sasku",
        "kind": "technology_offer",
        "summary": "Vyvíjíme senzory pro vozidla a hledáme partnera pro distribuci.",
        "description": "První odstavec: senzory < 5 g & lidar.\nDruhý řádek.\n\nDruhý odstavec.",
        "keywords": "senzory, lidar,  senzory , radar",
        "valid_until": "",
        "sectors": [str(cs["auto"].pk), str(cs["energy"].pk)],
        "company_country": "CZ",
        "region": str(cs["region"].pk),
        "target_countries": ["DE", "PL"],
        "partner_types": ["sme", "research"],
        "partnership_types": ["distribution"],
        "development_stage": "prototype",
        "company_name": "Tajná s.r.o.",
        "contact_name": "Jana Nováková",
        "email": "jana@tajna.example",
        "phone": "+420 475 123 456",
        "website": "www.tajna.example",
        "consent": "on",
        HONEYPOT_FIELD: "",
        STAMP_FIELD: old_stamp(cs["index"]),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
