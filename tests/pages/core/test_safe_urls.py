"""Link addresses: only http, https, mailto, tel and relative ones reach a page or the API.

The rule (pages/core/safe_urls.py) is checked against a list of hostile spellings and against
generated ones; then every page model's StreamFields are walked block by block, so a URL
block added to any of them is checked by these tests without anyone listing it: the editor's
block validation, the page's own validation (what every save, publish and translation sync
runs) and the output (HTML and API) must each refuse or drop a hostile address. Last, a page
whose database row already holds unsafe addresses (written behind every validator) is served
and serialised without them.
"""

import json
import uuid

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.rich_text import RichText

from pages.core.blocks import LinkBlock, ParagraphBlock
from pages.core.models.base import GlokalPage
from pages.core.safe_urls import (
    carries_urls,
    check_safe_urls,
    is_safe_url,
    is_url_block,
    unsafe_urls,
    unsafe_urls_in_html,
    without_unsafe_urls,
)
from tests import factories
from tests.helpers import strings_in

HOSTILE = [
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\x00javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript\r:alert(1)",
    "java\u200bscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript&#x3A;alert(1)",
    "javascript&colon;alert(1)",
    "&amp;#106;avascript:alert(1)",
    "ｊａｖａｓｃｒｉｐｔ：alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://files.example/",
    "intent://scan/#Intent;scheme=zxing;end",
]

SAFE = [
    "https://www.glokal.example/de/presse/?q=1&amp;page=2#top",
    "http://partner.example",
    "HTTPS://PARTNER.EXAMPLE/",
    "mailto:presse@glokal.example",
    "tel:+49-351-123456",
    "/de/presse/",
    "?page=2",
    "#kontakt",
    "programm.pdf",
    "//partner.example/path",  # protocol-relative: http(s) on another host (see the module)
    "https://straße.example/a:b",
    "",
    None,
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_addresses_are_unsafe(value):
    assert not is_safe_url(value)


@pytest.mark.parametrize("value", SAFE)
def test_ordinary_addresses_are_safe(value):
    assert is_safe_url(value)


# What a browser ignores or decodes before it reads the scheme, generated.
IGNORED = st.sampled_from(["\t", "\n", "\r", " ", "\x00", "\x0b", "\x1f", "\u200b", "\ufeff"])


@st.composite
def spelled(draw, text):
    out = []
    for char in text:
        char = draw(st.sampled_from([char.lower(), char.upper()]))
        form = draw(st.sampled_from(["plain", "plain", "decimal", "hex"]))
        if form == "decimal":
            char = f"&#{ord(char)};"
        elif form == "hex":
            char = f"&#x{ord(char):x};"
        out.append(char + "".join(draw(st.lists(IGNORED, max_size=2))))
    return "".join(out)


@st.composite
def hostile_urls(draw):
    scheme = draw(st.sampled_from(["javascript", "data", "vbscript", "file"]))
    lead = "".join(draw(st.lists(IGNORED, max_size=3)))
    colon = draw(st.sampled_from([":", "&colon;", "&#58;", "&#x3a;", "%3A"]))
    payload = draw(st.sampled_from(["alert(1)", "text/html,<script>", "//etc/passwd"]))
    return lead + draw(spelled(scheme)) + colon + payload


@settings(max_examples=300, deadline=None)
@given(hostile_urls())
def test_generated_spellings_of_dangerous_schemes_are_unsafe(value):
    if "%3A" in value:
        # An encoded colon makes no scheme: the browser reads a relative path, harmless.
        return
    assert not is_safe_url(value), repr(value)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["http", "https", "mailto", "tel"]), st.text(max_size=30))
def test_safe_schemes_in_any_case_stay_safe(scheme, rest):
    assert is_safe_url(scheme.upper() + ":" + rest)


def test_rich_text_without_unsafe_links_is_unchanged():
    html = '<p>Mehr <a href="https://a.example/?x=1&amp;y=2">hier</a><br/>und <b>da</b>.</p>'
    assert without_unsafe_urls(html) is html


def test_unsafe_links_are_removed_from_rich_text_and_their_text_kept():
    html = '<p>Eins <a href="&#106;avascript:alert(1)">zwei</a> <a href="/de/">drei</a></p>'
    assert unsafe_urls_in_html(html) == ["javascript:alert(1)"]
    assert without_unsafe_urls(html) == '<p>Eins <a>zwei</a> <a href="/de/">drei</a></p>'


