"""A party or place named in what a noun fears or warns may happen ("stoking fears that Rwanda might
send troops") is neither where the story is nor a party to its deeds: it does not count towards the
story's country (actors/draft.build_context, actors/story.dominant_country) nor stand for the object
phrase that holds it (events/implied). A report of a deed done ("reports that Rwandan troops had
crossed") still names its party. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "feared"), [
    ("Soldiers shelled the rebel-held town overnight, stoking fears that Rwanda might send troops across "
     "the border.", "RWA"),
    ("The president dissolved parliament on Monday, deepening fears that the United States would impose "
     "sanctions.", "USA"),
    ("Troops fired on demonstrators outside the palace, raising fears that Moscow could send in its own "
     "forces.", "RUS"),
])
def test_a_feared_party_gives_the_story_no_country(text, feared):
    events = code(text, "2024-03-09")
    assert events
    assert all(e.source is None or e.source.country != feared for e in events)
    assert all(e.target is None or e.target.country != feared for e in events)


def test_a_party_of_a_deed_reported_done_still_counts():
    events = code("Kinshasa dismissed reports that Rwandan troops had crossed into North Kivu.", "2024-03-09")
    assert [(e.source.country, e.target.country) for e in events if e.source and e.target] == [("COD", "RWA")]
