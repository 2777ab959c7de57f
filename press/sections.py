"""The press room's section on the home page: the latest releases in the home's language."""

from pages.sections import PageSection, first_child_of_type

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
