"""A speaker's own act joined by "and" to a reported clause that the act cannot share: a past perfect
("denied that it had armed the rebels and condemned ...": the simple past does not share "had") or a
passive whose subject suffered the deed ("said two villages had been shelled and accused Eritrea of ...":
an act with an object of its own is active); the teller may ask rather than say ("questioned why
Serbia had massed troops and urged ..."). events/joined.py."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event"), [
    ("ADDIS ABABA - Ethiopia said two villages had been shelled and accused Eritrea of provoking a war.",
     ("11", "ETH", "ERI")),
    ("KIGALI - Rwanda denied that it had armed the M23 rebels and condemned Congo for its hostile rhetoric.",
     ("11", "RWA", "COD")),
    ("PRISTINA - Kosovo's prime minister questioned why Serbia had massed troops near the border and urged "
     "NATO to reinforce its mission.", ("02", "XKX", "NATO")),
])
def test_the_speakers_act_after_a_clause_it_cannot_share(coder, text, event):
    evs = coded(coder, text, "2023-05-10")
    root, src, tgt = event
    assert (root, src, tgt) in triples(evs)


def test_a_charge_after_the_past_perfect_is_the_speakers_a_deed_sharing_it_the_doers(coder):
    evs = coded(coder, "TRIPOLI - The government denied that it had hired mercenaries and accused Haftar's forces "
                       "of shelling the airport.", "2023-05-10")
    assert ("11", "LBY", "LBY") in triples(evs)
    evs = coded(coder, "GOMA - Congo said the rebels had shelled Sake and killed four civilians.", "2023-05-10")
    assert not any(s == "COD" and e.source.sector not in ("REB", None) and r == "19" for r, s, t, e in evs)
    assert ("19", "COD", "COD") in triples(evs)  # the rebels' killing
