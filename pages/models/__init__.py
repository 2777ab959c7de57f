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
from .inquiries import Inquiry, InquiryStatus
from .offers import (
    CooperationOfferIndexPage,
    CooperationOfferPage,
    DevelopmentStage,
    OfferKind,
    OfferReferenceCounter,
    OfferSector,
    PartnershipType,
    PartnerType,
)
from .standard import StandardPage
from .stories import StoryParticipant, SuccessStoryIndexPage, SuccessStoryPage
from .taxonomy import Country, Region, Sector, Topic

__all__ = [
    "CooperationOfferIndexPage",
    "CooperationOfferPage",
    "DevelopmentStage",
    "Inquiry",
    "InquiryStatus",
    "OfferKind",
    "OfferReferenceCounter",
    "OfferSector",
    "PartnershipType",
    "PartnerType",
    "StoryParticipant",
    "SuccessStoryIndexPage",
    "SuccessStoryPage",
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
