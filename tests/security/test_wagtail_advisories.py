"""Wagtail's published security advisories, each kept as a regression class for this project.

One test (or a small group) per advisory: it builds the attack the advisory describes with the
project's own models, serves it through the project's real URLs with the test client, and
asserts that nothing in the answer runs script, leaks data or takes unbounded time. The
installed Wagtail has the upstream fixes; these tests make sure the project's own templates,
blocks, API serialisers, forms and admin views do not reopen them.
"""

import datetime
import time

import pytest
from django.template import Context, Template
from django.urls import reverse
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.search.utils import parse_query_string
from wagtail_localize.models import Translation

from press.models import PressReleasePage
from tests import factories
from tests.helpers import soup
from tests.pages.stories.factories import add_story, add_story_index

from .markup import (
    IMG_PAYLOAD,
    SCRIPT_PAYLOAD,
    injected_markup,
    unsafe_urls,
    unsafe_urls_in_json,
)

JAVASCRIPT_LINKS = (
    '<p><a href="javascript:alert(document.domain)">Mehr erfahren</a> und '
    '<a href="JaVaScRiPt:alert(1)">hier</a> und <a href="java\tscript:alert(2)">dort</a></p>'
)
# Generous: a regression check against catastrophic backtracking, not a benchmark.
TIME_BOUND_SECONDS = 2.0
PATHOLOGICAL_QUERIES = ['"' * 50_000, "a:" * 20_000, '"a' * 25_000, "(" * 30_000, "a " * 25_000]


def store_without_validation(page, **fields):
    """Write field values straight to the page row, as a translation override, a PO upload or
    an old migration could: what the editor's validation would refuse still reaches the
    database, and the templates and the API must not pass it on."""
    type(page).objects.filter(pk=page.pk).update(**fields)
    page.refresh_from_db()
    return page


def stream(*blocks_):
    return [{"type": kind, "value": value} for kind, value in blocks_]


# --- CVE-2021-29434: javascript: URLs in rich text links -------------------------------------


@pytest.mark.django_db
def test_javascript_links_in_rich_text_reach_neither_the_page_nor_the_api(client, press_index):
    """CVE-2021-29434 (rich text link XSS): Wagtail's editor let a `javascript:` URL into a
    rich text link. A press release whose body paragraph and related link carry such URLs
    (stored past validation) is served without them, on the page and in /api/v2/pages/<id>/
    (partner sites render the API without our CSP)."""
    release = factories.add_release(press_index, "Links")
    release = store_without_validation(
        release,
        body=PressReleasePage.body.field.get_prep_value(
            PressReleasePage.body.field.to_python(stream(("paragraph", JAVASCRIPT_LINKS)))
        ),
        related_links=PressReleasePage.related_links.field.get_prep_value(
            PressReleasePage.related_links.field.to_python(
                stream(("link", {"title": "Partner", "url": "javascript:alert(3)", "page": None}))
            )
        ),
    )
    assert "javascript:alert(document.domain)" in str(release.body.raw_data)  # the premise

    page = client.get(release.url)
    assert page.status_code == 200
    assert "Mehr erfahren" in page.content.decode()
    assert unsafe_urls(page.content.decode()) == []

    for query in ("", "?fields=*", "?rich_text_format=html"):
        api = client.get(f"/api/v2/pages/{release.pk}/{query}")
        assert api.status_code in (200, 400), query
        if api.status_code == 200:
            assert unsafe_urls_in_json(api.content) == [], query


@pytest.mark.django_db
def test_javascript_links_in_rich_text_fields_of_stories(client, home):
    """CVE-2021-29434 for `RichTextField`s rendered with `|richtext` (a success story's
    challenge, approach and result), on the page and in the API."""
    index = add_story_index(home)
    story = store_without_validation(
        add_story(index, "Geschichte"),
        challenge=JAVASCRIPT_LINKS,
        approach=JAVASCRIPT_LINKS,
        result=JAVASCRIPT_LINKS,
    )
    assert "javascript:" in story.challenge
    page = client.get(story.url)
    assert page.status_code == 200
    assert unsafe_urls(page.content.decode()) == []
    api = client.get(f"/api/v2/pages/{story.pk}/")
    assert api.status_code == 200
    assert unsafe_urls_in_json(api.content) == []


# --- CVE-2021-32681: escaping in include_block ----------------------------------------------


