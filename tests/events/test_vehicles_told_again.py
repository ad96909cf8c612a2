"""A vehicle, a boat or an aircraft told again by a definite description ("the vehicle", "the truck",
"the boat") is the one told before, and so is its user: a harm told with a when-clause of "the
vehicle" is the deed of the force whose vehicle was told ("a police armoured vehicle", "an army
truck", "a navy boat"); with no force told as its user, the harm has no doer, never a party carried
from elsewhere (actors/vehicles_told.py, events/doers.doer_of_cause, events/victims.told_by_its_cause).
Sentences of our own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _events(coder, text: str) -> list:
    return coder.code_article(Article(id="t", text=text, published="2025-06-12"))


def _killings(coder, text: str) -> list:
    return [e for e in _events(coder, text) if e.cameo[:2] in ("18", "19") and e.trigger.startswith(("killed", "injured"))]


@pytest.mark.parametrize("text, doer", [
    ("Rioters burned a district office in the Bolivian city of Oruro on Friday, as anger grew over the "
     "death of a street vendor who was run over by a police armoured vehicle in La Paz. The vendor, "
     "Juan Quispe, was killed on Thursday evening when the vehicle drove into marchers near the square.",
     "BOLCOP"),
    ("Students set fire to a police post in Tegucigalpa on Monday as an army truck arrived at the scene. "
     "A boy was killed when the truck drove into the crowd.", "HNDMIL"),
    ("Fishermen stoned a navy post in Jaffna on Monday as a navy boat approached the shore. Two fishermen "
     "were injured when the boat rammed their trawler.", "LKAMIL"),
])
def test_the_vehicle_told_again_is_its_users(coder, text: str, doer: str) -> None:
    kills = _killings(coder, text)
    assert kills and all(e.source is not None and e.source.code == doer for e in kills), \
        [(e.source and e.source.code, e.cameo, e.trigger) for e in kills]


def test_a_vehicle_of_no_user_told_gives_no_doer(coder) -> None:
    text = ("Rioters burned a district office in Oruro on Friday over the death of a vendor who was run over "
            "by a truck in La Paz. The vendor was killed on Thursday evening when the truck drove into "
            "marchers near the square.")
    kills = _killings(coder, text)
    assert all(e.source is None or e.source.sector != "OPP" for e in kills), \
        [(e.source and e.source.code, e.cameo, e.trigger) for e in kills]


def test_the_boat_named_again_is_the_navys(coder) -> None:
    from flashpoint.actors import actors_for
    doc = coder.parse(Article(id="t", text="A navy boat rammed a fishing trawler off Jaffna on Monday. "
                              "Witnesses said the boat then sped away.", published="2025-06-12"))
    boat = next(t for t in doc if t.lower_ == "boat" and t.i > 5)
    assert [a.sector for a in actors_for(doc, boat)] == ["MIL"]


def test_a_vehicle_that_did_no_violence_still_carries_the_attacker(coder) -> None:
    text = "Gunmen ambushed a bus near Gombe on Monday. Five passengers were killed when the bus overturned."
    kills = _killings(coder, text)
    assert kills and all(e.source is not None and e.source.sector == "REB" for e in kills), \
        [(e.source and e.source.code, e.cameo, e.trigger) for e in kills]
