"""The site's locales: the one it is translated from, the ones it is translated into, and who
translates into which.

- **Source**: the Locale of settings.LANGUAGE_CODE (German), as `Locale.get_default()` resolves
  it; everything is written there first and translated from there.
- **Targets**: the other languages of settings.WAGTAIL_CONTENT_LANGUAGES that have a Locale, in
  the order of that setting (the order of the language switcher, the status board's columns
  and every list of languages in the admin).
- **Translators**: the group "Translators (<language>)" of a target locale (created by
  pages/translation/roles.py) makes its members translators into that locale.

Callers that need language codes take `locale.language_code` of what these return.
"""

from django.conf import settings
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant
from wagtail.models import Locale

TRANSLATORS_PREFIX = "Translators"


def source_language_code():
    """The language code of the source locale, without a query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def source_locale():
    """The Locale of settings.LANGUAGE_CODE: the language content is written in first."""
    return Locale.get_default()


def target_locales():
    """The Locales content is translated into, in settings.WAGTAIL_CONTENT_LANGUAGES order.

    A configured language without a Locale yet is left out, and so is a Locale whose language
    is no longer configured (Wagtail would not serve it).
    """
    source_code = source_language_code()
    codes = [code for code in get_content_languages() if code != source_code]
    found = {loc.language_code: loc for loc in Locale.objects.filter(language_code__in=codes)}
    return [found[code] for code in codes if code in found]


def translator_group_name(locale):
    """ "Translators (Čeština)": the language's own name, as in the locale switcher."""
    return f"{TRANSLATORS_PREFIX} ({locale.get_display_name()})"


def translator_locales(user):
    """The target Locales `user` translates into: those whose translator group they are in.

    Only group membership counts, for superusers too: a superuser in no translator group gets
    none. Being a superuser lets someone edit every language (that is the roles' question,
    pages/translation/roles.py `may_edit_locale`), it does not make them a translator.
    """
    if not user.is_authenticated:
        return []
    names = set(user.groups.values_list("name", flat=True))
    return [locale for locale in target_locales() if translator_group_name(locale) in names]
