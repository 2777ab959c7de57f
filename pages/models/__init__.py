"""The shared content core: taxonomies, contact persons, images and the generic page types."""

from pages.calendar.models import (
    EventCalendarPage,
    EventContact,
    EventDate,
    EventFormat,
    EventPage,
    EventRegion,
    EventTopic,
)
from pages.core.models.contacts import ContactPerson
from pages.core.models.home import HomePage
from pages.core.models.images import GlokalImage, GlokalRendition
from pages.core.models.standard import StandardPage
from pages.core.models.taxonomy import Country, Region, Sector, Topic
from pages.exchange.models.inquiries import Inquiry, InquiryStatus
from pages.exchange.models.offers import (
    CooperationOfferIndexPage,
    CooperationOfferPage,
    DevelopmentStage,
    OfferKind,
    OfferReferenceCounter,
    OfferSector,
    PartnershipType,
    PartnerType,
)
from pages.stories.models import StoryParticipant, SuccessStoryIndexPage, SuccessStoryPage

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
