"""A call on a party to do something is coded by the deed asked for, as an urging is: withdrawing
troops (0256), releasing hostages (0253), resigning (0241), repealing a law (0242), going back to
talks (026), recognising a state (022); a call with no deed the lexicon names stays an appeal
(020). Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, code, target", [
    ("France called on Russia to withdraw its troops from Ukraine.", "0256", "RUS"),
    ("Qatar called on Hamas to release the remaining hostages.", "0253", "PSE"),
    ("Senegal's opposition called on President Macky Sall to resign.", "0241", "SEN"),
    ("Amnesty International called on Hungary to repeal the law.", "0242", "HUN"),
    ("Norway called on the Colombian government and the ELN to return to talks.", "026", "COL"),
    ("The European Union called on Serbia to recognise Kosovo.", "022", "SRB"),
])
def test_the_deed_asked_for_codes_the_call(coder, text, code, target):
    evs = coded(coder, text, "2025-06-07")
    assert (code, target) in [(e.cameo, t) for r, s, t, e in evs]


def test_a_call_for_no_named_deed_stays_an_appeal(coder):
    evs = coded(coder, "Pope Francis called on world leaders to pray for peace.", "2025-06-07")
    assert all(e.cameo == "020" for r, s, t, e in evs)
