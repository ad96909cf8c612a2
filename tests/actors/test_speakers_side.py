"""Unnamed state forces told by a state's own voice (its army, its defence ministry, a state medium)
are that state's, not the dateline's nor the story's most named country's (actors/speakers_side.py,
called from actors/link.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _sources(text: str, word: str) -> set[str | None]:
    return {e.source.code for e in code(text, "2024-05-02") if e.source is not None and e.source.text == word}


@pytest.mark.parametrize(("text", "word", "want"), [
    # the dateline and the target's people name the other side; the teller is the army's voice
    ("TBILISI - Soldiers repelled an assault by Georgian special forces near the Roki tunnel, the "
     "Russian defence ministry said on Monday.", "Soldiers", "RUSMIL"),
    ("BAKU - Soldiers fought off an incursion by Azerbaijani commandos near Tavush overnight, the "
     "defence ministry in Yerevan said.", "Soldiers", "ARMMIL"),
    ("DAMASCUS - Forces struck Kurdish militant hideouts in the mountains of northern Syria, Turkey's "
     "defence ministry said.", "Forces", "TURMIL"),
    ("TEL AVIV - According to the Iranian army, troops shot down an Israeli drone over Isfahan.",
     "troops", "IRNMIL"),
    # a state medium speaks for its state
    ("CARACAS - Colombian state television said the army had captured five Venezuelan smugglers near "
     "Cucuta.", "the army", "COLMIL"),
    # (an outlet told by its own name: "KCNA", a seat of its state)
    ("SEOUL - KCNA said the military had fired two cruise missiles into the Yellow Sea.", "the military",
     "PRKMIL"),
])
def test_unnamed_forces_are_the_tellers_own(text: str, word: str, want: str) -> None:
    assert _sources(text, word) == {want}
