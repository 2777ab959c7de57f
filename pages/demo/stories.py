"""Success stories' demo content: the story index and four stories in four languages.

Each story grows out of demo events and offers and links back to them (looked up by their keys in
`ctx.pages`, so offers.py and events.py must have run): a Dresden medical technology company and
a Wrocław research centre who met at the 2025 Polish-Saxon Economic Forum, a supplier chain
between Liberec and Chemnitz from the Chemnitz cooperation exchange, a Liberec IT security firm
and a Dresden IT service company who found each other through the network tool, and a heat
exchanger from the Karlovy Vary Region improved with a Dresden research institute.

The companies, institutes, people and quotations are invented, like everything in the demo.
The companies named here are the ones behind some of the demo offers; a story is published with
their consent, while the offer pages themselves never show who is behind them.

Translated stories keep pointing at the German offers and events in `related_pages`: wagtail-
localize synchronises page choosers inside StreamFields instead of translating them, so the story
page looks up the visitor's language version of each linked page when it renders.
"""

import html
from dataclasses import dataclass

from pages.stories.models import StoryParticipant, SuccessStoryIndexPage, SuccessStoryPage

from .images import ImageSpec, ensure_images
from .streams import block_id, stream
from .sync import sync_page
from .texts import Text, same

INDEX = {
    "title": {
        "de": "Erfolgsgeschichten",
        "en": "Success stories",
        "pl": "Historie sukcesu",
        "cs": "Příběhy úspěchu",
    },
    "slug": {
        "de": "erfolgsgeschichten",
        "en": "success-stories",
        "pl": "historie-sukcesu",
        "cs": "pribehy-uspechu",
    },
    "intro": {
        "de": "Was aus Kontakten über die Grenze geworden ist: Unternehmen und "
        "Forschungseinrichtungen erzählen, wie sie zusammengefunden haben und was ihre "
        "Zusammenarbeit gebracht hat.",
        "en": "What contacts across the border have led to: companies and research institutions "
        "tell how they found each other and what their cooperation has achieved.",
        "pl": "Co wynikło z kontaktów ponad granicą: firmy i instytucje badawcze opowiadają, jak "
        "się odnalazły i co przyniosła im współpraca.",
        "cs": "Co vzešlo z kontaktů přes hranici: firmy a výzkumné instituce vyprávějí, jak se "
        "našly a co jim spolupráce přinesla.",
    },
    # Shown under the index's entry on the home page.
    "search_description": {
        "de": "Wie Firmen aus Sachsen, Polen und Tschechien über die Grenze zusammenarbeiten",
        "en": "How companies from Saxony, Poland and Czechia work together across the border",
        "pl": "Jak firmy z Saksonii, Polski i Czech współpracują ponad granicą",
        "cs": "Jak firmy ze Saska, Polska a Česka spolupracují přes hranici",
    },
}


@dataclass(frozen=True)
class Participant:
    name: str | Text
    country: str
    region: str  # a demo region slug
    is_research: bool = False


@dataclass(frozen=True, kw_only=True)
class Story:
    key: str  # stable: block ids and ctx.pages["stories/<key>"]
    slug: Text
    title: Text
    summary: Text
    sector: str
    year: int
    participants: tuple[Participant, ...]
    challenge: tuple[Text, ...]  # paragraphs of rich text
    approach: tuple[Text, ...]
    result: tuple[Text, ...]
    quote: Text
    speaker: str
    role: Text
    image: ImageSpec
    gallery: tuple[tuple[ImageSpec, Text], ...]  # (image, caption)
    contact: str
    related: tuple[str, ...]  # ctx.pages keys of demo offers and events

    @property
    def images(self):
        return [self.image, *(spec for spec, _caption in self.gallery)]


def _image(key, title, label, colours):
    return ImageSpec(
        key=f"story-{key}", title=f"Erfolgsgeschichte: {title} (Demo)", label=label, colours=colours
    )


