"""Known error classes of modality and sense (issue 14), each fixed as a phenomenon and tested on
sentences written for several conflicts and wordings:

* a warning of what a third party or a thing will do ("warned that the blockade would starve
  civilians") is a pessimistic comment (012), no threat against those it would harm: a threat needs
  the speaker's side to be the doer (the lexicon's ``comp_subject`` condition, ``events/match.py``
  ``comp_subject_is``)."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-01"):
    return coded_at(coder, text, published)


# --- a warning of what others or things will do is no threat ---

@pytest.mark.parametrize("text, warner", [
    ("The United Nations warned on Monday that the Saudi-led blockade would starve millions of Yemeni "
     "civilians.", "UN"),
    ("The World Health Organization cautioned that the cholera outbreak would spread across Haiti.", "UN"),
    ("Colombia's president warned that the rebels would attack the town of Jamundi.", "COL"),
    ("NATO warned that Russia was preparing a new offensive in Ukraine.", "NATO"),
])
def test_a_warning_of_others_deeds_is_pessimism(coder, text, warner):
    evs = coded(coder, text)
    assert [(r, s) for r, s, t, e in evs] == [("01", warner)], evs
    assert all(e.cameo == "012" for r, s, t, e in evs), evs


@pytest.mark.parametrize("text, threatener, threatened", [
    ("Russia warned on Tuesday that it would strike Kyiv if Ukraine attacked Crimea again.", "RUS", "UKR"),
    ("The Myanmar junta warned protesters on Wednesday that they would be arrested if they gathered in "
     "Yangon.", "MMR", "MMR"),
    ("The Ethiopian prime minister warned Eritrea that his army would respond with force to any "
     "incursion.", "ETH", "ERI"),
    ("China warned Taiwan that its navy would blockade the island.", "CHN", "TWN"),
    ("The Pakistani army warned that Indian troops would face a fitting reply.", "PAK", "IND"),
    ("Iran warned Israel that any attack on its nuclear sites would trigger a crushing response.", "IRN", "ISR"),
])
def test_a_warning_of_ones_own_deed_stays_a_threat(coder, text, threatener, threatened):
    evs = coded(coder, text)
    assert (("13", threatener, threatened) in {(r, s, t) for r, s, t, e in evs}), evs
