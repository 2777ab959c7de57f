"""The shared content core: taxonomies, contact persons, images and the generic page types."""

from .contacts import ContactPerson
from .events import (
    EventCalendarPage,
    EventContact,
    EventDate,
    EventFormat,
    EventPage,
    EventRegion,
    EventTopic,
)
from .home import HomePage
from .images import GlokalImage, GlokalRendition
from .standard import StandardPage
from .taxonomy import Country, Region, Sector, Topic

__all__ = [
    "ContactPerson",
    "EventCalendarPage",
    "EventContact",
    "EventDate",
    "EventFormat",
    "EventPage",
    "EventRegion",
    "EventTopic",
    "Country",
    "GlokalImage",
    "GlokalRendition",
    "HomePage",
    "Region",
    "Sector",
    "StandardPage",
    "Topic",
]
