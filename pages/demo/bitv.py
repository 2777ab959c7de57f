"""The start-page information BITV 2.0 (§ 4) asks for: a page in Leichte Sprache and a place for
videos in Deutsche Gebärdensprache (DGS).

Both pages exist in German only, on purpose: Leichte Sprache is a set of rules for German, and
DGS is German Sign Language. The en/pl/cs sites link to the German pages (marked `lang="de"`,
see pages/core/bitv.py), which is what German public sites do and what the fallback rule of
pages/core/fallback.py does for any untranslated page. The header finds the two pages by their
German slugs, BITV_SLUGS in pages/core/bitv.py; an editor who moves or renames one keeps its slug.

The sign-language page holds a notice until the agency has recorded its videos. Editors then add
the video as a *document* block (an MP4 uploaded to the site's own document library), never as
an embed: an embedded player from a video platform would send visitors' data to a third party.

Leichte Sprache rules followed here: short sentences, one statement per sentence, active voice,
the same word for the same thing, difficult words explained right after they are used, long
compound words split with a middle dot (Wirtschafts·förderung), phone numbers in groups.
"""

from pages.core.bitv import EASY_LANGUAGE_SLUG, SIGN_LANGUAGE_SLUG
from pages.core.models.standard import StandardPage

from .streams import stream
from .sync import sync_page
from .texts import same

EASY_LANGUAGE = {
    "title": "Leichte Sprache",
    "slug": EASY_LANGUAGE_SLUG,
    "search_description": "Informationen über Glokal in Leichter Sprache.",
    "intro": "Hier erklären wir unsere Internet·seite in Leichter Sprache.",
    "body": [
        ("heading", "Wer sind wir?"),
        ("paragraph", "Wir heißen Glokal."),
        ("paragraph", "Wir sind eine Wirtschafts·förderung."),
        ("paragraph", "Eine Wirtschafts·förderung hilft Firmen in einer Region."),
        ("paragraph", "Unsere Region liegt an der Grenze zu Polen und zu Tschechien."),
        (
            "paragraph",
            "Wir helfen Firmen aus Deutschland, Polen und Tschechien. "
            "Die Firmen sollen gut zusammen·arbeiten.",
        ),
        ("heading", "Was steht auf dieser Internet·seite?"),
        ("paragraph", "Auf dieser Internet·seite stehen Nachrichten von uns."),
        (
            "paragraph",
            "Die Nachrichten heißen Presse·mitteilungen. "
            "Presse·mitteilungen sind für Zeitungen, Radio und Fernsehen.",
        ),
        ("paragraph", "Sie finden hier auch Veranstaltungen."),
        ("paragraph", "Veranstaltungen sind Treffen. Dort lernen sich Firmen kennen."),
        ("paragraph", "Dann gibt es die Kooperations·börse."),
        (
            "paragraph",
            "Eine Kooperation ist eine Zusammen·arbeit. "
            "In der Kooperations·börse suchen Firmen Partner für eine Zusammen·arbeit.",
        ),
        ("paragraph", "Sie können auch Erfolgs·geschichten lesen."),
        (
            "paragraph",
            "Die Erfolgs·geschichten erzählen von Firmen. Die Firmen arbeiten gut zusammen.",
        ),
        ("heading", "Wie finden Sie sich zurecht?"),
        ("paragraph", "Oben auf jeder Seite ist das Menü."),
        ("paragraph", "Im Menü finden Sie alle Bereiche von der Internet·seite."),
        ("paragraph", "Oben rechts können Sie die Sprache wählen."),
        (
            "paragraph",
            "DE heißt Deutsch. EN heißt Englisch. PL heißt Polnisch. CS heißt Tschechisch.",
        ),
        ("paragraph", "Sie können die Internet·seite auch nur mit der Tastatur benutzen."),
        ("paragraph", "Mit der Tab-Taste kommen Sie zum nächsten Link."),
        ("heading", "Barriere·freiheit"),
        ("paragraph", "Barriere·frei heißt: Alle Menschen können die Internet·seite gut benutzen."),
        ("paragraph", "Das ist uns wichtig."),
        ("paragraph", "Manche Teile von unserer Internet·seite sind noch nicht barriere·frei."),
        ("paragraph", "Zum Beispiel manche alten PDF-Dateien."),
        ("paragraph", "Eine PDF-Datei ist ein Dokument. Sie können das Dokument herunter·laden."),
        ("heading", "Haben Sie ein Problem mit der Internet·seite?"),
        ("paragraph", "Dann sagen Sie uns bitte Bescheid."),
        ("paragraph", "Schreiben Sie uns eine E-Mail an: barrierefreiheit@glokal.example"),
        ("paragraph", "Oder rufen Sie uns an. Die Telefon·nummer ist: 030 23125 010"),
        ("paragraph", "Wir antworten Ihnen in 2 Wochen."),
        ("paragraph", "Sie sind mit der Antwort nicht zufrieden?"),
        ("paragraph", "Dann können Sie sich an die Schlichtungs·stelle wenden."),
        (
            "paragraph",
            "Eine Schlichtungs·stelle hilft bei einem Streit. Die Hilfe kostet nichts.",
        ),
    ],
}

