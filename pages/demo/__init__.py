"""The content core's demo content: images, taxonomies, contact persons, the site tree.

`manage.py load_demo` calls `load(context)` of every installed app's `demo` module in
INSTALLED_APPS order; this one runs first, so later apps (the press room, events, offers) find
the home pages, topics and contact persons in the shared `DemoContext`.
"""

from . import bitv, contacts, events, offers, site, standard, stories, taxonomy
from .context import DemoContext
from .texts import LANGUAGES, TARGET_LANGUAGES, Text, same

__all__ = ["DemoContext", "LANGUAGES", "TARGET_LANGUAGES", "Text", "load", "same"]


def load(ctx: DemoContext):
    site.load(ctx)
    taxonomy.load(ctx)
    contacts.load(ctx)
    bitv.load(ctx)
    standard.load(ctx)
    events.load(ctx)
    offers.load(ctx)
    stories.load(ctx)
