"""A measure a body decides is a measure taken (events/decided.py): "agreed to impose sanctions on X"
is the sanctions (163), with no agreement (030) aimed at the party they fall on and no threat (1312)
beside them. A decision still to come, denied or conditional stays an intent, and an agreement to
cooperate stays one. Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, code, target", [
    ("EU foreign ministers agreed on Monday to widen sanctions on Belarus over the migrant crisis.",
     "163", "BLR"),
    ("ECOWAS leaders agreed on Sunday to impose sanctions on Mali's junta.", "163", "MLI"),
    ("Arab League ministers voted on Saturday to impose economic sanctions on Damascus.", "163", "SYR"),
])
def test_a_measure_agreed_is_taken(coder, text, code, target):
    evs = coded(coder, text, "2024-03-04")
    assert [e.cameo for r, s, t, e in evs] == [code]
    assert evs[0][2] == target


def test_a_decision_still_to_come_stays_a_threat(coder):
    evs = coded(coder, "EU leaders will agree next week to impose new sanctions on Iran, diplomats said.",
                "2024-03-04")
    assert "163" not in [e.cameo for r, s, t, e in evs]


def test_an_agreement_to_cooperate_stays_one(coder):
    evs = coded(coder, "Iran agreed on Monday to allow IAEA inspectors back into Fordow.", "2024-03-04")
    assert [r for r, s, t, e in evs] == ["03"]
