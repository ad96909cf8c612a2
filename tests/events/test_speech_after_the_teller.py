"""Two ways a party's own act of speech was lost where the story names it after what it tells:
a participle of speech after "X said," is the teller's own act ("Seven people were found dead, the
opposition said, accusing the police of killing them": the opposition accuses the police), not the
outcome of the reported deed before it, as "killing five people" is in "Missiles hit a market, the
governor said, killing five people" (`nlp/syntax.told_before`); and a coalition, alliance or network
of parties is those parties ("a coalition of civil society groups", "an alliance of opposition
parties": partitives in `data/actors/sectors.yml`). Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event"), [
    ("CONAKRY - Nine people were found dead after the march, the opposition said on Sunday, accusing the "
     "police of shooting them.", ("11", "GIN", "GIN")),
    ("GOMA - Dozens of displaced people were killed in the camp, the governor said, blaming the M23 for "
     "the massacre.", ("11", "COD", "COD")),
    ("ADDIS ABABA - Fighting flared again near the border, Ethiopia's foreign ministry said, urging "
     "Eritrea to withdraw its troops.", ("02", "ETH", "ERI")),
])
def test_a_participle_of_speech_after_the_teller_is_the_tellers_act(coder, text, event):
    evs = coded(coder, text, "2025-06-29")
    assert event in [(r, s, t) for r, s, t, e in evs]


def test_a_participle_of_an_outcome_still_goes_with_the_reported_deed(coder):
    evs = coded(coder, "KHARKIV - Missiles hit a market in Kharkiv, the governor said, killing five people.",
                "2025-06-29")
    assert not any(s == "UKR" and r in ("11", "19") for r, s, t, e in evs)


@pytest.mark.parametrize(("text", "event"), [
    ("HARARE - A coalition of civil society groups accused the police of abducting two activists.",
     ("11", "ZWE", "ZWE")),
    ("CARACAS - An alliance of opposition parties accused the electoral council of rigging the vote.",
     ("11", "VEN", "VEN")),
])
def test_a_coalition_of_parties_is_those_parties(coder, text, event):
    evs = coded(coder, text, "2025-06-29")
    assert [(r, s, t) for r, s, t, e in evs] == [event]
