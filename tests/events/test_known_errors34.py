"""Known error class: envoys of unstated country that a state acts on. "Poland expelled three
diplomats" coded the diplomats as Poland's own government, a self-directed dyad: a state expels,
summons, declares persona non grata or arrests another's envoys, so the linker gives them none of
its country (``actors/envoys.py``), and the story stage none by the expeller's tie alone
(``actors/strangers.dealt_as_strangers``); a country named for them still holds, and a state that
recalls or appoints envoys deals with its own."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2024-03-02"):
    return coded_at(coder, text, published)


@pytest.mark.parametrize("text, expeller, root", [
    ("Latvia expelled two diplomats on Monday over espionage.", "LVA", "16"),
    ("Senegal expelled four diplomats on Thursday after the protests.", "SEN", "16"),
    ("Burkina Faso ordered three diplomats to leave the country within 72 hours.", "BFA", None),
    ("Cambodia summoned a senior diplomat on Friday to protest the border shooting.", "KHM", None),
    ("The government of Sudan expelled the ambassador on Sunday, accusing him of meddling.", "SDN", "16"),
    ("The foreign ministry of Bolivia summoned the ambassador on Wednesday over the remarks.", "BOL", None),
    ("Police in Georgia detained a diplomat at the airport on Saturday.", "GEO", None),
    ("Three diplomats were expelled by Croatia on Friday.", "HRV", "16"),
])
def test_envoys_a_state_acts_on_are_not_its_own(coder, text, expeller, root):
    evs = [(r, s, t) for r, s, t, _ in coded(coder, text) if s == expeller]
    assert evs, coded(coder, text)
    assert not any(t == expeller for _, _, t in evs), evs
    if root is not None:
        assert any(r == root for r, _, _ in evs), evs


def test_pronoun_told_of_expelled_envoys_is_not_the_expellers(coder):
    evs = coded(coder, "Finland expelled three diplomats on Tuesday, accusing them of spying.")
    assert any(r == "11" and s == "FIN" for r, s, _, _ in evs), evs
    assert not any(s == "FIN" and t == "FIN" for _, s, t, _ in evs), evs
    # (envoys named by their country keep it)
    evs = coded(coder, "Mali expelled five Algerian diplomats on Thursday.")
    assert any(r == "16" and s == "MLI" and t == "DZA" for r, s, t, _ in evs), evs


def test_expelled_envoys_are_the_storys_other_country(coder):
    evs = coded(coder, "Norway expelled two diplomats on Monday. Iran vowed to retaliate against Norway.")
    assert any(r == "16" and s == "NOR" and t == "IRN" for r, s, t, _ in evs), evs
