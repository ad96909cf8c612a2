"""A demand for a deed of giving way whose doer is its possessor ("demanded their withdrawal",
"called for his resignation": ``events/yielders.py``, the pronoun resolved by
``actors/deed_owners.py``) is aimed at the possessor, never at the demander nor the story's other
party (the possessor of a release is the one held, not whom the demand faces: no such deed)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

CASES = [
    ("Ugandan soldiers were deployed in eastern Congo. Kinshasa demanded their exit on Friday.",
     "demanded", "CODGOV", "UGAMIL"),
    ("Turkish troops have occupied northern Iraq for years. Baghdad called for their withdrawal on Monday.",
     "called", "IRQGOV", "TURMIL"),
    ("Sudan's army chief Abdel Fattah al-Burhan met Egyptian officials in Cairo. Rebels of the RSF "
     "demanded his resignation on Monday.", "demanded", "SDNREB", "SDNMIL"),
    ("Rwanda-backed M23 rebels captured Goma. Congo demanded their withdrawal from the city on Tuesday.",
     "demanded", "COD", "CODREB"),
    # (the troops, not the traders they hold, nor the rebels who demand it)
    ("Chadian troops detained two Sudanese traders near the border. Sudanese rebels demanded their "
     "departure on Sunday.", "demanded", "SDNREB", "TCDMIL"),
    # (the guerrillas, not the soldiers of the demanding government's own side)
    ("Peruvian soldiers clashed with Shining Path guerrillas in the jungle. The government demanded their "
     "surrender on Monday.", "demanded", "PERGOV", "PERREB"),
]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), CASES)
def test_a_demanded_deed_of_giving_way_is_aimed_at_its_possessor(coder, text, trigger, source, target):
    evs = coder.code_article(Article(id="yield", text=text, published="2024-03-02"))
    demand = next(e for e in evs if e.trigger.startswith(trigger) and e.source is not None and e.source.code == source)
    assert demand.target is not None and demand.target.code == target



def test_a_demander_coded_as_no_party_still_aims_at_the_possessor(coder):
    # (a movement the actor lexicon does not know is on no side yet: not one with the forces)
    text = "Moroccan forces patrol the desert towns. The Polisario Front demanded their departure on Friday."
    evs = coder.code_article(Article(id="yield", text=text, published="2024-03-02"))
    demand = next(e for e in evs if e.trigger.startswith("demanded"))
    assert demand.target is not None and demand.target.code == "MARMIL"
