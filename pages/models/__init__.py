"""The shared content core: taxonomies, contact persons, images and the generic page types."""

from .contacts import ContactPerson
from .home import HomePage
from .images import GlokalImage, GlokalRendition
from .standard import StandardPage
from .taxonomy import Country, Region, Sector, Topic

__all__ = [
    "ContactPerson",
    "Country",
    "GlokalImage",
    "GlokalRendition",
    "HomePage",
    "Region",
    "Sector",
    "StandardPage",
    "Topic",
]