STORIES = [
    Story(
        key="wundkamera-wroclaw",
        slug={
            "de": "wundkamera-dresden-studie-wroclaw",
            "en": "wound-camera-dresden-study-wroclaw",
            "pl": "kamera-do-ran-drezno-badanie-wroclaw",
            "cs": "kamera-na-rany-drazdany-studie-vratislav",
        },
        title={
            "de": "Wundkamera aus Dresden, klinische Studie in Wrocław",
            "en": "A wound camera from Dresden, a clinical study in Wrocław",
            "pl": "Kamera do ran z Drezna, badanie kliniczne we Wrocławiu",
            "cs": "Kamera na rány z Drážďan, klinická studie ve Vratislavi",
        },
        summary={
            "de": "Beim Polnisch-Sächsischen Wirtschaftsforum 2025 lernte ein Dresdner "
            "Medizintechnikunternehmen ein Wrocławer Forschungszentrum kennen. Ein halbes Jahr "
            "später lief die erste gemeinsame Studie mit Patientinnen und Patienten.",
            "en": "At the 2025 Polish-Saxon Economic Forum, a Dresden medical technology company "
            "met a Wrocław research centre. Six months later, their first joint study with "
            "patients was under way.",
            "pl": "Podczas Polsko-Saksońskiego Forum Gospodarczego w 2025 roku drezdeńska firma z "
            "branży techniki medycznej poznała wrocławskie centrum badawcze. Pół roku później "
            "ruszyło pierwsze wspólne badanie z udziałem pacjentów.",
            "cs": "Na polsko-saském hospodářském fóru v roce 2025 se drážďanská firma ze "
            "zdravotnické techniky seznámila s vratislavským výzkumným centrem. O půl roku později "
            "běžela první společná studie s pacienty.",
        },
        sector="life-sciences",
        year=2026,
        participants=(
            Participant("Wundlicht Medizintechnik GmbH", "DE", "dresden"),
            Participant(
                "Wrocławskie Centrum Medycyny Cyfrowej", "PL", "dolnoslaskie", is_research=True
            ),
        ),
        challenge=(
            {
                "de": "Die Handkamera der Dresdner Firma vermisst chronische Wunden "
                "dreidimensional. Für die Zulassung als Medizinprodukt einer höheren Klasse "
                "fehlten klinische Daten – und in Sachsen fand das Unternehmen keine Klinik, die "
                "kurzfristig eine Studie mit genügend Patientinnen und Patienten aufsetzen konnte.",
                "en": "The Dresden company's handheld camera measures chronic wounds in three "
                "dimensions. For approval as a higher-class medical device, it lacked clinical "
                "data – and in Saxony the company could not find a hospital able to set up a study "
                "with enough patients at short notice.",
                "pl": "Ręczna kamera drezdeńskiej firmy mierzy rany przewlekłe w trzech wymiarach. "
                "Do dopuszczenia jako wyrób medyczny wyższej klasy brakowało danych klinicznych – "
                "a w Saksonii firma nie znalazła kliniki, która mogłaby w krótkim czasie "
                "przygotować badanie z udziałem wystarczającej liczby pacjentów.",
                "cs": "Ruční kamera drážďanské firmy měří chronické rány ve třech rozměrech. Pro "
                "schválení jako zdravotnický prostředek vyšší třídy chyběla klinická data – a v "
                "Sasku firma nenašla kliniku, která by dokázala v krátké době připravit studii s "
                "dostatečným počtem pacientů.",
            },
        ),
        approach=(
            {
                "de": "Am Rande des Forums in Wrocław kam die Geschäftsführerin mit dem "
                "Forschungszentrum ins Gespräch, das mit einem Netz von Pflegediensten in "
                "Niederschlesien zusammenarbeitet. Die Glokal Wirtschaftsförderung (Demo) "
                "vermittelte ein Folgetreffen in Dresden und half bei der Vertragsgestaltung.",
                "en": "On the sidelines of the forum in Wrocław, the managing director got talking "
                "to the research centre, which works with a network of home-care services in Lower "
                "Silesia. Glokal Wirtschaftsförderung (Demo) arranged a follow-up meeting in "
                "Dresden and helped with the contract.",
                "pl": "Na marginesie forum we Wrocławiu prezes firmy rozmawiała z "
                "przedstawicielami centrum badawczego, które współpracuje z siecią służb opieki "
                "domowej na Dolnym Śląsku. Glokal Wirtschaftsförderung (Demo) zorganizowała "
                "kolejne spotkanie w Dreźnie i pomogła przy przygotowaniu umowy.",
                "cs": "Na okraj fóra ve Vratislavi se jednatelka firmy dala do řeči s výzkumným "
                "centrem, které spolupracuje se sítí služeb domácí péče na Dolním Slezsku. Glokal "
                "Wirtschaftsförderung (Demo) zprostředkovala navazující schůzku v Drážďanech a "
                "pomohla se smlouvou.",
            },
            {
                "de": "Die Partner beantragten die Studie gemeinsam; eine Ethikkommission in "
                "Wrocław genehmigte sie im März 2026.",
                "en": "The partners applied for the study together; an ethics committee in Wrocław "
                "approved it in March 2026.",
                "pl": "Partnerzy wspólnie złożyli wniosek o badanie, które komisja bioetyczna we "
                "Wrocławiu zatwierdziła w marcu 2026 roku.",
                "cs": "Partneři o studii požádali společně; etická komise ve Vratislavi ji "
                "schválila v březnu 2026.",
            },
        ),
        result=(
            {
                "de": "Seit Mai 2026 dokumentieren sechs Pflegedienste die Wunden von 180 "
                "Patientinnen und Patienten mit der Kamera. Die Zwischenauswertung zeigt, dass die "
                "Messungen genauer sind als das Ausmessen mit dem Lineal – und dass Pflegekräfte "
                "pro Verbandswechsel rund vier Minuten sparen.",
                "en": "Since May 2026, six home-care services have been documenting the wounds of "
                "180 patients with the camera. The interim evaluation shows that the measurements "
                "are more accurate than measuring with a ruler – and that nurses save around four "
                "minutes per dressing change.",
                "pl": "Od maja 2026 roku sześć służb opieki domowej dokumentuje kamerą rany 180 "
                "pacjentów. Wstępna analiza pokazuje, że pomiary są dokładniejsze niż mierzenie "
                "linijką, a pielęgniarki oszczędzają około czterech minut przy każdej zmianie "
                "opatrunku.",
                "cs": "Od května 2026 dokumentuje šest služeb domácí péče kamerou rány 180 "
                "pacientů. Průběžné vyhodnocení ukazuje, že měření je přesnější než měření "
                "pravítkem – a že sestry ušetří při každé výměně obvazu zhruba čtyři minuty.",
            },
            {
                "de": "Als Nächstes wollen die Partner die Gewebeerkennung automatisieren und ein "
                "größeres europäisches Projekt beantragen; für beides suchen sie über die "
                "Kooperationsbörse weitere Partner.",
                "en": "Next, the partners want to automate tissue recognition and apply for a "
                "larger European project; for both, they are looking for further partners through "
                "the cooperation exchange.",
                "pl": "W kolejnym kroku partnerzy chcą zautomatyzować rozpoznawanie tkanek i "
                "złożyć wniosek o większy projekt europejski; do obu zadań szukają kolejnych "
                "partnerów przez giełdę kooperacyjną.",
                "cs": "Dále chtějí partneři automatizovat rozpoznávání tkáně a podat žádost o "
                "větší evropský projekt; pro obojí hledají další partnery přes kooperační burzu.",
            },
        ),
        quote={
            "de": "Wir hatten mit einer Zusammenarbeit in zwei, drei Jahren gerechnet. Dass es "
            "nach einem Abend in Wrocław so schnell ging, lag daran, dass beide Seiten genau "
            "wussten, was sie wollten.",
            "en": "We had expected to be working together in two or three years. That it happened "
            "so quickly after one evening in Wrocław was because both sides knew exactly what they "
            "wanted.",
            "pl": "Spodziewaliśmy się współpracy za dwa, trzy lata. To, że po jednym wieczorze we "
            "Wrocławiu wszystko potoczyło się tak szybko, zawdzięczamy temu, że obie strony "
            "dokładnie wiedziały, czego chcą.",
            "cs": "Se spoluprací jsme počítali za dva tři roky. Že to po jednom večeru ve "
            "Vratislavi šlo tak rychle, bylo tím, že obě strany přesně věděly, co chtějí.",
        },
        speaker="Dr. Henrike Wendler",
        role={
            "de": "Geschäftsführerin, Wundlicht Medizintechnik GmbH",
            "en": "Managing Director, Wundlicht Medizintechnik GmbH",
            "pl": "prezes zarządu, Wundlicht Medizintechnik GmbH",
            "cs": "jednatelka, Wundlicht Medizintechnik GmbH",
        },
        image=_image(
            "wundkamera", "Wundkamera Dresden–Wrocław", "Dresden · Wrocław", ("#9d0208", "#f48c06")
        ),
        gallery=(
            (
                _image(
                    "wundkamera-studie",
                    "Studie in der häuslichen Pflege",
                    "Studie · Pflege",
                    ("#6a040f", "#ffba08"),
                ),
                {
                    "de": "Eine Pflegekraft vermisst eine Wunde mit der Handkamera (gestellte "
                    "Szene).",
                    "en": "A nurse measures a wound with the handheld camera (posed scene).",
                    "pl": "Pielęgniarka mierzy ranę ręczną kamerą (scena pozowana).",
                    "cs": "Sestra měří ránu ruční kamerou (inscenovaný záběr).",
                },
            ),
        ),
        contact="miriam.albrecht",
        related=(
            "events/wirtschaftsforum-wroclaw-2025",
            "offers/bildanalyse-chronische-wunden",
            "offers/telemonitoring-haeusliche-pflege",
        ),
    ),
    Story(
        key="zulieferkette-liberec-chemnitz",
        slug={
            "de": "kunststoffteile-liberec-elektroantriebe-chemnitz",
            "en": "plastic-parts-liberec-electric-drives-chemnitz",
            "pl": "czesci-z-tworzyw-liberec-napedy-chemnitz",
            "cs": "plastove-dily-liberec-elektricke-pohony-chemnitz",
        },
        title={
            "de": "Kunststoffteile aus Liberec für Elektroantriebe aus Chemnitz",
            "en": "Plastic parts from Liberec for electric drives from Chemnitz",
            "pl": "Części z tworzyw z Liberca do napędów elektrycznych z Chemnitz",
            "cs": "Plastové díly z Liberce pro elektrické pohony z Chemnitz",
        },
        summary={
            "de": "Ein Chemnitzer Antriebshersteller brauchte schnell einen neuen Lieferanten für "
            "Kunststoffabdeckungen. Bei der Kooperationsbörse in Chemnitz fand er ihn zwei "
            "Autostunden entfernt in Liberec.",
            "en": "A Chemnitz drive manufacturer urgently needed a new supplier of plastic covers. "
            "At the Chemnitz cooperation exchange, it found one two hours' drive away in Liberec.",
            "pl": "Producent napędów z Chemnitz pilnie potrzebował nowego dostawcy plastikowych "
            "osłon. Na giełdzie kooperacyjnej w Chemnitz znalazł go w Libercu, dwie godziny jazdy "
            "samochodem od siebie.",
            "cs": "Výrobce pohonů z Chemnitz naléhavě potřeboval nového dodavatele plastových "
            "krytů. Na kooperační burze v Chemnitz ho našel v Liberci, dvě hodiny jízdy autem.",
        },
        sector="automotive",
        year=2025,
        participants=(
            Participant("Zschopautal Antriebstechnik GmbH", "DE", "chemnitz"),
            Participant("Lisovna Rašovka s.r.o.", "CZ", "liberecky-kraj"),
        ),
        challenge=(
            {
                "de": "Anfang 2025 meldete der bisherige Lieferant der Chemnitzer Firma Insolvenz "
                "an. Betroffen waren elf Kunststoffteile für Motorabdeckungen und Steckergehäuse, "
                "die in Antriebe für elektrische Transporter eingebaut werden – ohne sie hätte die "
                "Montage nach acht Wochen stillgestanden.",
                "en": "In early 2025, the Chemnitz company's previous supplier filed for "
                "insolvency. Eleven plastic parts for motor covers and connector housings used in "
                "drives for electric vans were affected – without them, assembly would have come "
                "to a standstill after eight weeks.",
                "pl": "Na początku 2025 roku dotychczasowy dostawca firmy z Chemnitz ogłosił "
                "niewypłacalność. Dotyczyło to jedenastu części z tworzyw do osłon silników i "
                "obudów złączy, montowanych w napędach elektrycznych samochodów dostawczych – bez "
                "nich montaż stanąłby po ośmiu tygodniach.",
                "cs": "Začátkem roku 2025 podal dosavadní dodavatel firmy z Chemnitz insolvenční "
                "návrh. Šlo o jedenáct plastových dílů pro kryty motorů a pouzdra konektorů, které "
                "se montují do pohonů elektrických dodávek – bez nich by se montáž po osmi týdnech "
                "zastavila.",
            },
        ),
        approach=(
            {
                "de": "Für die Kooperationsbörse in Chemnitz im März 2025 hatte das Projektteam "
                "ein Einzelgespräch mit dem Kunststoffverarbeiter aus Liberec vereinbart, der "
                "freie Kapazitäten gemeldet hatte. Die Werkzeuge wurden aus der Insolvenzmasse "
                "gekauft und nach Liberec gebracht.",
                "en": "For the Chemnitz cooperation exchange in March 2025, the project team had "
                "arranged a one-to-one meeting with the plastics processor from Liberec, which had "
                "reported free capacity. The tools were bought from the insolvency estate and "
                "moved to Liberec.",
                "pl": "Na giełdę kooperacyjną w Chemnitz w marcu 2025 roku zespół projektu umówił "
                "indywidualną rozmowę z przetwórcą tworzyw z Liberca, który zgłosił wolne moce. "
                "Formy odkupiono z masy upadłościowej i przewieziono do Liberca.",
                "cs": "Na kooperační burzu v Chemnitz v březnu 2025 domluvil projektový tým "
                "individuální jednání se zpracovatelem plastů z Liberce, který nahlásil volné "
                "kapacity. Nástroje byly odkoupeny z insolvenční podstaty a převezeny do Liberce.",
            },
            {
                "de": "Die Glokal Wirtschaftsförderung (Demo) vermittelte ein Prüflabor für die "
                "Erstmuster und einen Dolmetscher für das Lieferantenaudit.",
                "en": "Glokal Wirtschaftsförderung (Demo) found a testing laboratory for the "
                "initial samples and an interpreter for the supplier audit.",
                "pl": "Glokal Wirtschaftsförderung (Demo) znalazła laboratorium do badania "
                "pierwszych próbek i tłumacza na audyt dostawcy.",
                "cs": "Glokal Wirtschaftsförderung (Demo) zprostředkovala zkušební laboratoř pro "
                "první vzorky a tlumočníka pro audit dodavatele.",
            },
        ),
        result=(
            {
                "de": "Sieben Wochen nach dem ersten Gespräch waren die Erstmuster freigegeben; "
                "die Montage in Chemnitz lief ohne Unterbrechung weiter. Inzwischen liefert das "
                "Werk bei Liberec 26 verschiedene Teile im Wochentakt, und beide Firmen entwickeln "
                "gemeinsam ein leichteres Gehäuse für die nächste Antriebsgeneration.",
                "en": "Seven weeks after the first meeting, the initial samples were approved, and "
                "assembly in Chemnitz continued without interruption. The plant near Liberec now "
                "supplies 26 different parts in weekly deliveries, and the two companies are "
                "jointly developing a lighter housing for the next generation of drives.",
                "pl": "Siedem tygodni po pierwszej rozmowie pierwsze próbki zostały zatwierdzone, "
                "a montaż w Chemnitz trwał bez przerwy. Obecnie zakład spod Liberca co tydzień "
                "dostarcza 26 różnych części, a obie firmy wspólnie opracowują lżejszą obudowę dla "
                "następnej generacji napędów.",
                "cs": "Sedm týdnů po prvním jednání byly první vzorky schváleny a montáž v "
                "Chemnitz pokračovala bez přerušení. Dnes závod u Liberce dodává 26 různých dílů v "
                "týdenních dodávkách a obě firmy společně vyvíjejí lehčí pouzdro pro další "
                "generaci pohonů.",
            },
        ),
        quote={
            "de": "Ohne das vorbereitete Gespräch in Chemnitz hätten wir monatelang gesucht. So "
            "saßen wir am selben Nachmittag schon über den Zeichnungen.",
            "en": "Without the prepared meeting in Chemnitz, we would have been searching for "
            "months. As it was, we were already poring over the drawings that same afternoon.",
            "pl": "Bez przygotowanej rozmowy w Chemnitz szukalibyśmy miesiącami. A tak już tego "
            "samego popołudnia siedzieliśmy nad rysunkami.",
            "cs": "Bez připraveného jednání v Chemnitz bychom hledali měsíce. Takhle jsme už téhož "
            "odpoledne seděli nad výkresy.",
        },
        speaker="Uwe Frenzel",
        role={
            "de": "Leiter Einkauf, Zschopautal Antriebstechnik GmbH",
            "en": "Head of Purchasing, Zschopautal Antriebstechnik GmbH",
            "pl": "kierownik działu zakupów, Zschopautal Antriebstechnik GmbH",
            "cs": "vedoucí nákupu, Zschopautal Antriebstechnik GmbH",
        },
        image=_image(
            "zulieferkette",
            "Zulieferkette Liberec–Chemnitz",
            "Liberec · Chemnitz",
            ("#3a0ca3", "#f72585"),
        ),
        gallery=(
            (
                _image(
                    "zulieferkette-werkzeug",
                    "Spritzgießwerkzeug in Liberec",
                    "Werkzeug · Erstmuster",
                    ("#240046", "#ff9e00"),
                ),
                {
                    "de": "Eines der übernommenen Werkzeuge bei der Erstbemusterung in Liberec.",
                    "en": "One of the transferred tools during initial sampling in Liberec.",
                    "pl": "Jedna z przejętych form podczas pierwszego opróbowania w Libercu.",
                    "cs": "Jeden z převzatých nástrojů při prvním vzorkování v Liberci.",
                },
            ),
        ),
        contact="petra.novakova",
        related=(
            "events/kooperationsboerse-chemnitz",
            "offers/spritzgussteile-liberec",
            "offers/zweitlieferant-aluminium-druckguss",
        ),
    ),
    Story(
        key="it-sicherheit-liberec-dresden",
        slug={
            "de": "it-sicherheit-liberec-dresden",
            "en": "it-security-liberec-dresden",
            "pl": "bezpieczenstwo-it-liberec-drezno",
            "cs": "bezpecnost-it-liberec-drazdany",
        },
        title={
            "de": "IT-Sicherheit im Doppelpack: Liberec und Dresden",
            "en": "IT security as a double act: Liberec and Dresden",
            "pl": "Bezpieczeństwo IT w duecie: Liberec i Drezno",
            "cs": "Bezpečnost IT ve dvojici: Liberec a Drážďany",
        },
        summary={
            "de": "Über das Netzwerk-Tool des Projekts „Glokalisierung“ fand ein "
            "IT-Sicherheitsdienstleister aus Liberec ein Dresdner Systemhaus. Gemeinsam bereiten "
            "sie heute Mittelständler auf beiden Seiten der Grenze auf die NIS2-Richtlinie vor.",
            "en": "Through the network tool of the “Glocalisation” project, an IT security "
            "provider from Liberec found a Dresden IT service company. Together they now prepare "
            "SMEs on both sides of the border for the NIS2 Directive.",
            "pl": "Dzięki narzędziu sieciowemu projektu „Glokalizacja” dostawca usług "
            "bezpieczeństwa IT z Liberca znalazł drezdeńską firmę informatyczną. Dziś wspólnie "
            "przygotowują małe i średnie firmy po obu stronach granicy do dyrektywy NIS2.",
            "cs": "Prostřednictvím síťového nástroje projektu „Glokalizace“ našel poskytovatel IT "
            "bezpečnosti z Liberce drážďanskou IT firmu. Dnes spolu připravují malé a střední "
            "podniky na obou stranách hranice na směrnici NIS2.",
        },
        sector="digital-services",
        year=2026,
        participants=(
            Participant("Jizerská kyberbezpečnost s.r.o.", "CZ", "liberecky-kraj"),
            Participant("Neustadt IT-Service GmbH", "DE", "dresden"),
        ),
        challenge=(
            {
                "de": "Die Liberecer Firma hatte viele Anfragen sächsischer Unternehmen, aber "
                "niemanden vor Ort, der nach einer Sicherheitsprüfung Firewalls tauschen oder "
                "Datensicherungen einrichten konnte. Das Dresdner Systemhaus wiederum betreute "
                "rund 200 Kunden, konnte ihnen aber keine unabhängigen Prüfungen anbieten.",
                "en": "The Liberec company had plenty of inquiries from Saxon businesses but "
                "nobody on site to replace firewalls or set up backups after a security audit. The "
                "Dresden IT service company, for its part, looked after around 200 customers but "
                "could not offer them independent audits.",
                "pl": "Firma z Liberca otrzymywała wiele zapytań od saksońskich przedsiębiorstw, "
                "ale nie miała na miejscu nikogo, kto po audycie bezpieczeństwa wymieniłby zapory "
                "sieciowe lub skonfigurował kopie zapasowe. Drezdeńska firma informatyczna "
                "obsługiwała z kolei około 200 klientów, ale nie mogła im zaoferować niezależnych "
                "audytów.",
                "cs": "Liberecká firma měla mnoho poptávek od saských podniků, ale nikoho na "
                "místě, kdo by po bezpečnostním auditu vyměnil firewally nebo nastavil zálohování. "
                "Drážďanská IT firma zase spravovala kolem 200 zákazníků, ale nemohla jim "
                "nabídnout nezávislé audity.",
            },
        ),
        approach=(
            {
                "de": "Beim Workshop im Juni 2025 legte die Liberecer Firma eines der ersten "
                "Profile im Netzwerk-Tool an. Das Dresdner Systemhaus meldete sich über das "
                "Interessensformular; die Glokal Wirtschaftsförderung (Demo) stellte den Kontakt "
                "her und moderierte das erste Treffen in Zittau.",
                "en": "At the workshop in June 2025, the Liberec company created one of the first "
                "profiles in the network tool. The Dresden IT service company responded through "
                "the inquiry form; Glokal Wirtschaftsförderung (Demo) put them in touch and "
                "moderated the first meeting in Zittau.",
                "pl": "Podczas warsztatu w czerwcu 2025 roku firma z Liberca założyła jeden z "
                "pierwszych profili w narzędziu sieciowym. Drezdeńska firma informatyczna "
                "odpowiedziała przez formularz zapytania; Glokal Wirtschaftsförderung (Demo) "
                "nawiązała kontakt i poprowadziła pierwsze spotkanie w Żytawie.",
                "cs": "Na workshopu v červnu 2025 založila liberecká firma jeden z prvních profilů "
                "v síťovém nástroji. Drážďanská IT firma se ozvala přes formulář zájmu; Glokal "
                "Wirtschaftsförderung (Demo) je propojila a moderovala první schůzku v Žitavě.",
            },
            {
                "de": "Danach entwickelten beide ein gemeinsames Angebot mit festen Preisen in "
                "Euro und Kronen.",
                "en": "The two then developed a joint offer with fixed prices in euros and crowns.",
                "pl": "Następnie obie firmy opracowały wspólną ofertę ze stałymi cenami w euro i "
                "koronach.",
                "cs": "Poté obě firmy vytvořily společnou nabídku s pevnými cenami v eurech a "
                "korunách.",
            },
        ),
        result=(
            {
                "de": "Bis Herbst 2026 haben die Partner 34 Unternehmen geprüft und abgesichert, "
                "darunter einen Automobilzulieferer und zwei Stadtwerke. Beide Firmen haben "
                "zusätzliche Stellen geschaffen; 2027 soll das Paket auch in Niederschlesien "
                "angeboten werden.",
                "en": "By autumn 2026, the partners had audited and secured 34 companies, "
                "including an automotive supplier and two municipal utilities. Both firms have "
                "created additional jobs; in 2027, the package is to be offered in Lower Silesia "
                "as well.",
                "pl": "Do jesieni 2026 roku partnerzy sprawdzili i zabezpieczyli 34 firmy, w tym "
                "dostawcę motoryzacyjnego i dwa przedsiębiorstwa komunalne. Obie firmy utworzyły "
                "nowe miejsca pracy; w 2027 roku pakiet ma być oferowany również na Dolnym Śląsku.",
                "cs": "Do podzimu 2026 partneři prověřili a zabezpečili 34 podniků, mezi nimi "
                "automobilového dodavatele a dvě městské energetické společnosti. Obě firmy "
                "vytvořily nová pracovní místa; v roce 2027 se má balíček nabízet i na Dolním "
                "Slezsku.",
            },
        ),
        quote={
            "de": "Wir sprechen inzwischen von unserem gemeinsamen Team, obwohl uns eine Grenze "
            "und eine Sprache trennen. Die Kunden merken davon nur, dass alles aus einer Hand "
            "kommt.",
            "en": "We now talk about our joint team, even though a border and a language separate "
            "us. All the customers notice is that everything comes from a single source.",
            "pl": "Mówimy już o naszym wspólnym zespole, choć dzieli nas granica i język. Klienci "
            "zauważają tylko tyle, że wszystko dostają z jednej ręki.",
            "cs": "Dnes už mluvíme o našem společném týmu, i když nás dělí hranice a jazyk. "
            "Zákazníci z toho poznají jen to, že dostanou všechno z jedné ruky.",
        },
        speaker="Mgr. Ondřej Kučera",
        role={
            "de": "Gründer, Jizerská kyberbezpečnost s.r.o.",
            "en": "Founder, Jizerská kyberbezpečnost s.r.o.",
            "pl": "założyciel, Jizerská kyberbezpečnost s.r.o.",
            "cs": "zakladatel, Jizerská kyberbezpečnost s.r.o.",
        },
        image=_image(
            "it-sicherheit",
            "IT-Sicherheit Liberec–Dresden",
            "Liberec · Dresden · NIS2",
            ("#03045e", "#00b4d8"),
        ),
        gallery=(
            (
                _image(
                    "it-sicherheit-team",
                    "Gemeinsames Team in Zittau",
                    "Ein Team, zwei Länder",
                    ("#023e8a", "#90e0ef"),
                ),
                {
                    "de": "Das deutsch-tschechische Team bei einer Besprechung in Zittau.",
                    "en": "The German-Czech team at a meeting in Zittau.",
                    "pl": "Niemiecko-czeski zespół podczas spotkania w Żytawie.",
                    "cs": "Německo-český tým na poradě v Žitavě.",
                },
            ),
        ),
        contact="petra.novakova",
        related=("events/workshop-netzwerk-tool", "offers/it-sicherheit-nis2"),
    ),
    Story(
        key="waermetauscher-karlovy-vary-dresden",
        slug={
            "de": "porzellanoefen-waermetauscher-karlovy-vary-dresden",
            "en": "porcelain-kilns-heat-exchanger-karlovy-vary-dresden",
            "pl": "piece-porcelana-wymiennik-karlowe-wary-drezno",
            "cs": "porcelanove-pece-vymenik-karlovy-vary-drazdany",
        },
        title={
            "de": "Weniger Gas für Porzellanöfen: Forschung aus Dresden, Technik aus Karlovy Vary",
            "en": "Less gas for porcelain kilns: research from Dresden, engineering from Karlovy "
            "Vary",
            "pl": "Mniej gazu dla pieców do porcelany: badania z Drezna, technika z Karlowych "
            "Warów",
            "cs": "Méně plynu pro porcelánové pece: výzkum z Drážďan, technika z Karlových Varů",
        },
        summary={
            "de": "Ein Anlagenbauer aus der Karlsbader Region und ein Dresdner Forschungsinstitut "
            "haben eine Beschichtung entwickelt, die Wärmetauscher an Brennöfen länger sauber "
            "hält. Zwei Porzellanfabriken sparen damit ein Fünftel ihres Gases.",
            "en": "A plant builder from the Karlovy Vary Region and a Dresden research institute "
            "have developed a coating that keeps heat exchangers on kilns clean for longer. Two "
            "porcelain factories are saving a fifth of their gas as a result.",
            "pl": "Producent instalacji z kraju karlowarskiego i drezdeński instytut badawczy "
            "opracowali powłokę, dzięki której wymienniki ciepła przy piecach dłużej pozostają "
            "czyste. Dwie fabryki porcelany oszczędzają dzięki temu jedną piątą gazu.",
            "cs": "Výrobce zařízení z Karlovarského kraje a drážďanský výzkumný ústav vyvinuli "
            "povlak, který udrží výměníky tepla u pecí déle čisté. Dvě porcelánky díky tomu ušetří "
            "pětinu plynu.",
        },
        sector="energy",
        year=2026,
        participants=(
            Participant("Ohře Thermo s.r.o.", "CZ", "karlovarsky-kraj"),
            Participant(
                "Dresdner Institut für Prozesswärme e. V.", "DE", "dresden", is_research=True
            ),
        ),
        challenge=(
            {
                "de": "Die Wärmetauscher des Anlagenbauers nutzten die heißen Abgase der Brennöfen "
                "gut – aber Glasurbestandteile und Staub setzten sich an den Rohren ab. Alle sechs "
                "Wochen mussten die Öfen zur Reinigung heruntergefahren werden, was einen Teil der "
                "Einsparung wieder zunichtemachte.",
                "en": "The plant builder's heat exchangers made good use of the kilns' hot exhaust "
                "gases – but glaze components and dust settled on the tubes. Every six weeks the "
                "kilns had to be shut down for cleaning, which cancelled out part of the savings.",
                "pl": "Wymienniki ciepła producenta dobrze wykorzystywały gorące spaliny z pieców, "
                "ale na rurach osadzały się składniki szkliwa i pył. Co sześć tygodni piece trzeba "
                "było wyłączać do czyszczenia, co niweczyło część oszczędności.",
                "cs": "Výměníky výrobce dobře využívaly horké spaliny z pecí – na trubkách se však "
                "usazovaly složky glazury a prach. Každých šest týdnů se pece musely kvůli čištění "
                "odstavit, což část úspor zase smazalo.",
            },
        ),
        approach=(
            {
                "de": "Bei der Kooperationsbörse in Děčín im November 2025 traf der Anlagenbauer "
                "auf das Dresdner Institut, das keramische Schutzschichten für "
                "Hochtemperaturanlagen erforscht. Die Glokal Wirtschaftsförderung (Demo) half beim "
                "Antrag auf einen Innovationsgutschein.",
                "en": "At the Děčín cooperation exchange in November 2025, the plant builder met "
                "the Dresden institute, which researches ceramic protective coatings for "
                "high-temperature plants. Glokal Wirtschaftsförderung (Demo) helped with the "
                "application for an innovation voucher.",
                "pl": "Na giełdzie kooperacyjnej w Děčínie w listopadzie 2025 roku producent "
                "spotkał drezdeński instytut, który bada ceramiczne powłoki ochronne dla "
                "instalacji wysokotemperaturowych. Glokal Wirtschaftsförderung (Demo) pomogła przy "
                "wniosku o bon na innowacje.",
                "cs": "Na kooperační burze v Děčíně v listopadu 2025 se výrobce setkal s "
                "drážďanským ústavem, který zkoumá keramické ochranné vrstvy pro vysokoteplotní "
                "zařízení. Glokal Wirtschaftsförderung (Demo) pomohla s žádostí o inovační "
                "voucher.",
            },
            {
                "de": "Die Partner testeten vier Beschichtungen zunächst in einem Versuchsofen in "
                "Dresden und anschließend direkt in einer Porzellanfabrik bei Karlovy Vary.",
                "en": "The partners tested four coatings, first in an experimental kiln in Dresden "
                "and then directly at a porcelain factory near Karlovy Vary.",
                "pl": "Partnerzy przetestowali cztery powłoki najpierw w piecu doświadczalnym w "
                "Dreźnie, a następnie bezpośrednio w fabryce porcelany pod Karlowymi Warami.",
                "cs": "Partneři vyzkoušeli čtyři povlaky nejprve ve zkušební peci v Drážďanech a "
                "poté přímo v porcelánce u Karlových Varů.",
            },
        ),
        result=(
            {
                "de": "Mit der besten Beschichtung müssen die Wärmetauscher nur noch zweimal im "
                "Jahr gereinigt werden. Zwei Porzellanfabriken sparen so rund 20 Prozent Erdgas, "
                "und der Anlagenbauer bietet die Technik inzwischen auch in Sachsen und Polen an.",
                "en": "With the best coating, the heat exchangers now need cleaning only twice a "
                "year. Two porcelain factories save around 20 per cent of their natural gas, and "
                "the plant builder now also offers the technology in Saxony and Poland.",
                "pl": "Z najlepszą powłoką wymienniki ciepła wymagają czyszczenia już tylko dwa "
                "razy w roku. Dwie fabryki porcelany oszczędzają w ten sposób około 20 procent "
                "gazu ziemnego, a producent oferuje tę technologię również w Saksonii i Polsce.",
                "cs": "S nejlepším povlakem stačí výměníky čistit jen dvakrát do roka. Dvě "
                "porcelánky tak ušetří zhruba 20 procent zemního plynu a výrobce dnes technologii "
                "nabízí i v Sasku a Polsku.",
            },
            {
                "de": "Institut und Unternehmen planen bereits das nächste Projekt: Brennöfen, die "
                "mit Wasserstoff befeuert werden.",
                "en": "The institute and the company are already planning their next project: "
                "kilns fired with hydrogen.",
                "pl": "Instytut i firma planują już kolejny projekt: piece opalane wodorem.",
                "cs": "Ústav a firma už plánují další projekt: pece vytápěné vodíkem.",
            },
        ),
        quote={
            "de": "Im Labor sieht jede Beschichtung gut aus. Entscheidend war, dass wir direkt an "
            "einem Ofen im laufenden Betrieb testen durften – und dass die Kollegen aus Karlovy "
            "Vary jede Messung mitgetragen haben.",
            "en": "Every coating looks good in the laboratory. What made the difference was that "
            "we were allowed to test directly on a kiln in operation – and that our colleagues "
            "from Karlovy Vary backed every measurement.",
            "pl": "W laboratorium każda powłoka wygląda dobrze. Decydujące było to, że mogliśmy "
            "testować bezpośrednio na pracującym piecu – i że koledzy z Karlowych Warów wspierali "
            "każdy pomiar.",
            "cs": "V laboratoři vypadá dobře každý povlak. Rozhodující bylo, že jsme mohli "
            "testovat přímo na peci za provozu – a že kolegové z Karlových Varů podpořili každé "
            "měření.",
        },
        speaker="Dr.-Ing. Katharina Roth",
        role={
            "de": "Abteilungsleiterin Hochtemperaturwerkstoffe, Dresdner Institut für Prozesswärme "
            "e. V.",
            "en": "Head of High-Temperature Materials, Dresdner Institut für Prozesswärme e. V.",
            "pl": "kierowniczka działu materiałów wysokotemperaturowych, Dresdner Institut für "
            "Prozesswärme e. V.",
            "cs": "vedoucí oddělení vysokoteplotních materiálů, Dresdner Institut für Prozesswärme "
            "e. V.",
        },
        image=_image(
            "waermetauscher",
            "Wärmetauscher Karlovy Vary–Dresden",
            "Karlovy Vary · Dresden",
            ("#370617", "#e85d04"),
        ),
        gallery=(
            (
                _image(
                    "waermetauscher-versuchsofen",
                    "Versuchsofen in Dresden",
                    "Versuchsofen · 900 °C",
                    ("#03071e", "#dc2f02"),
                ),
                {
                    "de": "Beschichtete Rohrproben nach dem Versuch im Dresdner Versuchsofen.",
                    "en": "Coated tube samples after the test in the Dresden experimental kiln.",
                    "pl": "Próbki rur z powłoką po próbie w drezdeńskim piecu doświadczalnym.",
                    "cs": "Vzorky trubek s povlakem po zkoušce v drážďanské zkušební peci.",
                },
            ),
        ),
        contact="katrin.vogelsang",
        related=(
            "events/kooperationsboerse-decin",
            "offers/abwaermenutzung-brennoefen",
            "offers/wasserstoffbrenner-industrieoefen",
        ),
    ),
]


