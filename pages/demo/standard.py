"""The legally required pages every footer links to, for the invented demo agency.

The texts read like the real thing so the footer and page layout can be judged, but every name,
address, register number and phone number in them is invented (see contacts.py for the phone
range).
"""

from pages.core.models.standard import FooterLink, StandardPage

from .streams import stream
from .sync import sync_page

ADDRESS = "Glokal Wirtschaftsförderung (Demo) GmbH, Beispielstraße 12, 01099 Dresden"

IMPRINT = {
    "footer_link": FooterLink.IMPRINT,
    "title": {"de": "Impressum", "en": "Imprint", "pl": "Nota prawna", "cs": "Impresum"},
    "slug": {"de": "impressum", "en": "imprint", "pl": "nota-prawna", "cs": "impresum"},
    "intro": {
        "de": "Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG).",
        "en": "Information pursuant to Section 5 of the German Digital Services Act (DDG).",
        "pl": "Informacje zgodnie z § 5 niemieckiej ustawy o usługach cyfrowych (DDG).",
        "cs": "Údaje podle § 5 německého zákona o digitálních službách (DDG).",
    },
    "body": [
        (
            "heading",
            {"de": "Anbieter", "en": "Provider", "pl": "Usługodawca", "cs": "Poskytovatel"},
        ),
        (
            "paragraph",
            {
                "de": f"{ADDRESS}, Deutschland",
                "en": f"{ADDRESS}, Germany",
                "pl": f"{ADDRESS}, Niemcy",
                "cs": f"{ADDRESS}, Německo",
            },
        ),
        (
            "paragraph",
            {
                "de": "Telefon: +49 30 23125 000 · E-Mail: info@glokal.example",
                "en": "Phone: +49 30 23125 000 · Email: info@glokal.example",
                "pl": "Telefon: +49 30 23125 000 · E-mail: info@glokal.example",
                "cs": "Telefon: +49 30 23125 000 · E-mail: info@glokal.example",
            },
        ),
        (
            "heading",
            {
                "de": "Vertreten durch",
                "en": "Represented by",
                "pl": "Reprezentowana przez",
                "cs": "Zastoupená",
            },
        ),
        (
            "paragraph",
            {
                "de": "Dr. Annette Reinholz, Geschäftsführerin",
                "en": "Dr Annette Reinholz, Managing Director",
                "pl": "dr Annette Reinholz, prezes zarządu",
                "cs": "Dr. Annette Reinholz, jednatelka",
            },
        ),
        (
            "heading",
            {
                "de": "Registereintrag",
                "en": "Register entry",
                "pl": "Wpis do rejestru",
                "cs": "Zápis v rejstříku",
            },
        ),
        (
            "paragraph",
            {
                "de": "Amtsgericht Dresden, HRB 00000 (fiktiv) · "
                "Umsatzsteuer-Identifikationsnummer: DE000000000 (fiktiv)",
                "en": "Dresden Local Court, HRB 00000 (fictitious) · "
                "VAT identification number: DE000000000 (fictitious)",
                "pl": "Sąd Rejonowy w Dreźnie, HRB 00000 (fikcyjny) · "
                "Numer identyfikacyjny VAT: DE000000000 (fikcyjny)",
                "cs": "Okresní soud Drážďany, HRB 00000 (smyšlené) · DIČ: DE000000000 (smyšlené)",
            },
        ),
        ("heading", {"de": "Hinweis", "en": "Please note", "pl": "Uwaga", "cs": "Upozornění"}),
        (
            "paragraph",
            {
                "de": "Dies ist eine Demo-Website. Die Agentur und alle Personen, Adressen, "
                "Telefonnummern und Zitate sind erfunden. Die Telefonnummern stammen aus dem für "
                "Film und Fernsehen reservierten Bereich, die E-Mail-Adressen aus der "
                "reservierten Domain glokal.example.",
                "en": "This is a demo website. The agency and all people, addresses, phone "
                "numbers and quotations are invented. The phone numbers come from the range "
                "reserved for film and television, the email addresses from the reserved domain "
                "glokal.example.",
                "pl": "To jest strona demonstracyjna. Agencja oraz wszystkie osoby, adresy, "
                "numery telefonów i cytaty są fikcyjne. Numery telefonów pochodzą z puli "
                "zarezerwowanej dla filmu i telewizji, a adresy e-mail z zarezerwowanej domeny "
                "glokal.example.",
                "cs": "Toto je ukázkový web. Agentura i všechny osoby, adresy, telefonní čísla a "
                "citace jsou smyšlené. Telefonní čísla pocházejí z rozsahu vyhrazeného pro film "
                "a televizi, e-mailové adresy z vyhrazené domény glokal.example.",
            },
        ),
    ],
}

