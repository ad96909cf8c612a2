"""An armed party's epithet read by the parser as the head of its phrase is the party its name after
it names (actors/epithet_names.py, nlp/epithets.py): "a raid by the paramilitary Rapid Support
Forces killed 14 villagers" is the RSF's deed, not an attack of no doer nor a paramilitary of no name.
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def test_the_attack_of_a_party_named_after_its_epithet_is_the_partys() -> None:
    events = code("A raid by the paramilitary Rapid Support Forces killed 14 villagers in Darfur.", "2024-06-11")
    assert [(e.source.code, e.cameo[:2], e.target and e.target.code) for e in events] == [("SDNREB", "19", "SDNCVL")]
    assert events[0].source.text == "the paramilitary Rapid Support Forces"


@pytest.mark.parametrize("text, name", [
    ("An ambush by the separatist Ambazonia Defence Forces killed two gendarmes.", "Ambazonia"),
    ("Raids by the jihadist Islamic State Sahel Province killed 20 villagers near Menaka.", "Sahel"),
])
def test_the_epithets_phrase_is_the_named_group(text: str, name: str) -> None:
    doers = [e.source for e in code(text, "2024-06-11") if e.cameo.startswith("19")]
    assert doers and all(name in d.text for d in doers)
