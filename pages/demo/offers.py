"""The cooperation exchange's demo content: the exchange and 22 offers and requests.

The profiles cover all five kinds, the sectors of the demo taxonomy and companies from Saxony,
Lower Silesia and the Czech border regions. Several of them are counterparts of each other (a
request and an offer of the same family, in the same sector, across the border), so an offer's
"Matching partners" has something to show: the Dresden wound camera and the Wrocław imaging
software, the Liberec moulder and the Chemnitz drive maker, the Chemnitz retrofitter and the
lathes in Děčín, the transformer sensors and the Dresden test method, and so on.

Validity is set around the demo's "today" (21 November 2026, see events.py): most offers run
into 2027, three have expired (their pages answer 410 Gone and they leave the listing), and two
expire within the fourteen days in which editors get a renewal reminder.

Every company, person, address and figure is invented. The companies' own data (name, contact,
email, phone, website) goes only into the private fields, which the site never shows: emails and
websites use reserved .example domains, and phone numbers come from the +49 30 23125 0xx block
the Bundesnetzagentur keeps for fiction (neither Poland nor Czechia has such a block, so the
Polish and Czech companies use it too). Some of these companies reappear by name in the success
stories (stories.py), which they agreed to tell; their offer pages still show no company data.

Reference numbers (GLK-<year>-NNNN) are assigned by the model when an offer is first published,
so they depend on what the database held before; a second run finds every offer by its slug,
publishes nothing and so hands out no new numbers.
"""

import datetime
from dataclasses import dataclass

from pages.exchange.models.offers import (
    TECHNOLOGY_KINDS,
    CooperationOfferIndexPage,
    CooperationOfferPage,
    OfferSector,
)
from pages.exchange.models.offers import DevelopmentStage as Stage
from pages.exchange.models.offers import OfferKind as Kind
from pages.exchange.models.offers import PartnershipType as Partnership
from pages.exchange.models.offers import PartnerType as Partner

from .contacts import FICTIONAL_PHONE_PREFIX
from .streams import stream
from .sync import sync_page
from .texts import Text

EXCHANGE = {
    "title": {
        "de": "Kooperationsbörse",
        "en": "Cooperation exchange",
        "pl": "Giełda kooperacyjna",
        "cs": "Kooperační burza",
    },
    "slug": {
        "de": "kooperationsboerse",
        "en": "cooperation-exchange",
        "pl": "gielda-kooperacyjna",
        "cs": "kooperacni-burza",
    },
    "intro": {
        "de": "Angebote und Gesuche von Unternehmen und Forschungseinrichtungen aus Sachsen, "
        "Niederschlesien und den tschechischen Grenzregionen. Die Kontaktdaten der Firmen "
        "veröffentlichen wir nicht: Schreiben Sie uns über das Interessensformular, wir stellen "
        "den Kontakt her.",
        "en": "Offers and requests from companies and research institutions in Saxony, Lower "
        "Silesia and the Czech border regions. We do not publish the companies' contact details: "
        "write to us through the inquiry form and we will put you in touch.",
        "pl": "Oferty i zapytania firm oraz instytucji badawczych z Saksonii, Dolnego Śląska i "
        "czeskich regionów przygranicznych. Nie publikujemy danych kontaktowych firm: napisz do "
        "nas przez formularz zapytania, a my nawiążemy kontakt.",
        "cs": "Nabídky a poptávky firem a výzkumných institucí ze Saska, Dolního Slezska a českých "
        "příhraničních regionů. Kontaktní údaje firem nezveřejňujeme: napište nám přes formulář "
        "zájmu a my vás propojíme.",
    },
    # Shown under the exchange's entry on the home page.
    "search_description": {
        "de": "Kooperationsangebote und -gesuche aus Sachsen, Polen und Tschechien",
        "en": "Cooperation offers and requests from Saxony, Poland and Czechia",
        "pl": "Oferty współpracy i zapytania o współpracę z Saksonii, Polski i Czech",
        "cs": "Nabídky a poptávky po spolupráci ze Saska, Polska a Česka",
    },
}

D = datetime.date


@dataclass(frozen=True)
class Company:
    """The company behind a profile: stored for the agency, never published."""

    name: str
    contact: str
    mailbox: str
    domain: str  # always under .example (RFC 2606)
    extension: str  # the last two digits in the fictional phone range

    def __post_init__(self):
        if not self.domain.endswith(".example"):
            raise ValueError(f"Demo company domains must end in .example, not {self.domain}")

    @property
    def email(self):
        return f"{self.mailbox}@{self.domain}"

    @property
    def phone(self):
        return f"{FICTIONAL_PHONE_PREFIX}{self.extension}"

    @property
    def website(self):
        return f"https://www.{self.domain}/"


@dataclass(frozen=True, kw_only=True)
class Offer:
    key: str  # stable: block ids and ctx.pages["offers/<key>"]
    kind: Kind
    slug: Text
    title: Text
    summary: Text
    body: tuple[Text, ...]  # paragraphs
    keywords: Text  # comma-separated
    sectors: tuple[str, ...]
    country: str
    region: str
    targets: tuple[str, ...]
    partners: tuple[Partner, ...]
    partnerships: tuple[Partnership, ...]
    stage: Stage | str = ""  # only for technology offers, requests and research partner searches
    valid_until: datetime.date
    contact: str
    company: Company

    def __post_init__(self):
        if (self.kind in TECHNOLOGY_KINDS) != bool(self.stage):
            raise ValueError(f"{self.key}: a stage of development belongs to technology kinds only")


# Companies that also appear in the success stories.
WUNDLICHT = Company(
    "Wundlicht Medizintechnik GmbH", "Jana Riedel", "j.riedel", "wundlicht.example", "40"
)
DIGITAL_MEDICINE_CENTRE = Company(
    "Wrocławskie Centrum Medycyny Cyfrowej",
    "dr Paweł Lisowski",
    "granty",
    "wcmc-wroclaw.example",
    "42",
)
RASOVKA = Company(
    "Lisovna Rašovka s.r.o.", "Ing. Radek Havlíček", "obchod", "lisovna-rasovka.example", "45"
)
ZSCHOPAUTAL = Company(
    "Zschopautal Antriebstechnik GmbH",
    "Matthias Ebert",
    "einkauf",
    "zschopautal-antriebe.example",
    "46",
)
JIZERSKA = Company(
    "Jizerská kyberbezpečnost s.r.o.",
    "Mgr. Tereza Šimková",
    "partneri",
    "jizerska-kyber.example",
    "58",
)
OHRE_THERMO = Company(
    "Ohře Thermo s.r.o.", "Ing. Martin Sýkora", "m.sykora", "ohre-thermo.example", "59"
)
PROCESS_HEAT_INSTITUTE = Company(
    "Dresdner Institut für Prozesswärme e. V.",
    "Prof. Dr. Christoph Wenzel",
    "projekte",
    "institut-prozesswaerme.example",
    "60",
)


