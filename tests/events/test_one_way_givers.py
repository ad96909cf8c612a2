"""Parties told together as the givers of money, arms or training (word class ``given_one_way``) give
together to a third party; they are not each other's partners, as two parties meeting or fighting
are. Nor is material cooperation with no one named aimed at the giver's own country (roots set
``relations``). Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The separatist radio station was financed by Russia and Belarus, the Moldovan minister said.",
    "The attacks on the pipeline were funded by Iran and Qatar, the report said.",
])
def test_coordinated_givers_are_not_each_others_partners(coder, text):
    evs = [e for r, s, t, e in coded(coder, text, "2025-06-07") if e.cameo.startswith("06")]
    doers = {e.source.code for e in evs if e.source is not None}
    assert len(evs) == 2
    assert not any(e.target is not None and (e.target.code in doers or e.target.country == e.source.country)
                   for e in evs)


def test_the_party_given_to_is_still_the_target(coder):
    evs = coded(coder, "The M23 rebels were funded by Rwanda and Uganda, the UN experts said.", "2025-06-07")
    assert {(r, s, t) for r, s, t, e in evs} == {("06", "RWA", "COD"), ("06", "UGA", "COD")}
