"""The press room's demo content: the press room and seven releases in four languages.

The releases take up real occasions of Saxony's cooperation with Poland and Czechia (the
Polish-Saxon Economic Forum in Wrocław, the Interreg project "Glokalisierung", the trade
figures), rewritten in our own words. The agency and every person quoted are invented.

Releases are listed oldest first, so each can link to the ones published before it.
"""

import datetime
from dataclasses import dataclass

from pages.demo import DemoContext, Text
from pages.demo.images import ImageSpec, ensure_images
from pages.demo.streams import stream
from pages.demo.sync import sync_page

from .models import PressReleaseContact, PressReleaseIndexPage, PressReleasePage, PressReleaseTopic

PRESS_ROOM = {
    "title": {"de": "Presse", "en": "Press", "pl": "Biuro prasowe", "cs": "Pro média"},
    "slug": {"de": "presse", "en": "press", "pl": "biuro-prasowe", "cs": "pro-media"},
    "intro": {
        "de": "Pressemitteilungen, Pressefotos und Ansprechpartner für Journalistinnen und "
        "Journalisten – zur Zusammenarbeit Sachsens mit Polen und Tschechien.",
        "en": "Press releases, press photos and contact persons for journalists – on Saxony's "
        "cooperation with Poland and Czechia.",
        "pl": "Komunikaty prasowe, zdjęcia prasowe i osoby kontaktowe dla dziennikarzy – o "
        "współpracy Saksonii z Polską i Czechami.",
        "cs": "Tiskové zprávy, tiskové fotografie a kontaktní osoby pro novináře – o spolupráci "
        "Saska s Polskem a Českem.",
    },
    # Shown under the press room's entry on the home page.
    "search_description": {
        "de": "Aktuelle Pressemitteilungen, Pressefotos und Ansprechpartner",
        "en": "Latest press releases, press photos and contact persons",
        "pl": "Najnowsze komunikaty prasowe, zdjęcia prasowe i osoby kontaktowe",
        "cs": "Aktuální tiskové zprávy, tiskové fotografie a kontaktní osoby",
    },
}

IMAGES = [
    ImageSpec(
        "kickoff-hero",
        "Auftaktworkshop Glokalisierung, Karlovy Vary (Demo)",
        "Karlovy Vary · 16.04.2024",
        ("#1d3557", "#48cae4"),
    ),
    ImageSpec(
        "kickoff-photo",
        "Arbeitsgruppen beim Auftaktworkshop (Demo)",
        "Workshop · Netzwerk-Tool",
        ("#5a189a", "#f72585"),
    ),
    ImageSpec(
        "czechia-hero",
        "Handel Sachsen–Tschechien (Demo)",
        "Sachsen – Česko · 6,8 Mrd. €",
        ("#003049", "#d62828"),
    ),
    ImageSpec(
        "czechia-photo",
        "Lieferketten im Grenzraum (Demo)",
        "Lieferketten im Grenzraum",
        ("#2b2d42", "#8d99ae"),
    ),
    ImageSpec(
        "liberec-hero",
        "Kooperationsbörse Liberec (Demo)",
        "Liberec · Kooperationsbörse",
        ("#004b23", "#70e000"),
    ),
    ImageSpec(
        "liberec-photo",
        "Einzelgespräche in Liberec (Demo)",
        "B2B-Gespräche",
        ("#7f5539", "#ddb892"),
    ),
    ImageSpec(
        "chemnitz-hero",
        "Kooperationsbörse Chemnitz (Demo)",
        "Chemnitz · Kooperationsbörse",
        ("#3a0ca3", "#4cc9f0"),
    ),
    ImageSpec(
        "chemnitz-photo",
        "Impulsvorträge in Chemnitz (Demo)",
        "Automotive & Elektrotechnik",
        ("#9d0208", "#ffba08"),
    ),
    ImageSpec(
        "poland-hero",
        "Außenhandel Sachsen–Polen 2024 (Demo)",
        "Sachsen – Polska · 2024",
        ("#780000", "#c1121f"),
    ),
    ImageSpec(
        "poland-photo",
        "Warenströme Sachsen–Polen (Demo)",
        "Export 2,8 Mrd. € · Import 3,14 Mrd. €",
        ("#335c67", "#e09f3e"),
    ),
    ImageSpec(
        "platform-hero",
        "Netzwerk-Tool, Ústí nad Labem (Demo)",
        "Ústí nad Labem · Netzwerk-Tool",
        ("#023e8a", "#00b4d8"),
    ),
    ImageSpec(
        "platform-photo", "Praxistest Netzwerk-Tool (Demo)", "Praxistest", ("#283618", "#606c38")
    ),
    ImageSpec(
        "forum-hero",
        "Wirtschaftsforum Wrocław 2025 (Demo)",
        "Wrocław · 21.–22.10.2025",
        ("#14213d", "#fca311"),
    ),
    ImageSpec(
        "forum-photo",
        "Laborbesuch Life Sciences, Wrocław (Demo)",
        "Medizin der Zukunft",
        ("#006d77", "#83c5be"),
    ),
]

# --- Recurring texts --------------------------------------------------------------------

REINHOLZ = "Dr. Annette Reinholz"
REINHOLZ_ROLE = {
    "de": "Geschäftsführerin der Glokal Wirtschaftsförderung (Demo)",
    "en": "Managing Director of Glokal Wirtschaftsförderung (Demo)",
    "pl": "Prezes zarządu Glokal Wirtschaftsförderung (Demo)",
    "cs": "Jednatelka Glokal Wirtschaftsförderung (Demo)",
}

ALL_RELEASES = {
    "title": {
        "de": "Alle Pressemitteilungen",
        "en": "All press releases",
        "pl": "Wszystkie komunikaty prasowe",
        "cs": "Všechny tiskové zprávy",
    },
    "page": "press",
}
PROJECT_PAGE = {
    "title": {
        "de": "Projektseite „Glokalisierung“ (Beispiel)",
        "en": "“Glocalisation” project page (example)",
        "pl": "Strona projektu „Glokalizacja” (przykład)",
        "cs": "Stránka projektu „Glokalizace“ (příklad)",
    },
    "url": "https://example.org/glokalisierung",
}
TRADE_STATISTICS = {
    "title": {
        "de": "Außenhandelsstatistik Sachsen (Beispiel)",
        "en": "Saxony foreign trade statistics (example)",
        "pl": "Statystyka handlu zagranicznego Saksonii (przykład)",
        "cs": "Statistika zahraničního obchodu Saska (příklad)",
    },
    "url": "https://example.org/aussenhandel-sachsen",
}
FORUM_PROGRAMME = {
    "title": {
        "de": "Programm des Wirtschaftsforums (Beispiel)",
        "en": "Economic forum programme (example)",
        "pl": "Program forum gospodarczego (przykład)",
        "cs": "Program hospodářského fóra (příklad)",
    },
    "url": "https://example.org/wirtschaftsforum-2025",
}


@dataclass(frozen=True)
class Release:
    key: str  # also the German slug; how other releases link to this one
    slug: Text
    date: datetime.date
    title: Text
    subtitle: Text
    lead: Text
    hero: str  # image key; the hero is also offered for download as the press photo
    hero_caption: Text
    body: list  # (block type, value) pairs, see pages.demo.streams
    topics: tuple[str, ...]
    contacts: tuple[str, ...]
    links: tuple  # link values as in pages.demo.streams, or the key of an earlier release


