"""A government body named by its kind alone ("the government", "the ministry") as a subject is the
state the story just told acting, not a state whose official that deed acted on, nor the dateline's
country (actors/acting_state.py, called from actors/link.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _sources(text: str, published: str, word: str) -> set[str | None]:
    return {e.source.code for e in code(text, published) if e.source is not None and e.source.text == word}


@pytest.mark.parametrize(("text", "word", "want"), [
    ("NAIROBI - Ethiopia expelled two Kenyan aid officials on Monday. The ministry accused them of "
     "spreading false information.", "The ministry", "ETHGOV"),
    ("RABAT - Algeria expelled a Moroccan diplomat on Tuesday. The government accused him of "
     "interfering in its internal affairs.", "The government", "DZAGOV"),
    ("MANILA - China summoned the Philippine ambassador on Monday over the shoal dispute. The ministry "
     "accused Manila of provocations.", "The ministry", "CHNGOV"),
    ("BANGKOK - Cambodia recalled its ambassador from Thailand on Friday. The government condemned the "
     "arrest of Cambodian workers.", "The government", "KHMGOV"),
])
def test_the_government_is_the_state_told_acting(text: str, word: str, want: str) -> None:
    assert _sources(text, "2024-05-02", word) == {want}


def test_a_government_after_a_strike_stays_the_victims() -> None:
    text = "KYIV - Russia launched 40 drones at Kyiv overnight. The government condemned the attack."
    assert _sources(text, "2024-05-02", "The government") == {"UKRGOV"}
