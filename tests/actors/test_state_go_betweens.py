"""A state's mediators, observers and peace envoys are its own (GOV), not an international body's
(``actors/draft.to_actor``); and a reply or proposal handed over in talks is negotiation (046), no
aid (``actions.yml`` ``&handed_words``). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "want"), [
    ("Hamas delivered its answer to the Egyptian mediators on Monday.", {("046", "EGYGOV")}),
    ("Hamas said it had handed over its response to the ceasefire proposal to mediators Egypt and Qatar.",
     {("046", "EGYGOV")}),
    ("Iran delivered its reply to the U.S. proposal through Oman.", {("046", "USA")}),
    # things given are still aid
    ("The UN handed over 200 tonnes of food to the Red Crescent.", {("070", "NGOIFRC")}),
])
def test_a_reply_handed_over_is_negotiation(text: str, want: set[tuple[str, str]]) -> None:
    assert {(e.cameo, e.target.code if e.target else None) for e in code(text, "2025-06-02")} == want


def test_a_states_observers_are_its_own() -> None:
    evs = code("Russian observers praised the vote in Abkhazia.", "2025-06-02")
    assert {e.source.code for e in evs} == {"RUSGOV"}
