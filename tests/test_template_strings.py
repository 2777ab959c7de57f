"""Every visible text in the project's HTML templates is marked for translation.

tests/test_catalogues.py checks that the catalogues hold every *marked* string; this test finds
the strings that were never marked: words written straight into a template, outside
{% translate %} and {% blocktranslate %}. It reads the templates with Django's own lexer, drops
template tags, variables and comments, and reads what is left as HTML: text between tags and
the attributes a visitor sees or hears (alt, title, aria-label, placeholder) must not contain
letters. Brand and format names go into ALLOWED_WORDS, deliberate exceptions into
ALLOWED_FILES, each with a reason.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.template.base import Lexer, TokenType

ROOT = Path(settings.BASE_DIR)
TEMPLATE_DIRS = [
    ROOT / "pages" / "templates",
    ROOT / "press" / "templates",
    ROOT / "site" / "templates",
    ROOT / "newsletter" / "templates",
]

#: Words that are the same in every language.
ALLOWED_WORDS = {
    "Glokal",  # the platform's name
    "RSS",  # feed formats, named in feed links
    "Atom",
    "iCalendar",
}
#: Templates that are not translated on purpose, with the reason.
ALLOWED_FILES = {
    # Rendered when anything may be broken, the language included: it says the same thing in
    # all four languages at once, with no template tags.
    "site/templates/500.html",
    # Rendered for a request Django could not make sense of (config/unavailable.py): the same
    # four-language page, no tags.
    "site/templates/400.html",
}

#: Block tags whose content is not shown as written (or is translated as a whole).
SKIPPED_BLOCKS = {
    "blocktranslate": "endblocktranslate",
    "blocktrans": "endblocktrans",
    "comment": "endcomment",
    "verbatim": "endverbatim",
}
#: {% block name %} blocks that fill something other than visible text.
INVISIBLE_BLOCKS = {"body_class"}
VISIBLE_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}
INVISIBLE_ELEMENTS = {"script", "style"}
WORD = re.compile(r"[^\W\d_]+")
GAP = "\x00"  # stands for a template tag or variable: never part of a word


def templates():
    for directory in TEMPLATE_DIRS:
        if directory.is_dir():
            for path in sorted(directory.rglob("*.html")):
                if str(path.relative_to(ROOT)) not in ALLOWED_FILES:
                    yield path


def without_template_code(source):
    """The template's literal text, each tag, variable or skipped block replaced by GAP."""
    parts = []
    closing = None
    for token in Lexer(source).tokenize():
        if closing is not None:
            if token.token_type == TokenType.BLOCK and token.contents.split()[0] == closing:
                closing = None
            continue
        if token.token_type == TokenType.TEXT:
            parts.append(token.contents)
            continue
        if token.token_type == TokenType.BLOCK:
            words = token.contents.split() or [""]
            closing = SKIPPED_BLOCKS.get(words[0])
            if words[0] == "block" and words[1:2] and words[1] in INVISIBLE_BLOCKS:
                closing = "endblock"
        parts.append(GAP)
    return "".join(parts)


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE_ELEMENTS:
            self.hidden += 1
        for name, value in attrs:
            if name in VISIBLE_ATTRIBUTES and value:
                self.keep(value, f"{tag}[{name}]")

    def handle_endtag(self, tag):
        if tag in INVISIBLE_ELEMENTS and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.keep(data, "text")

    def keep(self, text, where):
        for piece in text.split(GAP):
            piece = " ".join(piece.split())
            words = [word for word in WORD.findall(piece) if word not in ALLOWED_WORDS]
            # A single letter (a logo's initial, a list marker) is not a translatable text.
            if sum(len(word) for word in words) > 1:
                self.found.append(f"{where}: {piece!r}")


def untranslated(path):
    parser = VisibleText()
    parser.feed(without_template_code(path.read_text(encoding="utf-8")))
    parser.close()
    return parser.found


def test_the_scan_finds_unmarked_text(tmp_path):
    """The detector itself: marked text passes, plain words, titles and alt texts do not."""
    sample = tmp_path / "sample.html"
    sample.write_text(
        "{% load i18n %}<h1>{% translate 'Title' %}</h1><p>{{ page.title }} · {{ date }}</p>"
        "{% blocktranslate %}Hello {{ name }}{% endblocktranslate %}"
        "{% comment %}Notes for developers{% endcomment %}{# a note #}"
        "{% block body_class %}page-home{% endblock %}<span>G</span><p>RSS (Atom)</p>"
        "<script>var words = 1;</script>"
        '<img alt="{% translate "Logo" %}" src="x.png">'
        '<p>Unmarked words</p><img alt="Plain alt" src="y.png"><a title="Hi {{ x }}">…</a>'
    )
    assert untranslated(sample) == [
        "text: 'Unmarked words'",
        "img[alt]: 'Plain alt'",
        "a[title]: 'Hi'",
    ]


@pytest.mark.parametrize("path", list(templates()), ids=lambda path: str(path.relative_to(ROOT)))
def test_template_text_is_marked_for_translation(path):
    found = untranslated(path)
    assert not found, (
        f"{path.relative_to(ROOT)} shows text not marked for translation; wrap it in "
        "{% translate %} or {% blocktranslate %}:\n" + "\n".join(found)
    )
