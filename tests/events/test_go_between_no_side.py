"""A go-between is no side of the talks it carries: a party told in one sentence in joint actions with
two or more others ("spoke by phone with the leaders of both countries") serves them, and a mediator
told next ("a ceasefire brokered by Moscow") acts on those partners, never on the go-between
(events/sides.parties_of_talks). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model

_STORY = ("Armenia and Azerbaijan accused each other of shelling border villages on Tuesday. "
          "The United States called for an end to the fighting, and Secretary of State Antony Blinken spoke "
          "by phone with the leaders of both countries. A ceasefire brokered by Moscow broke down within hours.")


def _brokered(text: str) -> set[str | None]:
    return {e.target.country if e.target else None for e in code(text, "2022-09-14") if e.cameo == "045"}


def test_a_mediator_after_a_go_between_acts_on_its_partners() -> None:
    assert _brokered(_STORY) == {"ARM", "AZE"}


def test_talks_of_two_sides_still_give_both_sides() -> None:
    text = ("Serbian and Kosovo negotiators met in Brussels on Monday. A deal brokered by the European Union "
            "was signed hours later.")
    assert _brokered(text) == {"SRB", "XKX"}
