"""Factories for the content core and press room, shared by every test folder.

Pages are created in the real tree (add_child + publish) so URLs, routing and translations
behave exactly as on the site.
"""

import datetime
import io
import uuid

import factory
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.test import TestCase
from PIL import Image as PILImage
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from pages.calendar.models import EVENT_TIMEZONE
from pages.core.locales import translator_group_name
from pages.models import (
    ContactPerson,
    CooperationOfferIndexPage,
    CooperationOfferPage,
    EventCalendarPage,
    EventContact,
    EventDate,
    EventPage,
    EventRegion,
    EventTopic,
    GlokalImage,
    HomePage,
    OfferSector,
    Region,
    Sector,
    StandardPage,
    Topic,
)
from pages.translation.translate import translate_object
from press.models import (
    PressReleaseContact,
    PressReleaseIndexPage,
    PressReleasePage,
    PressReleaseTopic,
)


def locale(code="de"):
    return Locale.objects.get(language_code=code)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")
    locale = factory.LazyFunction(locale)


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector

    name = factory.Sequence(lambda n: f"Branche {n}")
    slug = factory.Sequence(lambda n: f"branche-{n}")
    locale = factory.LazyFunction(locale)


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region

    name = "Sachsen"
    slug = factory.Sequence(lambda n: f"region-{n}")
    country = "DE"
    nuts_code = "DED"
    locale = factory.LazyFunction(locale)


class ContactPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPerson

    first_name = "Erika"
    last_name = factory.Sequence(lambda n: f"Beispiel{n}")
    role = "Referentin"
    department = "Außenwirtschaft & Messen"
    phone = "+49 30 23125 001"
    email = factory.Sequence(lambda n: f"kontakt{n}@glokal.example")
    languages = ["de", "pl"]
    locale = factory.LazyFunction(locale)


def make_image(title="Testbild", width=640, height=360, color=(11, 79, 108), credit="Glokal"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, "JPEG")
    return GlokalImage.objects.create(
        title=title, credit=credit, file=ImageFile(buffer, name=f"{title}.jpg")
    )


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_site():
    """The German home page as the default site's root, with a press room under it."""
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(
            title="Startseite", slug="startseite", intro="Willkommen", locale=locale()
        )
    )
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    press = home.add_child(
        instance=PressReleaseIndexPage(
            title="Presse", slug="presse", show_in_menus=True, per_page=10, locale=locale()
        )
    )
    return home, press


def add_release(index, title="Pressemitteilung", date=None, topics=(), contacts=(), **fields):
    fields.setdefault("lead", f"Vorspann zu {title}.")
    fields.setdefault("body", [("paragraph", f"<p>Text der Pressemitteilung {title}.</p>")])
    release = PressReleasePage(
        title=title,
        date=date or datetime.date(2025, 10, 23),
        locale=index.locale,
        **fields,
    )
    for position, topic in enumerate(topics):
        release.topic_links.add(PressReleaseTopic(topic=topic, sort_order=position))
    for position, contact in enumerate(contacts):
        release.contact_links.add(PressReleaseContact(contact=contact, sort_order=position))
    index.add_child(instance=release)
    return publish(release)


def bracket_translation(text, language_code, path):
    """A predictable stand-in for a translator: "[en] Originaltext"."""
    return f"[{language_code}] {text}"


def translate(instance, *codes, translate=bracket_translation, publish=True):
    """Translate through wagtail-localize into `codes` (all three targets by default).

    wagtail-localize publishes translated pages in transaction.on_commit, which never fires
    inside a test's transaction; run those callbacks as a real commit would.
    """
    with TestCase.captureOnCommitCallbacks(execute=True):
        results = translate_object(
            instance, codes or ("en", "pl", "cs"), translate, publish=publish
        )
    for translated in results.values():
        translated.refresh_from_db()
    return results


def add_standard_page(parent, title, footer_link="", **fields):
    page = StandardPage(title=title, footer_link=footer_link, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    return publish(page)


def berlin(year, month, day, hour=0, minute=0):
    """An aware datetime in Europe/Berlin wall-clock time."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=EVENT_TIMEZONE)


def add_calendar(home, title="Veranstaltungen", slug="veranstaltungen", per_page=20):
    calendar = EventCalendarPage(
        title=title, slug=slug, show_in_menus=True, per_page=per_page, locale=home.locale
    )
    home.add_child(instance=calendar)
    return publish(calendar)


def add_event(
    calendar,
    title="Veranstaltung",
    dates=None,
    topics=(),
    regions=(),
    contacts=(),
    revision=True,
    **fields,
):
    """An event; `dates` is a list of (start, end) or (start, end, all_day) tuples.

    With revision=False the page is saved live without a revision: much faster, for tests
    that need hundreds of events.
    """
    fields.setdefault("teaser", f"Worum es bei {title} geht.")
    fields.setdefault("city", "Dresden")
    fields.setdefault("country", "DE")
    fields.setdefault("languages", ["de"])
    event = EventPage(title=title, locale=calendar.locale, **fields)
    for entry in dates or [(berlin(2030, 5, 4, 9), berlin(2030, 5, 4, 17))]:
        start, end, *rest = entry
        event.dates.add(EventDate(start=start, end=end, all_day=bool(rest and rest[0])))
    for position, topic in enumerate(topics):
        event.topic_links.add(EventTopic(topic=topic, sort_order=position))
    for position, region in enumerate(regions):
        event.region_links.add(EventRegion(region=region, sort_order=position))
    for position, contact in enumerate(contacts):
        event.contact_links.add(EventContact(contact=contact, sort_order=position))
    calendar.add_child(instance=event)
    return publish(event) if revision else event


def add_offer_index(home, title="Kooperationsbörse", slug="kooperationsboerse", per_page=20):
    index = CooperationOfferIndexPage(
        title=title, slug=slug, show_in_menus=True, per_page=per_page, locale=home.locale
    )
    home.add_child(instance=index)
    return publish(index)


def add_offer(
    index,
    title="Angebot",
    kind="business_offer",
    sectors=(),
    country="DE",
    revision=True,
    **fields,
):
    """A published offer; private company fields get recognisable values for leak tests."""
    fields.setdefault("summary", f"Kurzbeschreibung: {title}.")
    fields.setdefault("valid_until", datetime.date(2030, 12, 31))
    fields.setdefault("company_name", "Geheim GmbH")
    fields.setdefault("company_contact_name", "Verena Vertraulich")
    fields.setdefault("company_email", "geheim@firma.example")
    fields.setdefault("company_phone", "+49 30 23125 099")
    offer = CooperationOfferPage(
        title=title, kind=kind, company_country=country, locale=index.locale, **fields
    )
    for position, sector in enumerate(sectors):
        offer.sector_links.add(OfferSector(sector=sector, sort_order=position))
    index.add_child(instance=offer)
    if not revision:
        offer.assign_reference()
        return offer
    return publish(offer)


def unique_email(prefix="visitor"):
    """An address no other test (or parallel test process) uses."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}@example.org"


def make_user(django_user_model, username, *group_names):
    """A user in the named groups (the editorial roles of pages/translation/roles.py)."""
    user = django_user_model.objects.create_user(username, f"{username}@glokal.example", "pw")
    user.groups.set(Group.objects.filter(name__in=group_names))
    return user


def translator_group(code):
    """The name of the translators' group for the language `code`."""
    return translator_group_name(locale(code))


def admin_user(django_user_model, username="admin", language="en"):
    """A superuser whose admin speaks `language` (English keeps assertions readable)."""
    user = django_user_model.objects.create_superuser(
        username=username, email=f"{username}@glokal.example", password="x"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user
