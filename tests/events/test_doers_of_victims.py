"""An agentless passive in a clause that describes the object of a deed of the same sentence tells
of that deed's victims: its doer is the deed's ("police detained hundreds of demonstrators, many of
whom say they were beaten": the police), not the doer of an event told in the sentence before. A
clause that describes a place ("in Serbia, where 24 were killed") tells of no victims of the deed."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-07-01"):
    return coded_at(coder, text, published)


@pytest.mark.parametrize("text, victims_root", [
    ("Thousands of people marched in Tbilisi on Sunday. Police detained hundreds of demonstrators, many of whom "
     "say they were beaten.", "18"),
    ("Students rallied in Dhaka on Monday. Soldiers arrested dozens of students, some of whom were later "
     "tortured, their families said.", "18"),
])
def test_the_victims_of_a_deed_are_told_of_its_doer(coder, text, victims_root):
    evs = coded(coder, text)
    doers = [e.source.sector for r, s, t, e in evs if r == victims_root]
    assert doers and all(sector in ("COP", "MIL") for sector in doers)

