"""The doer a story names by blame (issue 14, misses with an unnamed doer): "an attack blamed on
jihadists killed nine soldiers", "a car bombing attributed to the ADF" are the blamed party's deeds as
the story tells them, as "a protest organised by unions" is the unions'; who blames ("blamed by the
army on the rebels") is never the doer. Sentences of our own, of several conflicts (real model)."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, doer", [
    ("An attack blamed on jihadists killed nine soldiers in northern Benin.", "BEN"),
    ("An ambush blamed on Fulani militants killed seven policemen in Benue State on Monday.", "NGA"),
    ("An attack blamed by the army on separatist fighters killed four villagers near Bamenda.", "CMR"),
])
def test_the_party_blamed_did_it(coder, text: str, doer: str) -> None:
    evs = coded(coder, text, "2026-03-04")
    violence = [e for r, s, t, e in evs if r in ("18", "19")]
    assert violence and all(e.source is not None and e.source.country == doer and e.source.sector == "REB"
                            for e in violence), evs
