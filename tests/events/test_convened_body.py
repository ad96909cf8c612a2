"""An appeal to convene a body ("called for an emergency meeting of the U.N. Security Council") is aimed
at the body asked to meet, never at the party the story blames in another sentence (the counterpart
rule) nor at the story's country (the scene rule): events/convened.py, used by
events/implied.counterpart and events/story.scene_target. An appeal for talks with a party still
faces it. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _targets(text: str, word: str) -> set[str | None]:
    return {e.target.code if e.target is not None else None
            for e in code(text, "2024-03-02") if word in e.sentence and e.cameo.startswith("02")}


@pytest.mark.parametrize(("text", "want"), [
    ("Serbian forces shelled villages in Kosovo on Tuesday. Germany called for an emergency meeting of the U.N. "
     "Security Council.", "IGOUN"),
    ("Ethiopian troops crossed into Somalia on Monday. Egypt called for an emergency session of the Arab League.",
     "IGOARABLEAGUE"),
])
def test_an_appeal_to_convene_a_body_is_aimed_at_the_body(text: str, want: str) -> None:
    assert _targets(text, "called for") == {want}


def test_an_appeal_for_talks_with_a_party_still_faces_it() -> None:
    text = "Serbian forces shelled villages in Kosovo on Tuesday. Germany called for talks with Belgrade."
    assert _targets(text, "called for") == {"SRB"}