# --- The editor: the blocks' own validation -----------------------------------------------


def test_link_block_refuses_an_unsafe_address_with_the_rule_message():
    block = LinkBlock()
    for value in ("ftp://files.example/", "javascript:alert(1)"):
        with pytest.raises(blocks.StructBlockValidationError) as caught:
            block.clean(block.to_python({"title": "Link", "page": None, "url": value}))
        assert "url" in caught.value.block_errors
    assert block.clean(block.to_python({"title": "Link", "page": None, "url": "https://a.example"}))


def test_paragraph_block_refuses_an_unsafe_link():
    block = ParagraphBlock()
    with pytest.raises(ValidationError) as caught:
        block.clean(RichText('<p><a href="ftp://files.example/">x</a></p>'))
    assert [error.code for error in caught.value.error_list] == ["unsafe_url"]
    assert block.clean(RichText('<p><a href="https://a.example/">x</a></p>'))


# --- Every URL-carrying block of every page model ------------------------------------------


def project_page_models():
    return sorted(
        (model for model in get_page_models() if model is not Page),
        key=lambda model: model._meta.label,
    )


def address_paths(block, path=()):
    """(path of block names, block) for every block that carries an address or rich text."""
    if isinstance(block, blocks.StreamBlock | blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from address_paths(child, (*path, name))
    elif isinstance(block, blocks.ListBlock):
        yield from address_paths(block.child_block, (*path, "item"))
    elif isinstance(block, blocks.RichTextBlock) or is_url_block(block):
        yield path, block


def sample_raw(block):
    """A valid raw value of a block that is not on the path: text where text is required."""
    if isinstance(block, blocks.CharBlock | blocks.TextBlock) and block.required:
        return "Text"
    return block.get_prep_value(block.get_default())


def raw_with(block, path, address):
    """Raw StreamField data with `address` at `path`, every other value its default."""
    if not path:
        if isinstance(block, blocks.RichTextBlock):
            return f'<p>Mehr <a href="{address}">hier</a>.</p>'
        return address
    name, rest = path[0], path[1:]
    if isinstance(block, blocks.StreamBlock):
        child = block.child_blocks[name]
        return [{"type": name, "value": raw_with(child, rest, address), "id": str(uuid.uuid4())}]
    if isinstance(block, blocks.ListBlock):
        value = raw_with(block.child_block, rest, address)
        return [{"type": "item", "value": value, "id": str(uuid.uuid4())}]
    return {
        child_name: raw_with(child, rest, address) if child_name == name else sample_raw(child)
        for child_name, child in block.child_blocks.items()
    }


def url_cases():
    cases = []
    for model in project_page_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, StreamField):
                for path, leaf in address_paths(field.stream_block):
                    label = ".".join((model._meta.label, field.name, *path))
                    cases.append(pytest.param(model, field.name, path, leaf, id=label))
    return cases


URL_CASES = url_cases()


def test_the_walk_finds_the_known_address_blocks():
    found = {p.id for p in URL_CASES}
    assert {
        "press.PressReleasePage.related_links.link.url",
        "press.PressReleasePage.body.link_list.links.item.url",
        "press.PressReleasePage.body.paragraph",
        "press.PressReleasePage.body.embed",
        "pages.EventPage.body.link_list.links.item.url",
        "pages.StandardPage.body.paragraph",
    } <= found


def hostile_page(model, field_name, path, address):
    field = model._meta.get_field(field_name)
    page = model(title="Test", slug="test")
    setattr(
        page, field_name, field.stream_block.to_python(raw_with(field.stream_block, path, address))
    )
    return page, field


@pytest.mark.parametrize("model, field_name, path, leaf", URL_CASES)
def test_every_address_block_is_refused_by_the_editor(model, field_name, path, leaf):
    """What the admin form runs: the whole StreamField's validation."""
    stream_block = model._meta.get_field(field_name).stream_block
    if not isinstance(leaf, EmbedBlock):  # an embed needs its provider (network) to be valid
        control = stream_block.to_python(raw_with(stream_block, path, "https://a.example/"))
        stream_block.clean(control)  # the value around the address is valid
    for address in HOSTILE:
        value = stream_block.to_python(raw_with(stream_block, path, address))
        with pytest.raises(ValidationError):
            stream_block.clean(value)