PRIVACY = {
    "footer_link": FooterLink.PRIVACY,
    "title": {
        "de": "Datenschutzerklärung",
        "en": "Privacy policy",
        "pl": "Polityka prywatności",
        "cs": "Zásady ochrany osobních údajů",
    },
    "slug": {
        "de": "datenschutz",
        "en": "privacy",
        "pl": "polityka-prywatnosci",
        "cs": "ochrana-osobnich-udaju",
    },
    "intro": {
        "de": "Wir verarbeiten personenbezogene Daten nur, soweit es für den Betrieb dieser "
        "Website und unsere Angebote erforderlich ist.",
        "en": "We process personal data only to the extent necessary to run this website and "
        "provide our services.",
        "pl": "Przetwarzamy dane osobowe wyłącznie w zakresie niezbędnym do prowadzenia tej "
        "strony i świadczenia naszych usług.",
        "cs": "Osobní údaje zpracováváme pouze v rozsahu nezbytném pro provoz tohoto webu a "
        "poskytování našich služeb.",
    },
    "body": [
        (
            "heading",
            {
                "de": "Verantwortliche Stelle",
                "en": "Controller",
                "pl": "Administrator danych",
                "cs": "Správce",
            },
        ),
        (
            "paragraph",
            {
                "de": "Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) ist die "
                f"{ADDRESS}. Unsere Datenschutzbeauftragte erreichen Sie unter "
                "datenschutz@glokal.example.",
                "en": "The controller within the meaning of the General Data Protection "
                f"Regulation (GDPR) is {ADDRESS}. You can reach our data protection officer at "
                "datenschutz@glokal.example.",
                "pl": "Administratorem w rozumieniu ogólnego rozporządzenia o ochronie danych "
                f"(RODO) jest {ADDRESS}. Z naszą inspektor ochrony danych można się "
                "skontaktować pod adresem datenschutz@glokal.example.",
                "cs": "Správcem ve smyslu obecného nařízení o ochraně osobních údajů (GDPR) je "
                f"{ADDRESS}. Naši pověřenkyni pro ochranu osobních údajů zastihnete na adrese "
                "datenschutz@glokal.example.",
            },
        ),
        (
            "heading",
            {
                "de": "Besuch der Website",
                "en": "Visiting the website",
                "pl": "Odwiedziny strony",
                "cs": "Návštěva webu",
            },
        ),
        (
            "paragraph",
            {
                "de": "Beim Aufruf einer Seite speichert der Server die gekürzte IP-Adresse, "
                "Datum und Uhrzeit sowie die aufgerufene Adresse für höchstens sieben Tage, um "
                "Störungen und Angriffe zu erkennen (Art. 6 Abs. 1 lit. f DSGVO). Wir setzen "
                "nur technisch notwendige Cookies ein und nutzen keine Analyse- oder "
                "Werbedienste.",
                "en": "When a page is requested, the server stores the shortened IP address, "
                "the date and time and the requested address for no more than seven days in "
                "order to detect faults and attacks (Art. 6(1)(f) GDPR). We use only technically "
                "necessary cookies and no analytics or advertising services.",
                "pl": "Przy wywołaniu strony serwer zapisuje skrócony adres IP, datę i godzinę "
                "oraz wywołany adres na okres nie dłuższy niż siedem dni, aby wykrywać awarie i "
                "ataki (art. 6 ust. 1 lit. f RODO). Stosujemy wyłącznie niezbędne technicznie "
                "pliki cookie i nie korzystamy z usług analitycznych ani reklamowych.",
                "cs": "Při zobrazení stránky server ukládá zkrácenou IP adresu, datum a čas a "
                "požadovanou adresu nejdéle po dobu sedmi dnů, aby bylo možné odhalit poruchy a "
                "útoky (čl. 6 odst. 1 písm. f GDPR). Používáme pouze technicky nezbytné soubory "
                "cookie a žádné analytické ani reklamní služby.",
            },
        ),
        (
            "heading",
            {
                "de": "Newsletter und Anfragen",
                "en": "Newsletter and inquiries",
                "pl": "Newsletter i zapytania",
                "cs": "Newsletter a dotazy",
            },
        ),
        (
            "paragraph",
            {
                "de": "Für den Newsletter speichern wir Ihre E-Mail-Adresse, Sprache und "
                "Interessen sowie den Zeitpunkt Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). "
                "Sie können sich jederzeit über den Link in jeder Ausgabe abmelden. Anfragen zu "
                "Kooperationsangeboten leiten wir ausschließlich an die zuständige "
                "Ansprechperson weiter.",
                "en": "For the newsletter we store your email address, language and interests "
                "as well as the time of your consent (Art. 6(1)(a) GDPR). You can unsubscribe at "
                "any time using the link in every issue. We forward inquiries about cooperation "
                "offers only to the responsible contact person.",
                "pl": "Na potrzeby newslettera przechowujemy Twój adres e-mail, język i "
                "zainteresowania oraz datę wyrażenia zgody (art. 6 ust. 1 lit. a RODO). W każdej "
                "chwili możesz się wypisać za pomocą linku w każdym wydaniu. Zapytania dotyczące "
                "ofert współpracy przekazujemy wyłącznie właściwej osobie kontaktowej.",
                "cs": "Pro newsletter ukládáme vaši e-mailovou adresu, jazyk a zájmy a také "
                "okamžik udělení souhlasu (čl. 6 odst. 1 písm. a GDPR). Odhlásit se můžete "
                "kdykoli pomocí odkazu v každém vydání. Dotazy k nabídkám spolupráce předáváme "
                "výhradně příslušné kontaktní osobě.",
            },
        ),
        (
            "heading",
            {"de": "Ihre Rechte", "en": "Your rights", "pl": "Twoje prawa", "cs": "Vaše práva"},
        ),
        (
            "paragraph",
            {
                "de": "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung "
                "der Verarbeitung, Datenübertragbarkeit und Widerspruch (Art. 15 bis 21 DSGVO) "
                "sowie das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.",
                "en": "You have the right of access, rectification, erasure, restriction of "
                "processing, data portability and objection (Art. 15 to 21 GDPR) as well as the "
                "right to lodge a complaint with a data protection supervisory authority.",
                "pl": "Przysługuje Ci prawo dostępu do danych, ich sprostowania, usunięcia, "
                "ograniczenia przetwarzania, przenoszenia danych i wniesienia sprzeciwu (art. "
                "15–21 RODO), a także prawo wniesienia skargi do organu nadzorczego ds. ochrony "
                "danych.",
                "cs": "Máte právo na přístup, opravu, výmaz, omezení zpracování, přenositelnost "
                "údajů a vznesení námitky (čl. 15 až 21 GDPR) a také právo podat stížnost u "
                "dozorového úřadu pro ochranu osobních údajů.",
            },
        ),
    ],
}