def load(ctx):
    ctx.pages["stories"] = index = sync_page(
        ctx,
        ctx.home,
        SuccessStoryIndexPage,
        slug=ctx.slug(INDEX["slug"]),
        title=ctx.text(INDEX["title"]),
        intro=ctx.text(INDEX["intro"]),
        search_description=ctx.text(INDEX["search_description"]),
        show_in_menus=True,
    )
    ctx.report("Success story indexes", 1)
    ensure_images(ctx, [spec for story in STORIES for spec in story.images])
    for story in STORIES:
        ctx.pages[f"stories/{story.key}"] = sync_story(ctx, index, story)
    ctx.report("Success stories", len(STORIES))


def sync_story(ctx, index, story: Story):
    key = f"stories/{story.key}"
    return sync_page(
        ctx,
        index,
        SuccessStoryPage,
        slug=ctx.slug(story.slug),
        title=ctx.text(story.title),
        summary=ctx.text(story.summary),
        sector=ctx.sectors[story.sector],
        year=story.year,
        image=ctx.images[story.image.key],
        challenge=_rich_text(ctx, story.challenge),
        approach=_rich_text(ctx, story.approach),
        result=_rich_text(ctx, story.result),
        quote=ctx.text(story.quote),
        quote_speaker=ctx.text(same(story.speaker)),
        quote_role=ctx.text(story.role),
        gallery=stream(
            ctx,
            f"{key}/gallery",
            [("image", {"image": spec.key, "caption": caption}) for spec, caption in story.gallery],
        ),
        contact=ctx.contacts[story.contact],
        related_pages=[
            {"type": "page", "value": _page(ctx, page_key).pk, "id": block_id(key, "related", i)}
            for i, page_key in enumerate(story.related)
        ],
        children={
            "participants": [
                StoryParticipant(
                    sort_order=position,
                    name=ctx.text(participant.name),
                    is_research=participant.is_research,
                    country=participant.country,
                    region=ctx.regions[participant.region],
                )
                for position, participant in enumerate(story.participants)
            ]
        },
    )


def _rich_text(ctx, paragraphs) -> str:
    """Plain paragraphs, one translation segment each (see texts.py)."""
    return "".join(f"<p>{html.escape(ctx.text(text), quote=False)}</p>" for text in paragraphs)


def _page(ctx, key):
    try:
        return ctx.pages[key]
    except KeyError:
        raise KeyError(
            f"Success stories link to {key!r}, which no earlier demo loader made"
        ) from None
