"""The fuzz suite's setup: hypothesis profiles, the demo content loaded once per module, and
the count of requests sent, printed at the end of the run.

The demo is loaded inside a transaction that is rolled back when the module ends (as
tests/pages/demo/ does); every example then runs in a savepoint of its own
(`test_public_inputs.send`), so a valid form submission of one example is gone before the
next, and the demo costs its load time once per module, not once per example.
"""

import io
import uuid

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from tests import factories

from . import profiles, targets
from .client import REQUESTS

profiles.register()

PASSWORD = "fuzz-password"


def run_load_demo():
    # wagtail-localize publishes translated pages on commit, which never comes in a test.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", "--force", stdout=io.StringIO())
    # A real run commits after each demo item; here all the publishing callbacks run at the
    # end and save translated parents with the child count they had before their children
    # were translated (numchild 0), so adding a page under them (an offer submitted on the
    # English exchange) would collide with an existing tree path. Recount, as a real run has.
    Page.fix_tree(fix_paths=False)


def restricted_pages(home):
    """A password-protected and a login-protected page under the German home page."""
    made = []
    for title, kind in (("Nur mit Passwort", "password"), ("Nur für Angemeldete", "login")):
        page = factories.add_standard_page(home, title)
        PageViewRestriction.objects.create(page=page, restriction_type=kind, password=PASSWORD)
        made.append(page)
    return made


def documents():
    """A public document and one in a password-protected collection."""
    model = get_document_model()
    root = Collection.get_first_root_node()
    private = root.add_child(name="Fuzz private")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type="password", password=PASSWORD
    )
    public = model.objects.create(
        title="Fuzz Programm", file=ContentFile(b"%PDF-1.4 fuzz", name="fuzz-programm.pdf")
    )
    secret = model.objects.create(
        title="Fuzz intern",
        collection=private,
        file=ContentFile(b"%PDF-1.4 intern", name="fuzz-intern.pdf"),
    )
    return [public, secret, *model.objects.exclude(pk__in=[public.pk, secret.pk])[:3]], restriction


def newsletter_tokens():
    """Valid tokens of every kind the newsletter mails, for a few demo subscribers."""
    from newsletter import tokens
    from newsletter.models import Subscriber, SubscriberStatus

    found = []
    purposes = list(getattr(tokens, "DATA_RIGHTS_URLS", {}))
    pending = Subscriber.objects.create(
        email="fuzz.pending@example.org", language="de", status=SubscriberStatus.PENDING
    )
    for subscriber in [pending, *Subscriber.objects.exclude(pk=pending.pk).order_by("pk")[:2]]:
        urls = [tokens.confirmation_url(subscriber), tokens.preferences_url(subscriber)]
        urls.append(tokens.unsubscribe_url(subscriber))
        urls += [tokens.data_rights_url(subscriber, purpose) for purpose in purposes]
        found += [url.rstrip("/").rsplit("/", 1)[-1] for url in urls]
    return found


def inquiry_tokens():
    """The confirmation token of a pending inquiry about a current offer."""
    from pages.exchange import inquiries
    from pages.exchange.models.inquiries import Inquiry
    from pages.exchange.models.offers import CooperationOfferPage

    offer = CooperationOfferPage.objects.live().current().order_by("pk").first()
    inquiry = Inquiry.objects.create(
        offer=offer,
        name="Fuzz Sender",
        organisation="Fuzz GmbH",
        email="fuzz.sender@example.org",
        message="Wir möchten kooperieren.",
        language="de",
        consent_text_version="fuzz",
    )
    url = inquiries.confirmation_url(inquiry)
    return [url.rstrip("/").rsplit("/", 1)[-1]]


def parameter_names():
    """The query parameters the listings and the API know, from their own forms and filters."""
    from config.api import PagesAPIViewSet
    from pages.core.filter_forms import FilterForm

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    listing = {name for form in subclasses(FilterForm) for name in form.base_fields}
    listing |= {"page", "month", "sent", "archive", "year"}
    api = set(PagesAPIViewSet.known_query_parameters)
    for page_type in PagesAPIViewSet.page_types:
        api |= set(page_type.filter_parameters)
    api |= {"id", "title", "slug", "date", "dates", "valid_until", "first_published_at"}
    api |= {"show_in_menus", "seo_title", "locale", "site", "html_path", "translation_of"}
    return tuple(sorted(listing)), tuple(sorted(api))


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site plus what it lacks for fuzzing (restricted pages, documents, valid
    tokens), and the targets built from it. Rolled back when the module ends."""
    from pages.core.models.contacts import ContactPerson

    with django_db_blocker.unblock(), transaction.atomic():
        run_load_demo()
        home = Page.objects.get(depth=2, locale__language_code="de").specific
        restricted = restricted_pages(home)
        draft = factories.add_standard_page(home, "Entwurf Fuzz")
        draft.unpublish()
        docs, collection_restriction = documents()
        listing_parameters, api_parameters = parameter_names()
        content = {
            "pages": [
                page.specific
                for page in Page.objects.live()
                .filter(depth__gt=1)
                .exclude(pk__in=[page.pk for page in restricted])
            ],
            "restricted_pages": restricted,
            "restricted": restricted[0],
            "page_restrictions": list(PageViewRestriction.objects.order_by("pk")),
            "draft": draft,
            "documents": docs,
            "collection_restriction": collection_restriction,
            "contacts": ContactPerson.objects.all(),
            "tokens": newsletter_tokens() + inquiry_tokens(),
            "listing_parameters": listing_parameters,
            "api_parameters": api_parameters,
            "password": PASSWORD,
            "today": timezone.localdate(),
            "run": uuid.uuid4().hex[:8],
        }
        content["targets"] = targets.targets(content)
        yield content
        transaction.set_rollback(True)


def pytest_terminal_summary(terminalreporter):
    """The number of requests the fuzz suite sent (printed when it ran in this process; under
    pytest-xdist, test_public_inputs.py::test_zz_request_count prints it in its output)."""
    if REQUESTS.total:
        terminalreporter.write_sep("-", "fuzz")
        terminalreporter.write_line(REQUESTS.summary())
