"""What an appeal asks for decides its code: going back to talks is negotiating (026), not a release of
people (0253), which returning hostages or children is; people urged to go home are asked nothing
the codebook names (020); a halt to attacks, a ceasefire agreed or arms laid down asked for is
de-escalation (0256). Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, code", [
    ("Angola urged the Congolese government and the M23 rebels to return to the negotiating table.", "026"),
    ("Norway urged the Colombian government and the ELN to return to talks in Havana.", "026"),
    ("Qatar urged Hamas to return the remaining hostages.", "0253"),
    ("Ukraine urged Russia to return the deported children.", "0253"),
    ("UN Secretary-General Antonio Guterres called for an immediate halt to the attacks on El Fasher.", "0256"),
    ("Kenya urged the Sudanese army and the RSF to agree to a ceasefire.", "0256"),
])
def test_what_is_asked_for_decides_the_appeal(coder, text, code):
    assert code in [e.cameo for r, s, t, e in coded(coder, text, "2025-06-07")]


def test_people_urged_home_are_not_released(coder):
    evs = coded(coder, "The UN refugee agency urged Syrian refugees in Lebanon to return to their homes.",
                "2025-06-07")
    assert not any(e.cameo == "0253" for r, s, t, e in evs)
