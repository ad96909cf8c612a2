"""A place told falling to its takers (issue 14, recall on the missed classes): "the town of Masisi
fell to M23 rebels", "the army lost control of Kurmuk to SPLM-N fighters", "lost the town to the
rebels" are the to-phrase's taking of a place (192) from the place's country or the loser; only a
place falls so, and only to an armed doer or a government: a task, a turnout or an election district
that "fell to" someone is no event (lexicon condition `subject_kind`). Sentences of our own, of several
conflicts (real model)."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target", [
    ("The town of Masisi fell to M23 rebels on Sunday after heavy fighting.", "COD", "COD"),
    ("The border town of Kurmuk fell to SPLM-N fighters on Monday, residents said.", "SDN", "SDN"),
    ("The army lost control of the border town of Kurmuk to SPLM-N fighters on Monday.", "SDN", "SDN"),
    ("Malian troops lost the garrison town to jihadists on Friday after a week of fighting.", "MLI", "MLI"),
])
def test_the_takers_take_the_place(coder, text: str, source: str, target: str) -> None:
    evs = coded(coder, text, "2026-03-04")
    assert [(r, s, t) for r, s, t, _ in evs] == [("19", source, target)], evs
    assert evs[0][3].cameo == "192"


@pytest.mark.parametrize("text", [
    "The task of rebuilding the bridges fell to the army.",
    "Turnout in the capital fell to 30 percent.",
    "The district fell to the ruling party in Sunday's election.",
    "Responsibility for security in the city fell to the police.",
    "The party lost the seat to an independent candidate.",
])
def test_no_place_no_taking(coder, text: str) -> None:
    assert not [e for r, _, _, e in coded(coder, text, "2026-03-04") if r == "19"]
