"""What goes into a subscriber's digest, and rendering it once per identical digest.

The work of a batch is split so that nothing costs per subscriber what can be done once:

- `DigestItems.load(since, now)` reads everything any subscriber of a batch could get, in a
  constant number of queries: new German offers with their translations, upcoming events,
  new press releases.
- `compose(subscriber, items, since)` picks a subscriber's items in memory. It is memoised
  per interest signature (language, interests, and which items are new for them), so
  100,000 subscribers cost as many compositions as there are distinct signatures.
- `render(digest)` renders the HTML and text once per identical digest (same `Digest.key`),
  with placeholders where the per-recipient links go.
- `personalise(rendered, subscriber, …)` substitutes those links and adds the headers: a few
  string replacements per recipient, no template.
"""

import bisect
import datetime
import hashlib
import html
from dataclasses import dataclass, field
from email.utils import parseaddr
from functools import cached_property

import css_inline
from django.conf import settings
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from pages.calendar.models import EventDate, EventPage, EventRegion, EventTopic
from pages.core.restrictions import public
from pages.exchange.matching import InterestProfile, OfferProfile, fits_interests, translation_keys
from pages.exchange.models.offers import CooperationOfferPage, OfferSector
from press.models import PressReleasePage, PressReleaseTopic

from . import tokens

MAX_OFFERS = 20
MAX_EVENTS = 5
MAX_RELEASES = 5
EVENT_HORIZON = datetime.timedelta(weeks=8)
# Upper bounds on what one batch loads, so a subscriber whose last digest is years old
# cannot make a worker read the whole archive.
LOAD_LIMIT_OFFERS = 5000
LOAD_LIMIT_RELEASES = 200
LOAD_LIMIT_EVENTS = 500
# How far back a subscriber without a last digest or confirmation date is served.
DEFAULT_WINDOW = datetime.timedelta(days=31)
FIRST_DIGEST_LOOKBACK = {
    "weekly": datetime.timedelta(days=7),
    "monthly": datetime.timedelta(days=31),
}

# Per-recipient parts of a rendered digest; `personalise` or a transport replaces them.
UNSUBSCRIBE_PLACEHOLDER = "{{GLK_UNSUBSCRIBE_URL}}"
PREFERENCES_PLACEHOLDER = "{{GLK_PREFERENCES_URL}}"
PLACEHOLDERS = {
    "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER,
    "preferences_url": PREFERENCES_PLACEHOLDER,
}
ONE_CLICK = "List-Unsubscribe=One-Click"


def source_language():
    return settings.LANGUAGE_CODE


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class _UrlContext:
    """Stands in for a request in `Page.get_url_parts`, which caches the site root paths on
    it: one lookup for all the URLs of a batch instead of one per page."""


@dataclass(eq=False)
class Item:
    """One offer, event or press release, with its language versions (German always)."""

    kind: str  # "offer", "event", "release"
    pk: int  # the German page
    published_at: datetime.datetime
    versions: dict  # language code -> specific page
    profile: OfferProfile | None = None
    topic_keys: frozenset = frozenset()
    region_keys: frozenset = frozenset()
    country: str = ""
    start: datetime.datetime | None = None  # events: the next date
    end: datetime.datetime | None = None
    all_day: bool = False

    def version(self, language):
        """(page, fallback): the page in `language`, else the German one, marked."""
        page = self.versions.get(language)
        if page is not None:
            return page, False
        return self.versions[source_language()], language != source_language()


@dataclass(frozen=True)
class Entry:
    """An item as one digest shows it."""

    item: Item
    page: object
    language: str  # the language of `page`
    fallback: bool  # shown in German because the subscriber's language is missing
    url: str


@dataclass(eq=False)
class Digest:
    language: str
    offers: list
    events: list
    releases: list
    since: datetime.datetime

    @cached_property
    def key(self):
        """Equal for digests that render to the same mail, whoever gets them."""
        parts = [self.language]
        for label, entries in (("o", self.offers), ("e", self.events), ("r", self.releases)):
            parts.extend(f"{label}{e.item.pk}{'f' if e.fallback else ''}" for e in entries)
        return hashlib.sha1(" ".join(parts).encode()).hexdigest()

    @property
    def item_count(self):
        return len(self.offers) + len(self.events) + len(self.releases)

    def summary(self):
        """A short account for the dry run and the admin: counts and titles."""
        return {
            "language": self.language,
            "offers": [e.page.title for e in self.offers],
            "events": [e.page.title for e in self.events],
            "releases": [e.page.title for e in self.releases],
            "fallbacks": sum(e.fallback for e in self.offers + self.events + self.releases),
            "key": self.key,
        }


