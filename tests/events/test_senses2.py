"""Verb senses, on sentences the team wrote (continued from test_senses.py): armed groups blocking
roads and aid, recognising a rival claimant, dismissing a text someone adopted."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text):
    return coded_at(coder, text, "2025-06-01")


@pytest.mark.parametrize("text, src", [
    ("Houthi rebels blocked humanitarian convoys heading to Taiz on Tuesday.", "YEM"),
    ("Al-Shabaab fighters blocked the main road between Mogadishu and Baidoa on Monday.", "SOM"),
    ("The M23 rebels blocked the road to Goma on Friday.", "COD"),
])
def test_an_armed_group_blocking_roads_or_aid_is_a_blockade_not_a_protest(coder, text, src):
    evs = coded(coder, text)
    assert [(e.cameo, s) for r, s, t, e in evs] == [("191", src)]
    # (blocking talks is no blockade, whoever does it)
    evs = coded(coder, "The rebels blocked the peace talks in Juba on Friday.")
    assert [e.cameo for *_, e in evs if e.cameo == "191"] == []


@pytest.mark.parametrize("text, src, tgt", [
    ("The United States recognised Juan Guaido as the interim president of Venezuela on Wednesday.", "USA", "VEN"),
    ("The African Union recognised Adama Barrow as the legitimate winner of the Gambian election on Friday.",
     "AU", "GMB"),
])
def test_recognising_someone_as_the_rightful_leader_is_recognition(coder, text, src, tgt):
    evs = coded(coder, text)
    assert [(e.cameo, s, t) for r, s, t, e in evs] == [("054", src, tgt)]


def test_dismissing_a_resolution_rejects_whoever_adopted_it(coder):
    evs = coded(coder, "The European Parliament passed a resolution on Tuesday condemning the arrests of "
                       "journalists. Azerbaijan dismissed the resolution on Wednesday.")
    assert ("12", "AZE", "EU") in {(r, s, t) for r, s, t, _ in evs}
    evs = coded(coder, "Russia dismissed the UN resolution as biased on Wednesday.")
    assert [(e.cameo, s, t) for r, s, t, e in evs] == [("120", "RUS", "UN")]