OFFERS = [
    # --- Life sciences ------------------------------------------------------------------
    Offer(
        key="bildanalyse-chronische-wunden",
        kind=Kind.TECHNOLOGY_REQUEST,
        slug={
            "de": "bildanalyse-chronische-wunden-gesucht",
            "en": "image-analysis-chronic-wounds-wanted",
            "pl": "analiza-obrazu-rany-przewlekle",
            "cs": "obrazova-analyza-chronicke-rany",
        },
        title={
            "de": "Bildanalyse zur Beurteilung chronischer Wunden gesucht",
            "en": "Wanted: image analysis for assessing chronic wounds",
            "pl": "Poszukiwana technologia analizy obrazu do oceny ran przewlekłych",
            "cs": "Hledáme obrazovou analýzu pro hodnocení chronických ran",
        },
        summary={
            "de": "Ein Dresdner Medizintechnikunternehmen hat eine Handkamera entwickelt, die "
            "Wunden dreidimensional vermisst. Für die automatische Einstufung des Gewebes sucht es "
            "eine erprobte KI-Bildanalyse, die es lizenzieren oder gemeinsam weiterentwickeln "
            "kann.",
            "en": "A Dresden medical technology company has developed a handheld camera that "
            "measures wounds in three dimensions. To classify the tissue automatically, it is "
            "looking for proven AI image analysis that it can license or develop further together "
            "with a partner.",
            "pl": "Drezdeńska firma z branży techniki medycznej opracowała ręczną kamerę, która "
            "mierzy rany w trzech wymiarach. Do automatycznej klasyfikacji tkanki szuka "
            "sprawdzonej analizy obrazu opartej na AI, którą może licencjonować lub rozwijać "
            "wspólnie z partnerem.",
            "cs": "Drážďanská firma z oboru zdravotnické techniky vyvinula ruční kameru, která "
            "měří rány ve třech rozměrech. Pro automatické hodnocení tkáně hledá ověřenou "
            "obrazovou analýzu s umělou inteligencí, kterou může licencovat nebo společně dále "
            "vyvíjet.",
        },
        body=(
            {
                "de": "Die Kamera wird bereits in Pflegediensten in Sachsen und Niederschlesien "
                "eingesetzt. Pflegekräfte fotografieren die Wunde bei jedem Verbandswechsel; das "
                "Gerät berechnet Fläche und Tiefe und dokumentiert den Heilungsverlauf in der "
                "Patientenakte. Offen ist bisher, welcher Anteil der Wunde aus Granulationsgewebe, "
                "Fibrin oder Nekrose besteht – diese Einschätzung treffen die Pflegekräfte noch "
                "selbst.",
                "en": "The camera is already in use at home-care services in Saxony and Lower "
                "Silesia. Nurses photograph the wound at every dressing change; the device "
                "calculates its area and depth and records the course of healing in the patient "
                "file. What it cannot yet tell is how much of the wound consists of granulation "
                "tissue, fibrin or necrosis – nurses still make that assessment themselves.",
                "pl": "Kamera jest już używana przez służby opieki domowej w Saksonii i na Dolnym "
                "Śląsku. Pielęgniarki fotografują ranę przy każdej zmianie opatrunku; urządzenie "
                "oblicza jej powierzchnię i głębokość oraz dokumentuje przebieg gojenia w karcie "
                "pacjenta. Na razie nie określa, jaką część rany stanowi ziarnina, włóknik lub "
                "martwica – tę ocenę pielęgniarki nadal przeprowadzają same.",
                "cs": "Kamera se již používá ve službách domácí péče v Sasku a na Dolním Slezsku. "
                "Sestry ránu fotografují při každé výměně obvazu; přístroj vypočítá její plochu a "
                "hloubku a zaznamená průběh hojení do dokumentace pacienta. Zatím však neurčí, "
                "jakou část rány tvoří granulační tkáň, fibrin nebo nekróza – toto hodnocení "
                "provádějí sestry stále samy.",
            },
            {
                "de": "Gesucht wird ein Unternehmen oder eine Forschungseinrichtung mit einem "
                "Klassifikationsmodell für Wundgewebe, das mindestens im Labor validiert ist. "
                "Denkbar sind eine Lizenz zur Integration in die Kamerasoftware oder ein "
                "gemeinsames Entwicklungsprojekt mit anschließender Zertifizierung als "
                "Medizinprodukt.",
                "en": "We are looking for a company or research institution with a classification "
                "model for wound tissue that has been validated at least in the laboratory. A "
                "licence to integrate it into the camera software is conceivable, as is a joint "
                "development project followed by certification as a medical device.",
                "pl": "Poszukiwana jest firma lub instytucja badawcza dysponująca modelem "
                "klasyfikacji tkanki rany, zwalidowanym co najmniej w laboratorium. W grę wchodzi "
                "licencja na integrację z oprogramowaniem kamery lub wspólny projekt rozwojowy "
                "zakończony certyfikacją jako wyrób medyczny.",
                "cs": "Hledáme firmu nebo výzkumnou instituci s klasifikačním modelem pro tkáň "
                "rány, který je ověřen alespoň v laboratoři. Možná je licence pro integraci do "
                "softwaru kamery nebo společný vývojový projekt s následnou certifikací jako "
                "zdravotnický prostředek.",
            },
        ),
        keywords={
            "de": "Wundversorgung, Bildanalyse, künstliche Intelligenz, Medizinprodukt, Telepflege",
            "en": "wound care, image analysis, artificial intelligence, medical device, telecare",
            "pl": "leczenie ran, analiza obrazu, sztuczna inteligencja, wyrób medyczny, teleopieka",
            "cs": "péče o rány, obrazová analýza, umělá inteligence, zdravotnický prostředek, "
            "telepéče",
        },
        sectors=("life-sciences", "digital-services"),
        country="DE",
        region="dresden",
        targets=("PL", "CZ"),
        partners=(Partner.SME, Partner.RESEARCH, Partner.UNIVERSITY),
        partnerships=(Partnership.LICENCE, Partnership.TECHNICAL),
        stage=Stage.LABORATORY,
        valid_until=D(2027, 6, 30),
        contact="miriam.albrecht",
        company=WUNDLICHT,
    ),
    Offer(
        key="ki-segmentierung-medizinischer-bilder",
        kind=Kind.TECHNOLOGY_OFFER,
        slug={
            "de": "ki-software-segmentierung-medizinischer-bilder",
            "en": "ai-software-medical-image-segmentation",
            "pl": "oprogramowanie-ai-segmentacja-obrazow-medycznych",
            "cs": "software-ai-segmentace-lekarskych-snimku",
        },
        title={
            "de": "KI-Software zur Segmentierung medizinischer Bilder",
            "en": "AI software for segmenting medical images",
            "pl": "Oprogramowanie AI do segmentacji obrazów medycznych",
            "cs": "Software s umělou inteligencí pro segmentaci lékařských snímků",
        },
        summary={
            "de": "Ein Wrocławer Softwareunternehmen bietet ein trainierbares Modell an, das "
            "Gewebearten auf Fotos und Mikroskopbildern erkennt und abgrenzt. Es sucht Hersteller "
            "von Medizingeräten, die die Software in ihre Produkte einbauen wollen.",
            "en": "A Wrocław software company offers a trainable model that recognises and "
            "delineates tissue types on photographs and microscope images. It is looking for "
            "medical device manufacturers who want to build the software into their products.",
            "pl": "Wrocławska firma programistyczna oferuje model, który rozpoznaje typy tkanek na "
            "zdjęciach i obrazach mikroskopowych i wyznacza ich granice, a przy tym można go "
            "douczać. Szuka producentów urządzeń medycznych, którzy chcą wbudować oprogramowanie w "
            "swoje produkty.",
            "cs": "Vratislavská softwarová firma nabízí trénovatelný model, který na fotografiích "
            "a mikroskopických snímcích rozpoznává a ohraničuje druhy tkáně. Hledá výrobce "
            "zdravotnických prostředků, kteří chtějí software zabudovat do svých výrobků.",
        },
        body=(
            {
                "de": "Das Modell wurde gemeinsam mit zwei Universitätskliniken an rund 40.000 "
                "annotierten Bildern trainiert und in einer Vergleichsstudie mit Fachärzten "
                "getestet. Es läuft auf dem Gerät selbst, ohne dass Bilder das Haus verlassen, und "
                "lässt sich mit wenigen hundert Beispielbildern auf neue Fragestellungen anpassen.",
                "en": "The model was trained on around 40,000 annotated images together with two "
                "university hospitals and tested in a comparative study with specialists. It runs "
                "on the device itself, without images leaving the premises, and can be adapted to "
                "new questions with a few hundred sample images.",
                "pl": "Model został wytrenowany na około 40 000 opisanych obrazów we współpracy z "
                "dwoma szpitalami klinicznymi i przetestowany w badaniu porównawczym z lekarzami "
                "specjalistami. Działa bezpośrednio na urządzeniu, bez przesyłania obrazów poza "
                "placówkę, i można go dostosować do nowych zastosowań za pomocą kilkuset "
                "przykładowych obrazów.",
                "cs": "Model byl natrénován na zhruba 40 000 anotovaných snímcích ve spolupráci se "
                "dvěma fakultními nemocnicemi a otestován ve srovnávací studii s lékaři "
                "specialisty. Běží přímo v přístroji, aniž by snímky opustily pracoviště, a na "
                "nové úlohy jej lze přizpůsobit pomocí několika set vzorových snímků.",
            },
            {
                "de": "Angeboten werden eine Lizenz mit technischer Unterstützung bei der "
                "Integration oder eine Entwicklungspartnerschaft. Die Firma begleitet ihre Partner "
                "auch bei der technischen Dokumentation für die Zulassung nach der "
                "EU-Medizinprodukteverordnung.",
                "en": "The company offers a licence with technical support during integration, or "
                "a development partnership. It also assists its partners with the technical "
                "documentation for approval under the EU Medical Device Regulation.",
                "pl": "Firma oferuje licencję ze wsparciem technicznym przy integracji lub "
                "partnerstwo rozwojowe. Pomaga też partnerom w przygotowaniu dokumentacji "
                "technicznej do dopuszczenia zgodnie z unijnym rozporządzeniem w sprawie wyrobów "
                "medycznych.",
                "cs": "Firma nabízí licenci s technickou podporou při integraci nebo vývojové "
                "partnerství. Partnerům pomáhá také s technickou dokumentací pro schválení podle "
                "nařízení EU o zdravotnických prostředcích.",
            },
        ),
        keywords={
            "de": "medizinische Bildverarbeitung, Segmentierung, Edge-KI, Histologie, Dermatologie",
            "en": "medical imaging, segmentation, edge AI, histology, dermatology",
            "pl": "przetwarzanie obrazów medycznych, segmentacja, edge AI, histologia, "
            "dermatologia",
            "cs": "zpracování lékařských obrazů, segmentace, edge AI, histologie, dermatologie",
        },
        sectors=("life-sciences", "digital-services"),
        country="PL",
        region="dolnoslaskie",
        targets=("DE", "CZ"),
        partners=(Partner.SME, Partner.LARGE_COMPANY),
        partnerships=(Partnership.LICENCE, Partnership.TECHNICAL),
        stage=Stage.FIELD_TESTED,
        valid_until=D(2027, 9, 30),
        contact="tomasz.zielinski",
        company=Company(
            "Histovia sp. z o.o.", "Marta Wilczyńska", "partnerzy", "histovia.example", "41"
        ),
    ),
    Offer(
        key="telemonitoring-haeusliche-pflege",
        kind=Kind.RESEARCH_PARTNER,
        slug={
            "de": "forschungspartner-telemonitoring-haeusliche-pflege",
            "en": "research-partners-telemonitoring-home-care",
            "pl": "partnerzy-badawczy-telemonitoring-opieka-domowa",
            "cs": "vyzkumni-partneri-telemonitoring-domaci-pece",
        },
        title={
            "de": "Forschungspartner für Telemonitoring in der häuslichen Pflege gesucht",
            "en": "Research partners wanted for telemonitoring in home care",
            "pl": "Poszukiwani partnerzy badawczy do telemonitoringu w opiece domowej",
            "cs": "Hledáme výzkumné partnery pro telemonitoring v domácí péči",
        },
        summary={
            "de": "Ein Wrocławer Forschungszentrum für digitale Medizin stellt ein Konsortium für "
            "ein europäisches Projekt zusammen: Chronisch kranke Menschen sollen länger zu Hause "
            "versorgt werden, unterstützt durch vernetzte Messgeräte und eine gemeinsame "
            "Datenplattform.",
            "en": "A Wrocław research centre for digital medicine is putting together a consortium "
            "for a European project: people with chronic illnesses are to be cared for at home for "
            "longer, supported by connected measuring devices and a shared data platform.",
            "pl": "Wrocławskie centrum badawcze medycyny cyfrowej tworzy konsorcjum na potrzeby "
            "projektu europejskiego: osoby przewlekle chore mają dłużej pozostawać pod opieką w "
            "domu, wspierane przez połączone urządzenia pomiarowe i wspólną platformę danych.",
            "cs": "Vratislavské výzkumné centrum digitální medicíny sestavuje konsorcium pro "
            "evropský projekt: chronicky nemocní lidé mají být déle ošetřováni doma s podporou "
            "propojených měřicích přístrojů a společné datové platformy.",
        },
        body=(
            {
                "de": "Geplant ist ein dreijähriges Vorhaben mit Pilotregionen in Niederschlesien, "
                "Sachsen und Nordböhmen. Pflegedienste erproben darin Geräte zur Messung von "
                "Blutdruck, Sauerstoffsättigung und Wundheilung, deren Daten in einer Plattform "
                "zusammenlaufen, die Ärzte und Pflegekräfte in ihrer jeweiligen Sprache nutzen.",
                "en": "A three-year project is planned, with pilot regions in Lower Silesia, "
                "Saxony and northern Bohemia. Home-care services will test devices that measure "
                "blood pressure, oxygen saturation and wound healing; their data come together in "
                "a platform that doctors and nurses use in their own language.",
                "pl": "Planowany jest trzyletni projekt z regionami pilotażowymi na Dolnym Śląsku, "
                "w Saksonii i w północnych Czechach. Służby opieki domowej przetestują w nim "
                "urządzenia do pomiaru ciśnienia krwi, saturacji i gojenia się ran, których dane "
                "trafiają na platformę, z której lekarze i pielęgniarki korzystają we własnym "
                "języku.",
                "cs": "Plánuje se tříletý projekt s pilotními regiony na Dolním Slezsku, v Sasku a "
                "v severních Čechách. Služby domácí péče v něm vyzkoušejí přístroje k měření "
                "krevního tlaku, saturace kyslíkem a hojení ran, jejichž data se sbíhají na "
                "platformě, kterou lékaři a sestry používají ve svém jazyce.",
            },
            {
                "de": "Gesucht werden Hersteller von Medizingeräten, Softwarefirmen mit Erfahrung "
                "in der Interoperabilität von Gesundheitsdaten sowie Hochschulen aus der "
                "Pflegewissenschaft. Der Antrag soll im Frühjahr 2027 eingereicht werden.",
                "en": "We are looking for medical device manufacturers, software companies with "
                "experience in the interoperability of health data, and universities working in "
                "nursing science. The proposal is to be submitted in spring 2027.",
                "pl": "Poszukiwani są producenci urządzeń medycznych, firmy programistyczne z "
                "doświadczeniem w interoperacyjności danych medycznych oraz uczelnie zajmujące się "
                "naukami o pielęgniarstwie. Wniosek ma zostać złożony wiosną 2027 roku.",
                "cs": "Hledáme výrobce zdravotnických prostředků, softwarové firmy se zkušenostmi "
                "s interoperabilitou zdravotních dat a vysoké školy zabývající se "
                "ošetřovatelstvím. Žádost má být podána na jaře 2027.",
            },
        ),
        keywords={
            "de": "Telemonitoring, häusliche Pflege, Interoperabilität, Horizont Europa, "
            "chronische Erkrankungen",
            "en": "telemonitoring, home care, interoperability, Horizon Europe, chronic diseases",
            "pl": "telemonitoring, opieka domowa, interoperacyjność, Horyzont Europa, choroby "
            "przewlekłe",
            "cs": "telemonitoring, domácí péče, interoperabilita, Horizont Evropa, chronická "
            "onemocnění",
        },
        sectors=("life-sciences", "digital-services"),
        country="PL",
        region="dolnoslaskie",
        targets=("DE", "CZ"),
        partners=(Partner.SME, Partner.UNIVERSITY, Partner.RESEARCH),
        partnerships=(Partnership.RESEARCH,),
        stage=Stage.CONCEPT,
        valid_until=D(2027, 3, 31),
        contact="miriam.albrecht",
        company=DIGITAL_MEDICINE_CENTRE,
    ),
    Offer(
        key="reinraumverpackung-medizinprodukte",
        kind=Kind.BUSINESS_OFFER,
        slug={
            "de": "reinraumverpackung-medizinprodukte",
            "en": "clean-room-packaging-medical-devices",
            "pl": "pakowanie-w-pomieszczeniach-czystych-wyroby-medyczne",
            "cs": "baleni-v-cistych-prostorach-zdravotnicke-prostredky",
        },
        title={
            "de": "Reinraumverpackung und Sterilisationslogistik für Medizinprodukte",
            "en": "Clean-room packaging and sterilisation logistics for medical devices",
            "pl": "Pakowanie w pomieszczeniach czystych i logistyka sterylizacji wyrobów "
            "medycznych",
            "cs": "Balení v čistých prostorách a logistika sterilizace zdravotnických prostředků",
        },
        summary={
            "de": "Ein Leipziger Dienstleister verpackt Medizinprodukte in einem Reinraum der "
            "ISO-Klasse 7, organisiert die Sterilisation bei zertifizierten Partnern und liefert "
            "einsatzbereit aus. Er bietet Herstellern in Polen und Tschechien freie Kapazitäten "
            "an.",
            "en": "A Leipzig service provider packs medical devices in an ISO class 7 clean room, "
            "organises sterilisation with certified partners and delivers ready for use. It offers "
            "free capacity to manufacturers in Poland and Czechia.",
            "pl": "Lipski usługodawca pakuje wyroby medyczne w pomieszczeniu czystym klasy ISO 7, "
            "organizuje sterylizację u certyfikowanych partnerów i dostarcza produkty gotowe do "
            "użycia. Oferuje wolne moce producentom z Polski i Czech.",
            "cs": "Lipský poskytovatel služeb balí zdravotnické prostředky v čistém prostoru třídy "
            "ISO 7, zajišťuje sterilizaci u certifikovaných partnerů a dodává je připravené k "
            "použití. Volné kapacity nabízí výrobcům v Polsku a Česku.",
        },
        body=(
            {
                "de": "Das Unternehmen beschäftigt 35 Mitarbeitende und ist nach ISO 13485 "
                "zertifiziert. Es verpackt Einmalinstrumente, Implantatkomponenten und "
                "Diagnostik-Kits in Siegelrandbeutel, Blister und Trays, validiert die "
                "Siegelprozesse und übernimmt die Kennzeichnung mit UDI-Codes.",
                "en": "The company has 35 employees and is certified to ISO 13485. It packs "
                "single-use instruments, implant components and diagnostic kits in sealed pouches, "
                "blisters and trays, validates the sealing processes and takes care of labelling "
                "with UDI codes.",
                "pl": "Firma zatrudnia 35 osób i posiada certyfikat ISO 13485. Pakuje jednorazowe "
                "narzędzia, komponenty implantów i zestawy diagnostyczne w zgrzewane torebki, "
                "blistry i tacki, waliduje procesy zgrzewania i zajmuje się znakowaniem kodami "
                "UDI.",
                "cs": "Firma má 35 zaměstnanců a je certifikována podle ISO 13485. Balí "
                "jednorázové nástroje, komponenty implantátů a diagnostické sady do svařovaných "
                "sáčků, blistrů a tácků, validuje procesy svařování a zajišťuje označování kódy "
                "UDI.",
            },
            {
                "de": "Gesucht werden Hersteller, die Verpackung und Sterilisation auslagern "
                "möchten, etwa weil sie den Markteintritt in Deutschland vorbereiten. Möglich sind "
                "Lohnverpackung für einzelne Serien ebenso wie ein dauerhafter Fertigungsvertrag.",
                "en": "We are looking for manufacturers who want to outsource packaging and "
                "sterilisation, for example because they are preparing to enter the German market. "
                "Contract packaging for individual batches is possible, as is a long-term "
                "manufacturing agreement.",
                "pl": "Poszukiwani są producenci, którzy chcą zlecić pakowanie i sterylizację na "
                "zewnątrz, na przykład dlatego, że przygotowują wejście na rynek niemiecki. "
                "Możliwe jest zarówno pakowanie pojedynczych serii na zlecenie, jak i stała umowa "
                "produkcyjna.",
                "cs": "Hledáme výrobce, kteří chtějí balení a sterilizaci svěřit externímu "
                "partnerovi, například proto, že připravují vstup na německý trh. Možné je "
                "zakázkové balení jednotlivých sérií i dlouhodobá výrobní smlouva.",
            },
        ),
        keywords={
            "de": "Reinraum, Sterilverpackung, ISO 13485, UDI, Lohnverpackung",
            "en": "clean room, sterile packaging, ISO 13485, UDI, contract packaging",
            "pl": "pomieszczenie czyste, pakowanie sterylne, ISO 13485, UDI, pakowanie na zlecenie",
            "cs": "čistý prostor, sterilní balení, ISO 13485, UDI, zakázkové balení",
        },
        sectors=("life-sciences",),
        country="DE",
        region="leipzig",
        targets=("PL", "CZ"),
        partners=(Partner.SME, Partner.LARGE_COMPANY),
        partnerships=(Partnership.SUBCONTRACTING, Partnership.MANUFACTURING),
        valid_until=D(2027, 4, 30),
        contact="katrin.vogelsang",
        company=Company(
            "Auwald Sterilpack GmbH",
            "Sabine Mehnert",
            "vertrieb",
            "auwald-sterilpack.example",
            "43",
        ),
    ),
    Offer(
        key="sterilverpackung-chirurgische-instrumente",
        kind=Kind.BUSINESS_REQUEST,
        slug={
            "de": "partner-sterilverpackung-chirurgische-instrumente",
            "en": "partner-sterile-packaging-surgical-instruments",
            "pl": "partner-sterylne-pakowanie-narzedzia-chirurgiczne",
            "cs": "partner-sterilni-baleni-chirurgicke-nastroje",
        },
        title={
            "de": "Partner für Sterilverpackung chirurgischer Einmalinstrumente gesucht",
            "en": "Partner wanted for sterile packaging of single-use surgical instruments",
            "pl": "Poszukiwany partner do sterylnego pakowania jednorazowych narzędzi "
            "chirurgicznych",
            "cs": "Hledáme partnera pro sterilní balení jednorázových chirurgických nástrojů",
        },
        summary={
            "de": "Ein Hersteller chirurgischer Instrumente aus der Region Ústí nad Labem bringt "
            "eine Reihe von Einmalscheren und -pinzetten auf den Markt. Er sucht einen "
            "zertifizierten Partner, der sie im Reinraum verpackt und sterilisieren lässt.",
            "en": "A manufacturer of surgical instruments from the Ústí nad Labem Region is "
            "launching a range of single-use scissors and forceps. It is looking for a certified "
            "partner to pack them in a clean room and have them sterilised.",
            "pl": "Producent narzędzi chirurgicznych z kraju usteckiego wprowadza na rynek serię "
            "jednorazowych nożyczek i pęset. Szuka certyfikowanego partnera, który zapakuje je w "
            "pomieszczeniu czystym i zleci ich sterylizację.",
            "cs": "Výrobce chirurgických nástrojů z Ústeckého kraje uvádí na trh řadu "
            "jednorázových nůžek a pinzet. Hledá certifikovaného partnera, který je zabalí v "
            "čistém prostoru a zajistí jejich sterilizaci.",
        },
        body=(
            {
                "de": "Die Instrumente werden im eigenen Werk gestanzt, geschliffen und geprüft; "
                "für Verpackung und Sterilisation fehlen Reinraum und Erfahrung. Erwartet werden "
                "anfangs rund 200.000 Stück im Jahr, verteilt auf zwölf Artikel, mit steigender "
                "Tendenz.",
                "en": "The instruments are punched, ground and inspected at the company's own "
                "plant; it lacks the clean room and experience for packaging and sterilisation. "
                "Initially around 200,000 pieces a year are expected, spread over twelve items, "
                "with volumes rising.",
                "pl": "Narzędzia są wykrawane, szlifowane i kontrolowane we własnym zakładzie; do "
                "pakowania i sterylizacji brakuje pomieszczenia czystego i doświadczenia. Na "
                "początek przewiduje się około 200 000 sztuk rocznie w dwunastu pozycjach, z "
                "tendencją wzrostową.",
                "cs": "Nástroje se vysekávají, brousí a kontrolují ve vlastním závodě; pro balení "
                "a sterilizaci chybí čistý prostor i zkušenosti. Zpočátku se počítá s přibližně "
                "200 000 kusy ročně ve dvanácti položkách, s rostoucí tendencí.",
            },
            {
                "de": "Der Partner sollte nach ISO 13485 zertifiziert und per Lkw innerhalb eines "
                "Tages erreichbar sein. Gewünscht ist ein Liefervertrag über mindestens drei "
                "Jahre.",
                "en": "The partner should be certified to ISO 13485 and reachable by lorry within "
                "a day. A supply agreement of at least three years is desired.",
                "pl": "Partner powinien posiadać certyfikat ISO 13485 i znajdować się nie dalej "
                "niż jeden dzień transportu ciężarówką. Preferowana jest umowa dostaw na co "
                "najmniej trzy lata.",
                "cs": "Partner by měl být certifikován podle ISO 13485 a dosažitelný nákladním "
                "autem do jednoho dne. Požadována je dodavatelská smlouva nejméně na tři roky.",
            },
        ),
        keywords={
            "de": "chirurgische Instrumente, Einmalprodukte, Sterilisation, Reinraum, "
            "Lohnverpackung",
            "en": "surgical instruments, single-use products, sterilisation, clean room, contract "
            "packaging",
            "pl": "narzędzia chirurgiczne, produkty jednorazowe, sterylizacja, pomieszczenie "
            "czyste, pakowanie na zlecenie",
            "cs": "chirurgické nástroje, jednorázové výrobky, sterilizace, čistý prostor, "
            "zakázkové balení",
        },
        sectors=("life-sciences",),
        country="CZ",
        region="ustecky-kraj",
        targets=("DE", "PL"),
        partners=(Partner.SME,),
        partnerships=(Partnership.SUPPLIER, Partnership.SUBCONTRACTING),
        valid_until=D(2027, 2, 28),
        contact="petra.novakova",
        company=Company(
            "Labe Chirurgie s.r.o.", "Ing. Veronika Malá", "nakup", "labe-chirurgie.example", "44"
        ),
    ),
    # --- Automotive ---------------------------------------------------------------------
    Offer(
        key="spritzgussteile-liberec",
        kind=Kind.BUSINESS_OFFER,
        slug={
            "de": "spritzgussteile-liberec-automobilzulieferer",
            "en": "injection-moulded-parts-liberec-automotive",
            "pl": "wypraski-wtryskowe-liberec-motoryzacja",
            "cs": "vstrikovane-dily-liberec-automotive",
        },
        title={
            "de": "Spritzgussteile aus Liberec: freie Kapazitäten für Automobilzulieferer",
            "en": "Injection-moulded parts from Liberec: free capacity for automotive suppliers",
            "pl": "Wypraski wtryskowe z Liberca: wolne moce dla dostawców motoryzacyjnych",
            "cs": "Vstřikované díly z Liberce: volné kapacity pro automobilové dodavatele",
        },
        summary={
            "de": "Ein Kunststoffverarbeiter bei Liberec fertigt technische Spritzgussteile und "
            "Zweikomponententeile für Innenraum und Motorraum. Nach der Erweiterung um eine neue "
            "Halle bietet er Zulieferern in Sachsen und Polen freie Maschinenkapazität an.",
            "en": "A plastics processor near Liberec manufactures technical injection-moulded and "
            "two-component parts for vehicle interiors and engine compartments. Having added a new "
            "hall, it offers free machine capacity to suppliers in Saxony and Poland.",
            "pl": "Przetwórca tworzyw sztucznych spod Liberca produkuje techniczne wypraski "
            "wtryskowe i części dwukomponentowe do wnętrza pojazdu i komory silnika. Po rozbudowie "
            "o nową halę oferuje dostawcom z Saksonii i Polski wolne moce maszynowe.",
            "cs": "Zpracovatel plastů u Liberce vyrábí technické vstřikované a dvoukomponentní "
            "díly pro interiér a motorový prostor. Po rozšíření o novou halu nabízí dodavatelům v "
            "Sasku a Polsku volnou strojní kapacitu.",
        },
        body=(
            {
                "de": "Der Maschinenpark umfasst 28 Spritzgießmaschinen mit 80 bis 650 Tonnen "
                "Schließkraft, davon sechs für Zweikomponententeile, sowie einen eigenen "
                "Werkzeugbau. Das Unternehmen ist nach IATF 16949 zertifiziert und liefert bereits "
                "an mehrere Zulieferer in Sachsen.",
                "en": "The machinery comprises 28 injection moulding machines with clamping forces "
                "from 80 to 650 tonnes, six of them for two-component parts, and an in-house "
                "toolmaking shop. The company is certified to IATF 16949 and already supplies "
                "several suppliers in Saxony.",
                "pl": "Park maszynowy obejmuje 28 wtryskarek o sile zwarcia od 80 do 650 ton, w "
                "tym sześć do części dwukomponentowych, oraz własną narzędziownię. Firma posiada "
                "certyfikat IATF 16949 i już dostarcza części kilku dostawcom w Saksonii.",
                "cs": "Strojový park zahrnuje 28 vstřikovacích lisů s uzavírací silou od 80 do 650 "
                "tun, z toho šest pro dvoukomponentní díly, a vlastní nástrojárnu. Firma je "
                "certifikována podle IATF 16949 a již dodává několika dodavatelům v Sasku.",
            },
            {
                "de": "Angeboten werden Serienfertigung nach Kundenzeichnung, Montage kleiner "
                "Baugruppen und die Verlagerung bestehender Werkzeuge. Muster können innerhalb von "
                "sechs Wochen geliefert werden.",
                "en": "The company offers series production to customer drawings, assembly of "
                "small modules and the transfer of existing tools. Samples can be delivered within "
                "six weeks.",
                "pl": "Oferowana jest produkcja seryjna według rysunków klienta, montaż małych "
                "podzespołów oraz przeniesienie istniejących form. Próbki mogą zostać dostarczone "
                "w ciągu sześciu tygodni.",
                "cs": "Firma nabízí sériovou výrobu podle výkresů zákazníka, montáž malých sestav "
                "a přemístění stávajících nástrojů. Vzorky lze dodat do šesti týdnů.",
            },
        ),
        keywords={
            "de": "Spritzguss, Zweikomponententechnik, IATF 16949, Werkzeugbau, Kunststoffteile",
            "en": "injection moulding, two-component technology, IATF 16949, toolmaking, plastic "
            "parts",
            "pl": "formowanie wtryskowe, technologia dwukomponentowa, IATF 16949, narzędziownia, "
            "części z tworzyw sztucznych",
            "cs": "vstřikování plastů, dvoukomponentní technologie, IATF 16949, nástrojárna, "
            "plastové díly",
        },
        sectors=("automotive",),
        country="CZ",
        region="liberecky-kraj",
        targets=("DE", "PL"),
        partners=(Partner.SME, Partner.LARGE_COMPANY),
        partnerships=(Partnership.SUPPLIER, Partnership.SUBCONTRACTING),
        valid_until=D(2027, 5, 31),
        contact="petra.novakova",
        company=RASOVKA,
    ),
    Offer(
        key="zweitlieferant-aluminium-druckguss",
        kind=Kind.BUSINESS_REQUEST,
        slug={
            "de": "zweitlieferant-aluminium-druckguss",
            "en": "second-source-die-cast-aluminium",
            "pl": "drugi-dostawca-odlewy-aluminiowe",
            "cs": "druhy-dodavatel-hlinikove-odlitky",
        },
        title={
            "de": "Zweitlieferant für Aluminium-Druckgussgehäuse gesucht",
            "en": "Second source wanted for die-cast aluminium housings",
            "pl": "Poszukiwany drugi dostawca odlewanych ciśnieniowo obudów aluminiowych",
            "cs": "Hledáme druhého dodavatele hliníkových tlakově litých skříní",
        },
        summary={
            "de": "Ein Zulieferer aus dem Raum Chemnitz fertigt Komponenten für elektrische "
            "Antriebe. Für Gehäuse und Lagerschilde aus Aluminium-Druckguss sucht er einen zweiten "
            "Lieferanten in Tschechien oder Polen, der auch die mechanische Bearbeitung übernimmt.",
            "en": "A supplier from the Chemnitz area makes components for electric drives. For "
            "die-cast aluminium housings and end shields, it is looking for a second supplier in "
            "Czechia or Poland who can also do the machining.",
            "pl": "Dostawca z okolic Chemnitz produkuje komponenty do napędów elektrycznych. Do "
            "obudów i tarcz łożyskowych z aluminium odlewanego ciśnieniowo szuka drugiego dostawcy "
            "w Czechach lub w Polsce, który przejmie również obróbkę mechaniczną.",
            "cs": "Dodavatel z oblasti Chemnitz vyrábí komponenty pro elektrické pohony. Pro "
            "skříně a ložiskové štíty z tlakově litého hliníku hledá druhého dodavatele v Česku "
            "nebo Polsku, který zajistí i obrábění.",
        },
        body=(
            {
                "de": "Es geht um sechs Teile mit Stückgewichten zwischen 0,8 und 4,5 Kilogramm "
                "und einem Jahresbedarf von zusammen rund 120.000 Stück. Die Werkzeuge stellt der "
                "Auftraggeber; erwartet werden Dichtheitsprüfung, Imprägnierung und eine Lieferung "
                "im Zwei-Wochen-Rhythmus.",
                "en": "Six parts are involved, weighing between 0.8 and 4.5 kilograms each, with a "
                "combined annual requirement of around 120,000 pieces. The customer provides the "
                "tools; leak testing, impregnation and deliveries every two weeks are expected.",
                "pl": "Chodzi o sześć części o masie od 0,8 do 4,5 kilograma i łącznym rocznym "
                "zapotrzebowaniu około 120 000 sztuk. Formy zapewnia zleceniodawca; oczekiwane są "
                "próba szczelności, impregnacja i dostawy co dwa tygodnie.",
                "cs": "Jde o šest dílů o hmotnosti 0,8 až 4,5 kilogramu s celkovou roční potřebou "
                "zhruba 120 000 kusů. Nástroje dodá zadavatel; očekává se zkouška těsnosti, "
                "impregnace a dodávky ve dvoutýdenním rytmu.",
            },
            {
                "de": "Voraussetzung ist eine Zertifizierung nach IATF 16949. Bevorzugt werden "
                "Betriebe, die von Chemnitz aus in höchstens vier Stunden erreichbar sind.",
                "en": "Certification to IATF 16949 is a prerequisite. Preference is given to "
                "plants that can be reached from Chemnitz in four hours at most.",
                "pl": "Warunkiem jest certyfikat IATF 16949. Preferowane są zakłady, do których z "
                "Chemnitz można dojechać w ciągu maksymalnie czterech godzin.",
                "cs": "Podmínkou je certifikace podle IATF 16949. Přednost mají závody, které jsou "
                "z Chemnitz dosažitelné nejvýše za čtyři hodiny.",
            },
        ),
        keywords={
            "de": "Aluminium-Druckguss, E-Antrieb, CNC-Bearbeitung, IATF 16949, Zweitlieferant",
            "en": "aluminium die casting, electric drive, CNC machining, IATF 16949, second source",
            "pl": "odlewanie ciśnieniowe aluminium, napęd elektryczny, obróbka CNC, IATF 16949, "
            "drugi dostawca",
            "cs": "tlakové lití hliníku, elektrický pohon, obrábění CNC, IATF 16949, druhý "
            "dodavatel",
        },
        sectors=("automotive",),
        country="DE",
        region="chemnitz",
        targets=("CZ", "PL"),
        partners=(Partner.SME, Partner.LARGE_COMPANY),
        partnerships=(Partnership.SUPPLIER, Partnership.MANUFACTURING),
        valid_until=D(2027, 3, 31),
        contact="petra.novakova",
        company=ZSCHOPAUTAL,
    ),
    Offer(
        key="demontage-traktionsbatterien",
        kind=Kind.TECHNOLOGY_OFFER,
        slug={
            "de": "automatisierte-demontage-traktionsbatterien",
            "en": "automated-dismantling-traction-batteries",
            "pl": "zautomatyzowany-demontaz-baterii-trakcyjnych",
            "cs": "automatizovana-demontaz-trakcnich-baterii",
        },
        title={
            "de": "Automatisierte Demontage von Traktionsbatterien",
            "en": "Automated dismantling of traction batteries",
            "pl": "Zautomatyzowany demontaż baterii trakcyjnych",
            "cs": "Automatizovaná demontáž trakčních baterií",
        },
        summary={
            "de": "Ein niederschlesisches Robotikunternehmen hat eine Zelle entwickelt, die "
            "Batteriepakete von Elektroautos bis auf Modulebene zerlegt. Es sucht "
            "Recyclingbetriebe, Autohersteller und Forschungseinrichtungen, die die Anlage mit ihm "
            "erproben und weiterentwickeln.",
            "en": "A Lower Silesian robotics company has developed a cell that takes apart the "
            "battery packs of electric cars down to module level. It is looking for recycling "
            "firms, carmakers and research institutions to test and develop the system further "
            "with it.",
            "pl": "Dolnośląska firma robotyczna opracowała stanowisko, które rozkłada pakiety "
            "baterii samochodów elektrycznych aż do poziomu modułów. Szuka zakładów recyklingu, "
            "producentów samochodów i instytucji badawczych, które wspólnie z nią przetestują i "
            "rozwiną instalację.",
            "cs": "Dolnoslezská robotická firma vyvinula buňku, která rozebírá bateriové sady "
            "elektromobilů až na úroveň modulů. Hledá recyklační podniky, automobilky a výzkumné "
            "instituce, které s ní zařízení vyzkoušejí a dále vyvinou.",
        },
        body=(
            {
                "de": "Eine Kamera erkennt Typ und Zustand des Pakets, danach lösen zwei Roboter "
                "Schrauben, Stecker und Kühlleitungen und entnehmen die Module. Der Prototyp "
                "zerlegt drei verbreitete Pakettypen in jeweils unter 40 Minuten – von Hand dauert "
                "das unter Hochvoltschutz mehrere Stunden.",
                "en": "A camera identifies the type and condition of the pack; two robots then "
                "undo screws, connectors and cooling lines and remove the modules. The prototype "
                "dismantles three common pack types in under 40 minutes each – by hand, under "
                "high-voltage protection, this takes several hours.",
                "pl": "Kamera rozpoznaje typ i stan pakietu, po czym dwa roboty odkręcają śruby, "
                "rozłączają złącza i przewody chłodzące oraz wyjmują moduły. Prototyp demontuje "
                "trzy popularne typy pakietów w czasie poniżej 40 minut każdy – ręcznie, w "
                "warunkach ochrony przed wysokim napięciem, trwa to kilka godzin.",
                "cs": "Kamera rozpozná typ a stav sady, poté dva roboty povolí šrouby, konektory a "
                "chladicí vedení a vyjmou moduly. Prototyp rozebere tři běžné typy sad každou za "
                "méně než 40 minut – ručně to za podmínek ochrany před vysokým napětím trvá "
                "několik hodin.",
            },
            {
                "de": "Für einen Pilotbetrieb ab 2027 werden Partner mit Altbatterien in "
                "nennenswerter Menge gesucht, außerdem Forschungseinrichtungen für die "
                "Weiterverwertung der Module. Denkbar sind Lizenzverträge ebenso wie gemeinsame "
                "Förderprojekte.",
                "en": "For pilot operation from 2027, partners with substantial quantities of used "
                "batteries are wanted, as well as research institutions for the further use of the "
                "modules. Licence agreements are conceivable, as are joint funded projects.",
                "pl": "Do eksploatacji pilotażowej od 2027 roku poszukiwani są partnerzy "
                "dysponujący znaczną ilością zużytych baterii, a także instytucje badawcze "
                "zajmujące się dalszym wykorzystaniem modułów. Możliwe są zarówno umowy "
                "licencyjne, jak i wspólne projekty dofinansowane.",
                "cs": "Pro pilotní provoz od roku 2027 hledáme partnery s větším množstvím "
                "použitých baterií a také výzkumné instituce pro další využití modulů. V úvahu "
                "připadají licenční smlouvy i společné dotované projekty.",
            },
        ),
        keywords={
            "de": "Batterierecycling, Robotik, Elektromobilität, Demontage, Kreislaufwirtschaft",
            "en": "battery recycling, robotics, electromobility, dismantling, circular economy",
            "pl": "recykling baterii, robotyka, elektromobilność, demontaż, gospodarka o obiegu "
            "zamkniętym",
            "cs": "recyklace baterií, robotika, elektromobilita, demontáž, oběhové hospodářství",
        },
        sectors=("automotive", "energy"),
        country="PL",
        region="dolnoslaskie",
        targets=("DE", "CZ"),
        partners=(Partner.LARGE_COMPANY, Partner.SME, Partner.RESEARCH),
        partnerships=(Partnership.LICENCE, Partnership.TECHNICAL, Partnership.RESEARCH),
        stage=Stage.PROTOTYPE,
        valid_until=D(2027, 8, 31),
        contact="tomasz.zielinski",
        company=Company(
            "Recyklon Robotics sp. z o.o.", "Kamil Domański", "kontakt", "recyklon.example", "47"
        ),
    ),
    Offer(
        key="kabelsaetze-kleinserien",
        kind=Kind.BUSINESS_OFFER,
        slug={
            "de": "kabelsaetze-kleinserien-sonderfahrzeuge",
            "en": "small-batch-wiring-harnesses",
            "pl": "wiazki-kablowe-male-serie",
            "cs": "kabelove-svazky-male-serie",
        },
        title={
            "de": "Kabelsätze in Kleinserien für Sonder- und Nutzfahrzeuge",
            "en": "Small-batch wiring harnesses for special-purpose and commercial vehicles",
            "pl": "Wiązki kablowe w małych seriach do pojazdów specjalnych i użytkowych",
            "cs": "Kabelové svazky v malých sériích pro speciální a užitková vozidla",
        },
        summary={
            "de": "Ein Kabelkonfektionär aus Legnica fertigt Kabelsätze ab 50 Stück für "
            "Landmaschinen, Kommunalfahrzeuge und Busse. Er sucht Abnehmer in Sachsen, die ihre "
            "Konfektion auslagern möchten.",
            "en": "A cable assembler from Legnica manufactures wiring harnesses in batches from 50 "
            "units for agricultural machinery, municipal vehicles and buses. It is looking for "
            "customers in Saxony who want to outsource their cable assembly.",
            "pl": "Firma z Legnicy produkuje wiązki kablowe od 50 sztuk do maszyn rolniczych, "
            "pojazdów komunalnych i autobusów. Szuka odbiorców w Saksonii, którzy chcą zlecić "
            "konfekcjonowanie kabli na zewnątrz.",
            "cs": "Výrobce kabelových svazků z Lehnice vyrábí svazky od 50 kusů pro zemědělské "
            "stroje, komunální vozidla a autobusy. Hledá odběratele v Sasku, kteří chtějí výrobu "
            "kabeláže svěřit externímu partnerovi.",
        },
        body=(
            {
                "de": "Die 120 Beschäftigten verarbeiten Leitungen bis 95 Quadratmillimeter, "
                "crimpen, vergießen und prüfen jeden Kabelsatz elektrisch. Zeichnungen und "
                "Stücklisten können auf Deutsch übergeben werden; die Projektleitung spricht "
                "Deutsch.",
                "en": "The 120 employees process cables up to 95 square millimetres, crimp, pot "
                "and electrically test every harness. Drawings and parts lists can be supplied in "
                "German; the project managers speak German.",
                "pl": "120 pracowników obrabia przewody o przekroju do 95 milimetrów kwadratowych, "
                "zaciska końcówki, zalewa i sprawdza elektrycznie każdą wiązkę. Rysunki i listy "
                "części mogą być przekazywane w języku niemieckim; kierownicy projektów mówią po "
                "niemiecku.",
                "cs": "120 zaměstnanců zpracovává vodiče do průřezu 95 čtverečních milimetrů, "
                "lisuje koncovky, zalévá a elektricky zkouší každý svazek. Výkresy a kusovníky lze "
                "předat v němčině; vedoucí projektů mluví německy.",
            },
            {
                "de": "Gesucht werden Fahrzeug- und Maschinenbauer mit wechselnden, kleinen "
                "Stückzahlen, für die sich eine eigene Konfektion nicht lohnt.",
                "en": "The company is looking for vehicle and machine builders with small, "
                "changing quantities for whom in-house cable assembly does not pay off.",
                "pl": "Poszukiwani są producenci pojazdów i maszyn o niewielkich, zmiennych "
                "wolumenach, dla których własne konfekcjonowanie się nie opłaca.",
                "cs": "Hledá výrobce vozidel a strojů s malými a proměnlivými počty kusů, pro "
                "které se vlastní výroba kabeláže nevyplatí.",
            },
        ),
        keywords={
            "de": "Kabelsätze, Kabelkonfektion, Kleinserien, Nutzfahrzeuge, Landmaschinen",
            "en": "wiring harnesses, cable assembly, small batches, commercial vehicles, "
            "agricultural machinery",
            "pl": "wiązki kablowe, konfekcjonowanie kabli, małe serie, pojazdy użytkowe, maszyny "
            "rolnicze",
            "cs": "kabelové svazky, výroba kabeláže, malé série, užitková vozidla, zemědělské "
            "stroje",
        },
        sectors=("automotive", "electrical-engineering"),
        country="PL",
        region="dolnoslaskie",
        targets=("DE",),
        partners=(Partner.SME, Partner.LARGE_COMPANY),
        partnerships=(Partnership.MANUFACTURING, Partnership.SUBCONTRACTING),
        valid_until=D(2026, 6, 30),  # expired
        contact="tomasz.zielinski",
        company=Company(
            "Kablomont sp. z o.o.", "Agnieszka Pawlak", "biuro", "kablomont.example", "48"
        ),
    ),
    # --- Mechanical and plant engineering -----------------------------------------------
    Offer(
        key="retrofit-werkzeugmaschinen",
        kind=Kind.BUSINESS_OFFER,
        slug={
            "de": "retrofit-werkzeugmaschinen",
            "en": "machine-tool-retrofit",
            "pl": "retrofit-obrabiarek",
            "cs": "retrofit-obrabecich-stroju",
        },
        title={
            "de": "Retrofit von Werkzeugmaschinen: neue Steuerung statt neuer Maschine",
            "en": "Machine tool retrofits: a new control instead of a new machine",
            "pl": "Retrofit obrabiarek: nowe sterowanie zamiast nowej maszyny",
            "cs": "Retrofit obráběcích strojů: nové řízení místo nového stroje",
        },
        summary={
            "de": "Ein Chemnitzer Maschinenbaubetrieb rüstet Dreh- und Fräsmaschinen mit neuen "
            "CNC-Steuerungen, Antrieben und Messsystemen aus. Er bietet Betrieben in Tschechien "
            "und Polen Modernisierungen mit Inbetriebnahme und Schulung vor Ort an.",
            "en": "A Chemnitz engineering firm fits lathes and milling machines with new CNC "
            "controls, drives and measuring systems. It offers companies in Czechia and Poland "
            "modernisations including on-site commissioning and training.",
            "pl": "Zakład budowy maszyn z Chemnitz wyposaża tokarki i frezarki w nowe sterowania "
            "CNC, napędy i systemy pomiarowe. Oferuje firmom w Czechach i Polsce modernizacje wraz "
            "z uruchomieniem i szkoleniem na miejscu.",
            "cs": "Strojírenská firma z Chemnitz vybavuje soustruhy a frézky novými řídicími "
            "systémy CNC, pohony a měřicími systémy. Podnikům v Česku a Polsku nabízí modernizace "
            "včetně uvedení do provozu a školení na místě.",
        },
        body=(
            {
                "de": "Ein Retrofit kostet meist ein Drittel einer Neumaschine und ist in vier bis "
                "acht Wochen erledigt. Der Betrieb hat in den vergangenen zehn Jahren über 300 "
                "Maschinen verschiedener Hersteller modernisiert, auch solche, für die es keine "
                "Ersatzteile mehr gibt.",
                "en": "A retrofit usually costs a third of a new machine and is done in four to "
                "eight weeks. Over the past ten years, the firm has modernised more than 300 "
                "machines from various manufacturers, including ones for which spare parts are no "
                "longer available.",
                "pl": "Retrofit kosztuje zwykle jedną trzecią ceny nowej maszyny i trwa od "
                "czterech do ośmiu tygodni. W ciągu ostatnich dziesięciu lat zakład zmodernizował "
                "ponad 300 maszyn różnych producentów, także takich, do których nie ma już części "
                "zamiennych.",
                "cs": "Retrofit obvykle stojí třetinu ceny nového stroje a je hotový za čtyři až "
                "osm týdnů. Firma za posledních deset let modernizovala přes 300 strojů různých "
                "výrobců, včetně těch, k nimž už nejsou k dispozici náhradní díly.",
            },
            {
                "de": "Gesucht werden Fertigungsbetriebe mit älteren, mechanisch noch guten "
                "Maschinen sowie Servicepartner in Tschechien und Polen, die Wartung und "
                "Ersatzteilversorgung vor Ort übernehmen.",
                "en": "The firm is looking for manufacturers with older machines that are still "
                "mechanically sound, and for service partners in Czechia and Poland to take over "
                "on-site maintenance and spare-parts supply.",
                "pl": "Poszukiwane są zakłady produkcyjne ze starszymi, ale sprawnymi mechanicznie "
                "maszynami oraz partnerzy serwisowi w Czechach i Polsce, którzy przejmą "
                "konserwację i dostawy części zamiennych na miejscu.",
                "cs": "Hledá výrobní podniky se staršími, mechanicky stále dobrými stroji a také "
                "servisní partnery v Česku a Polsku, kteří převezmou údržbu a zásobování "
                "náhradními díly na místě.",
            },
        ),
        keywords={
            "de": "Retrofit, CNC-Steuerung, Werkzeugmaschinen, Modernisierung, Instandhaltung",
            "en": "retrofit, CNC control, machine tools, modernisation, maintenance",
            "pl": "retrofit, sterowanie CNC, obrabiarki, modernizacja, utrzymanie ruchu",
            "cs": "retrofit, řízení CNC, obráběcí stroje, modernizace, údržba",
        },
        sectors=("mechanical-engineering",),
        country="DE",
        region="chemnitz",
        targets=("CZ", "PL"),
        partners=(Partner.SME, Partner.LARGE_COMPANY),
        partnerships=(Partnership.TECHNICAL, Partnership.SUBCONTRACTING),
        valid_until=D(2027, 7, 31),
        contact="katrin.vogelsang",
        company=Company(
            "Zwönitz Maschinenservice GmbH",
            "Steffen Kluge",
            "s.kluge",
            "zwoenitz-maschinenservice.example",
            "49",
        ),
    ),
    Offer(
        key="modernisierung-drehmaschinen-decin",
        kind=Kind.BUSINESS_REQUEST,
        slug={
            "de": "modernisierung-drehmaschinen-decin",
            "en": "lathe-modernisation-decin",
            "pl": "modernizacja-tokarek-decin",
            "cs": "modernizace-soustruhu-decin",
        },
        title={
            "de": "Modernisierung von zwölf Drehmaschinen in Děčín gesucht",
            "en": "Wanted: modernisation of twelve lathes in Děčín",
            "pl": "Poszukiwana modernizacja dwunastu tokarek w Děčínie",
            "cs": "Hledáme modernizaci dvanácti soustruhů v Děčíně",
        },
        summary={
            "de": "Eine Maschinenfabrik in Děčín möchte zwölf CNC-Drehmaschinen aus den Jahren "
            "2003 bis 2008 mit neuen Steuerungen ausstatten, statt sie zu ersetzen. Sie sucht "
            "einen erfahrenen Partner, der die Umrüstung schrittweise und bei laufender Produktion "
            "plant.",
            "en": "An engineering works in Děčín wants to fit twelve CNC lathes built between 2003 "
            "and 2008 with new controls instead of replacing them. It is looking for an "
            "experienced partner to plan the conversion step by step while production continues.",
            "pl": "Fabryka maszyn w Děčínie chce wyposażyć dwanaście tokarek CNC z lat 2003–2008 w "
            "nowe sterowania zamiast je wymieniać. Szuka doświadczonego partnera, który zaplanuje "
            "przebudowę etapami, bez przerywania produkcji.",
            "cs": "Strojírna v Děčíně chce dvanáct soustruhů CNC z let 2003 až 2008 vybavit novým "
            "řízením, místo aby je nahradila. Hledá zkušeného partnera, který přestavbu naplánuje "
            "postupně a za běžícího provozu.",
        },
        body=(
            {
                "de": "Die Maschinen sind mechanisch in gutem Zustand, doch für die Steuerungen "
                "gibt es kaum noch Ersatzteile, und zwei Ausfälle im vergangenen Jahr haben "
                "Lieferungen verzögert. Gewünscht sind einheitliche Steuerungen, die Anbindung an "
                "das Fertigungsleitsystem und Schulungen auf Tschechisch oder Deutsch.",
                "en": "The machines are mechanically in good condition, but spare parts for their "
                "controls are hardly available any more, and two breakdowns last year delayed "
                "deliveries. The works wants uniform controls, a connection to its manufacturing "
                "execution system and training in Czech or German.",
                "pl": "Maszyny są w dobrym stanie mechanicznym, ale do ich sterowań prawie nie ma "
                "już części zamiennych, a dwie awarie w ubiegłym roku opóźniły dostawy. Oczekiwane "
                "są jednolite sterowania, podłączenie do systemu zarządzania produkcją i szkolenia "
                "w języku czeskim lub niemieckim.",
                "cs": "Stroje jsou mechanicky v dobrém stavu, ale náhradní díly pro jejich řízení "
                "jsou už téměř nedostupné a dvě loňské poruchy zpozdily dodávky. Požadováno je "
                "jednotné řízení, napojení na systém řízení výroby a školení v češtině nebo "
                "němčině.",
            },
            {
                "de": "Die Umrüstung soll 2027 beginnen und in Etappen von jeweils zwei Maschinen "
                "erfolgen.",
                "en": "The conversion is to start in 2027 and proceed in stages of two machines at "
                "a time.",
                "pl": "Przebudowa ma się rozpocząć w 2027 roku i przebiegać etapami, po dwie "
                "maszyny naraz.",
                "cs": "Přestavba má začít v roce 2027 a probíhat v etapách po dvou strojích.",
            },
        ),
        keywords={
            "de": "Drehmaschinen, Retrofit, CNC-Steuerung, Fertigungsleitsystem, Instandhaltung",
            "en": "lathes, retrofit, CNC control, manufacturing execution system, maintenance",
            "pl": "tokarki, retrofit, sterowanie CNC, system zarządzania produkcją, utrzymanie "
            "ruchu",
            "cs": "soustruhy, retrofit, řízení CNC, systém řízení výroby, údržba",
        },
        sectors=("mechanical-engineering",),
        country="CZ",
        region="ustecky-kraj",
        targets=("DE",),
        partners=(Partner.SME,),
        partnerships=(Partnership.SUBCONTRACTING, Partnership.TECHNICAL),
        valid_until=D(2027, 1, 31),
        contact="petra.novakova",
        company=Company(
            "Labská strojírna Boletice s.r.o.",
            "Ing. Jana Horáková",
            "technika",
            "strojirna-boletice.example",
            "50",
        ),
    ),
    Offer(
        key="schweissbaugruppen-sokolov",
        kind=Kind.BUSINESS_OFFER,
        slug={
            "de": "schweissbaugruppen-stahlkonstruktionen",
            "en": "welded-assemblies-steel-structures",
            "pl": "zespoly-spawane-konstrukcje-stalowe",
            "cs": "svarovane-sestavy-ocelove-konstrukce",
        },
        title={
            "de": "Schweißbaugruppen und Stahlkonstruktionen bis zwölf Tonnen",
            "en": "Welded assemblies and steel structures up to twelve tonnes",
            "pl": "Zespoły spawane i konstrukcje stalowe do dwunastu ton",
            "cs": "Svařované sestavy a ocelové konstrukce do dvanácti tun",
        },
        summary={
            "de": "Ein Metallbaubetrieb aus dem Sokolover Revier schweißt Rahmen, Gestelle und "
            "Behälter für den Maschinen- und Anlagenbau. Er sucht Auftraggeber in Sachsen, die "
            "Schweißarbeiten an externe Fertiger vergeben.",
            "en": "A metalworking company from the Sokolov area welds frames, racks and vessels "
            "for mechanical and plant engineering. It is looking for customers in Saxony who "
            "contract out welding work.",
            "pl": "Zakład konstrukcji metalowych z rejonu Sokolova spawa ramy, stelaże i zbiorniki "
            "dla branży budowy maszyn i urządzeń. Szuka zleceniodawców w Saksonii, którzy zlecają "
            "prace spawalnicze na zewnątrz.",
            "cs": "Kovovýroba ze Sokolovska svařuje rámy, stojany a nádoby pro strojírenství. "
            "Hledá zákazníky v Sasku, kteří zadávají svářečské práce externím výrobcům.",
        },
        body=(
            {
                "de": "Der Betrieb ist nach EN 1090 und ISO 3834-2 zertifiziert, verfügt über "
                "Brennschneiden, Kantbank sowie Strahl- und Lackieranlage und kann Teile bis zwölf "
                "Tonnen bewegen. Zwei Schweißfachingenieure betreuen die Aufträge, Prüfungen "
                "übernimmt ein akkreditiertes Labor.",
                "en": "The company is certified to EN 1090 and ISO 3834-2, has flame cutting, a "
                "press brake and a blasting and painting line, and can move parts of up to twelve "
                "tonnes. Two welding engineers supervise the orders; tests are carried out by an "
                "accredited laboratory.",
                "pl": "Zakład posiada certyfikaty EN 1090 i ISO 3834-2, dysponuje cięciem "
                "tlenowym, prasą krawędziową, śrutownią i lakiernią i może przemieszczać elementy "
                "o masie do dwunastu ton. Zlecenia nadzorują dwaj inżynierowie spawalnicy, a "
                "badania wykonuje akredytowane laboratorium.",
                "cs": "Firma je certifikována podle EN 1090 a ISO 3834-2, má pálení, ohraňovací "
                "lis, tryskací a lakovací linku a zvládne díly do dvanácti tun. Zakázky vedou dva "
                "svářečští inženýři, zkoušky provádí akreditovaná laboratoř.",
            },
            {
                "de": "Das Werk liegt eine halbe Stunde von der Grenze entfernt; Lieferungen nach "
                "Plauen, Zwickau oder Chemnitz sind am selben Tag möglich.",
                "en": "The plant is half an hour from the border; deliveries to Plauen, Zwickau or "
                "Chemnitz are possible on the same day.",
                "pl": "Zakład znajduje się pół godziny drogi od granicy; dostawy do Plauen, "
                "Zwickau lub Chemnitz są możliwe tego samego dnia.",
                "cs": "Závod leží půl hodiny od hranice; dodávky do Plavna, Zwickau nebo Chemnitz "
                "jsou možné ještě týž den.",
            },
        ),
        keywords={
            "de": "Schweißen, Stahlbau, EN 1090, Lohnfertigung, Baugruppen",
            "en": "welding, steel construction, EN 1090, contract manufacturing, assemblies",
            "pl": "spawanie, konstrukcje stalowe, EN 1090, produkcja na zlecenie, podzespoły",
            "cs": "svařování, ocelové konstrukce, EN 1090, zakázková výroba, sestavy",
        },
        sectors=("mechanical-engineering",),
        country="CZ",
        region="karlovarsky-kraj",
        targets=("DE",),
        partners=(Partner.SME, Partner.LARGE_COMPANY),
        partnerships=(Partnership.SUBCONTRACTING, Partnership.MANUFACTURING),
        valid_until=D(2026, 11, 30),  # within the renewal reminder's fourteen days
        contact="petra.novakova",
        company=Company(
            "Svařovna Habartov s.r.o.",
            "Pavel Vondráček",
            "zakazky",
            "svarovna-habartov.example",
            "51",
        ),
    ),
    Offer(
        key="ersatzteile-3d-metalldruck",
        kind=Kind.TECHNOLOGY_OFFER,
        slug={
            "de": "ersatzteile-3d-metalldruck",
            "en": "spare-parts-metal-3d-printing",
            "pl": "czesci-zamienne-druk-3d-metal",
            "cs": "nahradni-dily-3d-tisk-kovu",
        },
        title={
            "de": "Ersatzteile auf Abruf aus dem 3D-Metalldrucker",
            "en": "Spare parts on demand from the metal 3D printer",
            "pl": "Części zamienne na żądanie z drukarki 3D do metalu",
            "cs": "Náhradní díly na vyžádání z 3D tiskárny na kov",
        },
        summary={
            "de": "Eine Dresdner Ausgründung aus der Forschung bietet ein Verfahren, mit dem "
            "Maschinenbauer Ersatzteile digital lagern und bei Bedarf im Laserstrahlschmelzen "
            "fertigen lassen. Gesucht werden Industriepartner, die das Verfahren in ihrem "
            "Ersatzteilgeschäft erproben.",
            "en": "A Dresden research spin-off offers a process that lets machine builders store "
            "spare parts digitally and have them produced by laser powder bed fusion when needed. "
            "It is looking for industrial partners to test the process in their spare-parts "
            "business.",
            "pl": "Drezdeński spin-off naukowy oferuje metodę, dzięki której producenci maszyn "
            "przechowują części zamienne w formie cyfrowej i w razie potrzeby zlecają ich "
            "wytworzenie metodą selektywnego stapiania laserowego. Poszukiwani są partnerzy "
            "przemysłowi, którzy przetestują tę metodę w obsłudze części zamiennych.",
            "cs": "Drážďanská výzkumná spin-off firma nabízí postup, díky němuž mohou výrobci "
            "strojů skladovat náhradní díly digitálně a v případě potřeby je nechat vyrobit "
            "selektivním laserovým tavením kovového prášku. Hledá průmyslové partnery, kteří "
            "postup vyzkoušejí ve svém obchodu s náhradními díly.",
        },
        body=(
            {
                "de": "Kern des Angebots ist eine Software, die für ein vorhandenes Bauteil prüft, "
                "ob es sich drucken lässt, die Konstruktion anpasst und die Prozessparameter "
                "festlegt. Jedes gedruckte Teil erhält ein Prüfprotokoll, das es mit dem "
                "Originalteil vergleichbar macht; mehrere Maschinenbauer setzen das Verfahren "
                "bereits ein.",
                "en": "At the heart of the offer is software that checks whether an existing "
                "component can be printed, adapts its design and sets the process parameters. "
                "Every printed part comes with a test report that makes it comparable with the "
                "original; several machine builders already use the process.",
                "pl": "Sercem oferty jest oprogramowanie, które sprawdza, czy istniejący element "
                "da się wydrukować, dostosowuje jego konstrukcję i ustala parametry procesu. Każda "
                "wydrukowana część otrzymuje protokół badań, który pozwala porównać ją z "
                "oryginałem; kilku producentów maszyn już stosuje tę metodę.",
                "cs": "Jádrem nabídky je software, který u stávající součásti ověří, zda ji lze "
                "vytisknout, upraví její konstrukci a stanoví parametry procesu. Každý vytištěný "
                "díl dostane zkušební protokol, díky němuž je srovnatelný s originálem; postup již "
                "používá několik výrobců strojů.",
            },
            {
                "de": "Angeboten werden Lizenzen für die Software sowie technische Zusammenarbeit "
                "beim Aufbau eines digitalen Ersatzteillagers. Besonders interessant ist das "
                "Verfahren für Teile älterer Maschinen, deren Werkzeuge oder Zeichnungen nicht "
                "mehr existieren.",
                "en": "The spin-off offers licences for the software and technical cooperation in "
                "setting up a digital spare-parts warehouse. The process is particularly "
                "interesting for parts of older machines whose tools or drawings no longer exist.",
                "pl": "Oferowane są licencje na oprogramowanie oraz współpraca techniczna przy "
                "tworzeniu cyfrowego magazynu części zamiennych. Metoda jest szczególnie "
                "interesująca w przypadku części do starszych maszyn, do których nie istnieją już "
                "narzędzia ani rysunki.",
                "cs": "Nabízí licence na software a technickou spolupráci při budování digitálního "
                "skladu náhradních dílů. Postup je zvlášť zajímavý pro díly starších strojů, k "
                "nimž už neexistují nástroje ani výkresy.",
            },
        ),
        keywords={
            "de": "additive Fertigung, Laserstrahlschmelzen, Ersatzteile, digitales Lager, "
            "Qualitätssicherung",
            "en": "additive manufacturing, laser powder bed fusion, spare parts, digital "
            "warehouse, quality assurance",
            "pl": "wytwarzanie przyrostowe, selektywne stapianie laserowe, części zamienne, "
            "magazyn cyfrowy, zapewnienie jakości",
            "cs": "aditivní výroba, selektivní laserové tavení, náhradní díly, digitální sklad, "
            "zajištění kvality",
        },
        sectors=("mechanical-engineering",),
        country="DE",
        region="dresden",
        targets=("CZ", "PL"),
        partners=(Partner.LARGE_COMPANY, Partner.SME),
        partnerships=(Partnership.LICENCE, Partnership.TECHNICAL),
        stage=Stage.FIELD_TESTED,
        valid_until=D(2027, 10, 31),
        contact="katrin.vogelsang",
        company=Company(
            "Spareprint Dresden GmbH",
            "Dr.-Ing. Felix Rautenberg",
            "f.rautenberg",
            "spareprint.example",
            "52",
        ),
    ),
    # --- Electrical engineering and microelectronics -----------------------------------
    Offer(
        key="pruefung-siliziumkarbid-module",
        kind=Kind.TECHNOLOGY_OFFER,
        slug={
            "de": "inline-pruefung-siliziumkarbid-leistungsmodule",
            "en": "inline-test-silicon-carbide-power-modules",
            "pl": "kontrola-modulow-mocy-weglik-krzemu",
            "cs": "kontrola-vykonovych-modulu-karbid-kremiku",
        },
        title={
            "de": "Inline-Prüfverfahren für Siliziumkarbid-Leistungsmodule",
            "en": "In-line test method for silicon carbide power modules",
            "pl": "Metoda kontroli w linii produkcyjnej dla modułów mocy z węglika krzemu",
            "cs": "Metoda kontroly v lince pro výkonové moduly z karbidu křemíku",
        },
        summary={
            "de": "Ein Dresdner Mikroelektronikunternehmen hat ein Verfahren entwickelt, das die "
            "Wärmeableitung von Leistungsmodulen in Sekunden misst und fehlerhafte Lötstellen "
            "erkennt, bevor das Modul verbaut wird. Gesucht werden Hersteller, die es in ihrer "
            "Fertigung erproben.",
            "en": "A Dresden microelectronics company has developed a method that measures the "
            "heat dissipation of power modules in seconds and detects faulty solder joints before "
            "the module is installed. It is looking for manufacturers to try it out in their "
            "production.",
            "pl": "Drezdeńska firma z branży mikroelektroniki opracowała metodę, która w kilka "
            "sekund mierzy odprowadzanie ciepła z modułów mocy i wykrywa wadliwe połączenia "
            "lutowane, zanim moduł zostanie zamontowany. Poszukiwani są producenci, którzy "
            "przetestują ją w swojej produkcji.",
            "cs": "Drážďanská mikroelektronická firma vyvinula metodu, která během několika sekund "
            "změří odvod tepla z výkonových modulů a odhalí vadné pájené spoje dříve, než je modul "
            "zabudován. Hledá výrobce, kteří ji vyzkoušejí ve své výrobě.",
        },
        body=(
            {
                "de": "Bisher wird die thermische Impedanz meist nur stichprobenartig im Labor "
                "bestimmt. Das neue Messsystem passt in eine Fertigungslinie, prüft jedes Modul "
                "und liefert eine Gut-Schlecht-Entscheidung mitsamt Messdaten für die "
                "Rückverfolgung.",
                "en": "Until now, thermal impedance has usually been determined only by sampling "
                "in the laboratory. The new measuring system fits into a production line, tests "
                "every module and delivers a pass-fail decision together with measurement data for "
                "traceability.",
                "pl": "Dotychczas impedancję termiczną określa się zwykle tylko wyrywkowo w "
                "laboratorium. Nowy system pomiarowy mieści się w linii produkcyjnej, sprawdza "
                "każdy moduł i wydaje ocenę zgodności wraz z danymi pomiarowymi, które zapewniają "
                "identyfikowalność.",
                "cs": "Dosud se tepelná impedance zjišťuje většinou jen namátkově v laboratoři. "
                "Nový měřicí systém se vejde do výrobní linky, zkontroluje každý modul a rozhodne, "
                "zda vyhovuje, spolu s naměřenými daty pro zpětnou sledovatelnost.",
            },
            {
                "de": "Ein Prototyp läuft seit einem Jahr bei einem sächsischen Hersteller von "
                "Wechselrichtern. Angeboten werden Lizenzen und gemeinsame Entwicklungsprojekte, "
                "etwa für Module in Ladestationen, Bahntechnik oder Windkraftanlagen.",
                "en": "A prototype has been running for a year at a Saxon inverter manufacturer. "
                "The company offers licences and joint development projects, for example for "
                "modules in charging stations, railway technology or wind turbines.",
                "pl": "Prototyp działa od roku u saksońskiego producenta falowników. Oferowane są "
                "licencje i wspólne projekty rozwojowe, na przykład dla modułów w stacjach "
                "ładowania, technice kolejowej lub turbinach wiatrowych.",
                "cs": "Prototyp běží již rok u saského výrobce střídačů. Firma nabízí licence a "
                "společné vývojové projekty, například pro moduly v nabíjecích stanicích, "
                "železniční technice nebo větrných elektrárnách.",
            },
        ),
        keywords={
            "de": "Leistungselektronik, Siliziumkarbid, thermische Impedanz, Qualitätsprüfung, "
            "Wechselrichter",
            "en": "power electronics, silicon carbide, thermal impedance, quality testing, "
            "inverters",
            "pl": "energoelektronika, węglik krzemu, impedancja termiczna, kontrola jakości, "
            "falowniki",
            "cs": "výkonová elektronika, karbid křemíku, tepelná impedance, kontrola kvality, "
            "střídače",
        },
        sectors=("electrical-engineering",),
        country="DE",
        region="dresden",
        targets=("PL", "CZ"),
        partners=(Partner.LARGE_COMPANY, Partner.SME, Partner.RESEARCH),
        partnerships=(Partnership.LICENCE, Partnership.TECHNICAL),
        stage=Stage.PROTOTYPE,
        valid_until=D(2027, 6, 30),
        contact="katrin.vogelsang",
        company=Company(
            "Thermoskop Halbleitertest GmbH",
            "Dr. Sophie Lindner",
            "s.lindner",
            "thermoskop.example",
            "53",
        ),
    ),
    Offer(
        key="sensorik-ortsnetztransformatoren",
        kind=Kind.TECHNOLOGY_REQUEST,
        slug={
            "de": "sensorik-ueberwachung-ortsnetztransformatoren",
            "en": "sensors-distribution-transformer-monitoring",
            "pl": "czujniki-monitorowanie-transformatorow",
            "cs": "senzory-sledovani-distribucnich-transformatoru",
        },
        title={
            "de": "Günstige Sensorik zur Zustandsüberwachung von Ortsnetztransformatoren gesucht",
            "en": "Wanted: low-cost sensors for condition monitoring of distribution transformers",
            "pl": "Poszukiwane tanie czujniki do monitorowania stanu transformatorów rozdzielczych",
            "cs": "Hledáme levné senzory pro sledování stavu distribučních transformátorů",
        },
        summary={
            "de": "Ein Hersteller von Niederspannungsverteilungen aus der Region Liberec will "
            "seine Kompaktstationen mit einer Zustandsüberwachung ausstatten. Gesucht wird eine "
            "Sensorik, die Temperatur, Teilentladungen und Belastung des Transformators misst und "
            "an die Leitstelle meldet.",
            "en": "A manufacturer of low-voltage distribution equipment from the Liberec Region "
            "wants to equip its compact substations with condition monitoring. It is looking for "
            "sensors that measure the transformer's temperature, partial discharges and load and "
            "report them to the control centre.",
            "pl": "Producent rozdzielnic niskiego napięcia z kraju libereckiego chce wyposażyć "
            "swoje kompaktowe stacje transformatorowe w monitorowanie stanu. Szuka czujników, "
            "które mierzą temperaturę, wyładowania niezupełne i obciążenie transformatora oraz "
            "przesyłają dane do dyspozytorni.",
            "cs": "Výrobce rozvaděčů nízkého napětí z Libereckého kraje chce své kompaktní "
            "trafostanice vybavit sledováním stavu. Hledá senzory, které měří teplotu, částečné "
            "výboje a zatížení transformátoru a hlásí je na dispečink.",
        },
        body=(
            {
                "de": "Mit Wärmepumpen, Ladepunkten und Photovoltaik ändern sich die Lasten in den "
                "Ortsnetzen schneller, als Netzbetreiber ihre Transformatoren tauschen können. Die "
                "Kunden des Herstellers wollen deshalb wissen, welche Station wann an ihre Grenzen "
                "kommt.",
                "en": "With heat pumps, charging points and photovoltaics, loads in local grids "
                "are changing faster than grid operators can replace their transformers. The "
                "manufacturer's customers therefore want to know which substation will reach its "
                "limits and when.",
                "pl": "Wraz z pompami ciepła, punktami ładowania i fotowoltaiką obciążenia w "
                "sieciach lokalnych zmieniają się szybciej, niż operatorzy sieci są w stanie "
                "wymieniać transformatory. Klienci producenta chcą więc wiedzieć, która stacja i "
                "kiedy osiągnie granice swoich możliwości.",
                "cs": "S tepelnými čerpadly, nabíjecími body a fotovoltaikou se zatížení v "
                "místních sítích mění rychleji, než stačí provozovatelé sítí vyměňovat "
                "transformátory. Zákazníci výrobce proto chtějí vědět, která stanice a kdy narazí "
                "na své limity.",
            },
            {
                "de": "Die Sensorik sollte nachrüstbar sein, ohne den Transformator zu öffnen, und "
                "pro Station nicht mehr als einige hundert Euro kosten. Denkbar sind eine Lizenz, "
                "eine Entwicklungspartnerschaft oder ein Liefervertrag für fertige Module.",
                "en": "The sensors should be retrofittable without opening the transformer and "
                "cost no more than a few hundred euros per substation. A licence, a development "
                "partnership or a supply agreement for finished modules are all conceivable.",
                "pl": "Czujniki powinny dać się zamontować bez otwierania transformatora i "
                "kosztować nie więcej niż kilkaset euro na stację. W grę wchodzi licencja, "
                "partnerstwo rozwojowe lub umowa na dostawę gotowych modułów.",
                "cs": "Senzory by mělo být možné dodatečně namontovat bez otevření transformátoru "
                "a neměly by stát víc než několik set eur na stanici. V úvahu připadá licence, "
                "vývojové partnerství nebo dodavatelská smlouva na hotové moduly.",
            },
        ),
        keywords={
            "de": "Zustandsüberwachung, Transformatoren, Teilentladung, Verteilnetz, Sensorik",
            "en": "condition monitoring, transformers, partial discharge, distribution grid, "
            "sensors",
            "pl": "monitorowanie stanu, transformatory, wyładowania niezupełne, sieć "
            "dystrybucyjna, czujniki",
            "cs": "sledování stavu, transformátory, částečné výboje, distribuční síť, senzory",
        },
        sectors=("electrical-engineering", "energy"),
        country="CZ",
        region="liberecky-kraj",
        targets=("DE", "PL"),
        partners=(Partner.SME, Partner.RESEARCH),
        partnerships=(Partnership.LICENCE, Partnership.TECHNICAL, Partnership.SUPPLIER),
        stage=Stage.PROTOTYPE,
        valid_until=D(2027, 2, 28),
        contact="petra.novakova",
        company=Company(
            "Nisa Elektro s.r.o.", "Ing. Lukáš Beneš", "vyvoj", "nisa-elektro.example", "54"
        ),
    ),
    Offer(
        key="leiterplattenbestueckung-wroclaw",
        kind=Kind.BUSINESS_OFFER,
        slug={
            "de": "leiterplattenbestueckung-kleine-mittlere-serien",
            "en": "pcb-assembly-small-medium-batches",
            "pl": "montaz-plytek-drukowanych",
            "cs": "osazovani-desek-plosnych-spoju",
        },
        title={
            "de": "Elektronikfertigung: Leiterplattenbestückung in kleinen und mittleren Serien",
            "en": "Electronics manufacturing: PCB assembly in small and medium batches",
            "pl": "Produkcja elektroniki: montaż płytek drukowanych w małych i średnich seriach",
            "cs": "Výroba elektroniky: osazování desek plošných spojů v malých a středních sériích",
        },
        summary={
            "de": "Ein Elektronikfertiger aus Wrocław bestückt Leiterplatten in SMD- und "
            "THT-Technik, programmiert und prüft die Baugruppen und baut sie auf Wunsch in Gehäuse "
            "ein. Er sucht Auftraggeber aus Sachsen mit Serien zwischen 100 und 20.000 Stück.",
            "en": "An electronics manufacturer from Wrocław assembles printed circuit boards using "
            "SMD and THT technology, programs and tests the modules and, on request, fits them "
            "into housings. It is looking for customers from Saxony with batches of between 100 "
            "and 20,000 units.",
            "pl": "Wrocławski producent elektroniki montuje płytki drukowane w technologii SMD i "
            "THT, programuje i testuje podzespoły, a na życzenie zabudowuje je w obudowach. Szuka "
            "zleceniodawców z Saksonii z seriami od 100 do 20 000 sztuk.",
            "cs": "Výrobce elektroniky z Vratislavi osazuje desky plošných spojů technologií SMD a "
            "THT, programuje a testuje sestavy a na přání je montuje do skříní. Hledá zákazníky ze "
            "Saska se sériemi od 100 do 20 000 kusů.",
        },
        body=(
            {
                "de": "Drei Bestückungslinien, Dampfphasenlöten, automatische optische Inspektion "
                "und ein Röntgenprüfplatz stehen zur Verfügung. Das Unternehmen ist nach ISO 9001 "
                "zertifiziert und fertigt unter anderem für Medizintechnik und "
                "Industrieautomation.",
                "en": "Three assembly lines, vapour-phase soldering, automated optical inspection "
                "and an X-ray inspection station are available. The company is certified to ISO "
                "9001 and manufactures for medical technology and industrial automation, among "
                "others.",
                "pl": "Do dyspozycji są trzy linie montażowe, lutowanie w fazie gazowej, "
                "automatyczna inspekcja optyczna i stanowisko kontroli rentgenowskiej. Firma "
                "posiada certyfikat ISO 9001 i produkuje m.in. dla branży techniki medycznej i "
                "automatyki przemysłowej.",
                "cs": "K dispozici jsou tři osazovací linky, pájení v parách, automatická optická "
                "inspekce a rentgenové kontrolní pracoviště. Firma je certifikována podle ISO 9001 "
                "a vyrábí mimo jiné pro zdravotnickou techniku a průmyslovou automatizaci.",
            },
            {
                "de": "Angeboten werden Lohnfertigung nach Kundenunterlagen und die komplette "
                "Materialbeschaffung.",
                "en": "The company offers contract manufacturing to customer documentation and "
                "complete procurement of materials.",
                "pl": "Oferowana jest produkcja kontraktowa według dokumentacji klienta oraz "
                "kompleksowe zaopatrzenie w materiały.",
                "cs": "Firma nabízí smluvní výrobu podle podkladů zákazníka a kompletní zajištění "
                "materiálu.",
            },
        ),
        keywords={
            "de": "Leiterplattenbestückung, SMD, Elektronikfertigung, Lohnfertigung, Baugruppen",
            "en": "PCB assembly, SMD, electronics manufacturing, contract manufacturing, modules",
            "pl": "montaż płytek drukowanych, SMD, produkcja elektroniki, produkcja kontraktowa, "
            "podzespoły",
            "cs": "osazování desek plošných spojů, SMD, výroba elektroniky, smluvní výroba, "
            "sestavy",
        },
        sectors=("electrical-engineering",),
        country="PL",
        region="dolnoslaskie",
        targets=("DE",),
        partners=(Partner.SME, Partner.LARGE_COMPANY),
        partnerships=(Partnership.MANUFACTURING, Partnership.SUBCONTRACTING),
        valid_until=D(2025, 12, 31),  # expired
        contact="tomasz.zielinski",
        company=Company(
            "Odra EMS sp. z o.o.", "Michał Kaczmarek", "oferty", "odra-ems.example", "55"
        ),
    ),
    # --- Digital services ---------------------------------------------------------------
    Offer(
        key="softwareentwicklung-wroclaw",
        kind=Kind.BUSINESS_OFFER,
        slug={
            "de": "softwareentwicklung-industrie-apps-wroclaw",
            "en": "software-development-industrial-apps-wroclaw",
            "pl": "oprogramowanie-aplikacje-przemyslowe-wroclaw",
            "cs": "vyvoj-softwaru-prumyslove-aplikace-vratislav",
        },
        title={
            "de": "Softwareentwicklung für Industrie-Apps aus Wrocław",
            "en": "Software development for industrial apps from Wrocław",
            "pl": "Tworzenie oprogramowania dla aplikacji przemysłowych z Wrocławia",
            "cs": "Vývoj softwaru pro průmyslové aplikace z Vratislavi",
        },
        summary={
            "de": "Ein Wrocławer Softwarehaus mit 45 Entwicklerinnen und Entwicklern baut Web- und "
            "Mobilanwendungen für Produktion, Service und Logistik. Es sucht Industrieunternehmen "
            "in Sachsen und Tschechien, für die es Projekte umsetzt oder Teams verstärkt.",
            "en": "A Wrocław software house with 45 developers builds web and mobile applications "
            "for production, service and logistics. It is looking for industrial companies in "
            "Saxony and Czechia for which it can carry out projects or reinforce teams.",
            "pl": "Wrocławski software house zatrudniający 45 programistek i programistów tworzy "
            "aplikacje webowe i mobilne dla produkcji, serwisu i logistyki. Szuka firm "
            "przemysłowych w Saksonii i Czechach, dla których zrealizuje projekty lub wzmocni ich "
            "zespoły.",
            "cs": "Vratislavská softwarová firma se 45 vývojářkami a vývojáři vytváří webové a "
            "mobilní aplikace pro výrobu, servis a logistiku. Hledá průmyslové podniky v Sasku a "
            "Česku, pro které by realizovala projekty nebo posílila jejich týmy.",
        },
        body=(
            {
                "de": "Zu den Referenzen gehören ein Wartungsportal für einen "
                "Kompressorenhersteller, eine App zur Schichtübergabe in einem Automobilwerk und "
                "die Anbindung von Maschinendaten an ERP-Systeme. Die Projektleiter sprechen "
                "Deutsch, die Entwicklungsdokumentation entsteht auf Englisch.",
                "en": "References include a maintenance portal for a compressor manufacturer, a "
                "shift handover app at a car plant and connecting machine data to ERP systems. The "
                "project managers speak German; development documentation is written in English.",
                "pl": "Wśród referencji są portal serwisowy dla producenta sprężarek, aplikacja do "
                "przekazywania zmian w fabryce samochodów oraz integracja danych maszynowych z "
                "systemami ERP. Kierownicy projektów mówią po niemiecku, a dokumentacja techniczna "
                "powstaje po angielsku.",
                "cs": "Mezi reference patří servisní portál pro výrobce kompresorů, aplikace pro "
                "předávání směn v automobilce a napojení strojních dat na systémy ERP. Projektoví "
                "manažeři mluví německy, vývojová dokumentace vzniká v angličtině.",
            },
            {
                "de": "Möglich sind Festpreisprojekte, die Betreuung bestehender Anwendungen und "
                "die Verstärkung interner Teams für einige Monate.",
                "en": "Fixed-price projects, support for existing applications and reinforcing "
                "in-house teams for a few months are all possible.",
                "pl": "Możliwe są projekty o stałej cenie, utrzymanie istniejących aplikacji i "
                "wzmocnienie wewnętrznych zespołów na kilka miesięcy.",
                "cs": "Možné jsou projekty za pevnou cenu, správa stávajících aplikací i posílení "
                "interních týmů na několik měsíců.",
            },
        ),
        keywords={
            "de": "Softwareentwicklung, Industrie 4.0, Web-Anwendungen, Mobile Apps, ERP-Anbindung",
            "en": "software development, Industry 4.0, web applications, mobile apps, ERP "
            "integration",
            "pl": "tworzenie oprogramowania, Przemysł 4.0, aplikacje webowe, aplikacje mobilne, "
            "integracja z ERP",
            "cs": "vývoj softwaru, Průmysl 4.0, webové aplikace, mobilní aplikace, napojení na ERP",
        },
        sectors=("digital-services",),
        country="PL",
        region="dolnoslaskie",
        targets=("DE", "CZ"),
        partners=(Partner.SME, Partner.LARGE_COMPANY),
        partnerships=(Partnership.SUBCONTRACTING, Partnership.TECHNICAL),
        valid_until=D(2027, 12, 31),
        contact="tomasz.zielinski",
        company=Company("Kodolab sp. z o.o.", "Joanna Nowicka", "hello", "kodolab.example", "56"),
    ),
    Offer(
        key="kundenportal-fernwartung",
        kind=Kind.BUSINESS_REQUEST,
        slug={
            "de": "it-partner-kundenportal-fernwartung",
            "en": "it-partner-customer-portal-remote-maintenance",
            "pl": "partner-it-portal-klienta-zdalny-serwis",
            "cs": "it-partner-zakaznicky-portal-vzdalena-udrzba",
        },
        title={
            "de": "IT-Partner für ein Kundenportal mit Fernwartung gesucht",
            "en": "IT partner wanted for a customer portal with remote maintenance",
            "pl": "Poszukiwany partner IT do portalu klienta z funkcją zdalnego serwisu",
            "cs": "Hledáme IT partnera pro zákaznický portál se vzdálenou údržbou",
        },
        summary={
            "de": "Ein Dresdner Hersteller von Dosierpumpen will seinen Kunden ein Portal bieten, "
            "in dem sie Betriebsdaten ihrer Anlagen sehen, Ersatzteile bestellen und "
            "Servicetechniker per Video zuschalten. Gesucht wird ein Softwarepartner für "
            "Entwicklung und Betrieb.",
            "en": "A Dresden manufacturer of dosing pumps wants to offer its customers a portal "
            "where they can see their systems' operating data, order spare parts and call in "
            "service technicians by video. It is looking for a software partner for development "
            "and operation.",
            "pl": "Drezdeński producent pomp dozujących chce udostępnić klientom portal, w którym "
            "zobaczą dane eksploatacyjne swoich instalacji, zamówią części zamienne i połączą się "
            "z serwisantem przez wideo. Szuka partnera programistycznego do stworzenia i "
            "utrzymania portalu.",
            "cs": "Drážďanský výrobce dávkovacích čerpadel chce zákazníkům nabídnout portál, v "
            "němž uvidí provozní data svých zařízení, objednají náhradní díly a přes video si "
            "přizvou servisního technika. Hledá softwarového partnera pro vývoj a provoz.",
        },
        body=(
            {
                "de": "Die Pumpen senden ihre Daten bereits über ein Gateway in eine "
                "Cloud-Umgebung; was fehlt, ist die Oberfläche für Kunden und Servicemitarbeiter "
                "in Deutsch, Englisch, Polnisch und Tschechisch. Das Portal soll an das vorhandene "
                "ERP-System angebunden werden.",
                "en": "The pumps already send their data to a cloud environment via a gateway; "
                "what is missing is the interface for customers and service staff in German, "
                "English, Polish and Czech. The portal is to be connected to the existing ERP "
                "system.",
                "pl": "Pompy już przesyłają dane przez bramkę do środowiska chmurowego; brakuje "
                "interfejsu dla klientów i serwisantów w języku niemieckim, angielskim, polskim i "
                "czeskim. Portal ma zostać zintegrowany z istniejącym systemem ERP.",
                "cs": "Čerpadla už posílají svá data přes bránu do cloudového prostředí; chybí "
                "rozhraní pro zákazníky a servisní pracovníky v němčině, angličtině, polštině a "
                "češtině. Portál má být napojen na stávající systém ERP.",
            },
            {
                "de": "Geplant ist ein erster Ausbauschritt bis Herbst 2027, danach eine "
                "langfristige Betreuung. Erfahrung mit Maschinendaten und mehrsprachigen "
                "Anwendungen ist Voraussetzung.",
                "en": "A first development stage is planned by autumn 2027, followed by long-term "
                "support. Experience with machine data and multilingual applications is a "
                "prerequisite.",
                "pl": "Pierwszy etap rozbudowy zaplanowano do jesieni 2027 roku, a następnie "
                "długoterminowe utrzymanie. Warunkiem jest doświadczenie z danymi maszynowymi i "
                "aplikacjami wielojęzycznymi.",
                "cs": "První etapa je plánována do podzimu 2027, poté dlouhodobá podpora. "
                "Podmínkou jsou zkušenosti se strojními daty a vícejazyčnými aplikacemi.",
            },
        ),
        keywords={
            "de": "Kundenportal, Fernwartung, Maschinendaten, Cloud, Mehrsprachigkeit",
            "en": "customer portal, remote maintenance, machine data, cloud, multilingualism",
            "pl": "portal klienta, zdalny serwis, dane maszynowe, chmura, wielojęzyczność",
            "cs": "zákaznický portál, vzdálená údržba, strojní data, cloud, vícejazyčnost",
        },
        sectors=("digital-services", "mechanical-engineering"),
        country="DE",
        region="dresden",
        targets=("PL", "CZ"),
        partners=(Partner.SME,),
        partnerships=(Partnership.SUBCONTRACTING, Partnership.TECHNICAL),
        valid_until=D(2027, 3, 31),
        contact="katrin.vogelsang",
        company=Company(
            "Weißeritz Pumpentechnik GmbH",
            "Annett Reichel",
            "a.reichel",
            "weisseritz-pumpen.example",
            "57",
        ),
    ),
    Offer(
        key="it-sicherheit-nis2",
        kind=Kind.BUSINESS_OFFER,
        slug={
            "de": "it-sicherheitspruefung-nis2",
            "en": "it-security-audits-nis2",
            "pl": "audyty-bezpieczenstwa-it-nis2",
            "cs": "audity-bezpecnosti-it-nis2",
        },
        title={
            "de": "IT-Sicherheitsprüfung und NIS2-Vorbereitung für kleine und mittlere Unternehmen",
            "en": "IT security audits and NIS2 preparation for small and medium-sized enterprises",
            "pl": "Audyty bezpieczeństwa IT i przygotowanie do NIS2 dla małych i średnich "
            "przedsiębiorstw",
            "cs": "Audity bezpečnosti IT a příprava na NIS2 pro malé a střední podniky",
        },
        summary={
            "de": "Ein IT-Sicherheitsdienstleister aus Liberec prüft Netzwerke, Server und "
            "Produktions-IT kleiner und mittlerer Unternehmen und bereitet sie auf die Pflichten "
            "der NIS2-Richtlinie vor. Er sucht IT-Systemhäuser in Sachsen und Niederschlesien als "
            "Vertriebs- und Umsetzungspartner.",
            "en": "An IT security provider from Liberec audits the networks, servers and "
            "production IT of small and medium-sized enterprises and prepares them for their "
            "obligations under the NIS2 Directive. It is looking for IT service companies in "
            "Saxony and Lower Silesia as sales and implementation partners.",
            "pl": "Dostawca usług bezpieczeństwa IT z Liberca sprawdza sieci, serwery i IT "
            "produkcyjne małych i średnich przedsiębiorstw oraz przygotowuje je do obowiązków "
            "wynikających z dyrektywy NIS2. Szuka firm informatycznych w Saksonii i na Dolnym "
            "Śląsku jako partnerów handlowych i wdrożeniowych.",
            "cs": "Poskytovatel služeb IT bezpečnosti z Liberce prověřuje sítě, servery a výrobní "
            "IT malých a středních podniků a připravuje je na povinnosti podle směrnice NIS2. "
            "Hledá IT firmy v Sasku a na Dolním Slezsku jako obchodní a realizační partnery.",
        },
        body=(
            {
                "de": "Das zwölfköpfige Team führt Penetrationstests durch, bewertet Risiken nach "
                "einem standardisierten Fragebogen und schreibt die Notfallpläne, die Unternehmen "
                "künftig vorweisen müssen. Alle Berichte entstehen auf Tschechisch, Deutsch oder "
                "Englisch.",
                "en": "The twelve-strong team carries out penetration tests, assesses risks using "
                "a standardised questionnaire and writes the emergency plans that companies will "
                "have to produce in future. All reports are written in Czech, German or English.",
                "pl": "Dwunastoosobowy zespół przeprowadza testy penetracyjne, ocenia ryzyko na "
                "podstawie standaryzowanego kwestionariusza i opracowuje plany awaryjne, które "
                "firmy będą odtąd musiały przedstawiać. Wszystkie raporty powstają w języku "
                "czeskim, niemieckim lub angielskim.",
                "cs": "Dvanáctičlenný tým provádí penetrační testy, hodnotí rizika podle "
                "standardizovaného dotazníku a sepisuje havarijní plány, které budou muset firmy "
                "nově předkládat. Všechny zprávy vznikají v češtině, němčině nebo angličtině.",
            },
            {
                "de": "Mit einem Dresdner Systemhaus bietet die Firma bereits ein gemeinsames "
                "Paket an. Gesucht werden weitere Partner, die Prüfungen vermitteln und die "
                "empfohlenen Maßnahmen bei ihren Kunden umsetzen.",
                "en": "The company already offers a joint package with a Dresden IT service "
                "company. Further partners are wanted to refer audits and implement the "
                "recommended measures at their customers.",
                "pl": "Wspólnie z drezdeńską firmą informatyczną firma oferuje już pakiet usług. "
                "Poszukiwani są kolejni partnerzy, którzy będą polecać audyty i wdrażać zalecane "
                "środki u swoich klientów.",
                "cs": "S jednou drážďanskou IT firmou už nabízí společný balíček. Hledá další "
                "partnery, kteří budou audity zprostředkovávat a doporučená opatření zavádět u "
                "svých zákazníků.",
            },
        ),
        keywords={
            "de": "IT-Sicherheit, NIS2, Penetrationstest, Notfallplanung, Mittelstand",
            "en": "IT security, NIS2, penetration testing, emergency planning, SMEs",
            "pl": "bezpieczeństwo IT, NIS2, testy penetracyjne, planowanie awaryjne, MŚP",
            "cs": "bezpečnost IT, NIS2, penetrační testy, havarijní plánování, malé a střední "
            "podniky",
        },
        sectors=("digital-services",),
        country="CZ",
        region="liberecky-kraj",
        targets=("DE", "PL"),
        partners=(Partner.SME,),
        partnerships=(Partnership.DISTRIBUTION, Partnership.TECHNICAL),
        valid_until=D(2027, 9, 30),
        contact="petra.novakova",
        company=JIZERSKA,
    ),
    # --- Energy and environmental technology --------------------------------------------
    Offer(
        key="abwaermenutzung-brennoefen",
        kind=Kind.TECHNOLOGY_OFFER,
        slug={
            "de": "abwaermenutzung-brennoefen-keramik-glas",
            "en": "waste-heat-recovery-kilns-ceramics-glass",
            "pl": "odzysk-ciepla-piece-ceramika-szklo",
            "cs": "vyuziti-odpadniho-tepla-pece-keramika-sklo",
        },
        title={
            "de": "Abwärmenutzung an Brennöfen der Keramik- und Glasindustrie",
            "en": "Waste heat recovery from kilns in the ceramics and glass industry",
            "pl": "Odzysk ciepła odpadowego z pieców w przemyśle ceramicznym i szklarskim",
            "cs": "Využití odpadního tepla z pecí v keramickém a sklářském průmyslu",
        },
        summary={
            "de": "Ein Anlagenbauer aus der Karlsbader Region bietet Hochtemperatur-Wärmetauscher, "
            "die Abgase von Brennöfen bis 900 Grad nutzen, um Verbrennungsluft vorzuwärmen oder "
            "Prozesswärme zu erzeugen. Gesucht werden Anwender, Lizenznehmer und Fertigungspartner "
            "in Deutschland und Polen.",
            "en": "A plant builder from the Karlovy Vary Region offers high-temperature heat "
            "exchangers that use kiln exhaust gases of up to 900 degrees to preheat combustion air "
            "or generate process heat. It is looking for users, licensees and manufacturing "
            "partners in Germany and Poland.",
            "pl": "Producent instalacji z kraju karlowarskiego oferuje wysokotemperaturowe "
            "wymienniki ciepła, które wykorzystują spaliny z pieców o temperaturze do 900 stopni "
            "do podgrzewania powietrza do spalania lub wytwarzania ciepła procesowego. Poszukuje "
            "użytkowników, licencjobiorców i partnerów produkcyjnych w Niemczech i Polsce.",
            "cs": "Výrobce zařízení z Karlovarského kraje nabízí vysokoteplotní výměníky tepla, "
            "které využívají spaliny z pecí o teplotě až 900 stupňů k předehřevu spalovacího "
            "vzduchu nebo k výrobě procesního tepla. Hledá uživatele, nabyvatele licence a výrobní "
            "partnery v Německu a Polsku.",
        },
        body=(
            {
                "de": "Die Wärmetauscher sind in zwei Porzellanfabriken und einer Glashütte der "
                "Region im Einsatz und senken dort den Gasverbrauch der Öfen um 18 bis 25 Prozent. "
                "Eine keramische Beschichtung, entwickelt mit einem Dresdner Forschungsinstitut, "
                "verlängert die Reinigungsintervalle deutlich.",
                "en": "The heat exchangers are in use at two porcelain factories and a glassworks "
                "in the region, where they cut the kilns' gas consumption by 18 to 25 per cent. A "
                "ceramic coating developed with a Dresden research institute considerably extends "
                "the cleaning intervals.",
                "pl": "Wymienniki pracują w dwóch fabrykach porcelany i jednej hucie szkła w "
                "regionie, gdzie obniżają zużycie gazu przez piece o 18 do 25 procent. Powłoka "
                "ceramiczna opracowana wspólnie z drezdeńskim instytutem badawczym znacznie "
                "wydłuża odstępy między czyszczeniami.",
                "cs": "Výměníky jsou v provozu ve dvou porcelánkách a jedné sklárně v regionu, kde "
                "snižují spotřebu plynu pecí o 18 až 25 procent. Keramický povlak vyvinutý s "
                "drážďanským výzkumným ústavem výrazně prodlužuje intervaly čištění.",
            },
            {
                "de": "Angeboten werden schlüsselfertige Anlagen, Lizenzen für die Fertigung vor "
                "Ort und technische Zusammenarbeit bei der Anpassung an andere Ofentypen, etwa in "
                "Ziegeleien oder Gießereien.",
                "en": "The company offers turnkey systems, licences for local manufacturing and "
                "technical cooperation in adapting the design to other kiln types, for example in "
                "brickworks or foundries.",
                "pl": "Oferowane są instalacje pod klucz, licencje na produkcję na miejscu oraz "
                "współpraca techniczna przy dostosowaniu do innych typów pieców, np. w cegielniach "
                "lub odlewniach.",
                "cs": "Firma nabízí zařízení na klíč, licence pro místní výrobu a technickou "
                "spolupráci při přizpůsobení jiným typům pecí, například v cihelnách nebo "
                "slévárnách.",
            },
        ),
        keywords={
            "de": "Abwärme, Wärmetauscher, Keramikindustrie, Energieeffizienz, Dekarbonisierung",
            "en": "waste heat, heat exchangers, ceramics industry, energy efficiency, "
            "decarbonisation",
            "pl": "ciepło odpadowe, wymienniki ciepła, przemysł ceramiczny, efektywność "
            "energetyczna, dekarbonizacja",
            "cs": "odpadní teplo, výměníky tepla, keramický průmysl, energetická účinnost, "
            "dekarbonizace",
        },
        sectors=("energy",),
        country="CZ",
        region="karlovarsky-kraj",
        targets=("DE", "PL"),
        partners=(Partner.LARGE_COMPANY, Partner.SME),
        partnerships=(Partnership.LICENCE, Partnership.TECHNICAL, Partnership.MANUFACTURING),
        stage=Stage.ON_THE_MARKET,
        valid_until=D(2027, 7, 31),
        contact="petra.novakova",
        company=OHRE_THERMO,
    ),
    Offer(
        key="wasserstoffbrenner-industrieoefen",
        kind=Kind.RESEARCH_PARTNER,
        slug={
            "de": "forschungspartner-wasserstoffbrenner-industrieoefen",
            "en": "research-partners-hydrogen-burners-industrial-furnaces",
            "pl": "partnerzy-badawczy-palniki-wodorowe",
            "cs": "vyzkumni-partneri-vodikove-horaky",
        },
        title={
            "de": "Partner für ein Forschungsprojekt zu Wasserstoffbrennern in Industrieöfen "
            "gesucht",
            "en": "Partners wanted for a research project on hydrogen burners in industrial "
            "furnaces",
            "pl": "Poszukiwani partnerzy do projektu badawczego dotyczącego palników wodorowych w "
            "piecach przemysłowych",
            "cs": "Hledáme partnery pro výzkumný projekt vodíkových hořáků v průmyslových pecích",
        },
        summary={
            "de": "Ein Dresdner Forschungsinstitut plant ein grenzüberschreitendes Projekt, in dem "
            "Brenner für Industrieöfen schrittweise von Erdgas auf Wasserstoffgemische umgestellt "
            "werden. Gesucht werden Ofenbauer, Brennerhersteller und Betriebe mit "
            "Hochtemperaturprozessen in Tschechien und Polen.",
            "en": "A Dresden research institute is planning a cross-border project in which "
            "burners for industrial furnaces are gradually converted from natural gas to hydrogen "
            "blends. It is looking for furnace builders, burner manufacturers and companies with "
            "high-temperature processes in Czechia and Poland.",
            "pl": "Drezdeński instytut badawczy planuje projekt transgraniczny, w którym palniki "
            "pieców przemysłowych będą stopniowo przestawiane z gazu ziemnego na mieszanki "
            "wodorowe. Poszukiwani są producenci pieców i palników oraz zakłady z procesami "
            "wysokotemperaturowymi w Czechach i Polsce.",
            "cs": "Drážďanský výzkumný ústav připravuje přeshraniční projekt, v němž se hořáky "
            "průmyslových pecí postupně převedou ze zemního plynu na směsi s vodíkem. Hledá "
            "výrobce pecí a hořáků a podniky s vysokoteplotními procesy v Česku a Polsku.",
        },
        body=(
            {
                "de": "Untersucht werden Flammenstabilität, Stickoxidbildung und die Wirkung auf "
                "Ofenauskleidung und Produktqualität bei Wasserstoffanteilen bis 100 Prozent. "
                "Erste Versuche im Labormaßstab sind abgeschlossen; im Projekt sollen sie an zwei "
                "Industrieöfen wiederholt werden.",
                "en": "The project will study flame stability, nitrogen oxide formation and the "
                "effect on furnace linings and product quality at hydrogen shares of up to 100 per "
                "cent. First laboratory-scale tests have been completed; in the project, they are "
                "to be repeated on two industrial furnaces.",
                "pl": "Badane będą stabilność płomienia, powstawanie tlenków azotu oraz wpływ na "
                "wyłożenie pieca i jakość produktów przy udziale wodoru do 100 procent. Pierwsze "
                "próby w skali laboratoryjnej zostały zakończone; w projekcie mają zostać "
                "powtórzone na dwóch piecach przemysłowych.",
                "cs": "Zkoumat se bude stabilita plamene, vznik oxidů dusíku a vliv na vyzdívku "
                "pece a kvalitu výrobků při podílu vodíku až 100 procent. První zkoušky v "
                "laboratorním měřítku jsou hotové; v projektu se mají zopakovat na dvou "
                "průmyslových pecích.",
            },
            {
                "de": "Der Antrag für das Kooperationsprogramm Sachsen–Tschechien soll im ersten "
                "Quartal 2027 eingereicht werden; Interessenten melden sich bitte bis Anfang "
                "Dezember.",
                "en": "The application to the Saxony–Czechia cooperation programme is to be "
                "submitted in the first quarter of 2027; interested parties should get in touch by "
                "early December.",
                "pl": "Wniosek do programu współpracy Saksonia–Czechy ma zostać złożony w "
                "pierwszym kwartale 2027 roku; zainteresowanych prosimy o kontakt do początku "
                "grudnia.",
                "cs": "Žádost do programu spolupráce Sasko–Česko má být podána v prvním čtvrtletí "
                "2027; zájemci se prosím ozvěte do začátku prosince.",
            },
        ),
        keywords={
            "de": "Wasserstoff, Industrieöfen, Brennertechnik, Stickoxide, Hochtemperaturprozesse",
            "en": "hydrogen, industrial furnaces, burner technology, nitrogen oxides, "
            "high-temperature processes",
            "pl": "wodór, piece przemysłowe, technika palnikowa, tlenki azotu, procesy "
            "wysokotemperaturowe",
            "cs": "vodík, průmyslové pece, hořáková technika, oxidy dusíku, vysokoteplotní procesy",
        },
        sectors=("energy", "mechanical-engineering"),
        country="DE",
        region="dresden",
        targets=("CZ", "PL"),
        partners=(Partner.SME, Partner.LARGE_COMPANY, Partner.RESEARCH),
        partnerships=(Partnership.RESEARCH, Partnership.TECHNICAL),
        stage=Stage.LABORATORY,
        valid_until=D(2026, 12, 4),  # within the renewal reminder's fourteen days
        contact="katrin.vogelsang",
        company=PROCESS_HEAT_INSTITUTE,
    ),
    # --- Logistics ----------------------------------------------------------------------
    Offer(
        key="sammelgut-usti-dresden-leipzig",
        kind=Kind.BUSINESS_OFFER,
        slug={
            "de": "sammelgutlinie-usti-dresden-leipzig",
            "en": "groupage-service-usti-dresden-leipzig",
            "pl": "linia-drobnicowa-usti-drezno-lipsk",
            "cs": "sberna-linka-usti-drazdany-lipsko",
        },
        title={
            "de": "Tägliche Sammelgutlinie zwischen Ústí nad Labem, Dresden und Leipzig",
            "en": "Daily groupage service between Ústí nad Labem, Dresden and Leipzig",
            "pl": "Codzienna linia drobnicowa między Ústí nad Labem, Dreznem a Lipskiem",
            "cs": "Denní sběrná linka mezi Ústím nad Labem, Drážďany a Lipskem",
        },
        summary={
            "de": "Eine Spedition aus Ústí nad Labem fährt werktäglich Sammelgut zwischen "
            "Nordböhmen und Sachsen und bietet Versendern auf beiden Seiten freie Stellplätze an. "
            "Zustellung am Folgetag, auch für Gefahrgut in begrenzten Mengen.",
            "en": "A freight forwarder from Ústí nad Labem runs groupage between northern Bohemia "
            "and Saxony every working day and offers free pallet spaces to shippers on both sides. "
            "Next-day delivery, including limited quantities of dangerous goods.",
            "pl": "Spedytor z Ústí nad Labem w każdy dzień roboczy przewozi ładunki drobnicowe "
            "między północnymi Czechami a Saksonią i oferuje nadawcom po obu stronach wolne "
            "miejsca paletowe. Dostawa następnego dnia, również dla towarów niebezpiecznych w "
            "ograniczonych ilościach.",
            "cs": "Speditér z Ústí nad Labem jezdí každý pracovní den se sběrnými zásilkami mezi "
            "severními Čechami a Saskem a nabízí odesílatelům na obou stranách volná paletová "
            "místa. Doručení následující den, i pro nebezpečné věci v omezeném množství.",
        },
        body=(
            {
                "de": "Die Fahrzeuge verlassen Ústí nad Labem jeden Abend und erreichen die "
                "Umschlaglager in Dresden und Leipzig am frühen Morgen. Sendungsverfolgung, "
                "Zollpapiere für Waren aus Drittländern und Avisierung per E-Mail sind im Preis "
                "enthalten.",
                "en": "The lorries leave Ústí nad Labem every evening and reach the transhipment "
                "warehouses in Dresden and Leipzig early in the morning. Shipment tracking, "
                "customs documents for goods from non-EU countries and advance notification by "
                "email are included in the price.",
                "pl": "Pojazdy wyjeżdżają z Ústí nad Labem każdego wieczoru i docierają do "
                "magazynów przeładunkowych w Dreźnie i Lipsku wczesnym rankiem. Śledzenie "
                "przesyłek, dokumenty celne dla towarów z krajów spoza UE i awizacja e-mailem są "
                "wliczone w cenę.",
                "cs": "Vozidla vyjíždějí z Ústí nad Labem každý večer a do překladišť v Drážďanech "
                "a Lipsku dorazí brzy ráno. Sledování zásilek, celní doklady pro zboží ze třetích "
                "zemí a avizace e-mailem jsou v ceně.",
            },
            {
                "de": "Gesucht werden Versender mit regelmäßigen Sendungen ab einer Palette sowie "
                "sächsische Speditionen für den Gegenverkehr.",
                "en": "The company is looking for shippers with regular consignments of one pallet "
                "or more, and for Saxon forwarders for return loads.",
                "pl": "Poszukiwani są nadawcy z regularnymi przesyłkami od jednej palety oraz "
                "saksońscy spedytorzy do przewozów powrotnych.",
                "cs": "Hledá odesílatele s pravidelnými zásilkami od jedné palety a saské "
                "speditéry pro zpětné přepravy.",
            },
        ),
        keywords={
            "de": "Sammelgut, Spedition, Nordböhmen, Stückgut, Gefahrgut",
            "en": "groupage, freight forwarding, northern Bohemia, general cargo, dangerous goods",
            "pl": "drobnica, spedycja, północne Czechy, ładunki częściowe, towary niebezpieczne",
            "cs": "sběrná služba, spedice, severní Čechy, kusové zboží, nebezpečné věci",
        },
        sectors=("logistics",),
        country="CZ",
        region="ustecky-kraj",
        targets=("DE",),
        partners=(Partner.SME, Partner.LARGE_COMPANY),
        partnerships=(Partnership.SUPPLIER, Partnership.SUBCONTRACTING),
        valid_until=D(2026, 9, 30),  # expired
        contact="petra.novakova",
        company=Company(
            "Střekov Spedice s.r.o.",
            "Jiří Kratochvíl",
            "dispecink",
            "strekov-spedice.example",
            "61",
        ),
    ),
]