@dataclass(frozen=True)
class RenderedDigest:
    """A digest rendered once, with `PLACEHOLDERS` where each recipient's links go."""

    key: str
    language: str
    subject: str
    html: str
    text: str
    item_count: int


@dataclass(frozen=True)
class Personalised:
    subject: str
    html: str
    text: str
    headers: dict
    unsubscribe_url: str
    preferences_url: str


def _locales():
    return {locale.pk: locale.language_code for locale in Locale.objects.all()}


def _translations(model, german_pages, languages, *, prefetch=()):
    """Live public translations of `german_pages` in the target languages, by
    (translation_key, language): one query (plus one per prefetch)."""
    if not german_pages:
        return {}
    targets = [pk for pk, code in languages.items() if code != source_language()]
    queryset = public(
        model.objects.live().filter(
            translation_key__in=[page.translation_key for page in german_pages],
            locale_id__in=targets,
        )
    ).prefetch_related(*prefetch)
    return {(page.translation_key, languages[page.locale_id]): page for page in queryset}


def _versions(german, translations):
    versions = {source_language(): german}
    for language in target_languages():
        page = translations.get((german.translation_key, language))
        if page is not None:
            versions[language] = page
    return versions


@dataclass(eq=False)
class DigestItems:
    """Everything the subscribers of one batch can get, loaded once."""

    since: datetime.datetime
    now: datetime.datetime
    offers: list = field(default_factory=list)  # newest first
    events: list = field(default_factory=list)  # by next date
    releases: list = field(default_factory=list)  # newest first
    queries: int = 0

    def __post_init__(self):
        self._memo = {}
        self._urls = {}
        self._url_context = _UrlContext()
        self._publish_times = []

    @classmethod
    def load(cls, since, now=None):
        """Items for subscribers whose last digest is `since` or later (the earliest of the
        batch), published up to `now` (the run's start: whatever appears later goes into the
        next run, so every subscriber of a run shares the same new `since`)."""
        now = now or timezone.now()
        since = since or now - DEFAULT_WINDOW
        items = cls(since=since, now=now)
        languages = _locales()
        items.offers = _load_offers(since, now, languages)
        items.events = _load_events(now, languages)
        items.releases = _load_releases(since, now, languages)
        items._publish_times = sorted(
            item.published_at for item in items.offers + items.events + items.releases
        )
        return items

    def url(self, page):
        """The page's public absolute URL, computed once per batch."""
        url = self._urls.get(page.pk)
        if url is None:
            parts = page.get_url_parts(request=self._url_context)
            path = parts[2] if parts and parts[2] else "/"
            url = settings.GLOKAL_PUBLIC_BASE_URL.rstrip("/") + path
            self._urls[page.pk] = url
        return url

    def entry(self, item, language):
        page, fallback = item.version(language)
        page_language = source_language() if fallback else language
        return Entry(item, page, page_language, fallback, self.url(page))

    def newness(self, since):
        """How many loaded items are not newer than `since`: two subscribers with the same
        count get the same items, whatever their exact `since`."""
        return bisect.bisect_right(self._publish_times, since)


def _load_offers(since, now, languages):
    today = timezone.localdate(now)
    sectors = OfferSector.objects.select_related("sector").order_by("sort_order", "pk")
    german = list(
        public(CooperationOfferPage.objects.live())
        .current(today)
        .filter(
            locale__language_code=source_language(),
            first_published_at__gt=since,
            first_published_at__lte=now,
        )
        .select_related("company_region")
        .prefetch_related(Prefetch("sector_links", queryset=sectors))
        .order_by("-first_published_at", "-pk")[:LOAD_LIMIT_OFFERS]
    )
    translations = _translations(
        CooperationOfferPage,
        german,
        languages,
        prefetch=[Prefetch("sector_links", queryset=sectors)],
    )
    return [
        Item(
            kind="offer",
            pk=page.pk,
            published_at=page.first_published_at,
            versions=_versions(page, translations),
            profile=OfferProfile.of(page),
        )
        for page in german
    ]


