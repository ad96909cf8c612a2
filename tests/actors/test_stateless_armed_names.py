"""A fighting body's proper name the lexicon does not know ("... Army", "... Brigade", "... Front")
that names no state in it is rebels, not the state's army nor a nameless body, when the name tells a
cause ("Revolutionary", "Liberation") or its clause has it fight its own state's forces; a state's
unit (a number, "Airborne", "Presidential Guard") or a foreign army's foe stays the state's force
(actors/armed_names.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _sectors(code, text: str, word: str) -> set[str | None]:
    return {a.sector for a in code(text, word)}


@pytest.mark.parametrize(("text", "word"), [
    ("The Lushai Revolutionary Army burned a police outpost in Mizoram.", "Army"),
    ("The Black Eagles Brigade ambushed a police convoy near Tumaco.", "Brigade"),
    ("Malian soldiers clashed with the Gourma Brigade near Gao.", "Brigade"),
    ("The Naga Hills Front kidnapped two army officers in Kohima.", "Front"),
    ("An army patrol was ambushed by the Black Kites Brigade near Tumaco.", "Brigade"),
])
def test_a_stateless_fighting_name_is_rebels(code, text: str, word: str) -> None:
    assert _sectors(code, text, word) == {"REB"}


@pytest.mark.parametrize(("text", "rebels", "state"), [
    ("The Lake Liberation Front ambushed an army convoy, and the 12th Airborne Brigade pursued the fighters.",
     "Front", "Brigade"),
    ("The Presidential Guard Brigade fired on mutinous soldiers, and the Kawar Revolutionary Army shelled the "
     "airport.", "Army", "Brigade"),
    ("Ukrainian officials said the Golden Hawks Brigade shelled Russian positions near Kupiansk, and that the "
     "Oskil Resistance Army had attacked a Russian checkpoint.", "Army", "Brigade"),
])
def test_a_state_unit_or_a_foreign_armys_foe_beside_rebels_stays_the_state(code, text: str, rebels: str, state: str) -> None:
    assert (_sectors(code, text, rebels), _sectors(code, text, state)) == ({"REB"}, {"MIL"})



def test_the_fighting_name_told_again_is_the_same_rebels(code) -> None:
    text = ("The Black Kites Brigade ambushed a police patrol near Tumaco on Monday. The interior minister "
            "condemned the Black Kites Brigade.")
    assert _sectors(code, text, "Brigade") == {"REB"} and {a.sector for a in code(text, "Brigade", 1)} == {"REB"}


def test_a_movement_is_rebels_only_where_it_fights_the_army(code) -> None:
    text = ("The Kivu Patriots Movement ambushed an army convoy near Goma, and the Democratic Renewal Movement "
            "clashed with police in Lome.")
    assert (_sectors(code, text, "Movement"), {a.sector for a in code(text, "Movement", 1)}) == ({"REB"}, {None})


def test_the_charity_named_like_an_army_is_no_force(code) -> None:
    assert _sectors(code, "The Salvation Army handed out blankets to families in Kharkiv.", "Army") == {"NGO"}
