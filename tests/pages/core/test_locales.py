"""The site's locales: German is the source, the other configured languages are the targets in
the order of the settings, and translator groups decide who translates into which."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from pages.core import locales
from tests import factories

GERMAN_FIRST = [("de", "Deutsch"), ("en", "English"), ("pl", "Polski"), ("cs", "Čeština")]


def codes(found):
    return [locale.language_code for locale in found]


def test_the_source_is_the_locale_of_the_language_code(db):
    assert locales.source_locale() == factories.locale("de")


def test_targets_are_the_other_languages_in_the_order_of_the_settings(db):
    # Not alphabetical (cs, en, pl): the order of the language switcher and the board.
    assert codes(locales.target_locales()) == ["en", "pl", "cs"]


def test_target_order_follows_the_content_languages(db, settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = [GERMAN_FIRST[0], *reversed(GERMAN_FIRST[1:])]
    assert codes(locales.target_locales()) == ["cs", "pl", "en"]


def test_only_configured_languages_that_have_a_locale_are_targets(db, settings):
    settings.LANGUAGES = [*GERMAN_FIRST, ("fr", "Français")]
    settings.WAGTAIL_CONTENT_LANGUAGES = [("de", "Deutsch"), ("fr", "Français"), ("pl", "Polski")]
    # fr has no Locale yet; en and cs still have one but are no longer configured.
    assert codes(locales.target_locales()) == ["pl"]


def test_source_and_targets_follow_the_language_code(db, settings):
    settings.LANGUAGE_CODE = "en"
    assert locales.source_locale() == factories.locale("en")
    assert codes(locales.target_locales()) == ["de", "pl", "cs"]


def test_translator_group_name_is_the_languages_own_name(db):
    assert locales.translator_group_name(factories.locale("cs")) == "Translators (Čeština)"


def in_groups(user, *codes_):
    for code in codes_:
        group, _ = Group.objects.get_or_create(
            name=locales.translator_group_name(factories.locale(code))
        )
        user.groups.add(group)
    return user


def test_translators_translate_into_the_locales_of_their_groups(django_user_model):
    user = in_groups(django_user_model.objects.create_user("both", "b@x.example", "pw"), "cs", "pl")
    user.groups.add(Group.objects.get_or_create(name="Reviewers")[0])
    assert codes(locales.translator_locales(user)) == ["pl", "cs"]


def test_nobody_else_translates(django_user_model):
    editor = django_user_model.objects.create_user("editor", "e@x.example", "pw")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    assert locales.translator_locales(editor) == []
    assert locales.translator_locales(AnonymousUser()) == []


@pytest.mark.parametrize(("groups", "expected"), [((), []), (("cs",), ["cs"])])
def test_superusers_translate_only_what_their_groups_say(django_user_model, groups, expected):
    admin = django_user_model.objects.create_superuser("admin", "a@x.example", "pw")
    assert codes(locales.translator_locales(in_groups(admin, *groups))) == expected
