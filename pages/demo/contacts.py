"""Demo contact persons: invented people of the invented agency, with generated portraits.

Nobody here exists. Phone numbers come from +49 30 23125 000–999, the block the
Bundesnetzagentur reserves for film, television and other fiction, so a visitor who dials one
reaches no real person; email addresses use the reserved domain glokal.example.
"""

from dataclasses import dataclass

from pages.core.models.contacts import ContactPerson

from .images import ImageSpec, ensure_images
from .sync import sync_snippet
from .texts import Text

FICTIONAL_PHONE_PREFIX = "+49 30 23125 0"
EMAIL_DOMAIN = "glokal.example"

INTERNATIONAL_MARKETS = {
    "de": "Internationale Märkte",
    "en": "International markets",
    "pl": "Rynki międzynarodowe",
    "cs": "Mezinárodní trhy",
}


@dataclass(frozen=True)
class Person:
    key: str
    first_name: str
    last_name: str
    role: Text
    department: Text
    extension: str  # the last two digits in the fictional range
    languages: tuple[str, ...]
    colours: tuple[str, str]

    @property
    def email(self):
        return f"{self.key}@{EMAIL_DOMAIN}"

    @property
    def phone(self):
        return f"{FICTIONAL_PHONE_PREFIX}{self.extension}"

    @property
    def portrait(self):
        return ImageSpec(
            key=f"portrait-{self.key}",
            title=f"Porträt {self.first_name} {self.last_name} (Demo)",
            description=f"Generiertes Platzhalterbild für {self.first_name} {self.last_name}",
            label=f"{self.first_name[0]}{self.last_name[0]}",
            colours=self.colours,
            portrait=True,
        )


PEOPLE = [
    Person(
        key="katrin.vogelsang",
        first_name="Katrin",
        last_name="Vogelsang",
        role={
            "de": "Referentin Märkte Mittel- und Osteuropa",
            "en": "Desk officer, Central and Eastern European markets",
            "pl": "Referentka ds. rynków Europy Środkowo-Wschodniej",
            "cs": "Referentka pro trhy střední a východní Evropy",
        },
        department=INTERNATIONAL_MARKETS,
        extension="10",
        languages=("de", "pl", "en"),
        colours=("#6c3b8a", "#e0a458"),
    ),
    Person(
        key="tomasz.zielinski",
        first_name="Tomasz",
        last_name="Zieliński",
        role={
            "de": "Projektmanager Polen",
            "en": "Project manager, Poland",
            "pl": "Kierownik projektów – Polska",
            "cs": "Projektový manažer pro Polsko",
        },
        department=INTERNATIONAL_MARKETS,
        extension="11",
        languages=("pl", "de", "en"),
        colours=("#8a1c2b", "#f2c14e"),
    ),
    Person(
        key="petra.novakova",
        first_name="Petra",
        last_name="Nováková",
        role={
            "de": "Projektleiterin Interreg Sachsen–Tschechien",
            "en": "Project lead, Interreg Saxony–Czechia",
            "pl": "Kierowniczka projektu Interreg Saksonia–Czechy",
            "cs": "Vedoucí projektu Interreg Sasko–Česko",
        },
        department={
            "de": "Grenzüberschreitende Projekte",
            "en": "Cross-border projects",
            "pl": "Projekty transgraniczne",
            "cs": "Přeshraniční projekty",
        },
        extension="12",
        languages=("cs", "de", "en"),
        colours=("#1d3557", "#a8dadc"),
    ),
    Person(
        key="jonas.brenner",
        first_name="Jonas",
        last_name="Brenner",
        role={
            "de": "Pressesprecher",
            "en": "Press officer",
            "pl": "Rzecznik prasowy",
            "cs": "Tiskový mluvčí",
        },
        department={
            "de": "Presse und Kommunikation",
            "en": "Press and communications",
            "pl": "Prasa i komunikacja",
            "cs": "Tisk a komunikace",
        },
        extension="13",
        languages=("de", "en"),
        colours=("#2a9d8f", "#264653"),
    ),
    Person(
        key="miriam.albrecht",
        first_name="Miriam",
        last_name="Albrecht",
        role={
            "de": "Branchenmanagerin Life Sciences",
            "en": "Sector manager, life sciences",
            "pl": "Menedżerka sektora nauk o życiu",
            "cs": "Manažerka oboru věd o živé přírodě",
        },
        department={
            "de": "Branchen und Innovation",
            "en": "Sectors and innovation",
            "pl": "Branże i innowacje",
            "cs": "Obory a inovace",
        },
        extension="14",
        languages=("de", "en", "pl"),
        colours=("#e76f51", "#f4a261"),
    ),
]


def load(ctx):
    ensure_images(ctx, [person.portrait for person in PEOPLE])
    for person in PEOPLE:
        ctx.contacts[person.key] = sync_snippet(
            ctx,
            ContactPerson,
            {"email": person.email},
            first_name=person.first_name,
            last_name=person.last_name,
            role=ctx.text(person.role),
            department=ctx.text(person.department),
            phone=person.phone,
            photo=ctx.images[person.portrait.key],
            languages=list(person.languages),
        )
    ctx.report("Contact persons", len(PEOPLE))
