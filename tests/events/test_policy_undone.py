"""Asking a government to withdraw, repeal or scrap a law or a policy is an appeal or a demand for a
change of policy (CAMEO 0242 / 1042), never one for a military withdrawal (0256 / 1056), which
withdrawing troops still is. A demand told with a "that" clause is made of the clause's doer.
Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, code", [
    ("The Kenyan opposition urged the government to withdraw the finance bill.", "0242"),
    ("Student unions in Dhaka urged the government to scrap the quota system.", "0242"),
    ("Georgian opposition leaders urged parliament to repeal the foreign agents law.", "0242"),
    ("Protesters in Nairobi demanded that the government withdraw the tax increases.", "1042"),
])
def test_undoing_a_law_or_a_policy_is_asked_as_a_change_of_policy(coder, text, code):
    evs = coded(coder, text, "2025-06-07")
    assert [e.cameo for r, s, t, e in evs] == [code]
    assert evs[0][2] == evs[0][1]  # (asked of the government of the asker's own country)


@pytest.mark.parametrize("text, code, target", [
    ("Russia urged Ukraine to withdraw its troops from the Kursk region.", "0256", "UKR"),
    ("Protesters in Vilnius demanded that Russia withdraw its troops from Ukraine.", "1056", "RUS"),
])
def test_withdrawing_troops_is_still_de_escalation(coder, text, code, target):
    evs = coded(coder, text, "2025-06-07")
    assert [(e.cameo, t) for r, s, t, e in evs] == [(code, target)]
