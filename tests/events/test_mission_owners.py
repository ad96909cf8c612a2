"""A diplomatic mission acted on is aimed at the country that owns it, not the one it stands in
("closed the Swedish embassy in Baghdad"), unless it is the actor's own ("closed its embassy in
Kabul": aimed at the host). Own sentences."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dyads(coder, text):
    evs = coder.code_article(Article(id="m", text=text, published="2025-04-10"))
    return {(e.source.country if e.source else None, e.cameo[:2], e.target.country if e.target else None)
            for e in evs}


@pytest.mark.parametrize(("text", "dyad"), [
    ("Latvia closed a Belarusian consulate in Daugavpils on Monday.", ("LVA", "16", "BLR")),
    ("Sudan shut the Kenyan embassy in Port Sudan after the row.", ("SDN", "16", "KEN")),
    ("Moscow closed the consulate of Finland in St Petersburg.", ("RUS", "16", "FIN")),
])
def test_anothers_mission_is_aimed_at_its_owner(coder, text, dyad):
    dyads = _dyads(coder, text)
    assert dyad in dyads
    assert not [d for d in dyads if d[1] == "16" and d[0] == d[2]]


def test_ones_own_mission_is_aimed_at_the_host(coder):
    assert ("NOR", "16", "AFG") in _dyads(coder, "Norway closed its embassy in Kabul on Monday.")
