"""The press room's section on the home page: the latest releases in the home's language."""

from pages.core.page_cache.recording import listing_as
from pages.core.sections import PageSection, first_child_of_type

from .models import PressReleaseIndexPage

HOME_RELEASES = 3


def latest_press_releases(request, home_page):
    index = first_child_of_type(home_page, PressReleaseIndexPage)
    if index is None:
        return None
    return PageSection(
        template="press/includes/home_section.html",
        order=10,
        context={"press_index": index, "releases": index.releases()[:HOME_RELEASES]},
    )


def releases_about_tag(event_translation_key) -> str:
    """The page cache's tag of the releases listed on one event's page (all its languages)."""
    return f"press-about-event:{event_translation_key}"


def releases_about_event(request, event_page):
    """The event page's section: published releases in its language that announce it.

    Releases point at the German event (page links are copied into translations), so they are
    matched through the event's translation key.
    """
    from .models import PressReleasePage

    with listing_as(releases_about_tag(event_page.translation_key)):
        releases = list(
            PressReleasePage.objects.live()
            .filter(
                locale_id=event_page.locale_id, event__translation_key=event_page.translation_key
            )
            .order_by("-date", "-pk")
        )
    if not releases:
        return None
    return PageSection(
        template="press/includes/event_section.html", order=50, context={"releases": releases}
    )