SIGN_LANGUAGE = {
    "title": "Gebärdensprache",
    "slug": SIGN_LANGUAGE_SLUG,
    "search_description": "Informationen über Glokal in Deutscher Gebärdensprache (DGS).",
    "intro": "Informationen zu dieser Website in Deutscher Gebärdensprache (DGS).",
    "body": [
        ("heading", "Videos in Vorbereitung"),
        (
            "paragraph",
            "Hier stellen wir Videos in Deutscher Gebärdensprache bereit. Sie erklären, "
            "welche Informationen diese Website bietet, wie Sie sich auf ihr zurechtfinden und "
            "wie Sie uns erreichen. Die Videos werden gerade aufgenommen.",
        ),
        (
            "paragraph",
            "Die Videos liegen auf unserem eigenen Server. Beim Ansehen werden keine Daten an "
            "andere Anbieter übertragen.",
        ),
        ("heading", "Kontakt für gehörlose und schwerhörige Menschen"),
        (
            "paragraph",
            "Schreiben Sie uns eine E-Mail an barrierefreiheit@glokal.example oder eine SMS an "
            "+49 30 23125 011. Wir antworten schriftlich.",
        ),
        (
            "link_list",
            {
                "heading": "Mehr Informationen",
                "links": [{"title": "Leichte Sprache", "page": "easy_language"}],
            },
        ),
    ],
}


class _GermanOnly:
    """The demo context, except that nothing is translated (see the module docstring)."""

    def __init__(self, ctx):
        self._ctx = ctx

    def __getattr__(self, name):
        return getattr(self._ctx, name)

    def translate(self, instance, *, source_changed):
        return False


def load(ctx):
    """Create the two pages under the German home page. Runs before the standard pages: the
    accessibility statement links to both (the footer links every page to the statement)."""
    german_only = _GermanOnly(ctx)
    for key, content in (("easy_language", EASY_LANGUAGE), ("sign_language", SIGN_LANGUAGE)):
        ctx.pages[key] = sync_page(
            german_only,
            ctx.home,
            StandardPage,
            slug=content["slug"],
            title=ctx.text(content["title"]),
            search_description=ctx.text(content["search_description"]),
            intro=ctx.text(content["intro"]),
            body=stream(ctx, key, [(kind, _text(value)) for kind, value in content["body"]]),
        )
    ctx.report("Leichte Sprache and Gebärdensprache pages (German only)", 2, translated=False)


def _text(value):
    """The German-only texts above as the language-neutral texts the stream builders expect."""
    if isinstance(value, str):
        return same(value)
    return {
        "heading": same(value["heading"]),
        "links": [{**link, "title": same(link["title"])} for link in value["links"]],
    }
