"""Demo topics, sectors and regions: the vocabulary press releases, events and offers share."""

from pages.core.models.taxonomy import Region, Sector, Topic

from .sync import sync_snippet

# Used both as a topic and as a sector, so both must read the same in every language.
LIFE_SCIENCES = {
    "de": "Life Sciences",
    "en": "Life sciences",
    "pl": "Nauki o życiu",
    "cs": "Vědy o živé přírodě",
}

TOPICS = {
    "wirtschaftsfoerderung": {
        "de": "Wirtschaftsförderung",
        "en": "Economic development",
        "pl": "Wspieranie gospodarki",
        "cs": "Podpora podnikání",
    },
    "digitalisierung": {
        "de": "Digitalisierung",
        "en": "Digitalisation",
        "pl": "Cyfryzacja",
        "cs": "Digitalizace",
    },
    "veranstaltung": {"de": "Veranstaltung", "en": "Event", "pl": "Wydarzenie", "cs": "Akce"},
    "wirtschaft": {"de": "Wirtschaft", "en": "Economy", "pl": "Gospodarka", "cs": "Hospodářství"},
    "life-sciences": LIFE_SCIENCES,
    "aussenwirtschaft": {
        "de": "Außenwirtschaft",
        "en": "Foreign trade",
        "pl": "Handel zagraniczny",
        "cs": "Zahraniční obchod",
    },
    "grenzregion-interreg": {
        "de": "Grenzregion und Interreg",
        "en": "Border region and Interreg",
        "pl": "Pogranicze i Interreg",
        "cs": "Příhraničí a Interreg",
    },
    "innovation": {"de": "Innovation", "en": "Innovation", "pl": "Innowacje", "cs": "Inovace"},
}

SECTORS = {
    "life-sciences": LIFE_SCIENCES,
    "automotive": {
        "de": "Automobilindustrie",
        "en": "Automotive",
        "pl": "Motoryzacja",
        "cs": "Automobilový průmysl",
    },
    "mechanical-engineering": {
        "de": "Maschinen- und Anlagenbau",
        "en": "Mechanical and plant engineering",
        "pl": "Budowa maszyn i urządzeń",
        "cs": "Strojírenství",
    },
    "electrical-engineering": {
        "de": "Elektrotechnik und Mikroelektronik",
        "en": "Electrical engineering and microelectronics",
        "pl": "Elektrotechnika i mikroelektronika",
        "cs": "Elektrotechnika a mikroelektronika",
    },
    "digital-services": {
        "de": "Digitale Dienstleistungen",
        "en": "Digital services",
        "pl": "Usługi cyfrowe",
        "cs": "Digitální služby",
    },
    "logistics": {"de": "Logistik", "en": "Logistics", "pl": "Logistyka", "cs": "Logistika"},
    "energy": {
        "de": "Energie- und Umwelttechnik",
        "en": "Energy and environmental technology",
        "pl": "Energetyka i technologie środowiskowe",
        "cs": "Energetika a environmentální technologie",
    },
}

# slug → (country, NUTS code, name)
REGIONS = {
    "sachsen": (
        "DE",
        "DED",
        {"de": "Sachsen", "en": "Saxony", "pl": "Saksonia", "cs": "Sasko"},
    ),
    "dresden": (
        "DE",
        "DED2",
        {
            "de": "Region Dresden",
            "en": "Dresden region",
            "pl": "Region Drezna",
            "cs": "Region Drážďany",
        },
    ),
    "chemnitz": (
        "DE",
        "DED4",
        {
            "de": "Region Chemnitz",
            "en": "Chemnitz region",
            "pl": "Region Chemnitz",
            "cs": "Region Chemnitz",
        },
    ),
    "leipzig": (
        "DE",
        "DED5",
        {
            "de": "Region Leipzig",
            "en": "Leipzig region",
            "pl": "Region Lipska",
            "cs": "Region Lipsko",
        },
    ),
    "dolnoslaskie": (
        "PL",
        "PL51",
        {
            "de": "Niederschlesien",
            "en": "Lower Silesia",
            "pl": "Dolny Śląsk",
            "cs": "Dolní Slezsko",
        },
    ),
    "karlovarsky-kraj": (
        "CZ",
        "CZ041",
        {
            "de": "Karlsbader Region",
            "en": "Karlovy Vary Region",
            "pl": "Kraj karlowarski",
            "cs": "Karlovarský kraj",
        },
    ),
    "ustecky-kraj": (
        "CZ",
        "CZ042",
        {
            "de": "Region Ústí nad Labem",
            "en": "Ústí nad Labem Region",
            "pl": "Kraj ustecki",
            "cs": "Ústecký kraj",
        },
    ),
    "liberecky-kraj": (
        "CZ",
        "CZ051",
        {
            "de": "Region Liberec",
            "en": "Liberec Region",
            "pl": "Kraj liberecki",
            "cs": "Liberecký kraj",
        },
    ),
}


def load(ctx):
    for slug, name in TOPICS.items():
        ctx.topics[slug] = sync_snippet(ctx, Topic, {"slug": slug}, name=ctx.text(name))
    ctx.report("Topics", len(TOPICS))

    for slug, name in SECTORS.items():
        ctx.sectors[slug] = sync_snippet(ctx, Sector, {"slug": slug}, name=ctx.text(name))
    ctx.report("Sectors", len(SECTORS))

    for slug, (country, nuts_code, name) in REGIONS.items():
        ctx.regions[slug] = sync_snippet(
            ctx, Region, {"slug": slug}, name=ctx.text(name), country=country, nuts_code=nuts_code
        )
    ctx.report("Regions", len(REGIONS))
