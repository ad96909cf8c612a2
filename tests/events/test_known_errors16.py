"""Known error classes of event coding (issue 14, "Story rules that demand evidence": implied targets),
each fixed as a phenomenon and tested on sentences written for several conflicts and wordings:

* "both sides" / "the two sides" of a war inside one country took a pair of other states told just
  before (the mediators, the hosts of talks: "China and Thailand urged restraint ... the two sides
  clashed"): they are the country's state forces and the armed group (``actors/link._pair``), and the
  two of them accuse each other, not a neighbour (``events/extract``: a state's bodies and an
  armed group of its country are two sides of "each other")."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-10"):
    return coded_at(coder, text, published)


def triples(evs):
    return {(r, s, t) for r, s, t, _ in evs}


# --- the two sides of a war inside one country ---

@pytest.mark.parametrize("text, country, others", [
    ("Myanmar's military and the Arakan Army fought for control of Paletwa on Monday. China and Thailand "
     "have urged restraint. Residents said the two sides clashed again near the river on Tuesday.",
     "MMR", {"CHN", "THA"}),
    ("Somalia's army and al-Shabaab fighters fought for the town of Mahas on Friday. Turkey and Qatar have "
     "offered help. Elders said the two sides clashed for hours.", "SOM", {"TUR", "QAT"}),
])
def test_the_two_sides_of_a_domestic_war_are_its_camps(coder, text, country, others):
    evs = coded(coder, text)
    fights = [(s, t) for r, s, t, _ in evs if r == "19"]
    assert (country, country) in fights, evs
    assert not any(s in others or t in others for s, t in fights), evs


def test_both_sides_of_a_domestic_war_accuse_each_other(coder):
    evs = coded(coder, "Ethiopian federal troops and the Tigray People's Liberation Front battled near Mekelle "
                       "on Sunday. Kenya and the United States called for talks. Both sides accused each other "
                       "of killing civilians.")
    accusations = [(s, t) for _, s, t, e in evs if e.cameo.startswith("112")]
    assert accusations and all(t == "ETH" for _, t in accusations), evs
    evs = coded(coder, "Colombia's government suspended talks with the ELN rebels after an attack on an army "
                       "base in Arauca. Venezuela, which hosted earlier rounds, regretted the decision. Both "
                       "sides accused each other of breaking the ceasefire.")
    assert [(s, t) for _, s, t, e in evs if e.cameo.startswith("112")] == [("COL", "COL")], evs
