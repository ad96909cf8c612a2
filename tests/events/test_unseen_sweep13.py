"""A thirteenth sweep of whole stories, on Asia and the Pacific in 2024-2026 (issue 14,
generalisation): the Afghan-Pakistani border war and the Doha ceasefire (a wire story with a joint
dateline), a Chinese water cannon attack at Scarborough Shoal (a TV interview transcript), a North
Korean missile drill (translated state media), South Korea's martial law crisis (a dated timeline),
an Asia newsletter of unrelated items, Sheikh Hasina's death sentence (a court report), Rodrigo
Duterte's arrest (a local paper) and China's "Strait Thunder" drills around Taiwan (a live blog).
Each story test asserts what an experienced coder codes and the wrong readings that must not come
back; the rule tests use sentences of other conflicts and wording."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-01"):
    return coded_at(coder, text, published)


# --- the rules, on sentences of other conflicts ---

def test_calling_someone_a_name_is_no_phone_call(coder):
    # "called President X a liar": a name given (111 when it is one of abuse), never a call (041)
    evs = coded(coder, "Hun Sen on Monday called the Thai prime minister a liar.")
    assert [(r, s, t) for r, s, t, e in evs] == [("11", "KHM", "THA")]
    evs = coded(coder, "Venezuela's state television called President Noboa a \"puppet\" of Washington.")
    assert not [e for r, s, t, e in evs if r == "04"]
    # a name that is no abuse tells nothing
    assert not coded(coder, "Putin called the Chinese leader a dear friend.")
    # calling a leader alone, or to talk, is still a phone call
    assert ("04", "IND", "RUS") in triples(coded(coder, "Modi called President Putin on Monday."))
    evs = coded(coder, "Macron called the Chinese president to discuss the war on Tuesday.")
    assert {r for r, s, t, e in evs} == {"04"}


def test_office_holders_of_the_region_named_without_context(coder):
    # (a bare name codes by the who's who and the story's date)
    evs = coded(coder, "Theresa Lazaro summoned the Chinese ambassador on Monday.", "2025-10-01")
    assert ("11", "PHL", "CHN") in triples(evs)
    evs = coded(coder, "Karen Kuo condemned the Chinese drills.", "2025-04-02")
    assert ("11", "TWN", "CHN") in triples(evs)
    evs = coded(coder, "Richard Marles criticised China's live-fire drills in the Tasman Sea.", "2025-03-01")
    assert ("11", "AUS", "CHN") in triples(evs)