@pytest.mark.django_db
def test_block_values_are_escaped_through_include_block(client, press_index):
    """CVE-2021-32681 (`{% include_block %}` did not escape plain-text blocks without a
    template): every text an editor types into a block of a press release (headings, quotes,
    link texts, link list headings) is escaped by the project's block templates."""
    text = f"Titel {SCRIPT_PAYLOAD} {IMG_PAYLOAD}"
    release = factories.add_release(
        press_index,
        "Blöcke",
        body=stream(
            ("heading", {"text": text, "level": "h2"}),
            ("heading", {"text": text, "level": "h3"}),
            ("quote", {"quote": text, "speaker": text, "role": text}),
            (
                "link_list",
                {"heading": text, "links": [{"title": text, "url": "https://example.org/"}]},
            ),
        ),
        related_links=stream(("link", {"title": text, "url": "https://example.org/"})),
    )
    page = client.get(release.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert injected_markup(html) == []
    assert "&lt;script&gt;alert(document.domain)&lt;/script&gt;" in html  # shown, as text


def stream_blocks():
    """(path, block) for every block inside the StreamFields of every page type."""

    def walk(block, path):
        yield path, block
        for name, child in getattr(block, "child_blocks", {}).items():
            yield from walk(child, f"{path}.{name}")
        if isinstance(block, blocks.ListBlock):
            yield from walk(block.child_block, f"{path}.item")

    for model in get_page_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield from walk(field.stream_block, f"{model.__name__}.{field.name}")


PLAIN_TEXT_BLOCKS = {
    path: block
    for path, block in stream_blocks()
    if isinstance(block, blocks.CharBlock | blocks.TextBlock | blocks.URLBlock)
    and not isinstance(block, EmbedBlock)  # renders the provider's HTML, tested with the embeds
}


def test_no_page_type_stores_raw_html_blocks():
    """A RawHTMLBlock would let editors (and translators, through overrides) write script
    into a page; none of the project's StreamFields offers one."""
    assert [path for path, block in stream_blocks() if isinstance(block, blocks.RawHTMLBlock)] == []


@pytest.mark.parametrize("path", sorted(PLAIN_TEXT_BLOCKS))
def test_every_plain_text_block_renders_escaped(path):
    """CVE-2021-32681, block by block: `{% include_block %}` of each plain-text block (CharBlock,
    TextBlock, URLBlock) the project uses, with its own template or without one, escapes its
    value."""
    block = PLAIN_TEXT_BLOCKS[path]
    bound = blocks.BoundBlock(block, block.to_python(SCRIPT_PAYLOAD))
    html = Template("{% load wagtailcore_tags %}{% include_block value %}").render(
        Context({"value": bound})
    )
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


# --- CVE-2020-15118: HTML in form field help text and labels --------------------------------


def test_editors_cannot_build_forms_with_their_own_help_text():
    """CVE-2020-15118 (HTML injection through the form builder's help text): the project has
    no `wagtail.contrib.forms` page type, so no editor writes a form field's label or help
    text. A form page added later must come with its own test here."""
    from wagtail.contrib.forms.models import AbstractForm

    assert [m.__name__ for m in get_page_models() if issubclass(m, AbstractForm)] == []


@pytest.mark.django_db
def test_editor_written_choice_labels_in_public_forms_are_escaped(client, home, press_index):
    """CVE-2020-15118's class in the project: the labels of public forms that editors and
    translators do write — topic, sector and region names offered as choices in the
    newsletter sign-up, the press room's filter and the exchange's filter and submission
    form — are escaped."""
    factories.TopicFactory(name=IMG_PAYLOAD, slug="boese")
    factories.SectorFactory(name=SCRIPT_PAYLOAD, slug="boese-branche")
    factories.RegionFactory(name=IMG_PAYLOAD, slug="boese-region")
    offers = factories.add_offer_index(home)
    factories.add_release(press_index, "Mit Thema")
    urls = ["/de/newsletter/", press_index.url, offers.url, f"{offers.url}submit/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert injected_markup(response.content.decode()) == [], url


@pytest.mark.django_db
def test_term_names_are_escaped_in_the_admin(client, editor):
    """The same names in Wagtail's admin (snippet listings and choosers), where editors and
    reviewers open them."""
    factories.TopicFactory(name=IMG_PAYLOAD, slug="boese")
    client.force_login(editor)
    for url in [
        reverse("wagtailsnippets_pages_topic:list"),
        reverse("wagtailsnippetchoosers_pages_topic:choose"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert injected_markup(response.content.decode()) == [], url


# --- CVE-2024-39317: ReDoS in search query parsing ------------------------------------------


def timed(call):
    started = time.perf_counter()
    result = call()
    return result, time.perf_counter() - started


@pytest.mark.parametrize("query", PATHOLOGICAL_QUERIES, ids=lambda q: f"{q[:4]!r}x{len(q)}")
def test_wagtail_query_parsing_takes_bounded_time(query):
    """CVE-2024-39317 (regular expression denial of service in `parse_query_string`): the
    installed Wagtail parses pathological query strings in bounded time."""
    _, seconds = timed(lambda: parse_query_string(query))
    assert seconds < TIME_BOUND_SECONDS


@pytest.mark.django_db
@pytest.mark.parametrize("query", PATHOLOGICAL_QUERIES, ids=lambda q: f"{q[:4]!r}x{len(q)}")
def test_search_boxes_refuse_pathological_queries_quickly(client, press_index, query):
    """CVE-2024-39317 through the project's search boxes: the press room's `?q=` is limited to
    200 characters (a translated 400 beyond), and the API's `?search=` answers in bounded
    time without a server error."""
    factories.add_release(press_index, "Suchbar")
    response, seconds = timed(lambda: client.get(press_index.url, {"q": query}))
    assert response.status_code == 400
    assert seconds < TIME_BOUND_SECONDS
    response, seconds = timed(lambda: client.get("/api/v2/pages/", {"search": query}))
    assert response.status_code < 500
    assert seconds < TIME_BOUND_SECONDS


@pytest.mark.django_db
@pytest.mark.parametrize("query", PATHOLOGICAL_QUERIES[:2], ids=["quotes", "colons"])
def test_admin_search_takes_bounded_time(client, editor, press_index, query):
    """CVE-2024-39317 in the admin, which has no length limit of its own: Wagtail's page
    search with a pathological query answers in bounded time."""
    client.force_login(editor)
    response, seconds = timed(
        lambda: client.get(reverse("wagtailadmin_pages:search"), {"q": query})
    )
    assert response.status_code < 500
    assert seconds < TIME_BOUND_SECONDS


# --- CVE-2026-28223: page titles in translation views and messages ---------------------------


def shown_as_text(response, text):
    """Whether one of the admin's messages shows `text` as text."""
    return any(text in item.get_text() for item in soup(response).select(".messages li"))


@pytest.fixture
def hostile_release(translated_site):
    _, press = translated_site
    # The factory's default body repeats the title inside rich text; keep the attack in the title.
    return factories.add_release(
        press, f"Titel {IMG_PAYLOAD}", slug="titel", body=stream(("paragraph", "<p>Text.</p>"))
    )


@pytest.mark.django_db
def test_translate_everywhere_escapes_the_title(client, editor, hostile_release):
    """CVE-2026-28223 (a page title shown unescaped in simple_translation's confirmation and
    message): the project's "Translate into all languages" confirmation, the message after
    it, and the source page's editor show the title as text."""
    client.force_login(editor)
    url = reverse("glokal_translation:translate_page", args=[hostile_release.pk])
    confirmation = client.get(url)
    assert confirmation.status_code == 200
    assert injected_markup(confirmation.content.decode()) == []
    done = client.post(url, {"machine": "on"}, follow=True)
    assert done.status_code == 200
    html = done.content.decode()
    assert shown_as_text(done, IMG_PAYLOAD)  # the message names the page, as text
    assert injected_markup(html) == []


@pytest.mark.django_db
def test_translation_views_escape_the_title(client, editor, translator_cs, hostile_release):
    """CVE-2026-28223's class across the translation admin: the status board (with a search
    for the title), wagtail-localize's editor, its translations report, the project's
    "changes" and "submit" views of the Czech translation."""
    factories.translate(hostile_release, "cs", publish=False)
    czech = Page.objects.get(
        translation_key=hostile_release.translation_key, locale__language_code="cs"
    )
    translation = Translation.objects.get(
        source__object_id=hostile_release.translation_key, target_locale__language_code="cs"
    )
    views = {
        editor: [
            reverse("glokal_translation_board:board"),
            reverse("glokal_translation_board:board") + "?q=Titel",
            reverse("wagtail_localize:submit_page_translation", args=[hostile_release.pk]),
            reverse("wagtail_localize:translations_report"),
            reverse("wagtailadmin_pages:edit", args=[hostile_release.pk]),
            reverse("wagtailadmin_explore", args=[hostile_release.get_parent().pk]),
        ],
        translator_cs: [
            reverse("glokal_translation_board:board") + "?q=Titel",
            reverse("wagtailadmin_pages:edit", args=[czech.pk]),
            reverse("glokal_translation:changes", args=[translation.pk]),
            reverse("glokal_translation:submit", args=[translation.pk]),
        ],
    }
    for user, urls in views.items():
        client.force_login(user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (user.username, url, response.status_code)
            assert injected_markup(response.content.decode()) == [], (user.username, url)


@pytest.mark.django_db
def test_submitting_a_translation_shows_the_title_escaped(client, translator_cs, hostile_release):
    """CVE-2026-28223 for the message after "Submit for review"."""
    factories.translate(hostile_release, "cs", publish=False)
    translation = Translation.objects.get(
        source__object_id=hostile_release.translation_key, target_locale__language_code="cs"
    )
    client.force_login(translator_cs)
    done = client.post(reverse("glokal_translation:submit", args=[translation.pk]), follow=True)
    assert done.status_code == 200
    html = done.content.decode()
    assert shown_as_text(done, IMG_PAYLOAD)
    assert injected_markup(html) == []


# --- Admin API access control (CVE-2023-45809's class: admin views leaking to the wrong user) --


@pytest.fixture
def german_draft(translated_site):
    _, press = translated_site
    draft = PressReleasePage(
        title="Geheimer Entwurf zur Fusion", date=datetime.date(2025, 11, 3), live=False
    )
    draft.locale = press.locale
    draft.lead = "Noch nicht veröffentlicht."
    press.add_child(instance=draft)
    draft.save_revision()
    return draft


@pytest.mark.django_db
def test_anonymous_visitors_get_nothing_from_the_admin_apis(client, german_draft):
    """Wagtail's admin API (/admin/api/main/pages/), wagtail-localize's snippet API and the
    choosers answer anonymous requests with a redirect to the login, never with data."""
    urls = [
        "/admin/api/main/pages/",
        f"/admin/api/main/pages/{german_draft.pk}/",
        "/admin/api/main/pages/?search=Geheimer",
        reverse("wagtail_localize:snippets_api_listing", args=["pages", "topic"]),
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailsnippetchoosers_pages_topic:choose"),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 401, 403), (url, response.status_code)
        assert b"Geheimer" not in response.content, url


@pytest.mark.django_db
def test_translators_cannot_read_german_drafts_through_the_admin_api(
    client, translator_cs, german_draft, translated_site
):
    """A Czech translator may explore the Czech tree; the admin API must not hand them the
    German tree's drafts by id, by parent, by search or by locale filter."""
    _, press = translated_site
    client.force_login(translator_cs)
    urls = [
        "/admin/api/main/pages/",
        "/admin/api/main/pages/?locale=de",
        f"/admin/api/main/pages/?child_of={press.pk}",
        f"/admin/api/main/pages/?descendant_of={press.get_parent().pk}",
        "/admin/api/main/pages/?search=Geheimer",
        f"/admin/api/main/pages/{german_draft.pk}/",
        f"/admin/api/main/pages/{press.pk}/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        assert b"Geheimer" not in response.content, url
        assert b"Noch nicht" not in response.content, url


@pytest.mark.django_db
def test_user_bulk_actions_reveal_no_user_names_to_translators(client, translator_cs, editor):
    """CVE-2023-45809 (user bulk action views showed user names to admins without
    permission to manage users): a translator opening them is refused."""
    client.force_login(translator_cs)
    for action in ("delete", "set_active_state", "assign_role"):
        url = f"/admin/bulk/wagtailusers/user/{action}/?id={editor.pk}"
        response = client.get(url)
        assert response.status_code in (302, 403, 404), (url, response.status_code)
        assert b"editor@glokal.example" not in response.content, url


# --- The checks themselves --------------------------------------------------------------------


def test_the_checks_find_what_an_unescaped_template_would_emit():
    """The detectors above are not vacuous: markup written with `|safe`, and a link with a
    scheme hidden by case or a tab, are found; the escaped forms are not."""
    unsafe = Template("<p>{{ title|safe }}</p><a href='{{ url|safe }}'>x</a>").render(
        Context({"title": IMG_PAYLOAD + SCRIPT_PAYLOAD, "url": " JaVa\tScRiPt:alert(1)"})
    )
    assert len(injected_markup(unsafe)) >= 3
    assert len(unsafe_urls(unsafe)) == 1
    escaped = Template("<p>{{ title }}</p><a href='https://example.org/'>{{ url }}</a>").render(
        Context({"title": IMG_PAYLOAD + SCRIPT_PAYLOAD, "url": "javascript:alert(1)"})
    )
    assert injected_markup(escaped) == []
    assert unsafe_urls(escaped) == []
    assert unsafe_urls_in_json({"body": [{"value": '<a href="javascript:x">y</a>'}]})
