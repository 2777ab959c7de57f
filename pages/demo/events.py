"""The event calendar's demo content: the calendar and fourteen events in four languages.

The events span 2024 to 2027, so the calendar has both an archive and upcoming events. The
Interreg project "Glokalisierung" appears as planned: the kick-off workshop in Karlovy Vary on
16 April 2024, its two further workshops (the network tool presented, then the closing
workshop) and its four cross-sector information and cooperation events, two in Saxony and two
in Czechia; those the press room reports on take place on the day of their release. The four
are separate events, not one event with four dates, because each has its own city, venue,
focus and registration, and an event has one place. The event with several dates is the online
seminar series: one programme and one registration, four dates on either side of the demo's
"today" (21 November 2026) and of the end of summer time.

Further events show the other shapes the calendar must handle: the two-day Polish-Saxon
economic forum in Wrocław (21–22 October 2025), online and hybrid events, all-day events over
several days, and a weekend hackathon whose span crosses the start of summer time on
28 March 2027 (it starts at 17:00 CET and ends at 15:00 CEST; both stay wall-clock times).

Venues, addresses, programmes, fees and the hackathon's partner are invented. The chambers and
public bodies named as partners are real, as in the press releases; the agency is not.
"""

import dataclasses
import datetime
import re
import uuid
from dataclasses import dataclass

from pages.calendar.models import (
    EVENT_TIMEZONE,
    EventCalendarPage,
    EventContact,
    EventDate,
    EventFormat,
    EventPage,
    EventRegion,
    EventTopic,
)

from .contacts import PEOPLE
from .images import ImageSpec, ensure_images
from .streams import stream
from .sync import sync_page
from .texts import Text, same

CALENDAR = {
    "title": {"de": "Veranstaltungen", "en": "Events", "pl": "Wydarzenia", "cs": "Akce"},
    "slug": {"de": "veranstaltungen", "en": "events", "pl": "wydarzenia", "cs": "akce"},
    "intro": {
        "de": "Foren, Workshops, Kooperationsbörsen und Online-Seminare rund um die "
        "Zusammenarbeit von Sachsen, Niederschlesien und den tschechischen Grenzregionen. Jede "
        "Ansicht lässt sich als Kalenderdatei abonnieren.",
        "en": "Forums, workshops, cooperation exchanges and online seminars on cooperation "
        "between Saxony, Lower Silesia and the Czech border regions. Every view can be "
        "subscribed to as a calendar file.",
        "pl": "Fora, warsztaty, giełdy kooperacyjne i seminaria online poświęcone współpracy "
        "Saksonii, Dolnego Śląska i czeskich regionów przygranicznych. Każdy widok można "
        "subskrybować jako plik kalendarza.",
        "cs": "Fóra, workshopy, kooperační burzy a online semináře o spolupráci Saska, Dolního "
        "Slezska a českých příhraničních regionů. Každé zobrazení lze odebírat jako soubor "
        "kalendáře.",
    },
    # Shown under the calendar's entry on the home page.
    "search_description": {
        "de": "Kommende Foren, Workshops und Kooperationsbörsen in Sachsen, Polen und Tschechien",
        "en": "Upcoming forums, workshops and cooperation exchanges in Saxony, Poland and Czechia",
        "pl": "Nadchodzące fora, warsztaty i giełdy kooperacyjne w Saksonii, Polsce i Czechach",
        "cs": "Nadcházející fóra, workshopy a kooperační burzy v Sasku, Polsku a Česku",
    },
}

# --- Dates ------------------------------------------------------------------------------

# Stable date uids: calendar apps recognise a date again after the demo is reloaded, and an
# unchanged event compares equal to its definition, so a second run leaves it alone.
_UID_NAMESPACE = uuid.UUID("0d3c8f5e-6b7a-4c1e-9f2d-8a4b6e1c7d53")


@dataclass(frozen=True)
class When:
    start: datetime.datetime
    end: datetime.datetime
    all_day: bool = False


