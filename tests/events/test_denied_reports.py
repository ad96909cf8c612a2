"""A denial of "the accusation" a deed told as another party's report answers ("X said Y's soldiers
fired on a patrol ... Y rejected the accusation"): aimed at the party that told it (016), also
where a plain rejection of "the claim" is recoded a denial; no teller when the wire or a newspaper
told it, the deed was of another side, or no report was told. Sentences of our own, of several
conflicts (real model)."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, denier, teller", [
    ("Guyana's foreign ministry said on Friday that Venezuelan troops had opened fire on Guyanese "
     "soldiers near the Cuyuni river, wounding one. Venezuela's defence minister rejected the accusation "
     "and said Guyana was trying to stir up a conflict.", "VEN", "GUY"),
    ("Congo's army said on Wednesday that Rwandan soldiers had shelled its positions near Sake, killing "
     "four troops. Rwanda denied the allegation.", "RWA", "COD"),
    ("Pakistan's military said Indian troops had fired mortar shells across the Line of Control, killing "
     "a civilian. India's army rejected the claim.", "IND", "PAK"),
    ("The Israeli military said Hezbollah fighters had launched rockets at an army post in the Galilee. "
     "Hezbollah denied the charge.", "LBNREB", "ISR"),
    ("Sudan's army said the RSF had shelled a camp for displaced people outside El Fasher. The "
     "paramilitary group rejected the accusation.", "SDNREB", "SDNMIL"),
    ("The Ethiopian government said Eritrean forces had shelled the border town of Zalambessa. "
     "Eritrea's information minister dismissed the charges.", "ERI", "ETH"),
])
def test_a_denial_of_a_reported_deed_is_aimed_at_its_teller(coder, text: str, denier: str, teller: str) -> None:
    """(``denier`` and ``teller``: how their actor codes begin; the RSF's is Sudan's armed group, the
    teller Sudan's army)"""
    evs = coded(coder, text, "2025-09-06")
    denials = [e for r, s, t, e in evs if e.cameo == "016"]
    assert denials and all(e.source is not None and e.source.code.startswith(denier) and e.target is not None
                           and e.target.code.startswith(teller) for e in denials), evs


@pytest.mark.parametrize("text, denier", [
    # (told by the wire, not by a party)
    ("Reuters reported that Rwandan soldiers had shelled positions near Sake. Rwanda denied the allegation.", "RWA"),
    # (the deed told is another side's: rebels, not Rwanda's troops)
    ("Congo's army said rebels had shelled positions near Sake. Rwanda denied the allegation.", "RWA"),
    # (no report told)
    ("Rwanda denied the allegation on Wednesday.", "RWA"),
])
def test_a_denial_with_no_report_of_its_side_stays_untargeted(coder, text: str, denier: str) -> None:
    evs = coded(coder, text, "2025-09-06")
    denials = [(s, t) for r, s, t, e in evs if e.cameo == "016"]
    assert denials == [(denier, None)], evs


def test_a_rejection_of_a_deed_the_teller_told_of_its_own_side_stays_a_rejection(coder) -> None:
    """(the RSF telling its own fighters' deed accuses no one the army answers)"""
    evs = coded(coder, "The RSF said its fighters had seized a town in North Kordofan. The army rejected the claim.",
                "2025-09-06")
    assert not [e for r, s, t, e in evs if e.cameo == "016"], evs