RELEASES = [
    Release(
        key="auftakt-glokalisierung-karlovy-vary",
        slug={
            "de": "auftakt-glokalisierung-karlovy-vary",
            "en": "glocalisation-kick-off-karlovy-vary",
            "pl": "inauguracja-glokalizacji-karlowe-wary",
            "cs": "zahajeni-glokalizace-karlovy-vary",
        },
        date=datetime.date(2024, 4, 16),
        title={
            "de": "Grenzraum Sachsen–Tschechien: Interreg-Projekt „Glokalisierung“ startet in "
            "Karlovy Vary",
            "en": "Saxon-Czech border region: Interreg project “Glocalisation” kicks off in "
            "Karlovy Vary",
            "pl": "Pogranicze saksońsko-czeskie: w Karlowych Warach rusza projekt Interreg "
            "„Glokalizacja”",
            "cs": "Sasko-české pohraničí: projekt Interreg „Glokalizace“ startuje v Karlových "
            "Varech",
        },
        subtitle={
            "de": "Rund 50 Gäste aus beiden Ländern legen beim Auftaktworkshop fest, was das "
            "geplante Netzwerk-Tool leisten soll",
            "en": "Around 50 guests from both countries define at the opening workshop what the "
            "planned network tool should do",
            "pl": "Około 50 gości z obu krajów określiło podczas warsztatu inauguracyjnego, "
            "jakie zadania ma spełniać planowane narzędzie sieciowe",
            "cs": "Zhruba 50 hostů z obou zemí na úvodním workshopu určilo, co má plánovaný "
            "síťový nástroj umět",
        },
        lead={
            "de": "Mit einem Auftaktworkshop in Karlovy Vary hat am 16. April 2024 das "
            "Interreg-Projekt „Glokalisierung – global denken, lokal handeln“ begonnen. Knapp 50 "
            "Vertreterinnen und Vertreter von Unternehmen, Kammern und Forschungseinrichtungen "
            "aus Sachsen und Tschechien diskutierten, wie kleine und mittlere Unternehmen im "
            "Grenzraum leichter zueinanderfinden.",
            "en": "The Interreg project “Glocalisation – think globally, act locally” got under "
            "way with an opening workshop in Karlovy Vary on 16 April 2024. Almost 50 "
            "representatives of companies, chambers and research institutions from Saxony and "
            "Czechia discussed how small and medium-sized enterprises in the border region can "
            "find each other more easily.",
            "pl": "Warsztatem inauguracyjnym w Karlowych Warach rozpoczął się 16 kwietnia 2024 r. "
            "projekt Interreg „Glokalizacja – myśl globalnie, działaj lokalnie”. Blisko 50 "
            "przedstawicieli firm, izb i instytucji badawczych z Saksonii i Czech rozmawiało o "
            "tym, jak małym i średnim przedsiębiorstwom z pogranicza łatwiej nawiązywać "
            "współpracę.",
            "cs": "Úvodním workshopem v Karlových Varech byl 16. dubna 2024 zahájen projekt "
            "Interreg „Glokalizace – mysli globálně, jednej lokálně“. Téměř 50 zástupců firem, "
            "komor a výzkumných institucí ze Saska a Česka diskutovalo o tom, jak si malé a "
            "střední podniky v pohraničí mohou snáze najít cestu k sobě.",
        },
        hero="kickoff-hero",
        hero_caption={
            "de": "Auftaktworkshop des Interreg-Projekts „Glokalisierung“ in Karlovy Vary am "
            "16. April 2024",
            "en": "Kick-off workshop of the Interreg project “Glocalisation” in Karlovy Vary on "
            "16 April 2024",
            "pl": "Warsztat inauguracyjny projektu Interreg „Glokalizacja” w Karlowych Warach, "
            "16 kwietnia 2024 r.",
            "cs": "Úvodní workshop projektu Interreg „Glokalizace“ v Karlových Varech 16. dubna "
            "2024",
        },
        body=[
            (
                "paragraph",
                {
                    "de": "Im Mittelpunkt des Workshops stand die inhaltliche Ausrichtung eines "
                    "digitalen Netzwerk-Tools, das als zentrale Maßnahme des Projekts entsteht. "
                    "Die Teilnehmenden sammelten Anforderungen aus der Praxis: Welche Angaben "
                    "brauchen Einkäufer, welche Suchfunktionen helfen Zulieferern, und wie "
                    "lassen sich Forschungseinrichtungen einbinden?",
                    "en": "The workshop focused on the direction of a digital network tool, the "
                    "project's central measure. Participants collected requirements from everyday "
                    "business: what information do buyers need, which search functions help "
                    "suppliers, and how can research institutions be brought in?",
                    "pl": "Głównym tematem warsztatu był kształt cyfrowego narzędzia sieciowego, "
                    "które powstaje jako kluczowe działanie projektu. Uczestnicy zebrali wymagania "
                    "z praktyki: jakich informacji potrzebują kupcy, jakie funkcje wyszukiwania "
                    "pomagają dostawcom i jak włączyć instytucje badawcze?",
                    "cs": "Workshop se soustředil na obsahové zaměření digitálního síťového "
                    "nástroje, který vzniká jako hlavní opatření projektu. Účastníci shromáždili "
                    "požadavky z praxe: jaké údaje potřebují nákupčí, které vyhledávací funkce "
                    "pomohou dodavatelům a jak zapojit výzkumné instituce?",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "de": "Im Grenzraum liegen Lieferanten, Kunden und Forschungspartner oft "
                        "nur eine Autostunde voneinander entfernt – und wissen trotzdem nichts "
                        "voneinander. Genau diese Lücke wollen wir mit dem Netzwerk-Tool "
                        "schließen.",
                        "en": "In the border region, suppliers, customers and research partners "
                        "are often only an hour's drive apart – and still know nothing about "
                        "each other. That is exactly the gap we want to close with the network "
                        "tool.",
                        "pl": "Na pograniczu dostawców, klientów i partnerów badawczych dzieli "
                        "często tylko godzina jazdy samochodem – a mimo to nic o sobie nie wiedzą. "
                        "Właśnie tę lukę chcemy wypełnić dzięki narzędziu sieciowemu.",
                        "cs": "V pohraničí od sebe dodavatele, zákazníky a výzkumné partnery často "
                        "dělí jen hodina jízdy autem – a přesto o sobě nevědí. Právě tuto mezeru "
                        "chceme síťovým nástrojem zaplnit.",
                    },
                    "speaker": REINHOLZ,
                    "role": REINHOLZ_ROLE,
                },
            ),
            (
                "heading",
                {
                    "de": "Drei Workshops, vier Kooperationsbörsen",
                    "en": "Three workshops, four cooperation events",
                    "pl": "Trzy warsztaty, cztery giełdy kooperacyjne",
                    "cs": "Tři workshopy, čtyři kooperační burzy",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Das Projekt läuft bis Ende Juni 2026. Auf den Auftakt folgen ein "
                    "Workshop, in dem das fertige Netzwerk-Tool vorgestellt wird, und ein "
                    "Abschlussworkshop zur Auswertung. Dazu kommen vier branchenübergreifende "
                    "Informations- und Kooperationsveranstaltungen, je zwei auf sächsischer und "
                    "auf tschechischer Seite.",
                    "en": "The project runs until the end of June 2026. The kick-off will be "
                    "followed by a workshop presenting the finished network tool and a closing "
                    "workshop to evaluate it. In addition, there will be four cross-sector "
                    "information and cooperation events, two on the Saxon side and two on the "
                    "Czech side.",
                    "pl": "Projekt potrwa do końca czerwca 2026 r. Po inauguracji odbędą się "
                    "warsztaty prezentujące gotowe narzędzie sieciowe oraz warsztaty podsumowujące "
                    "z jego oceną. Do tego dochodzą cztery międzybranżowe wydarzenia "
                    "informacyjno-kooperacyjne – po dwa po stronie saksońskiej i czeskiej.",
                    "cs": "Projekt potrvá do konce června 2026. Po zahájení bude následovat "
                    "workshop, na kterém bude hotový síťový nástroj představen, a závěrečný "
                    "workshop s jeho vyhodnocením. K tomu přibudou čtyři mezioborové informační a "
                    "kooperační akce, dvě na saské a dvě na české straně.",
                },
            ),
            (
                "image",
                {
                    "image": "kickoff-photo",
                    "caption": {
                        "de": "Arbeitsgruppen sammeln Anforderungen an das Netzwerk-Tool",
                        "en": "Working groups collect requirements for the network tool",
                        "pl": "Grupy robocze zbierają wymagania wobec narzędzia sieciowego",
                        "cs": "Pracovní skupiny shromažďují požadavky na síťový nástroj",
                    },
                },
            ),
            (
                "heading",
                {
                    "de": "Partner auf beiden Seiten der Grenze",
                    "en": "Partners on both sides of the border",
                    "pl": "Partnerzy po obu stronach granicy",
                    "cs": "Partneři na obou stranách hranice",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Die Glokal Wirtschaftsförderung (Demo) setzt das von der EU geförderte "
                    "Vorhaben gemeinsam mit der AHK Services s.r.o., einer Tochter der "
                    "Deutsch-Tschechischen Industrie- und Handelskammer, um. Als assoziierte "
                    "Partner sind unter anderem die Industrie- und Handelskammern Dresden und "
                    "Chemnitz, die Wirtschaftskammer Karlsbad und die lokale Aktionsgruppe MAS "
                    "Český sever beteiligt.",
                    "en": "Glokal Wirtschaftsförderung (Demo) is carrying out the EU-funded "
                    "project together with AHK Services s.r.o., a subsidiary of the Czech-German "
                    "Chamber of Industry and Commerce. Associated partners include the chambers "
                    "of industry and commerce in Dresden and Chemnitz, the Karlovy Vary Chamber "
                    "of Commerce and the local action group MAS Český sever.",
                    "pl": "Glokal Wirtschaftsförderung (Demo) realizuje finansowany przez UE "
                    "projekt wspólnie z AHK Services s.r.o., spółką zależną Czesko-Niemieckiej "
                    "Izby Przemysłowo-Handlowej. Partnerami stowarzyszonymi są m.in. izby "
                    "przemysłowo-handlowe w Dreźnie i Chemnitz, Izba Gospodarcza w Karlowych "
                    "Warach oraz lokalna grupa działania MAS Český sever.",
                    "cs": "Glokal Wirtschaftsförderung (Demo) realizuje projekt financovaný EU "
                    "společně s AHK Services s.r.o., dceřinou společností Česko-německé obchodní a "
                    "průmyslové komory. Přidruženými partnery jsou mimo jiné průmyslové a obchodní "
                    "komory v Drážďanech a Chemnitzu, Hospodářská komora Karlovy Vary a místní "
                    "akční skupina MAS Český sever.",
                },
            ),
        ],
        topics=(
            "wirtschaftsfoerderung",
            "digitalisierung",
            "veranstaltung",
            "grenzregion-interreg",
        ),
        contacts=("petra.novakova", "jonas.brenner"),
        links=(PROJECT_PAGE, ALL_RELEASES),
    ),
    Release(
        key="tschechien-wichtigster-eu-handelspartner",
        slug={
            "de": "tschechien-wichtigster-eu-handelspartner",
            "en": "czechia-most-important-eu-trading-partner",
            "pl": "czechy-najwazniejszy-partner-handlowy-w-ue",
            "cs": "cesko-nejvyznamnejsi-obchodni-partner-v-eu",
        },
        date=datetime.date(2024, 5, 23),
        title={
            "de": "Tschechien bleibt Sachsens wichtigster Handelspartner in der EU",
            "en": "Czechia remains Saxony's most important trading partner in the EU",
            "pl": "Czechy pozostają najważniejszym partnerem handlowym Saksonii w UE",
            "cs": "Česko zůstává nejvýznamnějším obchodním partnerem Saska v EU",
        },
        subtitle={
            "de": "Handelsvolumen von rund 6,8 Milliarden Euro – Interreg-Projekt soll "
            "grenzüberschreitende Lieferketten stärken",
            "en": "Trade volume of around 6.8 billion euros – Interreg project aims to "
            "strengthen cross-border supply chains",
            "pl": "Obroty handlowe na poziomie ok. 6,8 mld euro – projekt Interreg ma wzmocnić "
            "transgraniczne łańcuchy dostaw",
            "cs": "Obchodní obrat ve výši zhruba 6,8 miliardy eur – projekt Interreg má posílit "
            "přeshraniční dodavatelské řetězce",
        },
        lead={
            "de": "Kein anderes Land der Europäischen Union handelt so viel mit Sachsen wie "
            "Tschechien: Das Handelsvolumen liegt bei rund 6,8 Milliarden Euro. Die Glokal "
            "Wirtschaftsförderung (Demo) will diese Verflechtung nutzen, um kleinen und "
            "mittleren Unternehmen im Grenzraum neue Lieferbeziehungen zu erschließen.",
            "en": "No other country in the European Union trades as much with Saxony as Czechia: "
            "trade volume stands at around 6.8 billion euros. Glokal Wirtschaftsförderung (Demo) "
            "wants to build on these close ties to open up new supply relationships for small "
            "and medium-sized enterprises in the border region.",
            "pl": "Żaden inny kraj Unii Europejskiej nie prowadzi z Saksonią tak dużej wymiany "
            "handlowej jak Czechy: jej wartość wynosi ok. 6,8 mld euro. Glokal "
            "Wirtschaftsförderung (Demo) chce wykorzystać te silne powiązania, aby otworzyć "
            "małym i średnim przedsiębiorstwom z pogranicza nowe relacje dostawcze.",
            "cs": "Žádná jiná země Evropské unie neobchoduje se Saskem tolik jako Česko: obchodní "
            "obrat dosahuje zhruba 6,8 miliardy eur. Glokal Wirtschaftsförderung (Demo) chce na "
            "tyto úzké vazby navázat a otevřít malým a středním podnikům v pohraničí nové "
            "dodavatelské vztahy.",
        },
        hero="czechia-hero",
        hero_caption={
            "de": "Mit rund 6,8 Milliarden Euro Handelsvolumen ist Tschechien Sachsens "
            "wichtigster Handelspartner in der EU",
            "en": "With a trade volume of around 6.8 billion euros, Czechia is Saxony's most "
            "important trading partner in the EU",
            "pl": "Z obrotami rzędu 6,8 mld euro Czechy są najważniejszym partnerem handlowym "
            "Saksonii w UE",
            "cs": "S obchodním obratem zhruba 6,8 miliardy eur je Česko nejvýznamnějším obchodním "
            "partnerem Saska v EU",
        },
        body=[
            (
                "paragraph",
                {
                    "de": "Viele Unternehmen beiderseits des Erzgebirges sind bereits eng "
                    "verbunden, doch oft über wenige große Abnehmer. Wer als kleiner Betrieb "
                    "einen Partner jenseits der Grenze sucht, scheitert häufig an fehlenden "
                    "Kontakten, an der Sprache oder schlicht daran, dass niemand vom Angebot des "
                    "anderen weiß.",
                    "en": "Many companies on both sides of the Ore Mountains are already closely "
                    "linked, but often through a small number of large customers. Small firms "
                    "looking for a partner across the border frequently fail because of missing "
                    "contacts, the language barrier or simply because nobody knows what the other "
                    "side offers.",
                    "pl": "Wiele firm po obu stronach Rudaw jest już ze sobą ściśle powiązanych, "
                    "często jednak za pośrednictwem kilku dużych odbiorców. Małe przedsiębiorstwa "
                    "szukające partnera po drugiej stronie granicy często napotykają przeszkody: "
                    "brak kontaktów, barierę językową lub po prostu to, że nikt nie wie o ofercie "
                    "drugiej strony.",
                    "cs": "Mnoho firem na obou stranách Krušných hor je už úzce propojeno, často "
                    "však jen přes několik velkých odběratelů. Malé podniky, které hledají "
                    "partnera za hranicí, často narážejí na chybějící kontakty, jazykovou "
                    "bariéru nebo prostě na to, že o nabídce druhé strany nikdo neví.",
                },
            ),
            (
                "heading",
                {
                    "de": "Lieferketten breiter aufstellen",
                    "en": "Broadening supply chains",
                    "pl": "Dywersyfikacja łańcuchów dostaw",
                    "cs": "Širší základna dodavatelských řetězců",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Das Interreg-Projekt „Glokalisierung – global denken, lokal handeln“ "
                    "setzt hier an. Es soll zusätzliche grenzüberschreitende Lieferketten "
                    "entstehen lassen und bestehende breiter aufstellen. Davon profitieren nicht "
                    "nur einzelne Firmen: Wer Zulieferer in der Nachbarschaft hat, ist weniger "
                    "anfällig für Störungen im Welthandel und wird international "
                    "wettbewerbsfähiger.",
                    "en": "This is where the Interreg project “Glocalisation – think globally, "
                    "act locally” comes in. It aims to create additional cross-border supply "
                    "chains and diversify existing ones. The benefits go beyond individual "
                    "firms: a company with suppliers next door is less vulnerable to disruptions "
                    "in world trade and becomes more competitive internationally.",
                    "pl": "Właśnie tu wkracza projekt Interreg „Glokalizacja – myśl globalnie, "
                    "działaj lokalnie”. Ma on doprowadzić do powstania nowych transgranicznych "
                    "łańcuchów dostaw i zróżnicować istniejące. Korzyści wykraczają poza "
                    "pojedyncze firmy: przedsiębiorstwo, które ma dostawców w sąsiedztwie, jest "
                    "mniej podatne na zakłócenia w handlu światowym i staje się bardziej "
                    "konkurencyjne na rynkach międzynarodowych.",
                    "cs": "Právě zde navazuje projekt Interreg „Glokalizace – mysli globálně, "
                    "jednej lokálně“. Má vést ke vzniku dalších přeshraničních dodavatelských "
                    "řetězců a k rozšíření těch stávajících. Přínos přesahuje jednotlivé firmy: "
                    "kdo má dodavatele v sousedství, je méně zranitelný vůči výpadkům ve "
                    "světovém obchodu a je mezinárodně konkurenceschopnější.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "de": "Die Nachfrage ist da: Sächsische Maschinenbauer suchen "
                        "Fertigungspartner, tschechische Zulieferer suchen neue Kunden. Wir sorgen "
                        "dafür, dass sie sich finden – in ihrer eigenen Sprache.",
                        "en": "The demand is there: Saxon machine builders are looking for "
                        "manufacturing partners, Czech suppliers for new customers. We make sure "
                        "they find each other – in their own language.",
                        "pl": "Popyt istnieje: saksońscy producenci maszyn szukają partnerów "
                        "produkcyjnych, a czescy dostawcy – nowych klientów. Dbamy o to, by się "
                        "odnaleźli – w swoim własnym języku.",
                        "cs": "Poptávka tu je: saští strojaři hledají výrobní partnery, čeští "
                        "dodavatelé nové zákazníky. My se postaráme, aby se našli – ve svém "
                        "vlastním jazyce.",
                    },
                    "speaker": "Petra Nováková",
                    "role": {
                        "de": "Projektleiterin „Glokalisierung“ bei der Glokal "
                        "Wirtschaftsförderung (Demo)",
                        "en": "“Glocalisation” project lead at Glokal Wirtschaftsförderung (Demo)",
                        "pl": "Kierowniczka projektu „Glokalizacja” w Glokal Wirtschaftsförderung "
                        "(Demo)",
                        "cs": "Vedoucí projektu „Glokalizace“ v Glokal Wirtschaftsförderung (Demo)",
                    },
                },
            ),
            (
                "image",
                {
                    "image": "czechia-photo",
                    "caption": {
                        "de": "Kurze Wege: Zulieferer und Abnehmer liegen im Grenzraum oft nur "
                        "eine Autostunde auseinander",
                        "en": "Short distances: suppliers and customers in the border region are "
                        "often only an hour's drive apart",
                        "pl": "Krótkie dystanse: dostawców i odbiorców na pograniczu dzieli często "
                        "tylko godzina jazdy",
                        "cs": "Krátké vzdálenosti: dodavatele a odběratele v pohraničí často dělí "
                        "jen hodina jízdy autem",
                    },
                },
            ),
            (
                "heading",
                {
                    "de": "Kammern und Cluster einbinden",
                    "en": "Involving chambers and clusters",
                    "pl": "Włączenie izb i klastrów",
                    "cs": "Zapojení komor a klastrů",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Neben Unternehmen sollen auch Institute, Netzwerke und Cluster "
                    "stärker zusammenarbeiten. Die Kammern auf beiden Seiten bringen ihre "
                    "Mitglieder ein, die Glokal Wirtschaftsförderung (Demo) ihre "
                    "Branchenkontakte. Erste Ergebnisse stellt das Projektteam auf den "
                    "Kooperationsbörsen in Sachsen und Tschechien vor.",
                    "en": "Besides companies, institutes, networks and clusters are also to work "
                    "together more closely. The chambers on both sides bring in their members, "
                    "Glokal Wirtschaftsförderung (Demo) its sector contacts. The project team will "
                    "present first results at the cooperation events in Saxony and Czechia.",
                    "pl": "Oprócz firm ściślej współpracować mają także instytuty, sieci i "
                    "klastry. Izby po obu stronach granicy angażują swoich członków, a Glokal "
                    "Wirtschaftsförderung (Demo) – swoje kontakty branżowe. Pierwsze wyniki "
                    "zespół projektu przedstawi na giełdach kooperacyjnych w Saksonii i w "
                    "Czechach.",
                    "cs": "Kromě firem mají úžeji spolupracovat i výzkumné ústavy, sítě a klastry. "
                    "Komory na obou stranách zapojí své členy, Glokal Wirtschaftsförderung (Demo) "
                    "své oborové kontakty. První výsledky představí projektový tým na kooperačních "
                    "burzách v Sasku a v Česku.",
                },
            ),
        ],
        topics=("aussenwirtschaft", "wirtschaft", "grenzregion-interreg"),
        contacts=("petra.novakova", "katrin.vogelsang"),
        links=("auftakt-glokalisierung-karlovy-vary", TRADE_STATISTICS, ALL_RELEASES),
    ),
    Release(
        key="kooperationsboerse-liberec",
        slug={
            "de": "kooperationsboerse-liberec",
            "en": "cooperation-exchange-liberec",
            "pl": "gielda-kooperacyjna-liberec",
            "cs": "kooperacni-burza-liberec",
        },
        date=datetime.date(2024, 11, 7),
        title={
            "de": "Kooperationsbörse in Liberec bringt sächsische und tschechische Betriebe an "
            "einen Tisch",
            "en": "Cooperation exchange in Liberec brings Saxon and Czech firms to the same table",
            "pl": "Giełda kooperacyjna w Libercu zgromadziła przy jednym stole firmy z Saksonii "
            "i Czech",
            "cs": "Kooperační burza v Liberci přivedla saské a české firmy k jednomu stolu",
        },
        subtitle={
            "de": "Erste von vier branchenübergreifenden Informations- und "
            "Kooperationsveranstaltungen im Projekt „Glokalisierung“",
            "en": "First of four cross-sector information and cooperation events in the "
            "“Glocalisation” project",
            "pl": "Pierwsze z czterech międzybranżowych wydarzeń informacyjno-kooperacyjnych w "
            "projekcie „Glokalizacja”",
            "cs": "První ze čtyř mezioborových informačních a kooperačních akcí v projektu "
            "„Glokalizace“",
        },
        lead={
            "de": "In Liberec hat die erste von vier Informations- und "
            "Kooperationsveranstaltungen des Interreg-Projekts „Glokalisierung“ stattgefunden. "
            "Unternehmen aus Maschinenbau, Kunststofftechnik, Logistik und IT nutzten "
            "vorbereitete Gesprächstermine, um Partner auf der jeweils anderen Seite der Grenze "
            "kennenzulernen.",
            "en": "The first of four information and cooperation events in the Interreg project "
            "“Glocalisation” has taken place in Liberec. Companies from mechanical engineering, "
            "plastics technology, logistics and IT used pre-arranged meetings to get to know "
            "partners on the other side of the border.",
            "pl": "W Libercu odbyło się pierwsze z czterech wydarzeń informacyjno-kooperacyjnych "
            "projektu Interreg „Glokalizacja”. Firmy z branży maszynowej, przetwórstwa tworzyw "
            "sztucznych, logistyki i IT wykorzystały wcześniej umówione spotkania, aby poznać "
            "partnerów z drugiej strony granicy.",
            "cs": "V Liberci se uskutečnila první ze čtyř informačních a kooperačních akcí "
            "projektu Interreg „Glokalizace“. Firmy ze strojírenství, zpracování plastů, "
            "logistiky a IT využily předem domluvené schůzky k seznámení s partnery z druhé "
            "strany hranice.",
        },
        hero="liberec-hero",
        hero_caption={
            "de": "Kooperationsbörse des Projekts „Glokalisierung“ in Liberec",
            "en": "Cooperation exchange of the “Glocalisation” project in Liberec",
            "pl": "Giełda kooperacyjna projektu „Glokalizacja” w Libercu",
            "cs": "Kooperační burza projektu „Glokalizace“ v Liberci",
        },
        body=[
            (
                "paragraph",
                {
                    "de": "Am Vormittag informierten Fachleute über Förderprogramme, Zoll- und "
                    "Steuerfragen bei grenzüberschreitenden Aufträgen sowie über Ausschreibungen "
                    "in beiden Ländern. Am Nachmittag folgten zwanzigminütige Einzelgespräche, "
                    "die das Projektteam vorab nach den Profilen der angemeldeten Firmen "
                    "zusammengestellt hatte. Dolmetscherinnen und Dolmetscher standen an allen "
                    "Tischen bereit.",
                    "en": "In the morning, experts provided information on funding programmes, "
                    "customs and tax questions in cross-border contracts, and public tenders in "
                    "both countries. In the afternoon came twenty-minute one-to-one meetings which "
                    "the project team had arranged in advance based on the profiles of the "
                    "registered companies. Interpreters were available at every table.",
                    "pl": "Przed południem eksperci omówili programy wsparcia, kwestie celne i "
                    "podatkowe przy zleceniach transgranicznych oraz przetargi w obu krajach. Po "
                    "południu odbyły się dwudziestominutowe rozmowy indywidualne, które zespół "
                    "projektu wcześniej dobrał na podstawie profili zgłoszonych firm. Przy "
                    "wszystkich stolikach do dyspozycji byli tłumacze.",
                    "cs": "Dopoledne odborníci informovali o dotačních programech, celních a "
                    "daňových otázkách u přeshraničních zakázek a o veřejných soutěžích v obou "
                    "zemích. Odpoledne následovala dvacetiminutová individuální jednání, která "
                    "projektový tým předem sestavil podle profilů přihlášených firem. U všech "
                    "stolů byli k dispozici tlumočníci.",
                },
            ),
            (
                "image",
                {
                    "image": "liberec-photo",
                    "caption": {
                        "de": "Vorbereitete Einzelgespräche mit Dolmetschern an jedem Tisch",
                        "en": "Pre-arranged one-to-one meetings with interpreters at every table",
                        "pl": "Wcześniej umówione rozmowy indywidualne z tłumaczami przy każdym "
                        "stoliku",
                        "cs": "Předem domluvená individuální jednání s tlumočníky u každého stolu",
                    },
                },
            ),
            (
                "heading",
                {
                    "de": "Gespräche mit Folgeterminen",
                    "en": "Meetings with follow-up appointments",
                    "pl": "Rozmowy z dalszymi spotkaniami",
                    "cs": "Jednání s navazujícími schůzkami",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Viele der Gespräche endeten mit einer Verabredung zu Werksbesuchen oder "
                    "Musterlieferungen. Die Kontakte fließen in das digitale Netzwerk-Tool ein, an "
                    "dem das Projektteam parallel arbeitet, damit sie auch nach der Veranstaltung "
                    "auffindbar bleiben.",
                    "en": "Many of the meetings ended with arrangements for factory visits or "
                    "sample deliveries. The contacts will be entered into the digital network tool "
                    "the project team is developing in parallel, so that they remain easy to find "
                    "after the event.",
                    "pl": "Wiele rozmów zakończyło się umówieniem wizyt w zakładach lub dostaw "
                    "próbnych. Kontakty trafią do cyfrowego narzędzia sieciowego, nad którym "
                    "równolegle pracuje zespół projektu, aby można je było odnaleźć także po "
                    "wydarzeniu.",
                    "cs": "Řada jednání skončila domluvou návštěvy závodu nebo dodávky vzorků. "
                    "Kontakty budou zaneseny do digitálního síťového nástroje, na kterém "
                    "projektový tým souběžně pracuje, aby je bylo možné dohledat i po akci.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "de": "Ich habe an einem Nachmittag drei mögliche Kunden aus Sachsen "
                        "kennengelernt. Ohne die vorbereiteten Termine hätte ich dafür Monate "
                        "gebraucht.",
                        "en": "In a single afternoon I met three potential customers from Saxony. "
                        "Without the pre-arranged meetings it would have taken me months.",
                        "pl": "W jedno popołudnie poznałem trzech potencjalnych klientów z "
                        "Saksonii. Bez przygotowanych wcześniej spotkań zajęłoby mi to miesiące.",
                        "cs": "Za jediné odpoledne jsem poznal tři potenciální zákazníky ze Saska. "
                        "Bez předem připravených schůzek by mi to trvalo měsíce.",
                    },
                    "speaker": "Radek Šimůnek",
                    "role": {
                        "de": "Geschäftsführer eines Kunststoffverarbeiters aus Jablonec nad Nisou",
                        "en": "Managing director of a plastics processor from Jablonec nad Nisou",
                        "pl": "Prezes firmy przetwórstwa tworzyw sztucznych z Jabloneca nad Nysą",
                        "cs": "Jednatel firmy na zpracování plastů z Jablonce nad Nisou",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "de": "Die nächste Kooperationsbörse findet im Frühjahr 2025 in Chemnitz "
                    "statt; zwei weitere Veranstaltungen folgen bis zum Projektende im Juni "
                    "2026.",
                    "en": "The next cooperation exchange will take place in Chemnitz in spring "
                    "2025; two further events will follow before the project ends in June 2026.",
                    "pl": "Kolejna giełda kooperacyjna odbędzie się wiosną 2025 r. w Chemnitz; do "
                    "zakończenia projektu w czerwcu 2026 r. zaplanowano jeszcze dwa wydarzenia.",
                    "cs": "Příští kooperační burza se uskuteční na jaře 2025 v Chemnitzu; do konce "
                    "projektu v červnu 2026 budou následovat ještě dvě další akce.",
                },
            ),
        ],
        topics=("veranstaltung", "grenzregion-interreg", "wirtschaftsfoerderung"),
        contacts=("petra.novakova",),
        links=("auftakt-glokalisierung-karlovy-vary", ALL_RELEASES),
    ),
    Release(
        key="kooperationsboerse-chemnitz",
        slug={
            "de": "kooperationsboerse-chemnitz",
            "en": "cooperation-exchange-chemnitz",
            "pl": "gielda-kooperacyjna-chemnitz",
            "cs": "kooperacni-burza-chemnitz",
        },
        date=datetime.date(2025, 3, 20),
        title={
            "de": "Zweite Kooperationsbörse in Chemnitz: Fokus auf Automobilzulieferer und "
            "Elektrotechnik",
            "en": "Second cooperation exchange in Chemnitz focuses on automotive suppliers and "
            "electrical engineering",
            "pl": "Druga giełda kooperacyjna w Chemnitz: w centrum uwagi poddostawcy "
            "motoryzacyjni i elektrotechnika",
            "cs": "Druhá kooperační burza v Chemnitzu: v centru pozornosti automobiloví "
            "dodavatelé a elektrotechnika",
        },
        subtitle={
            "de": "Unternehmen aus dem Erzgebirge, dem Vogtland und Nordböhmen suchen gemeinsam "
            "Wege durch den Strukturwandel",
            "en": "Companies from the Ore Mountains, Vogtland and northern Bohemia look together "
            "for ways through structural change",
            "pl": "Firmy z Rudaw, Vogtlandu i północnych Czech wspólnie szukają dróg przez "
            "transformację gospodarczą",
            "cs": "Firmy z Krušnohoří, Fojtska a severních Čech společně hledají cesty "
            "strukturální změnou",
        },
        lead={
            "de": "Rund 60 Unternehmen und Einrichtungen aus Sachsen und Tschechien sind zur "
            "zweiten Informations- und Kooperationsveranstaltung des Projekts „Glokalisierung“ "
            "nach Chemnitz gekommen. Im Mittelpunkt standen Zulieferer der Automobilindustrie "
            "und der Elektrotechnik, die sich auf neue Antriebe und Produkte einstellen müssen.",
            "en": "Around 60 companies and institutions from Saxony and Czechia came to Chemnitz "
            "for the second information and cooperation event of the “Glocalisation” project. "
            "The focus was on suppliers to the automotive and electrical engineering "
            "industries, who have to adapt to new drive systems and products.",
            "pl": "Około 60 firm i instytucji z Saksonii i Czech przyjechało do Chemnitz na "
            "drugie wydarzenie informacyjno-kooperacyjne projektu „Glokalizacja”. W centrum "
            "uwagi znaleźli się poddostawcy przemysłu motoryzacyjnego i elektrotechnicznego, "
            "którzy muszą dostosować się do nowych napędów i produktów.",
            "cs": "Zhruba 60 firem a institucí ze Saska a Česka přijelo do Chemnitzu na druhou "
            "informační a kooperační akci projektu „Glokalizace“. V centru pozornosti byli "
            "dodavatelé pro automobilový a elektrotechnický průmysl, kteří se musí přizpůsobit "
            "novým pohonům a výrobkům.",
        },
        hero="chemnitz-hero",
        hero_caption={
            "de": "Zweite Kooperationsbörse des Projekts „Glokalisierung“ in Chemnitz",
            "en": "Second cooperation exchange of the “Glocalisation” project in Chemnitz",
            "pl": "Druga giełda kooperacyjna projektu „Glokalizacja” w Chemnitz",
            "cs": "Druhá kooperační burza projektu „Glokalizace“ v Chemnitzu",
        },
        body=[
            (
                "paragraph",
                {
                    "de": "In kurzen Impulsvorträgen zeigten Firmen aus beiden Ländern, wie sie "
                    "ihr Angebot erweitert haben – vom Gussteil für Elektromotoren bis zur "
                    "Steuerungselektronik für Ladesäulen. Anschließend trafen sich die "
                    "Teilnehmenden zu vorab vereinbarten Gesprächen; mehr als 120 Termine kamen "
                    "zustande.",
                    "en": "In short keynote talks, companies from both countries showed how they "
                    "have broadened their range – from castings for electric motors to control "
                    "electronics for charging stations. Afterwards participants met for "
                    "pre-arranged talks; more than 120 meetings took place.",
                    "pl": "W krótkich wystąpieniach firmy z obu krajów pokazały, jak poszerzyły "
                    "swoją ofertę – od odlewów do silników elektrycznych po elektronikę "
                    "sterującą do stacji ładowania. Następnie uczestnicy spotkali się na "
                    "wcześniej umówionych rozmowach; odbyło się ponad 120 spotkań.",
                    "cs": "V krátkých úvodních přednáškách firmy z obou zemí ukázaly, jak "
                    "rozšířily svou nabídku – od odlitků pro elektromotory po řídicí elektroniku "
                    "pro nabíjecí stanice. Poté se účastníci sešli na předem domluvených "
                    "jednáních; uskutečnilo se více než 120 schůzek.",
                },
            ),
            (
                "image",
                {
                    "image": "chemnitz-photo",
                    "caption": {
                        "de": "Impulsvorträge zu neuen Produkten für Elektromobilität und "
                        "Ladeinfrastruktur",
                        "en": "Keynote talks on new products for electric mobility and charging "
                        "infrastructure",
                        "pl": "Wystąpienia o nowych produktach dla elektromobilności i "
                        "infrastruktury ładowania",
                        "cs": "Úvodní přednášky o nových výrobcích pro elektromobilitu a nabíjecí "
                        "infrastrukturu",
                    },
                },
            ),
            (
                "heading",
                {
                    "de": "Strukturwandel gemeinsam gestalten",
                    "en": "Shaping structural change together",
                    "pl": "Wspólnie kształtować transformację",
                    "cs": "Společně utvářet strukturální změnu",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "de": "Wir suchen seit Langem einen zweiten Lieferanten für "
                        "Leiterplattenbaugruppen in unserer Nähe. Heute habe ich zwei Betriebe aus "
                        "Nordböhmen getroffen, die genau das anbieten.",
                        "en": "We have long been looking for a second supplier of printed circuit "
                        "board assemblies close to us. Today I met two companies from northern "
                        "Bohemia that offer exactly that.",
                        "pl": "Od dawna szukamy w naszej okolicy drugiego dostawcy zmontowanych "
                        "płytek drukowanych. Dziś poznałam dwie firmy z północnych Czech, które "
                        "oferują dokładnie to.",
                        "cs": "Dlouho hledáme v naší blízkosti druhého dodavatele osazených desek "
                        "plošných spojů. Dnes jsem potkala dvě firmy ze severních Čech, které "
                        "nabízejí přesně to.",
                    },
                    "speaker": "Sabine Kettwig",
                    "role": {
                        "de": "Leiterin Einkauf bei einem Chemnitzer Elektronikhersteller",
                        "en": "Head of purchasing at a Chemnitz electronics manufacturer",
                        "pl": "Kierowniczka działu zakupów w firmie elektronicznej z Chemnitz",
                        "cs": "Vedoucí nákupu u výrobce elektroniky z Chemnitzu",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "de": "Die Veranstaltung richtete sich bewusst an mehrere Branchen zugleich. "
                    "Gerade an den Schnittstellen – etwa zwischen Maschinenbau und "
                    "Softwareentwicklung – entstehen nach Erfahrung des Projektteams die meisten "
                    "neuen Kooperationen.",
                    "en": "The event was deliberately aimed at several sectors at once. In the "
                    "project team's experience, most new partnerships arise at the interfaces – "
                    "between mechanical engineering and software development, for example.",
                    "pl": "Wydarzenie celowo skierowano do kilku branż jednocześnie. Z "
                    "doświadczenia zespołu projektu wynika, że najwięcej nowych kooperacji "
                    "powstaje na styku branż – na przykład między budową maszyn a tworzeniem "
                    "oprogramowania.",
                    "cs": "Akce se záměrně zaměřila na více oborů současně. Podle zkušeností "
                    "projektového týmu vzniká nejvíce nových spoluprací právě na jejich rozhraní – "
                    "například mezi strojírenstvím a vývojem softwaru.",
                },
            ),
        ],
        topics=("veranstaltung", "grenzregion-interreg", "innovation"),
        contacts=("petra.novakova", "jonas.brenner"),
        links=("kooperationsboerse-liberec", "auftakt-glokalisierung-karlovy-vary", ALL_RELEASES),
    ),
    Release(
        key="polen-top-5-markt-sachsen",
        slug={
            "de": "polen-top-5-markt-sachsen",
            "en": "poland-top-5-market-saxony",
            "pl": "polska-w-pierwszej-piatce-rynkow-saksonii",
            "cs": "polsko-mezi-peti-hlavnimi-trhy-saska",
        },
        date=datetime.date(2025, 5, 14),
        title={
            "de": "Polen gehört zu den fünf wichtigsten Märkten der sächsischen Wirtschaft",
            "en": "Poland is one of the Saxon economy's five most important markets",
            "pl": "Polska w pierwszej piątce najważniejszych rynków saksońskiej gospodarki",
            "cs": "Polsko patří k pěti nejdůležitějším trhům saského hospodářství",
        },
        subtitle={
            "de": "Außenhandel 2024: Ausfuhren von rund 2,8 Milliarden Euro, Einfuhren von rund "
            "3,14 Milliarden Euro",
            "en": "Foreign trade in 2024: exports of around 2.8 billion euros, imports of around "
            "3.14 billion euros",
            "pl": "Handel zagraniczny w 2024 r.: eksport ok. 2,8 mld euro, import ok. 3,14 mld "
            "euro",
            "cs": "Zahraniční obchod v roce 2024: vývoz zhruba 2,8 miliardy eur, dovoz zhruba "
            "3,14 miliardy eur",
        },
        lead={
            "de": "Polen zählte 2024 zu den fünf größten Absatzmärkten Sachsens. Sächsische "
            "Unternehmen lieferten Waren im Wert von rund 2,8 Milliarden Euro ins Nachbarland "
            "und bezogen von dort Waren für rund 3,14 Milliarden Euro.",
            "en": "In 2024 Poland was one of Saxony's five largest export markets. Saxon "
            "companies supplied goods worth around 2.8 billion euros to their neighbour and "
            "bought goods worth around 3.14 billion euros from it.",
            "pl": "W 2024 r. Polska należała do pięciu największych rynków zbytu Saksonii. "
            "Saksońskie firmy dostarczyły do sąsiedniego kraju towary o wartości ok. 2,8 mld "
            "euro, a sprowadziły stamtąd towary za ok. 3,14 mld euro.",
            "cs": "V roce 2024 patřilo Polsko k pěti největším odbytištím Saska. Saské firmy do "
            "sousední země dodaly zboží v hodnotě zhruba 2,8 miliardy eur a odebraly odtud "
            "zboží za zhruba 3,14 miliardy eur.",
        },
        hero="poland-hero",
        hero_caption={
            "de": "Polen zählte 2024 zu den fünf wichtigsten Absatzmärkten Sachsens",
            "en": "In 2024 Poland was among Saxony's five most important export markets",
            "pl": "W 2024 r. Polska należała do pięciu najważniejszych rynków zbytu Saksonii",
            "cs": "V roce 2024 patřilo Polsko k pěti nejdůležitějším odbytištím Saska",
        },
        body=[
            (
                "heading",
                {
                    "de": "Fahrzeuge, Maschinen, Elektrotechnik",
                    "en": "Vehicles, machinery, electrical engineering",
                    "pl": "Pojazdy, maszyny, elektrotechnika",
                    "cs": "Vozidla, stroje, elektrotechnika",
                },
            ),
            (
                "paragraph",
                {
                    "de": "In beiden Richtungen prägen dieselben Branchen den Austausch. Nach "
                    "Polen gingen vor allem Erzeugnisse des Kraftfahrzeugbaus, Maschinen und "
                    "elektrotechnische Produkte. Umgekehrt bezog Sachsen in erster Linie "
                    "Elektrotechnik, Fahrzeugteile und Maschinen aus dem Nachbarland.",
                    "en": "The same sectors shape trade in both directions. Exports to Poland "
                    "consisted mainly of automotive products, machinery and electrical goods. "
                    "Conversely, Saxony bought chiefly electrical goods, vehicle parts and "
                    "machinery from its neighbour.",
                    "pl": "W obu kierunkach wymianę kształtują te same branże. Do Polski trafiały "
                    "przede wszystkim wyroby przemysłu motoryzacyjnego, maszyny i produkty "
                    "elektrotechniczne. Saksonia sprowadzała z kolei od sąsiada głównie wyroby "
                    "elektrotechniczne, części samochodowe i maszyny.",
                    "cs": "V obou směrech určují obchod stejná odvětví. Do Polska mířily především "
                    "výrobky automobilového průmyslu, stroje a elektrotechnické výrobky. Sasko "
                    "naopak ze sousední země odebíralo hlavně elektrotechniku, díly vozidel a "
                    "stroje.",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Dass die Einfuhren die Ausfuhren übersteigen, zeigt, wie eng die "
                    "Produktionsnetze inzwischen verflochten sind: Viele Bauteile, die in "
                    "sächsischen Werken verarbeitet werden, entstehen in Niederschlesien, "
                    "Großpolen oder Oberschlesien.",
                    "en": "The fact that imports exceed exports shows how closely production "
                    "networks are now intertwined: many components processed in Saxon plants are "
                    "made in Lower Silesia, Greater Poland or Upper Silesia.",
                    "pl": "To, że import przewyższa eksport, pokazuje, jak ściśle splecione są "
                    "dziś sieci produkcyjne: wiele komponentów przetwarzanych w saksońskich "
                    "zakładach powstaje na Dolnym Śląsku, w Wielkopolsce lub na Górnym Śląsku.",
                    "cs": "Skutečnost, že dovoz převyšuje vývoz, ukazuje, jak úzce jsou dnes "
                    "výrobní sítě provázány: mnoho součástek zpracovávaných v saských závodech "
                    "vzniká v Dolním Slezsku, Velkopolsku nebo Horním Slezsku.",
                },
            ),
            (
                "image",
                {
                    "image": "poland-photo",
                    "caption": {
                        "de": "Ausfuhren von rund 2,8 und Einfuhren von rund 3,14 Milliarden Euro "
                        "im Jahr 2024",
                        "en": "Exports of around 2.8 and imports of around 3.14 billion euros in "
                        "2024",
                        "pl": "Eksport o wartości ok. 2,8 mld euro i import o wartości ok. 3,14 "
                        "mld euro w 2024 r.",
                        "cs": "Vývoz ve výši zhruba 2,8 a dovoz zhruba 3,14 miliardy eur v roce "
                        "2024",
                    },
                },
            ),
            (
                "heading",
                {
                    "de": "Beratung für den Markteinstieg",
                    "en": "Advice on entering the market",
                    "pl": "Doradztwo przy wejściu na rynek",
                    "cs": "Poradenství pro vstup na trh",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "de": "Polen ist für viele sächsische Mittelständler der naheliegendste "
                        "Auslandsmarkt – und trotzdem unterschätzt. Wir helfen beim ersten "
                        "Schritt, von der Marktinformation bis zum Kontakt zum passenden "
                        "Partner.",
                        "en": "For many Saxon SMEs, Poland is the most obvious foreign market – "
                        "and yet it is underestimated. We help with the first step, from market "
                        "information to contact with the right partner.",
                        "pl": "Dla wielu saksońskich firm z sektora MŚP Polska jest najbliższym "
                        "rynkiem zagranicznym – a mimo to wciąż niedocenianym. Pomagamy w "
                        "pierwszym kroku: od informacji rynkowych po kontakt z odpowiednim "
                        "partnerem.",
                        "cs": "Pro mnoho saských středních firem je Polsko nejbližším zahraničním "
                        "trhem – a přesto je podceňováno. Pomáháme s prvním krokem, od informací o "
                        "trhu až po kontakt s vhodným partnerem.",
                    },
                    "speaker": "Katrin Vogelsang",
                    "role": {
                        "de": "Referentin für Mittel- und Osteuropa bei der Glokal "
                        "Wirtschaftsförderung (Demo)",
                        "en": "Desk officer for Central and Eastern Europe at Glokal "
                        "Wirtschaftsförderung (Demo)",
                        "pl": "Referentka ds. Europy Środkowo-Wschodniej w Glokal "
                        "Wirtschaftsförderung (Demo)",
                        "cs": "Referentka pro střední a východní Evropu v Glokal "
                        "Wirtschaftsförderung (Demo)",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "de": "Unternehmen, die in Polen Kunden oder Lieferanten suchen, erhalten bei "
                    "der Glokal Wirtschaftsförderung (Demo) Marktinformationen, Kontaktvermittlung "
                    "und Unterstützung bei Messebeteiligungen. Im Herbst 2025 findet das "
                    "Polnisch-Sächsische Wirtschaftsforum in Wrocław statt.",
                    "en": "Companies looking for customers or suppliers in Poland can obtain "
                    "market information, introductions and support for trade fair participation "
                    "from Glokal Wirtschaftsförderung (Demo). In autumn 2025 the Polish-Saxon "
                    "Economic Forum will take place in Wrocław.",
                    "pl": "Firmy szukające w Polsce klientów lub dostawców otrzymują w Glokal "
                    "Wirtschaftsförderung (Demo) informacje rynkowe, pomoc w nawiązywaniu "
                    "kontaktów i wsparcie przy udziale w targach. Jesienią 2025 r. "
                    "Polsko-Saksońskie Forum Gospodarcze odbędzie się we Wrocławiu.",
                    "cs": "Firmy, které v Polsku hledají zákazníky nebo dodavatele, získají u "
                    "Glokal Wirtschaftsförderung (Demo) informace o trhu, zprostředkování "
                    "kontaktů a podporu při účasti na veletrzích. Na podzim 2025 se Polsko-saské "
                    "hospodářské fórum uskuteční ve Vratislavi.",
                },
            ),
        ],
        topics=("aussenwirtschaft", "wirtschaft"),
        contacts=("katrin.vogelsang", "tomasz.zielinski"),
        links=(TRADE_STATISTICS, ALL_RELEASES),
    ),
    Release(
        key="netzwerk-tool-vorgestellt",
        slug={
            "de": "netzwerk-tool-vorgestellt",
            "en": "network-tool-presented",
            "pl": "zaprezentowano-narzedzie-sieciowe",
            "cs": "predstaven-sitovy-nastroj",
        },
        date=datetime.date(2025, 6, 12),
        title={
            "de": "Digitale Kooperationsplattform für den sächsisch-tschechischen Grenzraum "
            "vorgestellt",
            "en": "Digital cooperation platform for the Saxon-Czech border region presented",
            "pl": "Zaprezentowano cyfrową platformę kooperacyjną dla pogranicza "
            "saksońsko-czeskiego",
            "cs": "Představena digitální kooperační platforma pro sasko-české pohraničí",
        },
        subtitle={
            "de": "Zweiter Workshop im Projekt „Glokalisierung“: Unternehmen testen das "
            "Netzwerk-Tool vor dem Start",
            "en": "Second workshop in the “Glocalisation” project: companies test the network "
            "tool before launch",
            "pl": "Drugi warsztat w projekcie „Glokalizacja”: firmy testują narzędzie sieciowe "
            "przed uruchomieniem",
            "cs": "Druhý workshop projektu „Glokalizace“: firmy testují síťový nástroj před "
            "spuštěním",
        },
        lead={
            "de": "In Ústí nad Labem hat das Projektteam von „Glokalisierung“ das digitale "
            "Netzwerk-Tool vorgestellt. Über die zweisprachige Plattform sollen Firmen, "
            "Forschungseinrichtungen und Wirtschaftsförderer im Grenzraum Angebote "
            "veröffentlichen, Lieferanten finden und Kontakt zu Partnern aufnehmen.",
            "en": "In Ústí nad Labem the “Glocalisation” project team has presented the digital "
            "network tool. Companies, research institutions and economic development agencies "
            "in the border region will be able to use the bilingual platform to publish offers, "
            "find suppliers and get in touch with partners.",
            "pl": "W Uściu nad Łabą zespół projektu „Glokalizacja” zaprezentował cyfrowe "
            "narzędzie sieciowe. Za pośrednictwem dwujęzycznej platformy firmy, instytucje "
            "badawcze i instytucje wspierające gospodarkę z pogranicza będą mogły publikować "
            "oferty, znajdować dostawców i nawiązywać kontakt z partnerami.",
            "cs": "V Ústí nad Labem představil projektový tým „Glokalizace“ digitální síťový "
            "nástroj. Prostřednictvím dvojjazyčné platformy budou moci firmy, výzkumné "
            "instituce a instituce na podporu podnikání v pohraničí zveřejňovat nabídky, hledat "
            "dodavatele a navazovat kontakty s partnery.",
        },
        hero="platform-hero",
        hero_caption={
            "de": "Vorstellung des Netzwerk-Tools in Ústí nad Labem",
            "en": "Presentation of the network tool in Ústí nad Labem",
            "pl": "Prezentacja narzędzia sieciowego w Uściu nad Łabą",
            "cs": "Představení síťového nástroje v Ústí nad Labem",
        },
        body=[
            (
                "paragraph",
                {
                    "de": "Die Plattform bündelt, was sich die Teilnehmenden der bisherigen "
                    "Workshops und Kooperationsbörsen gewünscht haben: Kooperationsangebote und "
                    "-gesuche mit Branche, Region und gesuchtem Partner, eine Suche über beide "
                    "Sprachen sowie eine Anfragefunktion, die Kontakte über die zuständige "
                    "Ansprechperson vermittelt, ohne private Kontaktdaten offenzulegen.",
                    "en": "The platform brings together what participants asked for at the "
                    "previous workshops and cooperation events: cooperation offers and requests "
                    "with sector, region and the partner sought, a search across both languages, "
                    "and an inquiry function that puts people in touch via the responsible "
                    "contact person without disclosing private contact details.",
                    "pl": "Platforma łączy to, czego oczekiwali uczestnicy dotychczasowych "
                    "warsztatów i giełd kooperacyjnych: oferty i zapytania o współpracę z "
                    "informacją o branży, regionie i poszukiwanym partnerze, wyszukiwanie w obu "
                    "językach oraz funkcję zapytań, która pośredniczy w kontaktach przez właściwą "
                    "osobę kontaktową, nie ujawniając prywatnych danych kontaktowych.",
                    "cs": "Platforma spojuje to, co si účastníci dosavadních workshopů a "
                    "kooperačních burz přáli: nabídky a poptávky spolupráce s uvedením oboru, "
                    "regionu a hledaného partnera, vyhledávání v obou jazycích a funkci dotazů, "
                    "která zprostředkuje kontakt přes příslušnou kontaktní osobu, aniž by "
                    "zveřejnila soukromé kontaktní údaje.",
                },
            ),
            (
                "heading",
                {
                    "de": "Praxistest mit Unternehmen",
                    "en": "Field test with companies",
                    "pl": "Test praktyczny z udziałem firm",
                    "cs": "Praktický test s firmami",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Rund 40 Teilnehmende probierten die Plattform an Laptops aus und legten "
                    "erste Profile an. Ihre Rückmeldungen – etwa zu Filtern nach Zertifizierungen "
                    "oder zur Übersetzung von Fachbegriffen – arbeitet das Team bis zum Start im "
                    "Herbst ein.",
                    "en": "Around 40 participants tried out the platform on laptops and created "
                    "their first profiles. The team will incorporate their feedback – on filters "
                    "for certifications or the translation of technical terms, for example – "
                    "before the launch in the autumn.",
                    "pl": "Około 40 uczestników wypróbowało platformę na laptopach i utworzyło "
                    "pierwsze profile. Ich uwagi – na przykład dotyczące filtrów według "
                    "certyfikatów czy tłumaczenia terminów specjalistycznych – zespół uwzględni do "
                    "jesiennego uruchomienia.",
                    "cs": "Zhruba 40 účastníků si platformu vyzkoušelo na noteboocích a založilo "
                    "první profily. Jejich připomínky – například k filtrům podle certifikací nebo "
                    "k překladu odborných termínů – tým zapracuje do spuštění na podzim.",
                },
            ),
            (
                "image",
                {
                    "image": "platform-photo",
                    "caption": {
                        "de": "Teilnehmende legen erste Profile auf der Plattform an",
                        "en": "Participants create the first profiles on the platform",
                        "pl": "Uczestnicy tworzą pierwsze profile na platformie",
                        "cs": "Účastníci zakládají na platformě první profily",
                    },
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "de": "Bisher habe ich Partner in Sachsen vor allem über Messen gefunden. "
                        "Wenn ich künftig gezielt nach Firmen mit bestimmten Fertigungsverfahren "
                        "suchen kann, spart mir das viel Zeit.",
                        "en": "Until now I have found partners in Saxony mainly at trade fairs. "
                        "Being able to search specifically for companies with particular "
                        "manufacturing processes will save me a lot of time.",
                        "pl": "Do tej pory partnerów w Saksonii znajdowałam głównie na targach. "
                        "Jeśli w przyszłości będę mogła celowo wyszukiwać firmy stosujące "
                        "określone technologie produkcji, zaoszczędzę mnóstwo czasu.",
                        "cs": "Dosud jsem partnery v Sasku hledala hlavně na veletrzích. Když "
                        "budu moci cíleně vyhledávat firmy s určitými výrobními technologiemi, "
                        "ušetří mi to spoustu času.",
                    },
                    "speaker": "Lucie Dvořáková",
                    "role": {
                        "de": "Inhaberin eines Ingenieurbüros in Děčín",
                        "en": "Owner of an engineering consultancy in Děčín",
                        "pl": "Właścicielka biura inżynierskiego w Děčínie",
                        "cs": "Majitelka inženýrské kanceláře v Děčíně",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "de": "Nach dem Start wird das Netzwerk-Tool auch den Kammern und "
                    "Wirtschaftsförderern auf beiden Seiten der Grenze im Arbeitsalltag dienen. "
                    "Ein Abschlussworkshop vor Projektende im Juni 2026 soll auswerten, wie die "
                    "Plattform genutzt wird.",
                    "en": "After launch, the network tool will also support chambers and economic "
                    "development agencies on both sides of the border in their daily work. A "
                    "closing workshop before the project ends in June 2026 will evaluate how the "
                    "platform is being used.",
                    "pl": "Po uruchomieniu narzędzie sieciowe będzie służyć w codziennej pracy "
                    "także izbom i instytucjom wspierającym gospodarkę po obu stronach granicy. "
                    "Warsztaty podsumowujące przed zakończeniem projektu w czerwcu 2026 r. pozwolą "
                    "ocenić, jak platforma jest wykorzystywana.",
                    "cs": "Po spuštění bude síťový nástroj sloužit při každodenní práci také "
                    "komorám a institucím na podporu podnikání na obou stranách hranice. Závěrečný "
                    "workshop před koncem projektu v červnu 2026 vyhodnotí, jak je platforma "
                    "využívána.",
                },
            ),
        ],
        topics=("digitalisierung", "innovation", "grenzregion-interreg"),
        contacts=("petra.novakova", "jonas.brenner"),
        links=(
            "auftakt-glokalisierung-karlovy-vary",
            "kooperationsboerse-chemnitz",
            PROJECT_PAGE,
        ),
    ),
    Release(
        key="wirtschaftsforum-wroclaw-medizin-der-zukunft",
        slug={
            "de": "wirtschaftsforum-wroclaw-medizin-der-zukunft",
            "en": "economic-forum-wroclaw-medicine-of-the-future",
            "pl": "forum-gospodarcze-wroclaw-medycyna-przyszlosci",
            "cs": "hospodarske-forum-vratislav-medicina-budoucnosti",
        },
        date=datetime.date(2025, 10, 23),
        title={
            "de": "Sachsen und Niederschlesien wollen in den Life Sciences enger kooperieren",
            "en": "Saxony and Lower Silesia aim for closer cooperation in the life sciences",
            "pl": "Saksonia i Dolny Śląsk chcą ściślej współpracować w naukach o życiu",
            "cs": "Sasko a Dolní Slezsko chtějí úžeji spolupracovat ve vědách o živé přírodě",
        },
        subtitle={
            "de": "16. Polnisch-Sächsisches Wirtschaftsforum „Medizin der Zukunft“ in Wrocław – "
            "neue Repräsentanz in Polen unterzeichnet",
            "en": "16th Polish-Saxon Economic Forum “Medicine of the Future” in Wrocław – new "
            "representative in Poland signed",
            "pl": "16. Polsko-Saksońskie Forum Gospodarcze „Medycyna przyszłości” we Wrocławiu – "
            "podpisano umowę z nowym przedstawicielem w Polsce",
            "cs": "16. polsko-saské hospodářské fórum „Medicína budoucnosti“ ve Vratislavi – "
            "podepsána smlouva s novým zastoupením v Polsku",
        },
        lead={
            "de": "Rund 100 Gäste haben am 21. und 22. Oktober 2025 beim 16. "
            "Polnisch-Sächsischen Wirtschaftsforum in Wrocław über die Medizin der Zukunft "
            "diskutiert. Aus Sachsen reisten etwa 25 Unternehmen und Einrichtungen der "
            "Life-Sciences-Branche an, um Partner in Niederschlesien zu finden.",
            "en": "Around 100 guests discussed the medicine of the future at the 16th "
            "Polish-Saxon Economic Forum in Wrocław on 21 and 22 October 2025. Some 25 "
            "life-sciences companies and institutions travelled from Saxony to find partners in "
            "Lower Silesia.",
            "pl": "Około 100 gości rozmawiało 21 i 22 października 2025 r. o medycynie przyszłości "
            "podczas 16. Polsko-Saksońskiego Forum Gospodarczego we Wrocławiu. Z Saksonii "
            "przyjechało około 25 firm i instytucji z sektora nauk o życiu, aby znaleźć "
            "partnerów na Dolnym Śląsku.",
            "cs": "Zhruba 100 hostů diskutovalo 21. a 22. října 2025 na 16. polsko-saském "
            "hospodářském fóru ve Vratislavi o medicíně budoucnosti. Ze Saska přijelo kolem 25 "
            "firem a institucí z oboru věd o živé přírodě, aby v Dolním Slezsku našly partnery.",
        },
        hero="forum-hero",
        hero_caption={
            "de": "16. Polnisch-Sächsisches Wirtschaftsforum „Medizin der Zukunft“ in Wrocław",
            "en": "16th Polish-Saxon Economic Forum “Medicine of the Future” in Wrocław",
            "pl": "16. Polsko-Saksońskie Forum Gospodarcze „Medycyna przyszłości” we Wrocławiu",
            "cs": "16. polsko-saské hospodářské fórum „Medicína budoucnosti“ ve Vratislavi",
        },
        body=[
            (
                "paragraph",
                {
                    "de": "Ein Höhepunkt des Programms war der Besuch im Life Sciences & "
                    "Biotechnology Center des Forschungsinstituts PORT Łukasiewicz. In den "
                    "Laboren erhielten die Gäste Einblicke in neue Verfahren der Diagnostik und "
                    "Therapie in Neurobiologie und Onkologie sowie in Entwicklungen der "
                    "digitalen Gesundheitsversorgung.",
                    "en": "A highlight of the programme was the visit to the Life Sciences & "
                    "Biotechnology Center of the PORT Łukasiewicz research institute. In the "
                    "laboratories, guests gained insights into new diagnostic and treatment "
                    "methods in neurobiology and oncology as well as developments in digital "
                    "healthcare.",
                    "pl": "Jednym z najważniejszych punktów programu była wizyta w Life Sciences "
                    "& Biotechnology Center instytutu badawczego PORT Łukasiewicz. W "
                    "laboratoriach goście zapoznali się z nowymi metodami diagnostyki i terapii "
                    "w neurobiologii i onkologii oraz z rozwojem cyfrowej opieki zdrowotnej.",
                    "cs": "Vrcholem programu byla návštěva Life Sciences & Biotechnology Center "
                    "výzkumného ústavu PORT Łukasiewicz. V laboratořích se hosté seznámili s "
                    "novými diagnostickými a léčebnými postupy v neurobiologii a onkologii i s "
                    "vývojem digitální zdravotní péče.",
                },
            ),
            (
                "image",
                {
                    "image": "forum-photo",
                    "caption": {
                        "de": "Besuch im Life Sciences & Biotechnology Center des "
                        "Forschungsinstituts PORT Łukasiewicz",
                        "en": "Visit to the Life Sciences & Biotechnology Center of the PORT "
                        "Łukasiewicz research institute",
                        "pl": "Wizyta w Life Sciences & Biotechnology Center instytutu badawczego "
                        "PORT Łukasiewicz",
                        "cs": "Návštěva Life Sciences & Biotechnology Center výzkumného ústavu "
                        "PORT Łukasiewicz",
                    },
                },
            ),
            (
                "heading",
                {
                    "de": "Künstliche Intelligenz in der Klinik",
                    "en": "Artificial intelligence in the clinic",
                    "pl": "Sztuczna inteligencja w klinice",
                    "cs": "Umělá inteligence na klinice",
                },
            ),
            (
                "paragraph",
                {
                    "de": "In Podiumsrunden und Vorträgen ging es um den verantwortungsvollen "
                    "Einsatz künstlicher Intelligenz in Diagnose und Behandlung, um den Schutz von "
                    "Patientendaten und um die Frage, wie ärztliche Erfahrung und neue Technik gut "
                    "zusammenspielen. Die Fachleute aus beiden Ländern sprachen sich für eine "
                    "engere europäische Zusammenarbeit aus.",
                    "en": "Panels and talks addressed the responsible use of artificial "
                    "intelligence in diagnosis and treatment, the protection of patient data and "
                    "how medical experience and new technology can work well together. The experts "
                    "from both countries called for closer European cooperation.",
                    "pl": "Podczas paneli dyskusyjnych i wykładów rozmawiano o odpowiedzialnym "
                    "wykorzystaniu sztucznej inteligencji w diagnostyce i leczeniu, o ochronie "
                    "danych pacjentów oraz o tym, jak dobrze połączyć doświadczenie lekarzy z "
                    "nowymi technologiami. Eksperci z obu krajów opowiedzieli się za ściślejszą "
                    "współpracą europejską.",
                    "cs": "V panelových diskusích a přednáškách se hovořilo o odpovědném "
                    "využívání umělé inteligence v diagnostice a léčbě, o ochraně údajů pacientů "
                    "a o tom, jak dobře skloubit lékařské zkušenosti s novými technologiemi. "
                    "Odborníci z obou zemí se vyslovili pro užší evropskou spolupráci.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "de": "Niederschlesien hat sich zu einem der spannendsten Medizinstandorte "
                        "Mitteleuropas entwickelt, gerade bei Diagnostik, Medizinprodukten und "
                        "digitaler Gesundheit. Für sächsische Unternehmen und Institute liegen die "
                        "Partner buchstäblich vor der Haustür.",
                        "en": "Lower Silesia has become one of the most exciting medical locations "
                        "in Central Europe, particularly in diagnostics, medical devices and "
                        "digital health. For Saxon companies and institutes, the partners are "
                        "literally on their doorstep.",
                        "pl": "Dolny Śląsk stał się jednym z najciekawszych ośrodków medycznych "
                        "w Europie Środkowej, zwłaszcza w diagnostyce, wyrobach medycznych i "
                        "cyfrowej opiece zdrowotnej. Dla saksońskich firm i instytutów partnerzy "
                        "są dosłownie na wyciągnięcie ręki.",
                        "cs": "Dolní Slezsko se stalo jedním z nejzajímavějších lékařských center "
                        "střední Evropy, zejména v diagnostice, zdravotnických prostředcích a "
                        "digitálním zdravotnictví. Pro saské firmy a instituty jsou partneři "
                        "doslova za humny.",
                    },
                    "speaker": REINHOLZ,
                    "role": REINHOLZ_ROLE,
                },
            ),
            (
                "heading",
                {
                    "de": "Neue Repräsentanz in Polen",
                    "en": "New representative in Poland",
                    "pl": "Nowe przedstawicielstwo w Polsce",
                    "cs": "Nové zastoupení v Polsku",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Am Rande des Forums unterzeichnete die Glokal Wirtschaftsförderung "
                    "(Demo) den Vertrag mit ihrer neuen Repräsentanz in Polen: Ab November "
                    "vertritt die Deutsch-Polnische Industrie- und Handelskammer (AHK Polen) mit "
                    "einem Büro in Wrocław die Interessen sächsischer Unternehmen. Sie "
                    "informiert über Exportchancen, vermittelt Kontakte, betreut Delegationen "
                    "und organisiert Fachveranstaltungen vor Ort.",
                    "en": "On the fringes of the forum, Glokal Wirtschaftsförderung (Demo) signed "
                    "the contract with its new representative in Poland: from November, the "
                    "Polish-German Chamber of Industry and Commerce (AHK Polen), with an office in "
                    "Wrocław, will represent the interests of Saxon companies. It provides "
                    "information on export opportunities, arranges contacts, looks after "
                    "delegations and organises specialist events locally.",
                    "pl": "Przy okazji forum Glokal Wirtschaftsförderung (Demo) podpisała umowę "
                    "ze swoim nowym przedstawicielem w Polsce: od listopada interesy saksońskich "
                    "firm będzie reprezentować Polsko-Niemiecka Izba Przemysłowo-Handlowa (AHK "
                    "Polska) z biurem we Wrocławiu. Izba informuje o możliwościach eksportowych, "
                    "pośredniczy w kontaktach, opiekuje się delegacjami i organizuje na miejscu "
                    "wydarzenia branżowe.",
                    "cs": "Na okraj fóra podepsala Glokal Wirtschaftsförderung (Demo) smlouvu se "
                    "svým novým zastoupením v Polsku: od listopadu bude zájmy saských firem "
                    "zastupovat Polsko-německá obchodní a průmyslová komora (AHK Polsko) s "
                    "kanceláří ve Vratislavi. Komora informuje o exportních příležitostech, "
                    "zprostředkovává kontakty, pečuje o delegace a pořádá na místě odborné akce.",
                },
            ),
            (
                "paragraph",
                {
                    "de": "Das Forum wird von den Partnerregionen Sachsen und Niederschlesien "
                    "regelmäßig gemeinsam ausgerichtet und soll vor allem kleine und mittlere "
                    "Unternehmen beider Seiten zusammenbringen.",
                    "en": "The forum is organised jointly and regularly by the partner regions "
                    "of Saxony and Lower Silesia and is intended above all to bring together "
                    "small and medium-sized enterprises from both sides.",
                    "pl": "Forum jest regularnie organizowane wspólnie przez regiony partnerskie "
                    "Saksonię i Dolny Śląsk i ma przede wszystkim łączyć małe i średnie "
                    "przedsiębiorstwa z obu stron granicy.",
                    "cs": "Fórum pravidelně společně pořádají partnerské regiony Sasko a Dolní "
                    "Slezsko a má především propojovat malé a střední podniky z obou stran "
                    "hranice.",
                },
            ),
        ],
        topics=("life-sciences", "aussenwirtschaft", "veranstaltung", "innovation"),
        contacts=("miriam.albrecht", "tomasz.zielinski"),
        links=("polen-top-5-markt-sachsen", FORUM_PROGRAMME, ALL_RELEASES),
    ),
]

