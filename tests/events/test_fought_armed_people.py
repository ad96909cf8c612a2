"""A state's forces that fight or battle armed people named as militiamen, guerrillas, paramilitaries
or combatants (``fight`` / ``battle`` in ``actions.yml``, as for rebels and militias) fight them: 190
at the group. Before, these nouns were missing from the entries' object lists and the fighting was
lost. A fight in court stays no violence. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text, published="2024-03-02"):
    evs = coder.code_article(Article(id="f", text=text, published=published))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, dyad", [
    ("The Ethiopian army fought Fano militiamen near Gondar on Tuesday.", ("ETHMIL", "ETHREB")),
    ("Colombian soldiers fought ELN guerrillas in Arauca on Sunday.", ("COLMIL", "COLREB")),
    ("Congolese soldiers fought against Mai-Mai militiamen near Beni on Thursday.", ("CODMIL", "CODREB")),
    ("Nigerian troops fought with separatist combatants in Imo state on Friday.", ("NGAMIL", "NGAREB")),
    ("Malian troops battled rival paramilitaries near Kidal on Friday.", ("MLIMIL", "MLIREB")),
])
def test_forces_that_fight_armed_people_fight_them(coder, text, dyad):
    assert dyad in [(s, t) for c, s, t in coded(coder, text) if c[:2] == "19"]


def test_a_fight_in_court_is_no_violence(coder):
    out = coded(coder, "Lawyers for the separatists fought the extradition in court on Monday.")
    assert not [c for c, *_ in out if c[:2] in ("18", "19", "20")]
