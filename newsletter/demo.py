"""Demo subscribers for `make run`: confirmed addresses in all four languages, weekly and
monthly, with different interests, so a digest run on the demo site sends something to
everyone and shows the segmentation. All addresses are invented (example.org/.net).

Runs after pages.demo (INSTALLED_APPS order), whose topics, sectors and regions it finds in the
shared DemoContext by slug. Idempotent: a subscriber that exists already is brought back to its
demo settings, and its consent records (append-only) are written only when it is created.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from .consent import CONSENT_TEXT_VERSION
from .models import ConsentAction, ConsentRecord, Frequency, Subscriber, SubscriberStatus
from .subscriptions import choices_of, find_subscriber


@dataclass(frozen=True)
class DemoSubscriber:
    email: str
    language: str
    frequency: str
    offer_kinds: tuple = ()
    sectors: tuple = ()  # slugs of pages.demo.taxonomy.SECTORS
    regions: tuple = ()
    countries: tuple = ()
    topics: tuple = ()
    status: str = SubscriberStatus.ACTIVE
    note: str = ""  # why this profile is in the demo


SUBSCRIBERS = [
    DemoSubscriber(
        "katrin.vogel@example.org",
        "de",
        Frequency.WEEKLY,
        sectors=("automotive", "mechanical-engineering"),
        countries=("PL", "CZ"),
        note="Zulieferer in Chemnitz sucht Partner in Polen und Tschechien",
    ),
    DemoSubscriber(
        "t.schreiber@example.net",
        "de",
        Frequency.MONTHLY,
        topics=("wirtschaftsfoerderung", "grenzregion-interreg"),
        note="Only events and press: all sectors, monthly",
    ),
    DemoSubscriber(
        "olivia.grant@example.org",
        "en",
        Frequency.WEEKLY,
        offer_kinds=("technology_offer", "technology_request", "research_partner"),
        sectors=("life-sciences", "electrical-engineering"),
        note="Technology scout: everything technological",
    ),
    DemoSubscriber(
        "m.nowak@example.org",
        "pl",
        Frequency.WEEKLY,
        sectors=("logistics", "automotive"),
        regions=("dolnoslaskie", "sachsen"),
        note="Logistics company in Lower Silesia",
    ),
    DemoSubscriber(
        "agnieszka.wrobel@example.net",
        "pl",
        Frequency.MONTHLY,
        offer_kinds=("business_offer", "business_request"),
        sectors=("energy",),
        countries=("DE",),
    ),
    DemoSubscriber(
        "jana.dvorakova@example.org",
        "cs",
        Frequency.WEEKLY,
        sectors=("mechanical-engineering", "energy"),
        regions=("ustecky-kraj", "karlovarsky-kraj"),
        note="Strojírenská firma z Ústí nad Labem",
    ),
    DemoSubscriber(
        "petr.svoboda@example.net",
        "cs",
        Frequency.MONTHLY,
        topics=("innovation", "digitalisierung"),
        sectors=("digital-services",),
    ),
    DemoSubscriber(
        "nicht.bestaetigt@example.org",
        "de",
        Frequency.WEEKLY,
        status=SubscriberStatus.PENDING,
        note="Never confirmed: gets no digest",
    ),
]


def _keys(terms, slugs):
    """Translation keys of the demo terms with these slugs (missing ones are skipped)."""
    return [str(terms[slug].translation_key) for slug in slugs if slug in terms]


def _choices(ctx, spec):
    return {
        "language": spec.language,
        "frequency": spec.frequency,
        "offer_kinds": list(spec.offer_kinds),
        "sector_keys": _keys(ctx.sectors, spec.sectors),
        "region_keys": _keys(ctx.regions, spec.regions),
        "countries": list(spec.countries),
        "topic_keys": _keys(ctx.topics, spec.topics),
    }


def load(ctx):
    now = timezone.now()
    for spec in SUBSCRIBERS:
        choices = _choices(ctx, spec)
        with transaction.atomic():
            subscriber = find_subscriber(spec.email)
            if subscriber is not None:
                wanted = {**choices, "status": spec.status}
                current = {**choices_of(subscriber), "status": subscriber.status}
                if current != wanted:
                    for name, value in wanted.items():
                        setattr(subscriber, name, value)
                    subscriber.save()
                continue
            confirmed = spec.status == SubscriberStatus.ACTIVE
            subscriber = Subscriber.objects.create(
                email=spec.email,
                status=spec.status,
                confirmed_at=now if confirmed else None,
                **choices,
            )
            actions = [ConsentAction.REQUESTED] + ([ConsentAction.CONFIRMED] if confirmed else [])
            for action in actions:
                ConsentRecord.objects.create(
                    subscriber=subscriber,
                    action=action,
                    email=subscriber.email,
                    language=subscriber.language,
                    consent_text_version=CONSENT_TEXT_VERSION,
                    source="demo",
                    details=choices,
                )
    ctx.report("Newsletter subscribers", len(SUBSCRIBERS), translated=False)