@pytest.mark.parametrize("model, field_name, path, leaf", URL_CASES)
def test_every_address_block_is_refused_by_the_page_validation(model, field_name, path, leaf):
    for address in HOSTILE:
        page, _field = hostile_page(model, field_name, path, address)
        assert field_name in unsafe_urls(page), address
        with pytest.raises(ValidationError) as caught:
            check_safe_urls(page)
        assert caught.value.error_dict[field_name][0].code == "unsafe_url"


@pytest.mark.parametrize("model, field_name, path, leaf", URL_CASES)
def test_every_address_block_drops_an_unsafe_address_from_html_and_api(
    db, model, field_name, path, leaf
):
    for address in HOSTILE:
        page, field = hostile_page(model, field_name, path, address)
        value = getattr(page, field_name)
        html = field.stream_block.render(value, context={})
        assert unsafe_urls_in_html(str(html)) == [], (address, html)
        api = field.stream_block.get_api_representation(value, context={})
        for text in strings_in(api):
            assert text != address and unsafe_urls_in_html(text) == [], (address, api)


def test_every_page_model_validates_its_addresses():
    """`GlokalPage.clean()` runs the check, so every page type must derive from it."""
    assert [m for m in project_page_models() if not issubclass(m, GlokalPage)] == []


def test_only_pages_carry_addresses():
    """Snippets and inline rows have no `clean()` with the check: a model that gains an
    address field must get one (and be added to this test's reasoning)."""
    carriers = [
        model._meta.label
        for model in apps.get_models()
        if model._meta.app_label in ("pages", "press", "newsletter")
        and not issubclass(model, Page)
        and any(carries_urls(field) for field in model._meta.concrete_fields)
    ]
    assert carriers == []


# --- Written behind every validator: never served -----------------------------------------


@pytest.fixture
def poisoned_release(press_index):
    """A live press release whose row holds unsafe addresses, saved without validation (as
    a raw SQL update, an old import or a bug elsewhere could)."""
    release = factories.add_release(press_index, "Messe")
    release.body = [
        ("paragraph", RichText('<p>Mehr <a href="javascript:alert(1)">beim Veranstalter</a>.</p>')),
        (
            "link_list",
            {"heading": "", "links": [{"title": "Liste", "page": None, "url": "data:text/html,x"}]},
        ),
    ]
    release.related_links = [
        ("link", {"title": "Programm", "page": None, "url": "javascript:alert(document.domain)"})
    ]
    release.save(clean=False)
    return release


def test_a_poisoned_page_is_served_without_unsafe_addresses(client, poisoned_release):
    response = client.get(poisoned_release.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "javascript:" not in html and "data:text/html" not in html
    assert "Programm" in html and "beim Veranstalter" in html  # the texts stay


def test_a_poisoned_page_is_serialised_without_unsafe_addresses(client, poisoned_release):
    for query in ("", "?rich_text_format=html", "?rich_text_format=markdown"):
        response = client.get(f"/api/v2/pages/{poisoned_release.pk}/{query}")
        assert response.status_code == 200
        text = response.content.decode()
        assert "javascript:" not in text and "data:text/html" not in text, query
    data = json.loads(response.content)
    assert data["related_links"][0]["value"]["url"] == ""


def test_a_poisoned_page_cannot_be_saved_again_until_fixed(poisoned_release):
    with pytest.raises(ValidationError) as caught:
        poisoned_release.save_revision()
    assert set(caught.value.error_dict) == {"body", "related_links"}


@pytest.fixture
def poisoned_story(home):
    from tests.pages.stories.factories import add_story, add_story_index

    story = add_story(add_story_index(home), "Mit Link")
    story.result = '<p><a href="vbscript:msgbox(1)">Mehr</a> und <a href="/de/">hier</a></p>'
    story.save(clean=False)
    return story


def test_a_poisoned_rich_text_field_is_served_and_serialised_without_it(client, poisoned_story):
    html = client.get(poisoned_story.url).content.decode()
    assert "vbscript:" not in html and 'href="/de/"' in html
    for query in ("", "?rich_text_format=html"):
        data = client.get(f"/api/v2/pages/{poisoned_story.pk}/{query}").json()
        assert "vbscript:" not in data["result"] and "/de/" in data["result"]
    with pytest.raises(ValidationError):
        poisoned_story.full_clean()