def at(year, month, day, hour, minute=0) -> datetime.datetime:
    """A wall-clock time in Berlin (and in Wrocław and Prague: the same time zone)."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=EVENT_TIMEZONE)


def on(day: datetime.date, start: str, end: str) -> When:
    """A date on one day, from "HH:MM" to "HH:MM" local time."""
    (start_h, start_m), (end_h, end_m) = (map(int, t.split(":")) for t in (start, end))
    return When(
        at(day.year, day.month, day.day, start_h, start_m),
        at(day.year, day.month, day.day, end_h, end_m),
    )


def whole_days(first: datetime.date, last: datetime.date) -> When:
    """An all-day date, stored the way EventDate.save() stores it (midnight to 23:59:59)."""
    return When(
        datetime.datetime.combine(first, datetime.time(), EVENT_TIMEZONE),
        datetime.datetime.combine(last, datetime.time(23, 59, 59), EVENT_TIMEZONE),
        all_day=True,
    )


def _date_uid(event_key: str, index: int) -> uuid.UUID:
    return uuid.uuid5(_UID_NAMESPACE, f"{event_key}/{index}")


D = datetime.date

# --- Recurring texts --------------------------------------------------------------------

ORGANISER = same("Glokal Wirtschaftsförderung (Demo)")

AHK_SERVICES = same("AHK Services s.r.o.")
MAS_CESKY_SEVER = same("MAS Český sever")
IHK_DRESDEN = {
    "de": "IHK Dresden",
    "en": "Dresden Chamber of Industry and Commerce (IHK Dresden)",
    "pl": "Izba Przemysłowo-Handlowa w Dreźnie (IHK Dresden)",
    "cs": "Průmyslová a obchodní komora Drážďany (IHK Dresden)",
}
IHK_CHEMNITZ = {
    "de": "IHK Chemnitz",
    "en": "Chemnitz Chamber of Industry and Commerce (IHK Chemnitz)",
    "pl": "Izba Przemysłowo-Handlowa w Chemnitz (IHK Chemnitz)",
    "cs": "Průmyslová a obchodní komora Chemnitz (IHK Chemnitz)",
}
WK_KARLSBAD = {
    "de": "Wirtschaftskammer Karlsbad",
    "en": "Karlovy Vary Regional Chamber of Commerce",
    "pl": "Izba Gospodarcza Kraju Karlowarskiego",
    "cs": "Krajská hospodářská komora Karlovarského kraje",
}
AHK_POLEN = {
    "de": "AHK Polen",
    "en": "Polish-German Chamber of Industry and Commerce (AHK Polen)",
    "pl": "Polsko-Niemiecka Izba Przemysłowo-Handlowa (AHK Polska)",
    "cs": "Polsko-německá obchodní a průmyslová komora (AHK Polsko)",
}
MARSHAL_OFFICE = {
    "de": "Marschallamt der Woiwodschaft Niederschlesien",
    "en": "Office of the Marshal of the Lower Silesian Voivodeship",
    "pl": "Urząd Marszałkowski Województwa Dolnośląskiego",
    "cs": "Maršálkovský úřad Dolnoslezského vojvodství",
}
GLOKAL_PARTNERS = (AHK_SERVICES, IHK_DRESDEN, IHK_CHEMNITZ, WK_KARLSBAD, MAS_CESKY_SEVER)

CITIES = {
    "dresden": {"de": "Dresden", "en": "Dresden", "pl": "Drezno", "cs": "Drážďany"},
    "chemnitz": same("Chemnitz"),
    "leipzig": {"de": "Leipzig", "en": "Leipzig", "pl": "Lipsk", "cs": "Lipsko"},
    "goerlitz": {"de": "Görlitz", "en": "Görlitz", "pl": "Görlitz", "cs": "Zhořelec"},
    "zittau": {"de": "Zittau", "en": "Zittau", "pl": "Żytawa", "cs": "Žitava"},
    "wroclaw": {"de": "Wrocław", "en": "Wrocław", "pl": "Wrocław", "cs": "Vratislav"},
    "karlovy-vary": {
        "de": "Karlovy Vary",
        "en": "Karlovy Vary",
        "pl": "Karlowe Wary",
        "cs": "Karlovy Vary",
    },
    "liberec": same("Liberec"),
    "usti": {
        "de": "Ústí nad Labem",
        "en": "Ústí nad Labem",
        "pl": "Uście nad Łabą",
        "cs": "Ústí nad Labem",
    },
    "decin": same("Děčín"),
}

PROGRAMME = {"de": "Programm", "en": "Programme", "pl": "Program", "cs": "Program"}

CZECH_INTERPRETING = {
    "de": "Der Workshop wird simultan gedolmetscht (Deutsch–Tschechisch).",
    "en": "The workshop is interpreted simultaneously (German–Czech).",
    "pl": "Warsztat jest tłumaczony symultanicznie (niemiecki–czeski).",
    "cs": "Workshop je simultánně tlumočen (němčina–čeština).",
}

# The course of every information and cooperation event of the project.
EXCHANGE_FORMAT = {
    "de": "Vormittags geben Fachleute einen Überblick über Förderprogramme, Zoll- und "
    "Steuerfragen sowie öffentliche Ausschreibungen im Nachbarland. Nachmittags treffen sich die "
    "Firmen zu zwanzigminütigen Einzelgesprächen, die das Projektteam vorher anhand der "
    "Anmeldeprofile vereinbart – mit Dolmetschern an jedem Tisch.",
    "en": "In the morning, experts give an overview of funding programmes, customs and tax "
    "questions and public tenders in the neighbouring country. In the afternoon, companies meet "
    "for twenty-minute one-to-one talks that the project team arranges in advance from the "
    "registration profiles – with interpreters at every table.",
    "pl": "Przed południem eksperci przedstawiają przegląd programów wsparcia, kwestii celnych i "
    "podatkowych oraz przetargów publicznych w kraju sąsiednim. Po południu firmy spotykają się "
    "na dwudziestominutowych rozmowach indywidualnych, które zespół projektu umawia wcześniej na "
    "podstawie profili zgłoszeniowych – z tłumaczami przy każdym stoliku.",
    "cs": "Dopoledne podávají odborníci přehled o dotačních programech, celních a daňových "
    "otázkách a veřejných zakázkách v sousední zemi. Odpoledne se firmy setkávají na "
    "dvacetiminutových individuálních jednáních, která projektový tým předem domluví podle "
    "registračních profilů – u každého stolu s tlumočníkem.",
}


def _person(key: str):
    return next(person for person in PEOPLE if person.key == key)


NOVAKOVA = _person("petra.novakova")


@dataclass(frozen=True, kw_only=True)
class Event:
    key: str  # stable: block ids, date uids and ctx.pages["events/<key>"]
    slug: Text
    title: Text
    teaser: Text
    dates: tuple[When, ...]
    event_format: str = EventFormat.ON_SITE
    image: ImageSpec
    body: list  # (block type, value) pairs, see pages.demo.streams
    venue: Text | str = ""
    street_address: str = ""
    postal_code: str = ""
    city: Text | str = ""
    country: str = ""
    online_url: str = ""
    partners: tuple[Text | str, ...] = ()
    registration_url: str = ""
    registration_deadline: datetime.date | None = None
    fee: Text | None = None  # None: free of charge
    languages: tuple[str, ...]
    topics: tuple[str, ...]
    regions: tuple[str, ...]
    contacts: tuple[str, ...]


def _image(key, title, label, colours):
    return ImageSpec(
        key=f"event-{key}", title=f"Veranstaltung: {title} (Demo)", label=label, colours=colours
    )


EVENTS = [
    Event(
        key="auftaktworkshop-glokalisierung",
        slug={
            "de": "auftaktworkshop-glokalisierung-karlovy-vary",
            "en": "glocalisation-kick-off-workshop-karlovy-vary",
            "pl": "warsztat-inauguracyjny-glokalizacja-karlowe-wary",
            "cs": "uvodni-workshop-glokalizace-karlovy-vary",
        },
        title={
            "de": "Auftaktworkshop „Glokalisierung – global denken, lokal handeln“",
            "en": "Kick-off workshop “Glocalisation – think globally, act locally”",
            "pl": "Warsztat inauguracyjny „Glokalizacja – myśl globalnie, działaj lokalnie”",
            "cs": "Úvodní workshop „Glokalizace – mysli globálně, jednej lokálně“",
        },
        teaser={
            "de": "Zum Start des Interreg-Projekts legen Unternehmen, Kammern und "
            "Wirtschaftsförderer aus Sachsen und Tschechien gemeinsam fest, was das geplante "
            "Netzwerk-Tool für den Grenzraum leisten soll.",
            "en": "To launch the Interreg project, companies, chambers and economic development "
            "agencies from Saxony and Czechia decide together what the planned network tool for "
            "the border region should do.",
            "pl": "Na początek projektu Interreg firmy, izby i instytucje wspierające gospodarkę "
            "z Saksonii i Czech wspólnie ustalają, czemu ma służyć planowane narzędzie sieciowe "
            "dla pogranicza.",
            "cs": "Na začátku projektu Interreg společně stanoví firmy, komory a instituce na "
            "podporu podnikání ze Saska a Česka, co má plánovaný síťový nástroj pro příhraničí "
            "umět.",
        },
        dates=(on(D(2024, 4, 16), "10:00", "16:00"),),
        image=_image(
            "auftakt",
            "Auftaktworkshop Karlovy Vary",
            "Karlovy Vary · Auftakt",
            ("#1d3557", "#457b9d"),
        ),
        body=[
            (
                "paragraph",
                {
                    "de": "Der Workshop eröffnet das Interreg-Projekt „Glokalisierung – global "
                    "denken, lokal handeln“, mit dem die Glokal Wirtschaftsförderung (Demo) und "
                    "die AHK Services s.r.o. die Zusammenarbeit kleiner und mittlerer Unternehmen "
                    "im sächsisch-tschechischen Grenzraum stärken wollen.",
                    "en": "The workshop opens the Interreg project “Glocalisation – think "
                    "globally, act locally”, with which Glokal Wirtschaftsförderung (Demo) and "
                    "AHK Services s.r.o. want to strengthen cooperation between small and "
                    "medium-sized enterprises in the Saxon-Czech border region.",
                    "pl": "Warsztat otwiera projekt Interreg „Glokalizacja – myśl globalnie, "
                    "działaj lokalnie”, za pomocą którego Glokal Wirtschaftsförderung (Demo) i "
                    "AHK Services s.r.o. chcą wzmocnić współpracę małych i średnich "
                    "przedsiębiorstw na pograniczu saksońsko-czeskim.",
                    "cs": "Workshop zahajuje projekt Interreg „Glokalizace – mysli globálně, "
                    "jednej lokálně“, jímž chtějí Glokal Wirtschaftsförderung (Demo) a AHK "
                    "Services s.r.o. posílit spolupráci malých a středních podniků v sasko-českém "
                    "příhraničí.",
                },
            ),
            ("heading", PROGRAMME),
            (
                "paragraph",
                {
                    "de": "Nach einer kurzen Vorstellung des Projekts arbeiten die Teilnehmenden "
                    "in Gruppen: Welche Angebote und Gesuche sollen Firmen im Netzwerk-Tool "
                    "veröffentlichen können, welche Suchfilter brauchen sie, und wie sollen "
                    "Kammern und Wirtschaftsförderer die Plattform nutzen? Am Nachmittag werden "
                    "die Ergebnisse im Plenum zusammengeführt.",
                    "en": "After a short presentation of the project, participants work in "
                    "groups: which offers and requests should companies be able to publish in "
                    "the network tool, which search filters do they need, and how should "
                    "chambers and development agencies use the platform? In the afternoon, the "
                    "results are brought together in a plenary session.",
                    "pl": "Po krótkiej prezentacji projektu uczestnicy pracują w grupach: jakie "
                    "oferty i zapytania firmy powinny móc publikować w narzędziu sieciowym, "
                    "jakich filtrów wyszukiwania potrzebują i w jaki sposób izby oraz instytucje "
                    "wspierające gospodarkę mają korzystać z platformy? Po południu wyniki "
                    "zostaną podsumowane na sesji plenarnej.",
                    "cs": "Po krátkém představení projektu pracují účastníci ve skupinách: jaké "
                    "nabídky a poptávky by firmy měly v síťovém nástroji zveřejňovat, jaké "
                    "vyhledávací filtry potřebují a jak mají platformu využívat komory a "
                    "instituce na podporu podnikání? Odpoledne se výsledky shrnou na plenárním "
                    "zasedání.",
                },
            ),
            ("paragraph", CZECH_INTERPRETING),
        ],
        venue={
            "de": "Hotel Ohře, Konferenzsaal",
            "en": "Hotel Ohře, conference hall",
            "pl": "Hotel Ohře, sala konferencyjna",
            "cs": "Hotel Ohře, konferenční sál",
        },
        street_address="Sadová 21",
        postal_code="360 01",
        city=CITIES["karlovy-vary"],
        country="CZ",
        partners=GLOKAL_PARTNERS,
        registration_url="https://example.org/glokalisierung/anmeldung-auftakt",
        registration_deadline=D(2024, 4, 9),
        languages=("de", "cs"),
        topics=("grenzregion-interreg", "digitalisierung", "wirtschaftsfoerderung"),
        regions=("karlovarsky-kraj", "sachsen"),
        contacts=("petra.novakova",),
    ),
    Event(
        key="kooperationsboerse-liberec",
        slug={
            "de": "kooperationsboerse-liberec",
            "en": "cooperation-exchange-liberec",
            "pl": "gielda-kooperacyjna-liberec",
            "cs": "kooperacni-burza-liberec",
        },
        title={
            "de": "Kooperationsbörse Liberec: Partner finden im sächsisch-tschechischen Grenzraum",
            "en": "Liberec cooperation exchange: finding partners in the Saxon-Czech border region",
            "pl": "Giełda kooperacyjna w Libercu: partnerzy z pogranicza saksońsko-czeskiego",
            "cs": "Kooperační burza Liberec: hledání partnerů v sasko-českém příhraničí",
        },
        teaser={
            "de": "Die erste von vier branchenübergreifenden Informations- und "
            "Kooperationsveranstaltungen im Projekt „Glokalisierung“: Fachvorträge am Vormittag, "
            "vorbereitete Einzelgespräche mit Firmen von der anderen Seite der Grenze am "
            "Nachmittag.",
            "en": "The first of four cross-sector information and cooperation events in the "
            "“Glocalisation” project: expert talks in the morning, pre-arranged one-to-one "
            "meetings with companies from across the border in the afternoon.",
            "pl": "Pierwsze z czterech międzybranżowych wydarzeń informacyjno-kooperacyjnych w "
            "projekcie „Glokalizacja”: przed południem wykłady ekspertów, po południu wcześniej "
            "umówione rozmowy z firmami zza granicy.",
            "cs": "První ze čtyř mezioborových informačních a kooperačních akcí projektu "
            "„Glokalizace“: dopoledne odborné přednášky, odpoledne předem domluvená jednání s "
            "firmami z druhé strany hranice.",
        },
        dates=(on(D(2024, 11, 7), "09:30", "16:00"),),
        image=_image(
            "liberec", "Kooperationsbörse Liberec", "Liberec · Kooperation", ("#004b23", "#38b000")
        ),
        body=[
            ("paragraph", EXCHANGE_FORMAT),
            (
                "paragraph",
                {
                    "de": "Eingeladen sind Unternehmen aus Maschinenbau, Kunststofftechnik, "
                    "Logistik und IT aus dem Liberecký kraj und aus Ostsachsen. Wer sich bis zum "
                    "24. Oktober anmeldet, kann Wunschpartner für die Einzelgespräche angeben.",
                    "en": "Companies from mechanical engineering, plastics technology, logistics "
                    "and IT in the Liberec Region and eastern Saxony are invited. Those who "
                    "register by 24 October can name preferred partners for the one-to-one "
                    "talks.",
                    "pl": "Zapraszamy firmy z branży budowy maszyn, przetwórstwa tworzyw "
                    "sztucznych, logistyki i IT z kraju libereckiego i wschodniej Saksonii. "
                    "Osoby, które zarejestrują się do 24 października, mogą wskazać "
                    "preferowanych partnerów do rozmów indywidualnych.",
                    "cs": "Zváni jsou podniky ze strojírenství, zpracování plastů, logistiky a IT "
                    "z Libereckého kraje a východního Saska. Kdo se přihlásí do 24. října, může "
                    "uvést preferované partnery pro individuální jednání.",
                },
            ),
        ],
        venue={
            "de": "Technologiezentrum Ještěd",
            "en": "Ještěd Technology Centre",
            "pl": "Centrum Technologiczne Ještěd",
            "cs": "Technologické centrum Ještěd",
        },
        street_address="Tovární 8",
        postal_code="460 01",
        city=CITIES["liberec"],
        country="CZ",
        partners=(AHK_SERVICES, IHK_DRESDEN),
        registration_url="https://example.org/glokalisierung/anmeldung-liberec",
        registration_deadline=D(2024, 10, 24),
        languages=("de", "cs"),
        topics=("grenzregion-interreg", "wirtschaftsfoerderung", "veranstaltung"),
        regions=("liberecky-kraj", "dresden"),
        contacts=("petra.novakova",),
    ),
    Event(
        key="kooperationsboerse-chemnitz",
        slug={
            "de": "kooperationsboerse-chemnitz",
            "en": "cooperation-exchange-chemnitz",
            "pl": "gielda-kooperacyjna-chemnitz",
            "cs": "kooperacni-burza-chemnitz",
        },
        title={
            "de": "Kooperationsbörse Chemnitz: Automobilzulieferer und Elektrotechnik",
            "en": "Chemnitz cooperation exchange: automotive suppliers and electrical engineering",
            "pl": "Giełda kooperacyjna w Chemnitz: poddostawcy motoryzacyjni i elektrotechnika",
            "cs": "Kooperační burza Chemnitz: automobiloví dodavatelé a elektrotechnika",
        },
        teaser={
            "de": "Die zweite Informations- und Kooperationsveranstaltung im Projekt "
            "„Glokalisierung“ bringt Zulieferer aus dem Erzgebirge, dem Vogtland und Nordböhmen "
            "zusammen, die gemeinsam neue Aufträge suchen.",
            "en": "The second information and cooperation event in the “Glocalisation” project "
            "brings together suppliers from the Ore Mountains, the Vogtland and northern Bohemia "
            "who are looking for new orders together.",
            "pl": "Drugie wydarzenie informacyjno-kooperacyjne w projekcie „Glokalizacja” "
            "gromadzi poddostawców z Rudaw, Vogtlandu i północnych Czech, którzy wspólnie "
            "szukają nowych zamówień.",
            "cs": "Druhá informační a kooperační akce projektu „Glokalizace“ spojuje dodavatele "
            "z Krušných hor, Fojtska a severních Čech, kteří společně hledají nové zakázky.",
        },
        dates=(on(D(2025, 3, 20), "09:30", "16:30"),),
        image=_image(
            "chemnitz",
            "Kooperationsbörse Chemnitz",
            "Chemnitz · Zulieferer",
            ("#3a0ca3", "#4895ef"),
        ),
        body=[
            (
                "paragraph",
                {
                    "de": "Zum Auftakt berichten drei Firmen aus Sachsen und Tschechien, wie sie "
                    "Fertigungsaufträge gemeinsam abwickeln und sich Prüfungen und "
                    "Zertifizierungen teilen. Danach geht es um die Umstellung auf "
                    "Elektromobilität und was sie für kleine Zulieferer bedeutet.",
                    "en": "To start, three companies from Saxony and Czechia report on how they "
                    "handle manufacturing orders together and share testing and certification. "
                    "After that, the focus is on the switch to electric mobility and what it "
                    "means for small suppliers.",
                    "pl": "Na początek trzy firmy z Saksonii i Czech opowiedzą, jak wspólnie "
                    "realizują zlecenia produkcyjne i dzielą się badaniami oraz certyfikacją. "
                    "Następnie mowa będzie o przejściu na elektromobilność i o tym, co oznacza "
                    "ono dla małych poddostawców.",
                    "cs": "Na úvod tři firmy ze Saska a Česka popíšou, jak společně realizují "
                    "výrobní zakázky a sdílejí zkoušky a certifikace. Poté se řeč stočí na "
                    "přechod k elektromobilitě a na to, co znamená pro malé dodavatele.",
                },
            ),
            ("paragraph", EXCHANGE_FORMAT),
        ],
        venue={
            "de": "Tagungszentrum Alte Spinnerei",
            "en": "Old Spinning Mill Conference Centre",
            "pl": "Centrum konferencyjne Stara Przędzalnia",
            "cs": "Konferenční centrum Stará přádelna",
        },
        street_address="Spinnereistraße 4",
        postal_code="09113",
        city=CITIES["chemnitz"],
        country="DE",
        partners=(AHK_SERVICES, IHK_CHEMNITZ),
        registration_url="https://example.org/glokalisierung/anmeldung-chemnitz",
        registration_deadline=D(2025, 3, 10),
        languages=("de", "cs"),
        topics=("grenzregion-interreg", "wirtschaft", "veranstaltung"),
        regions=("chemnitz", "karlovarsky-kraj", "ustecky-kraj"),
        contacts=("petra.novakova",),
    ),
    Event(
        key="workshop-netzwerk-tool",
        slug={
            "de": "workshop-netzwerk-tool-praxistest",
            "en": "workshop-network-tool-test",
            "pl": "warsztat-narzedzie-sieciowe-w-praktyce",
            "cs": "workshop-sitovy-nastroj-v-praxi",
        },
        title={
            "de": "Workshop: Das Netzwerk-Tool im Praxistest",
            "en": "Workshop: putting the network tool to the test",
            "pl": "Warsztat: narzędzie sieciowe w praktyce",
            "cs": "Workshop: síťový nástroj v praxi",
        },
        teaser={
            "de": "Im zweiten Workshop des Projekts „Glokalisierung“ stellt das Projektteam die "
            "digitale Kooperationsplattform vor; Unternehmen legen erste Profile an und sagen, "
            "was noch fehlt.",
            "en": "In the second workshop of the “Glocalisation” project, the project team "
            "presents the digital cooperation platform; companies create their first profiles "
            "and say what is still missing.",
            "pl": "Podczas drugiego warsztatu projektu „Glokalizacja” zespół projektu prezentuje "
            "cyfrową platformę kooperacyjną; firmy zakładają pierwsze profile i mówią, czego "
            "jeszcze brakuje.",
            "cs": "Na druhém workshopu projektu „Glokalizace“ představí projektový tým digitální "
            "kooperační platformu; firmy si založí první profily a řeknou, co ještě chybí.",
        },
        dates=(on(D(2025, 6, 12), "10:00", "15:00"),),
        event_format=EventFormat.HYBRID,
        image=_image(
            "netzwerk-tool",
            "Workshop Netzwerk-Tool Ústí nad Labem",
            "Ústí nad Labem · Praxistest",
            ("#023e8a", "#48cae4"),
        ),
        body=[
            (
                "paragraph",
                {
                    "de": "Bringen Sie einen Laptop mit: Nach einer Führung durch die Plattform "
                    "veröffentlichen die Teilnehmenden in kleinen Gruppen Angebote und Gesuche, "
                    "suchen über beide Sprachen nach Partnern und testen die Anfragefunktion. Wer "
                    "nicht anreisen kann, verfolgt die Vorstellung im Livestream und gibt "
                    "Rückmeldungen im Chat.",
                    "en": "Bring a laptop: after a guided tour of the platform, participants "
                    "publish offers and requests in small groups, search for partners in both "
                    "languages and test the inquiry function. Anyone unable to travel can follow "
                    "the presentation on a livestream and give feedback in the chat.",
                    "pl": "Prosimy zabrać laptop: po oprowadzeniu po platformie uczestnicy w "
                    "małych grupach publikują oferty i zapytania, szukają partnerów w obu "
                    "językach i testują funkcję zapytań. Osoby, które nie mogą przyjechać, "
                    "śledzą prezentację w transmisji na żywo i przekazują uwagi na czacie.",
                    "cs": "Vezměte si s sebou notebook: po prohlídce platformy zveřejní účastníci "
                    "v malých skupinách nabídky a poptávky, hledají partnery v obou jazycích a "
                    "vyzkoušejí funkci dotazů. Kdo nemůže přijet, sleduje představení v živém "
                    "přenosu a posílá zpětnou vazbu v chatu.",
                },
            ),
            ("paragraph", CZECH_INTERPRETING),
        ],
        venue={
            "de": "Wissenschafts- und Technologiepark Střekov",
            "en": "Střekov Science and Technology Park",
            "pl": "Park Naukowo-Technologiczny Střekov",
            "cs": "Vědeckotechnický park Střekov",
        },
        street_address="Přístavní 3",
        postal_code="400 01",
        city=CITIES["usti"],
        country="CZ",
        online_url="https://example.org/glokalisierung/livestream-workshop",
        partners=(AHK_SERVICES, MAS_CESKY_SEVER),
        registration_url="https://example.org/glokalisierung/anmeldung-workshop",
        registration_deadline=D(2025, 6, 5),
        languages=("de", "cs"),
        topics=("digitalisierung", "grenzregion-interreg"),
        regions=("ustecky-kraj", "sachsen"),
        contacts=("petra.novakova",),
    ),
    Event(
        key="wirtschaftsforum-wroclaw-2025",
        slug={
            "de": "polnisch-saechsisches-wirtschaftsforum-2025",
            "en": "polish-saxon-economic-forum-2025",
            "pl": "polsko-saksonskie-forum-gospodarcze-2025",
            "cs": "polsko-saske-hospodarske-forum-2025",
        },
        title={
            "de": "16. Polnisch-Sächsisches Wirtschaftsforum: Medizin der Zukunft",
            "en": "16th Polish-Saxon Economic Forum: Medicine of the Future",
            "pl": "16. Polsko-Saksońskie Forum Gospodarcze: Medycyna przyszłości",
            "cs": "16. polsko-saské hospodářské fórum: Medicína budoucnosti",
        },
        teaser={
            "de": "Zwei Tage Life Sciences in Niederschlesien: Laborbesuche, Podien zu "
            "künstlicher Intelligenz in der Medizin und vorbereitete Gespräche mit Partnern aus "
            "Forschung und Industrie.",
            "en": "Two days of life sciences in Lower Silesia: laboratory visits, panels on "
            "artificial intelligence in medicine and pre-arranged meetings with partners from "
            "research and industry.",
            "pl": "Dwa dni poświęcone naukom o życiu na Dolnym Śląsku: wizyty w laboratoriach, "
            "panele o sztucznej inteligencji w medycynie i wcześniej umówione rozmowy z "
            "partnerami z nauki i przemysłu.",
            "cs": "Dva dny věd o živé přírodě v Dolním Slezsku: návštěvy laboratoří, panely o "
            "umělé inteligenci v medicíně a předem domluvená jednání s partnery z výzkumu a "
            "průmyslu.",
        },
        # One span over both days: the forum runs on into the evening reception.
        dates=(When(at(2025, 10, 21, 9), at(2025, 10, 22, 15)),),
        image=_image(
            "forum-2025", "Wirtschaftsforum Wrocław 2025", "Wrocław · Forum", ("#14213d", "#fca311")
        ),
        body=[
            (
                "paragraph",
                {
                    "de": "Das Forum wird von den Partnerregionen Sachsen und Niederschlesien "
                    "gemeinsam ausgerichtet und richtet sich vor allem an kleine und mittlere "
                    "Unternehmen, Kliniken und Forschungseinrichtungen aus Medizintechnik, "
                    "Diagnostik und digitaler Gesundheitswirtschaft.",
                    "en": "The forum is organised jointly by the partner regions of Saxony and "
                    "Lower Silesia and is aimed above all at small and medium-sized enterprises, "
                    "hospitals and research institutions in medical technology, diagnostics and "
                    "digital health.",
                    "pl": "Forum jest wspólnie organizowane przez regiony partnerskie Saksonię i "
                    "Dolny Śląsk i jest skierowane przede wszystkim do małych i średnich "
                    "przedsiębiorstw, szpitali i instytucji badawczych z branży techniki "
                    "medycznej, diagnostyki i cyfrowej ochrony zdrowia.",
                    "cs": "Fórum společně pořádají partnerské regiony Sasko a Dolní Slezsko a je "
                    "určeno především malým a středním podnikům, nemocnicím a výzkumným "
                    "institucím z oblasti zdravotnické techniky, diagnostiky a digitálního "
                    "zdravotnictví.",
                },
            ),
            ("heading", PROGRAMME),
            (
                "paragraph",
                {
                    "de": "Am ersten Tag besuchen die Teilnehmenden die Labore des Life Sciences "
                    "& Biotechnology Center des Forschungsinstituts PORT Łukasiewicz; am Abend "
                    "lädt die Woiwodschaft zum Empfang. Der zweite Tag gehört den Podien zu "
                    "künstlicher Intelligenz in Diagnose und Behandlung, zum Umgang mit "
                    "Patientendaten und zu Technologietrends sowie den Kooperationsgesprächen.",
                    "en": "On the first day, participants visit the laboratories of the Life "
                    "Sciences & Biotechnology Center of the PORT Łukasiewicz research institute; "
                    "in the evening, the voivodeship hosts a reception. The second day is "
                    "devoted to panels on artificial intelligence in diagnosis and treatment, "
                    "the handling of patient data and technology trends, and to cooperation "
                    "meetings.",
                    "pl": "Pierwszego dnia uczestnicy odwiedzą laboratoria Life Sciences & "
                    "Biotechnology Center instytutu badawczego PORT Łukasiewicz; wieczorem "
                    "województwo zaprasza na przyjęcie. Drugi dzień wypełnią panele o sztucznej "
                    "inteligencji w diagnostyce i leczeniu, o postępowaniu z danymi pacjentów i "
                    "o trendach technologicznych oraz rozmowy kooperacyjne.",
                    "cs": "První den navštíví účastníci laboratoře Life Sciences & Biotechnology "
                    "Center výzkumného ústavu PORT Łukasiewicz; večer zve vojvodství na "
                    "recepci. Druhý den patří panelovým diskusím o umělé inteligenci v "
                    "diagnostice a léčbě, o nakládání s údaji pacientů a o technologických "
                    "trendech a také kooperačním jednáním.",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Vorträge und Diskussionen werden simultan gedolmetscht "
                    "(Deutsch–Polnisch). Für Teilnehmende aus Sachsen organisiert die Glokal "
                    "Wirtschaftsförderung (Demo) eine gemeinsame Busanreise ab Dresden.",
                    "en": "Talks and discussions are interpreted simultaneously (German–Polish). "
                    "For participants from Saxony, Glokal Wirtschaftsförderung (Demo) organises "
                    "a joint coach journey from Dresden.",
                    "pl": "Wykłady i dyskusje są tłumaczone symultanicznie (niemiecki–polski). "
                    "Dla uczestników z Saksonii Glokal Wirtschaftsförderung (Demo) organizuje "
                    "wspólny przejazd autokarem z Drezna.",
                    "cs": "Přednášky a diskuse jsou simultánně tlumočeny (němčina–polština). Pro "
                    "účastníky ze Saska organizuje Glokal Wirtschaftsförderung (Demo) společnou "
                    "cestu autobusem z Drážďan.",
                },
            ),
        ],
        venue={
            "de": "Kongresszentrum an der Oder",
            "en": "Congress Centre on the Oder",
            "pl": "Centrum Kongresowe nad Odrą",
            "cs": "Kongresové centrum na Odře",
        },
        street_address="ul. Nadbrzeżna 9",
        postal_code="50-130",
        city=CITIES["wroclaw"],
        country="PL",
        partners=(MARSHAL_OFFICE, AHK_POLEN),
        registration_url="https://example.org/wirtschaftsforum-2025/anmeldung",
        registration_deadline=D(2025, 10, 6),
        fee={
            "de": "150 € zzgl. MwSt. (inkl. Busreise und Verpflegung)",
            "en": "€150 plus VAT (including coach travel and catering)",
            "pl": "150 € plus VAT (w tym przejazd autokarem i wyżywienie)",
            "cs": "150 € bez DPH (včetně cesty autobusem a občerstvení)",
        },
        languages=("de", "pl"),
        topics=("life-sciences", "aussenwirtschaft", "innovation"),
        regions=("dolnoslaskie", "sachsen"),
        contacts=("miriam.albrecht", "tomasz.zielinski"),
    ),
    Event(
        key="kooperationsboerse-decin",
        slug={
            "de": "kooperationsboerse-decin",
            "en": "cooperation-exchange-decin",
            "pl": "gielda-kooperacyjna-decin",
            "cs": "kooperacni-burza-decin",
        },
        title={
            "de": "Kooperationsbörse Děčín: Energie- und Umwelttechnik im Elbtal",
            "en": "Děčín cooperation exchange: energy and environmental technology in the Elbe "
            "valley",
            "pl": "Giełda kooperacyjna w Děčínie: energetyka i technologie środowiskowe w "
            "dolinie Łaby",
            "cs": "Kooperační burza Děčín: energetika a environmentální technologie v údolí Labe",
        },
        teaser={
            "de": "Die dritte Informations- und Kooperationsveranstaltung im Projekt "
            "„Glokalisierung“ dreht sich um Energieeffizienz, Wasser- und Abfalltechnik und die "
            "Wärmewende in Betrieben beiderseits der Grenze.",
            "en": "The third information and cooperation event in the “Glocalisation” project "
            "focuses on energy efficiency, water and waste technology and the heat transition "
            "in businesses on both sides of the border.",
            "pl": "Trzecie wydarzenie informacyjno-kooperacyjne w projekcie „Glokalizacja” "
            "poświęcone jest efektywności energetycznej, technologiom wodnym i odpadowym oraz "
            "transformacji ciepłowniczej w firmach po obu stronach granicy.",
            "cs": "Třetí informační a kooperační akce projektu „Glokalizace“ se věnuje "
            "energetické účinnosti, vodohospodářským a odpadovým technologiím a transformaci "
            "vytápění ve firmách na obou stranách hranice.",
        },
        dates=(on(D(2025, 11, 27), "09:30", "16:00"),),
        image=_image("decin", "Kooperationsbörse Děčín", "Děčín · Energie", ("#1b4332", "#95d5b2")),
        body=[
            ("paragraph", EXCHANGE_FORMAT),
            (
                "paragraph",
                {
                    "de": "Vorgestellt werden Beispiele aus dem Elbtal, etwa ein gemeinsames "
                    "Projekt zweier Stadtwerke zur Nutzung von Abwärme. Anschließend können die "
                    "Teilnehmenden ihre Firmenprofile im Netzwerk-Tool vom Projektteam prüfen "
                    "und ergänzen lassen.",
                    "en": "Examples from the Elbe valley are presented, such as a joint project "
                    "of two municipal utilities to use waste heat. Afterwards, participants can "
                    "have the project team check and complete their company profiles in the "
                    "network tool.",
                    "pl": "Zaprezentowane zostaną przykłady z doliny Łaby, m.in. wspólny projekt "
                    "dwóch przedsiębiorstw komunalnych dotyczący wykorzystania ciepła "
                    "odpadowego. Następnie uczestnicy mogą poprosić zespół projektu o "
                    "sprawdzenie i uzupełnienie profili swoich firm w narzędziu sieciowym.",
                    "cs": "Představeny budou příklady z údolí Labe, například společný projekt "
                    "dvou městských podniků na využití odpadního tepla. Poté si účastníci mohou "
                    "nechat projektovým týmem zkontrolovat a doplnit profily svých firem v "
                    "síťovém nástroji.",
                },
            ),
        ],
        venue={
            "de": "Kulturhaus Elbe",
            "en": "Elbe Cultural Centre",
            "pl": "Dom Kultury Łaba",
            "cs": "Kulturní dům Labe",
        },
        street_address="Labské nábřeží 6",
        postal_code="405 02",
        city=CITIES["decin"],
        country="CZ",
        partners=(AHK_SERVICES, MAS_CESKY_SEVER),
        registration_url="https://example.org/glokalisierung/anmeldung-decin",
        registration_deadline=D(2025, 11, 17),
        languages=("de", "cs"),
        topics=("grenzregion-interreg", "innovation", "veranstaltung"),
        regions=("ustecky-kraj", "dresden"),
        contacts=("petra.novakova",),
    ),
    Event(
        key="kooperationsboerse-zittau",
        slug={
            "de": "kooperationsboerse-zittau",
            "en": "cooperation-exchange-zittau",
            "pl": "gielda-kooperacyjna-zytawa",
            "cs": "kooperacni-burza-zitava",
        },
        title={
            "de": "Kooperationsbörse Zittau: Handwerk, Bau und digitale Dienstleistungen",
            "en": "Zittau cooperation exchange: crafts, construction and digital services",
            "pl": "Giełda kooperacyjna w Żytawie: rzemiosło, budownictwo i usługi cyfrowe",
            "cs": "Kooperační burza Žitava: řemeslo, stavebnictví a digitální služby",
        },
        teaser={
            "de": "Die letzte der vier Informations- und Kooperationsveranstaltungen im Projekt "
            "„Glokalisierung“ findet im Dreiländereck statt – mit Betrieben aus der Oberlausitz, "
            "Nordböhmen und Niederschlesien.",
            "en": "The last of the four information and cooperation events in the "
            "“Glocalisation” project takes place where three countries meet – with businesses "
            "from Upper Lusatia, northern Bohemia and Lower Silesia.",
            "pl": "Ostatnie z czterech wydarzeń informacyjno-kooperacyjnych w projekcie "
            "„Glokalizacja” odbywa się na styku trzech granic – z udziałem firm z Górnych "
            "Łużyc, północnych Czech i Dolnego Śląska.",
            "cs": "Poslední ze čtyř informačních a kooperačních akcí projektu „Glokalizace“ se "
            "koná v trojmezí – s firmami z Horní Lužice, severních Čech a Dolního Slezska.",
        },
        dates=(on(D(2026, 3, 12), "09:30", "16:00"),),
        image=_image(
            "zittau", "Kooperationsbörse Zittau", "Zittau · Dreiländereck", ("#7f5539", "#ddb892")
        ),
        body=[
            (
                "paragraph",
                {
                    "de": "Handwerksbetriebe und Bauunternehmen erfahren, was sie bei Aufträgen "
                    "im Nachbarland beachten müssen, von der Entsendemeldung bis zur "
                    "Gewährleistung. IT-Dienstleister zeigen, wie kleine Firmen mit einfachen "
                    "Mitteln zweisprachig verkaufen.",
                    "en": "Craft businesses and construction companies learn what they need to "
                    "consider when working on orders in the neighbouring country, from "
                    "registering posted workers to warranties. IT service providers show how "
                    "small firms can sell in two languages with simple means.",
                    "pl": "Zakłady rzemieślnicze i firmy budowlane dowiedzą się, o czym muszą "
                    "pamiętać przy zleceniach w kraju sąsiednim – od zgłoszenia delegowania "
                    "pracowników po rękojmię. Dostawcy usług IT pokażą, jak małe firmy mogą "
                    "prostymi środkami sprzedawać w dwóch językach.",
                    "cs": "Řemeslné a stavební firmy se dozvědí, na co si dát pozor u zakázek v "
                    "sousední zemi – od hlášení vyslání pracovníků po záruky. Poskytovatelé IT "
                    "služeb ukážou, jak mohou malé firmy jednoduchými prostředky prodávat "
                    "dvojjazyčně.",
                },
            ),
            ("paragraph", EXCHANGE_FORMAT),
        ],
        venue={
            "de": "Tagungshaus Klosterhof",
            "en": "Klosterhof Conference House",
            "pl": "Dom konferencyjny Klosterhof",
            "cs": "Konferenční dům Klosterhof",
        },
        street_address="Klosterstraße 11",
        postal_code="02763",
        city=CITIES["zittau"],
        country="DE",
        partners=(AHK_SERVICES, IHK_DRESDEN),
        registration_url="https://example.org/glokalisierung/anmeldung-zittau",
        registration_deadline=D(2026, 3, 2),
        languages=("de", "cs", "pl"),
        topics=("grenzregion-interreg", "wirtschaft", "digitalisierung"),
        regions=("dresden", "liberecky-kraj", "dolnoslaskie"),
        contacts=("petra.novakova",),
    ),
    Event(
        key="abschlussworkshop-glokalisierung",
        slug={
            "de": "abschlussworkshop-glokalisierung",
            "en": "glocalisation-closing-workshop",
            "pl": "warsztat-podsumowujacy-glokalizacja",
            "cs": "zaverecny-workshop-glokalizace",
        },
        title={
            "de": "Abschlussworkshop „Glokalisierung“: Bilanz und Zukunft des Netzwerk-Tools",
            "en": "“Glocalisation” closing workshop: results and future of the network tool",
            "pl": "Warsztat podsumowujący „Glokalizacja”: bilans i przyszłość narzędzia sieciowego",
            "cs": "Závěrečný workshop „Glokalizace“: bilance a budoucnost síťového nástroje",
        },
        teaser={
            "de": "Zum Ende des Interreg-Projekts wertet das Projektteam mit Unternehmen und "
            "Partnern aus, wie das Netzwerk-Tool genutzt wird, und bespricht, wie die Plattform "
            "nach Projektende weiterläuft.",
            "en": "As the Interreg project ends, the project team reviews with companies and "
            "partners how the network tool is used and discusses how the platform will continue "
            "after the project.",
            "pl": "Na zakończenie projektu Interreg zespół projektu wspólnie z firmami i "
            "partnerami ocenia, jak wykorzystywane jest narzędzie sieciowe, i omawia dalsze "
            "funkcjonowanie platformy po zakończeniu projektu.",
            "cs": "Na konci projektu Interreg vyhodnotí projektový tým s firmami a partnery, jak "
            "se síťový nástroj využívá, a probere, jak bude platforma fungovat po skončení "
            "projektu.",
        },
        dates=(on(D(2026, 6, 17), "10:00", "15:30"),),
        event_format=EventFormat.HYBRID,
        image=_image(
            "abschluss", "Abschlussworkshop Dresden", "Dresden · Bilanz", ("#264653", "#2a9d8f")
        ),
        body=[
            (
                "paragraph",
                {
                    "de": "Auf dem Programm stehen Nutzungszahlen und Erfahrungsberichte von "
                    "Firmen, die über die Plattform Partner gefunden haben, eine Diskussion mit "
                    "Kammern und Wirtschaftsförderern beider Länder sowie ein Ausblick auf die "
                    "Weiterentwicklung. Wer online teilnimmt, kann sich per Chat und Wortmeldung "
                    "beteiligen.",
                    "en": "The programme includes usage figures and reports from companies that "
                    "found partners through the platform, a discussion with chambers and "
                    "development agencies from both countries and an outlook on further "
                    "development. Online participants can join in via chat and by asking to "
                    "speak.",
                    "pl": "W programie: dane o korzystaniu z platformy i relacje firm, które "
                    "znalazły dzięki niej partnerów, dyskusja z izbami i instytucjami "
                    "wspierającymi gospodarkę z obu krajów oraz perspektywy dalszego rozwoju. "
                    "Uczestnicy online mogą zabierać głos i pisać na czacie.",
                    "cs": "Na programu jsou údaje o využívání a zkušenosti firem, které přes "
                    "platformu našly partnery, diskuse s komorami a institucemi na podporu "
                    "podnikání z obou zemí a výhled dalšího vývoje. Účastníci online se mohou "
                    "zapojit přes chat i slovem.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "de": "Das Netzwerk-Tool soll nicht mit dem Projekt enden. Im Workshop "
                        "wollen wir gemeinsam festlegen, wer die Plattform künftig betreibt und "
                        "pflegt.",
                        "en": "The network tool should not end with the project. In the workshop "
                        "we want to decide together who will run and maintain the platform in "
                        "future.",
                        "pl": "Narzędzie sieciowe nie powinno zniknąć wraz z końcem projektu. "
                        "Podczas warsztatu chcemy wspólnie ustalić, kto będzie w przyszłości "
                        "prowadził i rozwijał platformę.",
                        "cs": "Síťový nástroj nemá skončit spolu s projektem. Na workshopu "
                        "chceme společně určit, kdo bude platformu v budoucnu provozovat a "
                        "spravovat.",
                    },
                    "speaker": f"{NOVAKOVA.first_name} {NOVAKOVA.last_name}",
                    "role": NOVAKOVA.role,
                },
            ),
            ("paragraph", CZECH_INTERPRETING),
        ],
        venue={
            "de": "Glokal Wirtschaftsförderung (Demo), Konferenzraum Elbe",
            "en": "Glokal Wirtschaftsförderung (Demo), Elbe conference room",
            "pl": "Glokal Wirtschaftsförderung (Demo), sala konferencyjna Elbe",
            "cs": "Glokal Wirtschaftsförderung (Demo), konferenční místnost Labe",
        },
        street_address="Beispielstraße 12",
        postal_code="01099",
        city=CITIES["dresden"],
        country="DE",
        online_url="https://example.org/glokalisierung/livestream-abschluss",
        partners=GLOKAL_PARTNERS,
        registration_url="https://example.org/glokalisierung/anmeldung-abschluss",
        registration_deadline=D(2026, 6, 8),
        languages=("de", "cs"),
        topics=("grenzregion-interreg", "digitalisierung", "wirtschaftsfoerderung"),
        regions=("sachsen", "karlovarsky-kraj", "ustecky-kraj", "liberecky-kraj"),
        contacts=("petra.novakova",),
    ),
    Event(
        key="unternehmerreise-niederschlesien",
        slug={
            "de": "unternehmerreise-life-sciences-niederschlesien",
            "en": "life-sciences-business-trip-lower-silesia",
            "pl": "misja-gospodarcza-nauki-o-zyciu-dolny-slask",
            "cs": "podnikatelska-cesta-dolni-slezsko",
        },
        title={
            "de": "Unternehmerreise Life Sciences nach Niederschlesien",
            "en": "Life sciences business trip to Lower Silesia",
            "pl": "Misja gospodarcza nauk o życiu na Dolny Śląsk",
            "cs": "Podnikatelská cesta do Dolního Slezska: vědy o živé přírodě",
        },
        teaser={
            "de": "Zwei Tage, sechs Termine: Sächsische Medizintechnik- und Biotech-Firmen "
            "besuchen Kliniken, Labore und Hersteller in Wrocław und Umgebung und knüpfen an die "
            "Kontakte des Wirtschaftsforums 2025 an.",
            "en": "Two days, six appointments: Saxon medical technology and biotech companies "
            "visit hospitals, laboratories and manufacturers in and around Wrocław and build on "
            "the contacts made at the 2025 economic forum.",
            "pl": "Dwa dni, sześć spotkań: saksońskie firmy z branży techniki medycznej i "
            "biotechnologii odwiedzą kliniki, laboratoria i producentów we Wrocławiu i okolicach, "
            "kontynuując kontakty nawiązane podczas forum gospodarczego 2025.",
            "cs": "Dva dny, šest schůzek: saské firmy ze zdravotnické techniky a biotechnologií "
            "navštíví kliniky, laboratoře a výrobce ve Vratislavi a okolí a navážou na kontakty "
            "z hospodářského fóra 2025.",
        },
        dates=(whole_days(D(2026, 9, 23), D(2026, 9, 24)),),
        image=_image(
            "unternehmerreise",
            "Unternehmerreise Niederschlesien",
            "Dolny Śląsk · Life Sciences",
            ("#006d77", "#83c5be"),
        ),
        body=[
            (
                "paragraph",
                {
                    "de": "Die Reise beginnt am Mittwochmorgen am Hauptbahnhof Wrocław und endet "
                    "dort am Donnerstagabend. Auf dem Programm stehen ein Universitätsklinikum, "
                    "zwei Hersteller von Medizinprodukten, ein Start-up-Zentrum für digitale "
                    "Gesundheit und ein Abendessen mit Vertreterinnen und Vertretern der "
                    "Woiwodschaft.",
                    "en": "The trip starts on Wednesday morning at Wrocław main station and ends "
                    "there on Thursday evening. The programme includes a university hospital, "
                    "two medical device manufacturers, a start-up centre for digital health and a "
                    "dinner with representatives of the voivodeship.",
                    "pl": "Wyjazd rozpoczyna się w środę rano na dworcu Wrocław Główny i tam "
                    "kończy się w czwartek wieczorem. W programie: szpital uniwersytecki, dwóch "
                    "producentów wyrobów medycznych, centrum start-upów cyfrowej ochrony zdrowia "
                    "oraz kolacja z przedstawicielami województwa.",
                    "cs": "Cesta začíná ve středu ráno na hlavním nádraží ve Vratislavi a končí "
                    "tam ve čtvrtek večer. Na programu je fakultní nemocnice, dva výrobci "
                    "zdravotnických prostředků, centrum start-upů pro digitální zdravotnictví a "
                    "večeře se zástupci vojvodství.",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Die AHK Polen bereitet die Termine vor und stellt Dolmetscher. Die "
                    "Teilnahmegebühr deckt Programm, Transfers vor Ort und Verpflegung; Anreise "
                    "und Übernachtung buchen die Teilnehmenden selbst.",
                    "en": "AHK Polen prepares the appointments and provides interpreters. The fee "
                    "covers the programme, local transfers and catering; participants book their "
                    "own travel and accommodation.",
                    "pl": "AHK Polska przygotowuje spotkania i zapewnia tłumaczy. Opłata obejmuje "
                    "program, transfery na miejscu i wyżywienie; dojazd i nocleg uczestnicy "
                    "rezerwują we własnym zakresie.",
                    "cs": "AHK Polsko připravuje schůzky a zajišťuje tlumočníky. Poplatek pokrývá "
                    "program, transfery na místě a stravování; cestu a ubytování si účastníci "
                    "rezervují sami.",
                },
            ),
        ],
        venue={
            "de": "Treffpunkt: Hauptbahnhof Wrocław Główny, Haupthalle",
            "en": "Meeting point: Wrocław Główny main station, main hall",
            "pl": "Miejsce zbiórki: dworzec Wrocław Główny, hala główna",
            "cs": "Místo srazu: hlavní nádraží Wrocław Główny, hlavní hala",
        },
        city=CITIES["wroclaw"],
        country="PL",
        partners=(AHK_POLEN,),
        registration_url="https://example.org/unternehmerreise-niederschlesien",
        registration_deadline=D(2026, 8, 31),
        fee={
            "de": "290 € zzgl. MwSt.",
            "en": "€290 plus VAT",
            "pl": "290 € plus VAT",
            "cs": "290 € bez DPH",
        },
        languages=("de", "pl"),
        topics=("life-sciences", "aussenwirtschaft"),
        regions=("dolnoslaskie",),
        contacts=("miriam.albrecht", "tomasz.zielinski"),
    ),
    Event(
        key="seminarreihe-nachbarland",
        slug={
            "de": "online-seminarreihe-verkaufen-im-nachbarland",
            "en": "online-seminar-series-selling-next-door",
            "pl": "cykl-seminariow-online-sprzedaz-w-kraju-sasiednim",
            "cs": "online-seminare-prodej-v-sousedni-zemi",
        },
        title={
            "de": "Online-Seminarreihe: Verkaufen im Nachbarland",
            "en": "Online seminar series: selling in the neighbouring country",
            "pl": "Cykl seminariów online: sprzedaż w kraju sąsiednim",
            "cs": "Cyklus online seminářů: prodej v sousední zemi",
        },
        teaser={
            "de": "Vier kompakte Online-Seminare für kleine und mittlere Unternehmen, die nach "
            "Polen oder Tschechien liefern wollen: Verträge, Umsatzsteuer, Entsendung und "
            "Marketing in je 90 Minuten.",
            "en": "Four compact online seminars for small and medium-sized companies that want "
            "to supply customers in Poland or Czechia: contracts, VAT, posting of workers and "
            "marketing in 90 minutes each.",
            "pl": "Cztery zwięzłe seminaria online dla małych i średnich firm, które chcą "
            "dostarczać towary i usługi do Polski lub Czech: umowy, VAT, delegowanie "
            "pracowników i marketing – po 90 minut każde.",
            "cs": "Čtyři kompaktní online semináře pro malé a střední podniky, které chtějí "
            "dodávat do Polska nebo Česka: smlouvy, DPH, vysílání pracovníků a marketing – vždy "
            "za 90 minut.",
        },
        # Always 10:00 in Berlin, whether summer time (October) or winter time (the rest).
        dates=(
            on(D(2026, 10, 15), "10:00", "11:30"),
            on(D(2026, 11, 12), "10:00", "11:30"),
            on(D(2026, 12, 10), "10:00", "11:30"),
            on(D(2027, 1, 14), "10:00", "11:30"),
        ),
        event_format=EventFormat.ONLINE,
        image=_image(
            "seminarreihe",
            "Online-Seminarreihe Nachbarland",
            "Online · Verkaufen im Nachbarland",
            ("#5a189a", "#c77dff"),
        ),
        body=[
            (
                "heading",
                {
                    "de": "Termine und Themen",
                    "en": "Dates and topics",
                    "pl": "Terminy i tematy",
                    "cs": "Termíny a témata",
                },
            ),
            (
                "paragraph",
                {
                    "de": "15. Oktober: Verträge und Zahlungssicherung. 12. November: "
                    "Umsatzsteuer und Rechnungen bei Lieferungen und Leistungen über die Grenze. "
                    "10. Dezember: Mitarbeitende entsenden – Meldungen, Mindestlohn, "
                    "Sozialversicherung. 14. Januar: Marketing und Vertrieb auf Polnisch und "
                    "Tschechisch.",
                    "en": "15 October: contracts and securing payment. 12 November: VAT and "
                    "invoicing for cross-border supplies and services. 10 December: posting "
                    "employees – notifications, minimum wage, social security. 14 January: "
                    "marketing and sales in Polish and Czech.",
                    "pl": "15 października: umowy i zabezpieczenie płatności. 12 listopada: VAT i "
                    "faktury przy dostawach i usługach transgranicznych. 10 grudnia: delegowanie "
                    "pracowników – zgłoszenia, płaca minimalna, ubezpieczenie społeczne. 14 "
                    "stycznia: marketing i sprzedaż po polsku i po czesku.",
                    "cs": "15. října: smlouvy a zajištění plateb. 12. listopadu: DPH a fakturace "
                    "při přeshraničních dodávkách a službách. 10. prosince: vysílání zaměstnanců "
                    "– hlášení, minimální mzda, sociální pojištění. 14. ledna: marketing a prodej "
                    "v polštině a češtině.",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Die Seminare können einzeln gebucht werden. Nach der Anmeldung "
                    "erhalten Sie den Zugangslink; die Folien stehen im Anschluss zum Download "
                    "bereit.",
                    "en": "The seminars can be booked individually. After registering you "
                    "receive the access link; the slides are available for download afterwards.",
                    "pl": "Seminaria można rezerwować pojedynczo. Po rejestracji otrzymają "
                    "Państwo link dostępu; prezentacje będą potem dostępne do pobrania.",
                    "cs": "Semináře lze rezervovat jednotlivě. Po registraci obdržíte odkaz pro "
                    "přístup; prezentace budou poté k dispozici ke stažení.",
                },
            ),
        ],
        online_url="https://example.org/seminare/verkaufen-im-nachbarland",
        registration_url="https://example.org/seminare/verkaufen-im-nachbarland/anmeldung",
        languages=("de",),
        topics=("aussenwirtschaft", "wirtschaftsfoerderung"),
        regions=("sachsen",),
        contacts=("katrin.vogelsang",),
    ),
    Event(
        key="netzwerktreffen-logistik-leipzig",
        slug={
            "de": "netzwerktreffen-logistik-leipzig",
            "en": "logistics-network-meeting-leipzig",
            "pl": "spotkanie-sieciowe-logistyki-lipsk",
            "cs": "setkani-logisticke-site-lipsko",
        },
        title={
            "de": "Netzwerktreffen Logistik: Korridore zwischen Leipzig, Wrocław und Prag",
            "en": "Logistics network meeting: corridors between Leipzig, Wrocław and Prague",
            "pl": "Spotkanie sieciowe branży logistycznej: korytarze między Lipskiem, "
            "Wrocławiem a Pragą",
            "cs": "Setkání logistické sítě: koridory mezi Lipskem, Vratislaví a Prahou",
        },
        teaser={
            "de": "Spediteure, Verlader und Terminalbetreiber aus drei Ländern sprechen über "
            "Schienengüterverkehr, Fahrermangel und digitale Frachtpapiere – danach ist Zeit für "
            "Gespräche am Buffet.",
            "en": "Freight forwarders, shippers and terminal operators from three countries talk "
            "about rail freight, the driver shortage and digital freight documents – followed by "
            "time for conversations over a buffet.",
            "pl": "Spedytorzy, nadawcy ładunków i operatorzy terminali z trzech krajów rozmawiają "
            "o kolejowych przewozach towarowych, niedoborze kierowców i cyfrowych dokumentach "
            "przewozowych – potem czas na rozmowy przy bufecie.",
            "cs": "Speditéři, odesílatelé a provozovatelé terminálů ze tří zemí hovoří o "
            "železniční nákladní dopravě, nedostatku řidičů a digitálních přepravních dokladech – "
            "poté je čas na rozhovory u bufetu.",
        },
        dates=(on(D(2026, 12, 3), "15:00", "20:00"),),
        image=_image(
            "logistik",
            "Netzwerktreffen Logistik Leipzig",
            "Leipzig · Logistik",
            ("#9d0208", "#ffba08"),
        ),
        body=[
            (
                "paragraph",
                {
                    "de": "Drei Kurzvorträge eröffnen den Nachmittag: ein Terminalbetreiber über "
                    "neue Zugverbindungen nach Niederschlesien, eine Spedition aus Nordböhmen "
                    "über grenzüberschreitende Touren mit Elektro-Lkw und ein Softwareanbieter "
                    "über den elektronischen Frachtbrief eCMR. Ab 18 Uhr lädt die Glokal "
                    "Wirtschaftsförderung (Demo) zum Abendbuffet.",
                    "en": "Three short talks open the afternoon: a terminal operator on new rail "
                    "connections to Lower Silesia, a haulier from northern Bohemia on "
                    "cross-border routes with electric lorries and a software provider on the "
                    "electronic consignment note eCMR. From 6 pm, Glokal Wirtschaftsförderung "
                    "(Demo) invites everyone to an evening buffet.",
                    "pl": "Popołudnie otworzą trzy krótkie wystąpienia: operator terminalu o "
                    "nowych połączeniach kolejowych na Dolny Śląsk, firma spedycyjna z północnych "
                    "Czech o transgranicznych trasach ciężarówek elektrycznych i dostawca "
                    "oprogramowania o elektronicznym liście przewozowym eCMR. Od godz. 18 Glokal "
                    "Wirtschaftsförderung (Demo) zaprasza na kolację w formie bufetu.",
                    "cs": "Odpoledne zahájí tři krátké přednášky: provozovatel terminálu o nových "
                    "železničních spojeních do Dolního Slezska, speditér ze severních Čech o "
                    "přeshraničních trasách s elektrickými nákladními vozy a poskytovatel "
                    "softwaru o elektronickém nákladním listu eCMR. Od 18 hodin zve Glokal "
                    "Wirtschaftsförderung (Demo) na večerní bufet.",
                },
            ),
        ],
        venue={
            "de": "Güterbahnhofshalle Plagwitz",
            "en": "Plagwitz Goods Station Hall",
            "pl": "Hala dawnego dworca towarowego Plagwitz",
            "cs": "Hala bývalého nákladového nádraží Plagwitz",
        },
        street_address="Am Güterbahnhof 5",
        postal_code="04229",
        city=CITIES["leipzig"],
        country="DE",
        registration_url="https://example.org/netzwerktreffen-logistik",
        registration_deadline=D(2026, 11, 26),
        languages=("de", "en"),
        topics=("aussenwirtschaft", "wirtschaft"),
        regions=("leipzig", "dolnoslaskie", "ustecky-kraj"),
        contacts=("katrin.vogelsang", "tomasz.zielinski"),
    ),
    Event(
        key="online-kooperationsboerse-medizintechnik",
        slug={
            "de": "online-kooperationsboerse-medizintechnik",
            "en": "online-cooperation-exchange-medical-technology",
            "pl": "gielda-kooperacyjna-online-technika-medyczna",
            "cs": "online-kooperacni-burza-zdravotnicka-technika",
        },
        title={
            "de": "Online-Kooperationsbörse Medizintechnik Sachsen–Niederschlesien",
            "en": "Online cooperation exchange for medical technology: Saxony–Lower Silesia",
            "pl": "Giełda kooperacyjna online techniki medycznej Saksonia–Dolny Śląsk",
            "cs": "Online kooperační burza zdravotnické techniky Sasko–Dolní Slezsko",
        },
        teaser={
            "de": "Fünfzehnminütige Videogespräche zwischen Herstellern, Zulieferern, Kliniken "
            "und Forschungsgruppen aus Sachsen und Niederschlesien – vorab nach Profilen "
            "vereinbart.",
            "en": "Fifteen-minute video meetings between manufacturers, suppliers, hospitals and "
            "research groups from Saxony and Lower Silesia – arranged in advance on the basis of "
            "profiles.",
            "pl": "Piętnastominutowe rozmowy wideo między producentami, dostawcami, szpitalami i "
            "zespołami badawczymi z Saksonii i Dolnego Śląska – umawiane wcześniej na podstawie "
            "profili.",
            "cs": "Patnáctiminutové videohovory mezi výrobci, dodavateli, nemocnicemi a "
            "výzkumnými skupinami ze Saska a Dolního Slezska – domluvené předem podle profilů.",
        },
        dates=(on(D(2027, 2, 17), "09:00", "13:00"),),
        event_format=EventFormat.ONLINE,
        image=_image(
            "medizintechnik",
            "Online-Kooperationsbörse Medizintechnik",
            "Online · Medizintechnik",
            ("#e76f51", "#f4a261"),
        ),
        body=[
            (
                "paragraph",
                {
                    "de": "Legen Sie bis zum 3. Februar ein Profil an und beschreiben Sie, was "
                    "Sie anbieten und suchen: Komponenten, Auftragsfertigung, klinische Studien, "
                    "Zulassungsberatung oder Vertriebspartner. Ab dem 8. Februar können Sie "
                    "Gesprächswünsche senden und annehmen; am Veranstaltungstag erhalten Sie "
                    "Ihren persönlichen Zeitplan mit den Videolinks.",
                    "en": "Create a profile by 3 February and describe what you offer and what "
                    "you are looking for: components, contract manufacturing, clinical trials, "
                    "regulatory advice or sales partners. From 8 February you can send and accept "
                    "meeting requests; on the day you receive your personal schedule with the "
                    "video links.",
                    "pl": "Do 3 lutego prosimy założyć profil i opisać, co Państwo oferują i "
                    "czego szukają: komponentów, produkcji kontraktowej, badań klinicznych, "
                    "doradztwa rejestracyjnego czy partnerów handlowych. Od 8 lutego można "
                    "wysyłać i przyjmować propozycje rozmów; w dniu wydarzenia otrzymają Państwo "
                    "indywidualny harmonogram z linkami do wideorozmów.",
                    "cs": "Do 3. února si založte profil a popište, co nabízíte a co hledáte: "
                    "komponenty, zakázkovou výrobu, klinické studie, poradenství při registraci "
                    "nebo obchodní partnery. Od 8. února můžete posílat a přijímat žádosti o "
                    "schůzky; v den akce obdržíte osobní harmonogram s odkazy na videohovory.",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Die Gespräche finden auf Deutsch, Polnisch oder Englisch statt; auf "
                    "Wunsch vermitteln wir eine Dolmetscherin.",
                    "en": "Meetings are held in German, Polish or English; on request we can "
                    "arrange an interpreter.",
                    "pl": "Rozmowy prowadzone są po niemiecku, polsku lub angielsku; na życzenie "
                    "zapewnimy tłumaczkę.",
                    "cs": "Jednání probíhají v němčině, polštině nebo angličtině; na přání "
                    "zajistíme tlumočnici.",
                },
            ),
        ],
        online_url="https://example.org/kooperationsboerse-medizintechnik",
        partners=(AHK_POLEN,),
        registration_url="https://example.org/kooperationsboerse-medizintechnik/profil",
        registration_deadline=D(2027, 2, 3),
        languages=("de", "pl", "en"),
        topics=("life-sciences", "innovation", "aussenwirtschaft"),
        regions=("sachsen", "dolnoslaskie"),
        contacts=("miriam.albrecht",),
    ),
    Event(
        key="hackathon-goerlitz-2027",
        slug={
            "de": "hackathon-code-ueber-die-neisse",
            "en": "hackathon-code-across-the-neisse",
            "pl": "hackathon-kod-ponad-nysa",
            "cs": "hackathon-kod-pres-nisu",
        },
        title={
            "de": "Hackathon „Code über die Neiße“: digitale Lösungen für den Grenzraum",
            "en": "“Code across the Neisse” hackathon: digital solutions for the border region",
            "pl": "Hackathon „Kod ponad Nysą”: cyfrowe rozwiązania dla pogranicza",
            "cs": "Hackathon „Kód přes Nisu“: digitální řešení pro příhraničí",
        },
        teaser={
            "de": "Ein Wochenende lang entwickeln gemischte Teams aus Deutschland, Polen und "
            "Tschechien Prototypen für Aufgaben, die Unternehmen und Kommunen im Grenzraum "
            "stellen – von der mehrsprachigen Stellenbörse bis zur Pendlerplanung.",
            "en": "Over a weekend, mixed teams from Germany, Poland and Czechia develop "
            "prototypes for challenges set by companies and municipalities in the border region "
            "– from a multilingual job board to commuter planning.",
            "pl": "Przez weekend mieszane zespoły z Niemiec, Polski i Czech opracowują prototypy "
            "rozwiązań dla wyzwań zgłoszonych przez firmy i gminy z pogranicza – od "
            "wielojęzycznej giełdy pracy po planowanie dojazdów.",
            "cs": "Během víkendu vyvíjejí smíšené týmy z Německa, Polska a Česka prototypy pro "
            "úkoly, které zadaly firmy a obce v příhraničí – od vícejazyčné burzy práce po "
            "plánování dojížďky.",
        },
        # Summer time begins at 02:00 on Sunday 28 March 2027: the start is 17:00 CET
        # (UTC+1), the end 15:00 CEST (UTC+2). Both are wall-clock times in Görlitz.
        dates=(When(at(2027, 3, 26, 17), at(2027, 3, 28, 15)),),
        image=_image(
            "hackathon", "Hackathon Görlitz", "Görlitz · Hackathon", ("#2b2d42", "#ef233c")
        ),
        body=[
            (
                "paragraph",
                {
                    "de": "Der Hackathon beginnt am Freitag um 17 Uhr mit der Vorstellung der "
                    "Aufgaben und endet am Sonntag um 15 Uhr mit der Preisverleihung. Achtung: In "
                    "der Nacht zum Sonntag beginnt die Sommerzeit, die Uhren werden eine Stunde "
                    "vorgestellt. Die Prototypen werden wie geplant um 11 Uhr Ortszeit "
                    "abgegeben.",
                    "en": "The hackathon starts on Friday at 5 pm with the presentation of the "
                    "challenges and ends on Sunday at 3 pm with the award ceremony. Please note: "
                    "summer time begins in the night to Sunday and clocks go forward one hour. "
                    "Prototypes are due as planned at 11 am local time.",
                    "pl": "Hackathon rozpoczyna się w piątek o godz. 17 prezentacją zadań i "
                    "kończy w niedzielę o godz. 15 wręczeniem nagród. Uwaga: w nocy z soboty na "
                    "niedzielę zaczyna się czas letni, zegarki przestawiamy o godzinę do przodu. "
                    "Prototypy oddajemy zgodnie z planem o godz. 11 czasu lokalnego.",
                    "cs": "Hackathon začíná v pátek v 17 hodin představením úkolů a končí v neděli "
                    "v 15 hodin vyhlášením vítězů. Pozor: v noci na neděli začíná letní čas, "
                    "hodiny se posouvají o hodinu dopředu. Prototypy se odevzdávají podle plánu v "
                    "11 hodin místního času.",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Mitmachen können Studierende, Entwicklerinnen und Entwickler, "
                    "Designerinnen und Designer sowie Fachleute aus Unternehmen. Verpflegung und "
                    "Schlafplätze in der Halle sind kostenfrei; die drei besten Teams erhalten "
                    "Preisgelder und ein Coaching für die Umsetzung.",
                    "en": "Students, developers, designers and professionals from companies are "
                    "welcome to take part. Meals and sleeping places in the hall are free of "
                    "charge; the three best teams receive prize money and coaching to put their "
                    "ideas into practice.",
                    "pl": "Udział mogą wziąć studenci, programistki i programiści, projektantki i "
                    "projektanci oraz specjaliści z firm. Wyżywienie i miejsca do spania w hali "
                    "są bezpłatne; trzy najlepsze zespoły otrzymają nagrody pieniężne i "
                    "coaching wdrożeniowy.",
                    "cs": "Zúčastnit se mohou studenti, vývojářky a vývojáři, designérky a "
                    "designéři i odborníci z firem. Stravování a místa na spaní v hale jsou "
                    "zdarma; tři nejlepší týmy získají finanční odměny a koučink pro realizaci.",
                },
            ),
        ],
        venue={
            "de": "Werkhalle am Neißeufer",
            "en": "Neisse Riverside Workshop Hall",
            "pl": "Hala warsztatowa nad Nysą",
            "cs": "Dílenská hala na břehu Nisy",
        },
        street_address="Uferstraße 3",
        postal_code="02826",
        city=CITIES["goerlitz"],
        country="DE",
        partners=(
            {
                "de": "Gründerzentrum Neißebrücke (Demo)",
                "en": "Neisse Bridge Start-up Centre (Demo)",
                "pl": "Centrum Start-upów Most na Nysie (Demo)",
                "cs": "Startovací centrum Most přes Nisu (Demo)",
            },
        ),
        registration_url="https://example.org/hackathon-code-ueber-die-neisse",
        registration_deadline=D(2027, 3, 12),
        languages=("en", "de", "pl", "cs"),
        topics=("digitalisierung", "innovation", "grenzregion-interreg"),
        regions=("dresden", "dolnoslaskie", "liberecky-kraj"),
        contacts=("petra.novakova", "tomasz.zielinski"),
    ),
    Event(
        key="gemeinschaftsstand-wroclaw-2027",
        slug={
            "de": "gemeinschaftsstand-energie-umwelttechnik-wroclaw",
            "en": "joint-stand-energy-environmental-technology-wroclaw",
            "pl": "stoisko-wspolne-energetyka-technologie-srodowiskowe-wroclaw",
            "cs": "spolecny-stanek-energetika-environmentalni-technologie-vratislav",
        },
        title={
            "de": "Sächsischer Gemeinschaftsstand auf der Fachmesse für Energie- und "
            "Umwelttechnik in Wrocław",
            "en": "Saxon joint stand at the energy and environmental technology trade fair in "
            "Wrocław",
            "pl": "Saksońskie stoisko wspólne na targach energetyki i technologii "
            "środowiskowych we Wrocławiu",
            "cs": "Saský společný stánek na veletrhu energetiky a environmentálních technologií "
            "ve Vratislavi",
        },
        teaser={
            "de": "Sächsische Firmen der Energie- und Umwelttechnik präsentieren sich drei Tage "
            "lang unter einem Dach – mit Standbau, Messekatalog und vorbereiteten Gesprächen mit "
            "polnischen Einkäufern.",
            "en": "Saxon energy and environmental technology companies present themselves under "
            "one roof for three days – with stand construction, a fair catalogue and "
            "pre-arranged meetings with Polish buyers.",
            "pl": "Saksońskie firmy z branży energetyki i technologii środowiskowych przez trzy "
            "dni prezentują się pod jednym dachem – z zabudową stoiska, katalogiem targowym i "
            "wcześniej umówionymi spotkaniami z polskimi kupcami.",
            "cs": "Saské firmy z oboru energetiky a environmentálních technologií se tři dny "
            "prezentují pod jednou střechou – se stavbou stánku, veletržním katalogem a předem "
            "domluvenými jednáními s polskými nákupčími.",
        },
        dates=(whole_days(D(2027, 5, 18), D(2027, 5, 20)),),
        image=_image(
            "gemeinschaftsstand",
            "Gemeinschaftsstand Wrocław 2027",
            "Wrocław · Energie & Umwelt",
            ("#335c67", "#e09f3e"),
        ),
        body=[
            (
                "paragraph",
                {
                    "de": "Der Gemeinschaftsstand bietet Platz für acht Aussteller. Die Glokal "
                    "Wirtschaftsförderung (Demo) übernimmt Planung, Standbau und Bewerbung, die "
                    "AHK Polen vereinbart Gespräche mit Stadtwerken, Energieversorgern und "
                    "Industriebetrieben aus Niederschlesien.",
                    "en": "The joint stand has room for eight exhibitors. Glokal "
                    "Wirtschaftsförderung (Demo) takes care of planning, stand construction and "
                    "promotion; AHK Polen arranges meetings with municipal utilities, energy "
                    "suppliers and industrial companies from Lower Silesia.",
                    "pl": "Stoisko wspólne pomieści ośmiu wystawców. Glokal Wirtschaftsförderung "
                    "(Demo) zajmuje się planowaniem, zabudową stoiska i promocją, a AHK Polska "
                    "umawia spotkania z przedsiębiorstwami komunalnymi, dostawcami energii i "
                    "zakładami przemysłowymi z Dolnego Śląska.",
                    "cs": "Společný stánek nabízí místo pro osm vystavovatelů. Glokal "
                    "Wirtschaftsförderung (Demo) zajišťuje plánování, stavbu stánku a propagaci, "
                    "AHK Polsko domlouvá jednání s městskými podniky, dodavateli energie a "
                    "průmyslovými firmami z Dolního Slezska.",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Besucherinnen und Besucher finden den Stand in Halle 2. Aussteller "
                    "melden sich bis zum 15. Januar 2027 an; die Plätze werden in der Reihenfolge "
                    "der Anmeldungen vergeben.",
                    "en": "Visitors will find the stand in Hall 2. Exhibitors register by "
                    "15 January 2027; places are allocated in order of registration.",
                    "pl": "Odwiedzający znajdą stoisko w hali 2. Wystawcy zgłaszają się do "
                    "15 stycznia 2027 r.; miejsca przydzielane są według kolejności zgłoszeń.",
                    "cs": "Návštěvníci najdou stánek v hale 2. Vystavovatelé se hlásí do "
                    "15. ledna 2027; místa se přidělují v pořadí přihlášek.",
                },
            ),
        ],
        venue={
            "de": "Messe- und Kongresszentrum Wrocław, Halle 2",
            "en": "Wrocław Exhibition and Congress Centre, Hall 2",
            "pl": "Centrum Targowo-Kongresowe Wrocław, hala 2",
            "cs": "Veletržní a kongresové centrum Wrocław, hala 2",
        },
        street_address="ul. Targowa 20",
        postal_code="51-160",
        city=CITIES["wroclaw"],
        country="PL",
        partners=(AHK_POLEN,),
        registration_url="https://example.org/gemeinschaftsstand-wroclaw-2027",
        registration_deadline=D(2027, 1, 15),
        fee={
            "de": "1.200 € zzgl. MwSt. je Aussteller, für Besucher kostenfrei",
            "en": "€1,200 plus VAT per exhibitor, free for visitors",
            "pl": "1200 € plus VAT za wystawcę, dla zwiedzających bezpłatnie",
            "cs": "1 200 € bez DPH za vystavovatele, pro návštěvníky zdarma",
        },
        languages=("de", "pl", "en"),
        topics=("aussenwirtschaft", "veranstaltung"),
        regions=("sachsen", "dolnoslaskie"),
        contacts=("tomasz.zielinski", "katrin.vogelsang"),
    ),
]


# --- Loading ----------------------------------------------------------------------------

_LINE_BREAK = re.compile(r"<br\s*/?>")


class LineByLineMemory:
    """The demo translation memory, also for plain text of several lines.

    wagtail-localize keeps a multi-line plain-text field (an event's partners, one per line) as
    one segment with `<br/>` between the escaped lines; the memory knows each partner on its
    own and would escape the `<br/>` of a whole multi-line text. This adapter translates line
    by line and leaves everything else to the memory, which still raises MissingTranslation for
    any line it does not know. (Its place is TranslationMemory itself; pages/demo/texts.py is
    not this loader's to change.)
    """

    def __init__(self, memory):
        self._memory = memory

    def __getattr__(self, name):
        return getattr(self._memory, name)

    def __call__(self, segment: str, language_code: str, path: str) -> str:
        lines = _LINE_BREAK.split(segment)
        if len(lines) == 1:
            return self._memory(segment, language_code, path)
        return "<br/>".join(self._memory(line, language_code, path) for line in lines)


def load(ctx):
    # The same context (images, pages, memory contents), translating partners line by line.
    ctx = dataclasses.replace(ctx, memory=LineByLineMemory(ctx.memory))
    ctx.pages["events"] = calendar = sync_page(
        ctx,
        ctx.home,
        EventCalendarPage,
        slug=ctx.slug(CALENDAR["slug"]),
        title=ctx.text(CALENDAR["title"]),
        intro=ctx.text(CALENDAR["intro"]),
        search_description=ctx.text(CALENDAR["search_description"]),
        show_in_menus=True,
    )
    ctx.report("Event calendars", 1)
    ensure_images(ctx, [event.image for event in EVENTS])
    for event in EVENTS:
        ctx.pages[f"events/{event.key}"] = sync_event(ctx, calendar, event)
    ctx.report("Events", len(EVENTS))


def _text(ctx, value: Text | str) -> str:
    """A text field's German value; empty fields have no segment to translate."""
    return ctx.text(value) if value else ""


def sync_event(ctx, calendar, event: Event):
    return sync_page(
        ctx,
        calendar,
        EventPage,
        slug=ctx.slug(event.slug),
        title=ctx.text(event.title),
        teaser=ctx.text(event.teaser),
        image=ctx.images[event.image.key],
        event_format=event.event_format,
        venue=_text(ctx, event.venue),
        street_address=_text(ctx, event.street_address),
        postal_code=_text(ctx, event.postal_code),
        city=_text(ctx, event.city),
        country=event.country,
        online_url=event.online_url,
        organiser=ctx.text(ORGANISER),
        partners="\n".join(ctx.text(partner) for partner in event.partners),
        registration_url=event.registration_url,
        registration_deadline=event.registration_deadline,
        is_free=event.fee is None,
        fee=_text(ctx, event.fee),
        languages=list(event.languages),
        body=stream(ctx, f"events/{event.key}/body", event.body),
        children={
            "dates": [
                EventDate(
                    start=when.start,
                    end=when.end,
                    all_day=when.all_day,
                    uid=_date_uid(event.key, index),
                )
                for index, when in enumerate(event.dates)
            ],
            "topic_links": [EventTopic(topic=ctx.topics[slug]) for slug in event.topics],
            "region_links": [EventRegion(region=ctx.regions[slug]) for slug in event.regions],
            "contact_links": [
                EventContact(contact=ctx.contacts[person]) for person in event.contacts
            ],
        },
    )
