"""Where people fled to is no scene of the deed told beside it: a place after "into" on a verb of
fleeing (word class ``fleeing``) that is not the trigger ("seized the post and forced soldiers to flee
into Bangladesh") is not where the seizure happened (places/locate.py), so the seizure's implied
target is not the neighbour they fled to. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _taken(text: str, published: str, trigger: str) -> list[str | None]:
    return [e.target.country if e.target else None for e in code(text, published) if e.trigger.startswith(trigger)]


def test_a_post_seized_as_soldiers_flee_into_a_neighbour_is_not_the_neighbours():
    text = ("Myanmar's army lost control of Paletwa on Monday. The Arakan Army said it had seized the border "
            "post and forced 100 junta soldiers to flee into Bangladesh.")
    assert _taken(text, "2024-02-05", "seized") == ["MMR"]


def test_an_airstrip_captured_as_soldiers_flee_across_the_border_is_not_kenyas():
    text = ("Somali federal troops and Jubaland forces fought in Ras Kamboni on Wednesday. Jubaland's forces "
            "said they had captured the town's airstrip and forced hundreds of federal soldiers to flee across "
            "the border into Kenya.")
    assert "KEN" not in _taken(text, "2024-12-12", "captured")
