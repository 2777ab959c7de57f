"""The root of the demo site: the German home page, its translations and the default Site."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page

from pages.core.models.home import HomePage
from pages.core.site_record import configure_default_site

from .images import ImageSpec, ensure_images
from .streams import stream
from .sync import sync_page
from .texts import SOURCE_LANGUAGE, TARGET_LANGUAGES

# Wagtail's initial migration creates a plain Page with this slug as the first site's root.
WELCOME_PAGE_SLUG = "home"

HOME_HERO = ImageSpec(
    key="home-hero",
    title="Glokal Startseite – Grenzregion (Demo)",
    description="Abstrakte Grafik in Grün und Blau mit dem Schriftzug Wirtschaft ohne Grenzen",
    label="Wirtschaft ohne Grenzen",
    colours=("#0b4f6c", "#20bf55"),
)

HOME = {
    "title": {
        "de": "Glokal – Wirtschaft ohne Grenzen",
        "en": "Glokal – Business without borders",
        "pl": "Glokal – Gospodarka bez granic",
        "cs": "Glokal – Hospodářství bez hranic",
    },
    # Not "home": Wagtail's welcome page, a sibling under the root, holds that slug until it
    # is removed, which can only happen once the new home page exists.
    "slug": {"de": "start", "en": "welcome", "pl": "strona-glowna", "cs": "uvod"},
    "intro": {
        "de": "Wir verbinden Unternehmen, Forschung und Wirtschaftsförderer in Sachsen, "
        "Niederschlesien und den tschechischen Grenzregionen – mit Kontakten, Veranstaltungen "
        "und Projekten über die Grenze hinweg.",
        "en": "We connect companies, researchers and economic development agencies in Saxony, "
        "Lower Silesia and the Czech border regions – with contacts, events and projects "
        "across the border.",
        "pl": "Łączymy firmy, naukowców i instytucje wspierające gospodarkę w Saksonii, na "
        "Dolnym Śląsku i w czeskich regionach przygranicznych – poprzez kontakty, wydarzenia "
        "i projekty ponad granicami.",
        "cs": "Propojujeme firmy, výzkum a instituce na podporu podnikání v Sasku, Dolním "
        "Slezsku a českých příhraničních regionech – prostřednictvím kontaktů, akcí a projektů "
        "přes hranice.",
    },
    "body": [
        (
            "heading",
            {
                "de": "Über diese Demo",
                "en": "About this demo",
                "pl": "O tej wersji demonstracyjnej",
                "cs": "O této ukázce",
            },
        ),
        (
            "paragraph",
            {
                "de": "Die Glokal Wirtschaftsförderung (Demo) ist erfunden, ebenso alle Personen, "
                "Adressen und Zitate auf dieser Website. Die Pressemitteilungen greifen reale "
                "Anlässe der Zusammenarbeit zwischen Sachsen, Polen und Tschechien auf.",
                "en": "Glokal Wirtschaftsförderung (Demo) is invented, as are all people, "
                "addresses and quotations on this website. The press releases take up real "
                "occasions of cooperation between Saxony, Poland and Czechia.",
                "pl": "Glokal Wirtschaftsförderung (Demo) to instytucja fikcyjna, podobnie jak "
                "wszystkie osoby, adresy i cytaty na tej stronie. Komunikaty prasowe nawiązują "
                "do rzeczywistych przykładów współpracy Saksonii, Polski i Czech.",
                "cs": "Glokal Wirtschaftsförderung (Demo) je smyšlená, stejně jako všechny "
                "osoby, adresy a citace na tomto webu. Tiskové zprávy vycházejí ze skutečných "
                "příležitostí ke spolupráci mezi Saskem, Polskem a Českem.",
            },
        ),
    ],
}


def load(ctx):
    ensure_images(ctx, [HOME_HERO])
    home = sync_page(
        ctx,
        Page.get_first_root_node(),
        HomePage,
        slug=ctx.slug(HOME["slug"]),
        title=ctx.text(HOME["title"]),
        intro=ctx.text(HOME["intro"]),
        hero_image=ctx.images[HOME_HERO.key],
        body=stream(ctx, "home", HOME["body"]),
    )
    _make_default_site_root(ctx, home)
    _remove_welcome_page()
    ctx.homes = {SOURCE_LANGUAGE: home} | {
        locale.language_code: home.get_translation(locale)
        for locale in Locale.objects.filter(language_code__in=TARGET_LANGUAGES)
    }
    ctx.pages["home"] = home
    ctx.report("Home pages", 1)


def _make_default_site_root(ctx, home):
    """The default Site serves the demo's home page at the public base URL, so the links the
    site and the API hand out resolve on `make run`."""
    changes = configure_default_site(
        settings.GLOKAL_PUBLIC_BASE_URL, site_name="Glokal", root_page=home
    )
    for change in changes:
        ctx.write(f"Default Site {change}")


def _remove_welcome_page():
    """Delete "Welcome to your new Wagtail site!" once no site needs it any more."""
    welcome = Page.objects.filter(
        depth=2,
        slug=WELCOME_PAGE_SLUG,
        content_type=ContentType.objects.get_for_model(Page),
        numchild=0,
    ).exclude(sites_rooted_here__isnull=False)
    for page in welcome:
        page.delete()
