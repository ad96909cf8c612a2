"""People held by a named party, told in the passive: detained (173) whoever they are (the lexicon's
object kind ``people`` on the passive subject: a president, a mayor, hostages, farmers), the holder
the by-phrase names; a meeting, a seat, a town or a post held is no detention, nor is being held to
account or in contempt. Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="x", text=text, published="2024-03-14"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, source, target", [
    ("The president was held by members of the presidential guard after the coup.", "MIL", "GOV"),
    ("The defence minister is being held by the junta, his family said.", "MIL", "GOV"),
    ("The governor was held by the army for several hours before being released.", "MIL", "GOV"),
    ("The foreign minister was held by rebel fighters at a checkpoint near Goma.", "REB", "GOV"),
    ("The mayor was held by masked gunmen in Michoacan overnight.", "REB", "GOV"),
    ("The hostages are being held by Hamas in tunnels under Khan Younis.", "REB", "CVL"),
    ("Three Thai farmers were held by Hamas gunmen in Gaza for weeks.", "REB", "AGR"),
    ("The schoolgirls were held by Boko Haram for two years.", "REB", "EDU"),
])
def test_people_held_by_a_party_are_detained_by_it(coder, text, source, target):
    evs = [e for e in coded(coder, text) if e[0] == "173"]
    assert len(evs) == 1 and evs[0][1] is not None and evs[0][1].endswith(source) \
        and evs[0][2] is not None and evs[0][2].endswith(target)


@pytest.mark.parametrize("text, code", [
    ("The governor was held to account by voters in the election.", "112"),
    ("The minister was held in contempt by parliament.", "112"),
    ("Civilians were held by ISIS fighters as human shields in Mosul.", "184"),
    ("The minister was held at gunpoint by the soldiers.", "181"),
])
def test_other_readings_of_a_person_held_come_first(coder, text, code):
    codes = [e[0] for e in coded(coder, text)]
    assert code in codes and "173" not in codes


@pytest.mark.parametrize("text", [
    "The meeting was held by the council in Nairobi.",
    "The seat held by the ruling party was lost in the by-election.",
    "The post of prime minister was held by a general for two years.",
    "The elections were held by the electoral commission in March.",
    "The record was held by a Kenyan runner for a decade.",
    "The position was held by the former minister until 2019.",
])
def test_things_held_by_a_party_are_no_detention(coder, text):
    assert not [e for e in coded(coder, text) if e[0] == "173"]
