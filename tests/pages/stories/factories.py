"""Factories for success stories (beside tests/factories.py, which other folders share)."""

from pages.models import StoryParticipant, SuccessStoryIndexPage, SuccessStoryPage
from tests import factories


def add_story_index(home, title="Erfolgsgeschichten", slug="erfolgsgeschichten", per_page=12):
    index = SuccessStoryIndexPage(
        title=title,
        slug=slug,
        intro="Was aus Kooperationen geworden ist.",
        show_in_menus=True,
        per_page=per_page,
        locale=home.locale,
    )
    home.add_child(instance=index)
    return factories.publish(index)


def participant(name, country="DE", region=None, is_research=False):
    return {"name": name, "country": country, "region": region, "is_research": is_research}


def add_story(
    index, title="Erfolgsgeschichte", year=2024, participants=None, revision=True, **fields
):
    """A published story; `participants` is a list of participant(...) dicts.

    With revision=False the page is saved live without a revision (fast, for bulk tests).
    """
    fields.setdefault("summary", f"Kurz gesagt: {title}.")
    fields.setdefault("challenge", f"<p>Die Herausforderung bei {title}.</p>")
    fields.setdefault("approach", f"<p>Der Weg bei {title}.</p>")
    fields.setdefault("result", f"<p>Das Ergebnis bei {title}.</p>")
    story = SuccessStoryPage(title=title, year=year, locale=index.locale, **fields)
    for data in participants if participants is not None else [participant("Muster GmbH")]:
        story.participants.add(StoryParticipant(locale=index.locale, **data))
    index.add_child(instance=story)
    return factories.publish(story) if revision else story