def load(ctx):
    ctx.pages["offers"] = exchange = sync_page(
        ctx,
        ctx.home,
        CooperationOfferIndexPage,
        slug=ctx.slug(EXCHANGE["slug"]),
        title=ctx.text(EXCHANGE["title"]),
        intro=ctx.text(EXCHANGE["intro"]),
        search_description=ctx.text(EXCHANGE["search_description"]),
        show_in_menus=True,
    )
    ctx.report("Cooperation exchanges", 1)
    for offer in OFFERS:
        ctx.pages[f"offers/{offer.key}"] = sync_offer(ctx, exchange, offer)
    ctx.report("Cooperation offers", len(OFFERS))


def sync_offer(ctx, exchange, offer: Offer):
    """The German offer, created or updated in place; publishing it assigns its reference."""
    company = offer.company
    return sync_page(
        ctx,
        exchange,
        CooperationOfferPage,
        slug=ctx.slug(offer.slug),
        title=ctx.text(offer.title),
        kind=offer.kind.value,
        summary=ctx.text(offer.summary),
        body=stream(ctx, f"offers/{offer.key}/body", [("paragraph", p) for p in offer.body]),
        keywords=ctx.text(offer.keywords),
        company_country=offer.country,
        company_region=ctx.regions[offer.region],
        target_countries=list(offer.targets),
        partner_types=[partner.value for partner in offer.partners],
        partnership_types=[partnership.value for partnership in offer.partnerships],
        development_stage=str(offer.stage),
        valid_until=offer.valid_until,
        contact=ctx.contacts[offer.contact],
        company_name=company.name,
        company_contact_name=company.contact,
        company_email=company.email,
        company_phone=company.phone,
        company_website=company.website,
        children={
            "sector_links": [OfferSector(sector=ctx.sectors[slug]) for slug in offer.sectors]
        },
    )