def _load_events(now, languages):
    horizon = now + EVENT_HORIZON
    dates = EventDate.objects.filter(end__gte=now, start__lte=horizon).order_by("start", "pk")
    german = list(
        public(EventPage.objects.live())
        .filter(
            locale__language_code=source_language(),
            dates__end__gte=now,
            dates__start__lte=horizon,
            first_published_at__lte=now,
        )
        .distinct()
        .prefetch_related(
            Prefetch("dates", queryset=dates, to_attr="upcoming_dates"),
            Prefetch("topic_links", queryset=EventTopic.objects.select_related("topic")),
            Prefetch("region_links", queryset=EventRegion.objects.select_related("region")),
        )[:LOAD_LIMIT_EVENTS]
    )
    translations = _translations(EventPage, german, languages)
    items = []
    for page in german:
        if not page.upcoming_dates:
            continue
        first = page.upcoming_dates[0]
        items.append(
            Item(
                kind="event",
                pk=page.pk,
                published_at=page.first_published_at,
                versions=_versions(page, translations),
                topic_keys=frozenset(link.topic.translation_key for link in page.topic_links.all()),
                region_keys=frozenset(
                    link.region.translation_key for link in page.region_links.all()
                ),
                country=page.country,
                start=first.start,
                end=first.end,
                all_day=first.all_day,
            )
        )
    items.sort(key=lambda item: (item.start, item.pk))
    return items


def _load_releases(since, now, languages):
    german = list(
        public(PressReleasePage.objects.live())
        .filter(
            locale__language_code=source_language(),
            first_published_at__gt=since,
            first_published_at__lte=now,
        )
        .prefetch_related(
            Prefetch("topic_links", queryset=PressReleaseTopic.objects.select_related("topic"))
        )
        .order_by("-first_published_at", "-pk")[:LOAD_LIMIT_RELEASES]
    )
    translations = _translations(PressReleasePage, german, languages)
    return [
        Item(
            kind="release",
            pk=page.pk,
            published_at=page.first_published_at,
            versions=_versions(page, translations),
            topic_keys=frozenset(link.topic.translation_key for link in page.topic_links.all()),
        )
        for page in german
    ]


def subscriber_since(subscriber, fallback=None):
    """Items published after this are new for the subscriber (see `digest_start`)."""
    return (
        digest_start(subscriber.frequency, subscriber.last_digest_at, subscriber.confirmed_at)
        or fallback
    )


def digest_start(frequency, last_digest_at, confirmed_at):
    """Where a subscriber's next digest starts: after their last digest; a first digest (or
    the first after coming back) also brings what was published in the one period before
    they confirmed, so a new subscriber does not wait a week for anything to read, and a
    returning one does not get everything published while they were away."""
    first = confirmed_at - FIRST_DIGEST_LOOKBACK[frequency] if confirmed_at else None
    return latest(last_digest_at, first)


def latest(*moments):
    return max((moment for moment in moments if moment is not None), default=None)


def _raw_signature(subscriber, language, newness):
    """The memo key: the stored interest lists as they are (no parsing), the language and
    which items are new. Differently ordered lists get their own entry but the same
    `Digest.key`, so they are still rendered once."""
    return (
        language,
        newness,
        tuple(subscriber.offer_kinds or ()),
        tuple(subscriber.sector_keys or ()),
        tuple(subscriber.region_keys or ()),
        tuple(subscriber.countries or ()),
        tuple(subscriber.topic_keys or ()),
    )


def compose(subscriber, items, since=None, language=None):
    """The subscriber's digest, or None when nothing is new for them.

    `subscriber` is a Subscriber (or anything with its interest fields and `language`);
    `since` defaults to their last digest (or confirmation). Offers must be new and fit the
    interests (best first); events are upcoming ones in their topics or regions; press
    releases are new ones in their topics. A digest needs at least one new offer, release or
    newly published event."""
    language = language or subscriber.language
    since = since or subscriber_since(subscriber, items.since)
    signature = _raw_signature(subscriber, language, items.newness(since))
    if signature in items._memo:
        return items._memo[signature]
    interests = InterestProfile.of(subscriber)
    topics = translation_keys(subscriber.topic_keys)
    digest = _compose(items, language, interests, topics, since)
    items._memo[signature] = digest
    return digest


def _compose(items, language, interests, topics, since):
    scored = []
    for item in items.offers:
        if item.published_at <= since:
            break  # newest first: the rest are older
        score = fits_interests(item.profile, interests)
        if score is not None:
            scored.append((score, item))
    # Stable sort: within a score the newest stays first.
    scored.sort(key=lambda pair: -pair[0])
    offers = [item for _score, item in scored[:MAX_OFFERS]]

    wants_places = bool(interests.region_keys or interests.countries)
    events = []
    for item in items.events:
        if topics or wants_places:
            in_topics = bool(topics) and not topics.isdisjoint(item.topic_keys)
            in_places = wants_places and (
                not interests.region_keys.isdisjoint(item.region_keys)
                or item.country in interests.countries
            )
            if not (in_topics or in_places):
                continue
        events.append(item)
        if len(events) == MAX_EVENTS:
            break

    releases = []
    for item in items.releases:
        if item.published_at <= since:
            break
        if topics and topics.isdisjoint(item.topic_keys):
            continue
        releases.append(item)
        if len(releases) == MAX_RELEASES:
            break

    if not offers and not releases and not any(e.published_at > since for e in events):
        return None
    return Digest(
        language=language,
        offers=[items.entry(item, language) for item in offers],
        events=[items.entry(item, language) for item in events],
        releases=[items.entry(item, language) for item in releases],
        since=since,
    )


