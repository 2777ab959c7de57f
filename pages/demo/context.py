"""What the demo loaders of every app share while `manage.py load_demo` runs.

Apps load their demo content in INSTALLED_APPS order (pages, then press, later events, offers,
newsletter); each one finds here what earlier apps created, by stable keys rather than by
database ids, so the loaders stay independent of each other and of previous runs.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from .texts import LANGUAGES, SOURCE_LANGUAGE, Text, TranslationMemory
from .translate import sync_translations


@dataclass
class DemoContext:
    write: Callable[[str], None] = print
    memory: TranslationMemory = field(default_factory=TranslationMemory)
    homes: dict = field(default_factory=dict)  # language code → HomePage
    images: dict = field(default_factory=dict)  # key → GlokalImage
    topics: dict = field(default_factory=dict)  # slug → German Topic
    sectors: dict = field(default_factory=dict)  # slug → German Sector
    regions: dict = field(default_factory=dict)  # slug → German Region
    contacts: dict = field(default_factory=dict)  # key → German ContactPerson
    pages: dict = field(default_factory=dict)  # key → German page, for internal links

    @property
    def home(self):
        """The German home page, parent of every section's index page."""
        return self.homes[SOURCE_LANGUAGE]

    def text(self, value: str | Text) -> str:
        """Register a text's translations; returns the German value for the source object."""
        return self.memory.add(value)

    def slug(self, slugs: Text) -> str:
        return self.memory.add_slug(slugs)

    def translate(self, instance, *, source_changed: bool) -> bool:
        """Create or update the en/pl/cs translations of a German page or snippet."""
        return sync_translations(instance, self.memory, source_changed=source_changed)

    def report(self, label: str, count: int, *, translated: bool = True):
        """One progress line, e.g. "Press releases: 7 × 4 languages"."""
        suffix = f" × {len(LANGUAGES)} languages" if translated else ""
        self.write(f"{label}: {count}{suffix}")
