"""A body the parser hung as an apposition on the object before a verb of saying left with no
subject ("killed 100 people, the Syrian Observatory for Human Rights said") is who tells, never a
description of the people killed (``nlp/syntax.speaker_told_as_apposition``, read by
``actors/rightside.py``); and the Syrian Observatory is a rights group, not the Syrian state.
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "want"), [
    ("Clashes between Druze fighters and Bedouin tribes killed more than 100 people, the Syrian Observatory "
     "for Human Rights said.", "SYRCVL"),
    ("Government air strikes killed 14 civilians in Idlib, the Syrian Observatory said.", "SYRCVL"),
    ("Rebels killed nine soldiers near the border, Amnesty International said.", "---MIL"),
])
def test_the_teller_is_no_apposition_of_the_harmed(text: str, want: str) -> None:
    assert {e.target.code for e in code(text, "2025-07-16") if e.cameo.startswith("19") and e.target} == {want}


def test_the_syrian_observatory_is_a_rights_group() -> None:
    text = "The Syrian Observatory for Human Rights accused government forces of executing 12 civilians in Homs."
    assert {e.source.code for e in code(text, "2025-07-16") if e.cameo.startswith("11")} == {"NGOSOHRHRI"}
