"""A plural of states that a region's, people's or faith's adjective makes a bloc ("Western
governments", "Arab states") is no actor (``actors/sides.unkeyed_states``): no key stands for it,
and neither the story's government nor the people's home country is it. One such state, or states
of a named country, stay actors. Sentences are the team's own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, word", [
    ("Western governments condemned the verdict.", "governments"),
    ("Arab states rejected the proposal.", "states"),
    ("Gulf Arab states welcomed the ceasefire.", "states"),
    ("African governments demanded a seat on the council.", "governments"),
])
def test_a_bloc_of_states_is_no_actor(code, text, word):
    assert code(text, word) == []


@pytest.mark.parametrize("text, word, country", [
    ("The Serbian government condemned the verdict.", "government", "SRB"),
    ("Kenya and Uganda said the two governments had agreed.", "Kenya", "KEN"),
])
def test_a_named_country_stays(code, text, word, country):
    assert country in {a.country for a in code(text, word)}


def test_states_counted_are_the_pair_named_not_a_bloc(code):
    actors = code("Mali and Niger recalled their envoys. The two West African states accused Algeria.", "states")
    assert {a.country for a in actors} == {"MLI", "NER"}, actors
