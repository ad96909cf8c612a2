"""A state's craft someone travels in ("left on a French military aircraft", "fled aboard a Mexican
air force plane") is no party: a body named later by its sector alone ("the military") is not the
craft owner's (actors/link.py), nor is that owner the counterpart of an untargeted deed near it
(events/implied.counterpart), and it tells no country of the story (actors/draft.build_context,
actors/story.py); nlp/conveyance.py. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model

FLIGHT = (
    "LIBREVILLE - Crowds celebrated in the streets of Gabon's capital after the coup. The deposed "
    "president's son left Gabon aboard a French military aircraft on Thursday, according to his lawyers. "
    "The military then dissolved the senate and imposed a curfew."
)


def test_the_military_after_a_flight_on_a_foreign_craft_is_the_countrys_own():
    events = [e for e in code(FLIGHT, "2023-09-01") if e.source is not None and e.source.text == "The military"]
    assert events
    assert {e.source.country for e in events} == {"GAB"}
    assert all(e.target is None or e.target.country != "FRA" for e in events)




def test_a_flight_on_a_foreign_craft_tells_no_country_of_the_story():
    text = ("BAMAKO - Soldiers arrested the president of Mali on Tuesday. His prime minister fled on an "
            "Algerian military aircraft, officials said. The junta suspended the constitution.")
    events = code(text, "2020-08-20")
    assert [(e.trigger, e.source.code) for e in events if e.source is not None and e.source.sector == "MIL"] == [
        ("arrested", "MLIMIL"), ("suspended constitution", "MLIMIL")]
    assert not any(e.target is not None and e.target.country == "DZA" for e in events)