_inliner = css_inline.CSSInliner(keep_style_tags=True, load_remote_stylesheets=False)


def render(digest):
    """Subject, HTML and text of a digest, in its language, with link placeholders.

    Called once per `Digest.key` in a batch; the HTML's CSS is inlined for mail clients that
    drop <style>, which is kept for dark mode and small screens."""
    context = {
        "digest": digest,
        "offers": digest.offers,
        "events": digest.events,
        "releases": digest.releases,
        "offer_count": len(digest.offers),
        "event_count": len(digest.events),
        "release_count": len(digest.releases),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "home_url": settings.GLOKAL_PUBLIC_BASE_URL.rstrip("/") + f"/{digest.language}/",
        **PLACEHOLDERS,
    }
    with translation.override(digest.language):
        subject = " ".join(render_to_string("newsletter/email/digest_subject.txt", context).split())
        context["subject"] = subject
        html_body = render_to_string("newsletter/email/digest.html", context)
        text = render_to_string("newsletter/email/digest.txt", context)
    return RenderedDigest(
        key=digest.key,
        language=digest.language,
        subject=subject,
        html=_inliner.inline(html_body),
        text=text.strip() + "\n",
        item_count=digest.item_count,
    )


class LinkBuilder:
    """Per-recipient links without a `reverse` per recipient: the URL of each language is
    reversed once with a marker, and each recipient's signed token replaces the marker."""

    MARKER = "GLKTOKENMARKER"

    def __init__(self):
        self._patterns = {}
        # One signer for the whole run: its key is derived once, not once per recipient.
        self._signer = tokens.TokenSigner(tokens.LINK_SALT)

    def _pattern(self, name, language):
        pattern = self._patterns.get((name, language))
        if pattern is None:
            with translation.override(language):
                path = reverse(name, kwargs={"token": self.MARKER})
            pattern = tokens.absolute(path)
            self._patterns[(name, language)] = pattern
        return pattern

    def links(self, subscriber, language=None, token=None):
        """(unsubscribe_url, preferences_url) of a subscriber, one signed token for both."""
        language = language or subscriber.language
        token = token or tokens.link_token(subscriber, self._signer)
        return (
            self._pattern("newsletter:unsubscribe", language).replace(self.MARKER, token),
            self._pattern("newsletter:preferences", language).replace(self.MARKER, token),
        )


def from_domain():
    address = parseaddr(settings.NEWSLETTER_FROM_EMAIL)[1]
    return address.rpartition("@")[2] or "localhost"


def message_id(run_id, delivery_id, domain=None):
    """Deterministic, so a resent digest carries the same id (receivers may drop the copy)."""
    return f"digest.{run_id}.{delivery_id}@{domain or from_domain()}"


def list_headers(unsubscribe_url):
    """RFC 2369 and RFC 8058 one-click unsubscribe, https link only."""
    return {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": ONE_CLICK}


def substitute(text, unsubscribe_url, preferences_url, *, escape=False):
    if escape:
        unsubscribe_url = html.escape(unsubscribe_url)
        preferences_url = html.escape(preferences_url)
    return text.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe_url).replace(
        PREFERENCES_PLACEHOLDER, preferences_url
    )


_links = LinkBuilder()


def personalise(rendered, subscriber, *, run_id=None, delivery_id=None, links=None):
    """One recipient's mail: links substituted, List-Unsubscribe, List-Unsubscribe-Post and
    (for a delivery of a run) a deterministic Message-ID. `links` may pass precomputed
    (unsubscribe_url, preferences_url)."""
    unsubscribe_url, preferences_url = links or _links.links(subscriber, rendered.language)
    headers = {**list_headers(unsubscribe_url), "Content-Language": rendered.language}
    if run_id is not None and delivery_id is not None:
        headers["Message-ID"] = f"<{message_id(run_id, delivery_id)}>"
    return Personalised(
        subject=rendered.subject,
        html=substitute(rendered.html, unsubscribe_url, preferences_url, escape=True),
        text=substitute(rendered.text, unsubscribe_url, preferences_url),
        headers=headers,
        unsubscribe_url=unsubscribe_url,
        preferences_url=preferences_url,
    )