ACCESSIBILITY = {
    "footer_link": FooterLink.ACCESSIBILITY,
    "title": {
        "de": "Erklärung zur Barrierefreiheit",
        "en": "Accessibility statement",
        "pl": "Deklaracja dostępności",
        "cs": "Prohlášení o přístupnosti",
    },
    "slug": {
        "de": "barrierefreiheit",
        "en": "accessibility",
        "pl": "deklaracja-dostepnosci",
        "cs": "prohlaseni-o-pristupnosti",
    },
    "intro": {
        "de": "Wir möchten, dass alle Menschen diese Website ohne Hürden nutzen können.",
        "en": "We want everyone to be able to use this website without barriers.",
        "pl": "Chcemy, aby każdy mógł korzystać z tej strony bez barier.",
        "cs": "Chceme, aby tento web mohl každý používat bez překážek.",
    },
    "body": [
        (
            "heading",
            {
                "de": "Stand der Vereinbarkeit",
                "en": "Compliance status",
                "pl": "Status zgodności",
                "cs": "Stav souladu",
            },
        ),
        (
            "paragraph",
            {
                "de": "Diese Website ist weitgehend mit der Barrierefreie-Informationstechnik-"
                "Verordnung (BITV 2.0) und den Web Content Accessibility Guidelines (WCAG) 2.1 "
                "auf Stufe AA vereinbar.",
                "en": "This website largely complies with the German Barrier-Free Information "
                "Technology Ordinance (BITV 2.0) and the Web Content Accessibility Guidelines "
                "(WCAG) 2.1 at level AA.",
                "pl": "Ta strona jest w dużej mierze zgodna z niemieckim rozporządzeniem w "
                "sprawie dostępności technologii informacyjnych (BITV 2.0) oraz z wytycznymi Web "
                "Content Accessibility Guidelines (WCAG) 2.1 na poziomie AA.",
                "cs": "Tento web je z velké části v souladu s německým nařízením o bezbariérových "
                "informačních technologiích (BITV 2.0) a se směrnicemi Web Content "
                "Accessibility Guidelines (WCAG) 2.1 na úrovni AA.",
            },
        ),
        (
            "heading",
            {
                "de": "Nicht barrierefreie Inhalte",
                "en": "Content that is not accessible",
                "pl": "Treści niedostępne",
                "cs": "Nepřístupný obsah",
            },
        ),
        (
            "paragraph",
            {
                "de": "Einige ältere PDF-Dokumente in Pressemitteilungen sind noch nicht "
                "vollständig barrierefrei. Die Bilder dieser Demo sind generierte Platzhalter, "
                "deren Alternativtexte sie nur kurz beschreiben.",
                "en": "Some older PDF documents attached to press releases are not yet fully "
                "accessible. The images in this demo are generated placeholders whose "
                "alternative texts describe them only briefly.",
                "pl": "Niektóre starsze dokumenty PDF dołączone do komunikatów prasowych nie są "
                "jeszcze w pełni dostępne. Obrazy w tej wersji demonstracyjnej to generowane "
                "symbole zastępcze, których teksty alternatywne opisują je jedynie krótko.",
                "cs": "Některé starší dokumenty PDF u tiskových zpráv zatím nejsou plně "
                "přístupné. Obrázky v této ukázce jsou generované zástupné obrázky, jejichž "
                "alternativní texty je popisují jen stručně.",
            },
        ),
        (
            "heading",
            {
                "de": "Feedback und Kontakt",
                "en": "Feedback and contact",
                "pl": "Uwagi i kontakt",
                "cs": "Zpětná vazba a kontakt",
            },
        ),
        (
            "paragraph",
            {
                "de": "Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten dieser Website "
                "aufgefallen, oder benötigen Sie Informationen in einer barrierefreien Form? "
                "Dann wenden Sie sich bitte an unsere Ansprechperson für Barrierefreiheit: "
                "Jonas Feldmann, E-Mail barrierefreiheit@glokal.example, Telefon "
                "+49 30 23125 010, SMS +49 30 23125 011. Wir antworten innerhalb von zwei Wochen.",
                "en": "Have you noticed barriers to accessing content on this website, or do "
                "you need information in an accessible format? Please contact our accessibility "
                "officer: Jonas Feldmann, email barrierefreiheit@glokal.example, phone "
                "+49 30 23125 010, text message +49 30 23125 011. We will reply within two weeks.",
                "pl": "Zauważyłeś bariery w dostępie do treści tej strony lub potrzebujesz "
                "informacji w dostępnej formie? Skontaktuj się z naszą osobą odpowiedzialną za "
                "dostępność: Jonas Feldmann, e-mail barrierefreiheit@glokal.example, telefon "
                "+49 30 23125 010, SMS +49 30 23125 011. Odpowiemy w ciągu dwóch tygodni.",
                "cs": "Všimli jste si překážek v přístupu k obsahu tohoto webu nebo potřebujete "
                "informace v přístupné podobě? Obraťte se prosím na našeho pracovníka pro "
                "přístupnost: Jonas Feldmann, e-mail barrierefreiheit@glokal.example, telefon "
                "+49 30 23125 010, SMS +49 30 23125 011. Odpovíme do dvou týdnů.",
            },
        ),
        (
            "heading",
            {
                "de": "Schlichtungsverfahren",
                "en": "Conciliation procedure",
                "pl": "Postępowanie polubowne",
                "cs": "Smírčí řízení",
            },
        ),
        (
            "paragraph",
            {
                "de": "Erhalten Sie auf Ihre Rückmeldung innerhalb von sechs Wochen keine oder "
                "keine zufriedenstellende Antwort, können Sie ein kostenloses "
                "Schlichtungsverfahren beantragen. Zuständig ist die Schlichtungsstelle für "
                "barrierefreie Informationstechnik (Demo), Am Grenzweg 4, 01097 Dresden, "
                "Telefon +49 30 23125 050, E-Mail schlichtung@glokal.example. Sie vermittelt "
                "zwischen Ihnen und uns, ohne dass Sie einen Anwalt brauchen.",
                "en": "If you receive no answer, or no satisfactory answer, within six weeks of "
                "your feedback, you can apply for a free conciliation procedure. The competent "
                "body is the Conciliation Body for Accessible Information Technology (demo), Am "
                "Grenzweg 4, 01097 Dresden, Germany, phone +49 30 23125 050, email "
                "schlichtung@glokal.example. It mediates between you and us; you do not need a "
                "lawyer.",
                "pl": "Jeśli w ciągu sześciu tygodni od zgłoszenia nie otrzymasz odpowiedzi lub "
                "odpowiedź nie będzie zadowalająca, możesz złożyć wniosek o bezpłatne "
                "postępowanie polubowne. Właściwy jest Organ Rozjemczy ds. Dostępnej Technologii "
                "Informacyjnej (demo), Am Grenzweg 4, 01097 Drezno, Niemcy, telefon "
                "+49 30 23125 050, e-mail schlichtung@glokal.example. Pośredniczy on między Tobą "
                "a nami; nie potrzebujesz adwokata.",
                "cs": "Pokud na svou zpětnou vazbu do šesti týdnů neobdržíte žádnou nebo "
                "uspokojivou odpověď, můžete požádat o bezplatné smírčí řízení. Příslušný je "
                "Smírčí orgán pro bezbariérové informační technologie (demo), Am Grenzweg 4, "
                "01097 Drážďany, Německo, telefon +49 30 23125 050, e-mail "
                "schlichtung@glokal.example. Zprostředkuje mezi vámi a námi; advokáta "
                "nepotřebujete.",
            },
        ),
        (
            "heading",
            {
                "de": "Erstellung dieser Erklärung",
                "en": "Preparation of this statement",
                "pl": "Sporządzenie deklaracji",
                "cs": "Vypracování prohlášení",
            },
        ),
        (
            "paragraph",
            {
                "de": "Diese Erklärung wurde am 1. Oktober 2025 auf Grundlage einer "
                "Selbstbewertung erstellt und zuletzt am 21. November 2025 überprüft. Jede "
                "Seitenart wird bei jeder Änderung automatisch mit axe-core auf die Kriterien "
                "der WCAG 2.1 (Stufen A und AA) geprüft.",
                "en": "This statement was prepared on 1 October 2025 on the basis of a "
                "self-assessment and last reviewed on 21 November 2025. Every page type is "
                "checked automatically with axe-core against the WCAG 2.1 criteria (levels A "
                "and AA) with every change.",
                "pl": "Niniejszą deklarację sporządzono 1 października 2025 r. na podstawie "
                "samooceny, a ostatnio sprawdzono 21 listopada 2025 r. Każdy typ strony jest "
                "przy każdej zmianie automatycznie sprawdzany narzędziem axe-core pod kątem "
                "kryteriów WCAG 2.1 (poziomy A i AA).",
                "cs": "Toto prohlášení bylo vypracováno 1. října 2025 na základě vlastního "
                "posouzení a naposledy přezkoumáno 21. listopadu 2025. Každý typ stránky se při "
                "každé změně automaticky kontroluje nástrojem axe-core podle kritérií WCAG 2.1 "
                "(úrovně A a AA).",
            },
        ),
        (
            "link_list",
            {
                "heading": {
                    "de": "Informationen in Leichter Sprache und Gebärdensprache",
                    "en": "Information in Easy Read German and German Sign Language",
                    "pl": "Informacje w języku łatwym do czytania i w niemieckim języku migowym",
                    "cs": "Informace ve snadno srozumitelné němčině a v německém znakovém jazyce",
                },
                "links": [
                    {
                        "title": {
                            "de": "Informationen in Leichter Sprache",
                            "en": "Leichte Sprache (Easy Read, in German)",
                            "pl": "Leichte Sprache (tekst łatwy do czytania, po niemiecku)",
                            "cs": "Leichte Sprache (snadné čtení, v němčině)",
                        },
                        "page": "easy_language",
                    },
                    {
                        "title": {
                            "de": "Informationen in Gebärdensprache",
                            "en": "Gebärdensprache (German Sign Language)",
                            "pl": "Gebärdensprache (niemiecki język migowy)",
                            "cs": "Gebärdensprache (německý znakový jazyk)",
                        },
                        "page": "sign_language",
                    },
                ],
            },
        ),
    ],
}

STANDARD_PAGES = {"imprint": IMPRINT, "privacy": PRIVACY, "accessibility": ACCESSIBILITY}


def load(ctx):
    for key, content in STANDARD_PAGES.items():
        ctx.pages[key] = sync_page(
            ctx,
            ctx.home,
            StandardPage,
            slug=ctx.slug(content["slug"]),
            title=ctx.text(content["title"]),
            intro=ctx.text(content["intro"]),
            body=stream(ctx, key, content["body"]),
            footer_link=content["footer_link"],
        )
    ctx.report("Standard pages", len(STANDARD_PAGES))
