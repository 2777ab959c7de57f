"""The press room's section on the home page: the latest releases in the home's language."""

from pages.restrictions import public
from pages.sections import HomeSection

from .models import PressReleaseIndexPage

HOME_RELEASES = 3


def latest_press_releases(request, home_page):
    index = (
        public(PressReleaseIndexPage.objects.live().child_of(home_page)).order_by("path").first()
    )
    if index is None:
        return None
    return HomeSection(
        template="press/includes/home_section.html",
        order=10,
        context={"press_index": index, "releases": index.releases()[:HOME_RELEASES]},
    )
