"""A government or force named by the adjective of a region or civilisation of many states ("European
leaders", "African leaders", "Arab foreign ministers"; word class ``bloc_adjective``) is of several
states and takes no country from the story (actors/story.called_foreign), nor, for a people of many
states ("Arab": ``many_states`` in the peoples file), from the homes where it is a minority
(actors/peoples.place_people); the people themselves keep theirs ("Arab residents of Haifa").
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "KYIV - Russian missiles struck Kyiv overnight. European leaders condemned the attack on Tuesday.",
    "KHARTOUM - The RSF shelled Omdurman again. African leaders called for a ceasefire on Tuesday.",
    "DOHA - Israel struck Hamas leaders in Doha. Arab foreign ministers condemned the attack on Tuesday.",
])
def test_leaders_named_by_a_region_of_many_states_are_no_one_states(text):
    leaders = [e for e in code(text, "2025-09-10") if e.source is not None and "leaders" in e.source.text
               or e.source is not None and "ministers" in e.source.text]
    assert leaders
    assert all(e.source is not None and e.source.country is None and e.source.sector == "GOV" for e in leaders)


def test_arab_citizens_keep_their_country():
    events = code("Arab residents of Haifa protested against the new nationality law on Monday.", "2025-09-10")
    assert [e.source.country for e in events if e.source is not None] == ["ISR"]
