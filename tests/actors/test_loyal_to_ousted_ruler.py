"""Men loyal to a ruler the who's who says was out of every state office on the story's day are
fighters against the state, not its forces; the same words told while he ruled are its army
(actors/state_men.ousted_ruler, read by actors/rightside.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _doer(text: str, published: str) -> str | None:
    return next((e.source.code for e in code(text, published) if e.source is not None), None)


@pytest.mark.parametrize(("text", "published"), [
    ("Forces loyal to Assad ambushed a security patrol near Baniyas on Tuesday.", "2025-03-12"),
    ("Troops loyal to Bashar al-Assad attacked a police post outside Tartus.", "2025-04-02"),
])
def test_the_men_of_a_ruler_ousted_before_the_story_fight_the_state(text: str, published: str) -> None:
    assert _doer(text, published) == "SYRREB"


def test_the_same_men_while_he_rules_are_the_states_forces() -> None:
    assert _doer("Forces loyal to Assad ambushed a rebel patrol near Baniyas on Tuesday.", "2018-03-13") == "SYRMIL"


def test_a_ruler_still_in_office_keeps_his_men_the_states() -> None:
    assert _doer("Chechen units loyal to Kadyrov shelled Ukrainian positions near Vuhledar.", "2025-03-12") == "RUSMIL"
