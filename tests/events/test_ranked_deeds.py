"""An event noun that ranks a deed told among others of its kind ("in one of the boldest raids of the
insurgency", "among the most brazen raids of the war") compares it with deeds like it: no deed of its
own, least of all one the authorities are then assumed to have done (events/ranked.py, read by
events/no_deed.told_as_no_deed). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _triggers(text: str, published: str) -> list[str]:
    return [e.trigger for e in code(text, published)]


def test_a_gangs_deadliest_raid_is_no_raid_by_the_authorities():
    text = ("Gang members torched homes in Port-au-Prince on Sunday and killed a dozen residents, in one of "
            "the deadliest raids on the capital this year.")
    assert "raids" not in _triggers(text, "2024-03-05")


def test_one_of_the_largest_crackdowns_is_the_detention_told():
    text = ("Security forces detained 40 opposition activists in Tbilisi on Saturday, in one of the largest "
            "crackdowns on dissent in years.")
    assert _triggers(text, "2024-11-03") == ["detained"]