RELEASES_BY_KEY = {release.key: release for release in RELEASES}


def load(ctx: DemoContext):
    ctx.pages["press"] = press_room = sync_page(
        ctx,
        ctx.home,
        PressReleaseIndexPage,
        slug=ctx.slug(PRESS_ROOM["slug"]),
        title=ctx.text(PRESS_ROOM["title"]),
        intro=ctx.text(PRESS_ROOM["intro"]),
        search_description=ctx.text(PRESS_ROOM["search_description"]),
        show_in_menus=True,
    )
    ctx.report("Press rooms", 1)
    ensure_images(ctx, IMAGES)
    for release in RELEASES:
        ctx.pages[release.key] = sync_release(ctx, press_room, release)
    ctx.report("Press releases", len(RELEASES))


def sync_release(ctx: DemoContext, press_room, release: Release):
    key = f"press/{release.key}"
    hero_caption = ctx.text(release.hero_caption)
    return sync_page(
        ctx,
        press_room,
        PressReleasePage,
        slug=ctx.slug(release.slug),
        title=ctx.text(release.title),
        subtitle=ctx.text(release.subtitle),
        date=release.date,
        lead=ctx.text(release.lead),
        hero_image=ctx.images[release.hero],
        hero_caption=hero_caption,
        body=stream(ctx, f"{key}/body", release.body),
        media=stream(
            ctx,
            f"{key}/media",
            [("image", {"image": release.hero, "caption": release.hero_caption})],
        ),
        related_links=stream(ctx, f"{key}/links", [("link", link) for link in _links(release)]),
        children={
            "topic_links": [PressReleaseTopic(topic=ctx.topics[slug]) for slug in release.topics],
            "contact_links": [
                PressReleaseContact(contact=ctx.contacts[person]) for person in release.contacts
            ],
        },
    )


def _links(release: Release):
    """Related links as stream values; a bare key links to that earlier release by its title."""
    for link in release.links:
        if isinstance(link, str):
            yield {"title": RELEASES_BY_KEY[link].title, "page": link}
        else:
            yield link
