"""A twenty-sixth sweep: deeds the last sweeps found missed or miscoded, each fixed as a class and
pinned with sentences of several conflicts in words of our own: the deed a party is condemned for
(told as done, unlike one it is only accused of), people taken hostage or captive named as the
object's complement, a vow to keep up a fight (a threat to the party fought), and an accord
declared or called void (ended, as an annulled one is)."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model


# --- the deed a condemnation is for is told as done, the judged party's ---

@pytest.mark.parametrize("text, deed", [
    ("Manila condemned the Chinese coast guard on Monday for firing water cannon at a Philippine supply boat.",
     ("17", "CHN", "PHL")),
    ("Ukraine criticised Russia for shelling the Zaporizhzhia nuclear plant overnight.", ("19", "RUS", "UKR")),
    ("The UN denounced the Myanmar junta for bombing a school in Sagaing.", ("19", "MMR", "MMR")),
])
def test_the_deed_a_party_is_condemned_for_is_its_deed_besides_the_condemnation(coder, text, deed):
    evs = coded(coder, text, "2024-06-20")
    assert deed in triples(evs)
    judge, judged = {e.source.country or e.source.org for r, s, t, e in evs if r == "11"}, deed[1]
    assert judge and judged not in judge
    # the judge never does the deed it condemns
    assert not [e for r, s, t, e in evs if r == deed[0] and s in judge]


def test_a_condemned_deeds_toll_is_no_deed_of_its_own_and_a_charge_stays_a_charge(coder):
    evs = coded(coder, "Armenia condemned Azerbaijan for shelling the town of Jermuk on Tuesday, killing two soldiers.",
                "2024-06-20")
    assert {(r, s, t) for r, s, t, e in evs} == {("11", "ARM", "AZE"), ("19", "AZE", "ARM")}
    evs = coded(coder, "Israel denounced Hezbollah for firing rockets at Kiryat Shmona, wounding five people.",
                "2024-06-20")
    assert {(r, s, t) for r, s, t, e in evs} == {("11", "ISR", "LBN"), ("19", "LBN", "ISR")}
    evs = coded(coder, "Sudan accused Chadian soldiers of shelling a village near the border.", "2024-06-20")
    assert [(r, s, t) for r, s, t, e in evs] == [("11", "SDN", "TCD")]


# --- people taken hostage or captive: the word after the object ---

def test_people_taken_captive_or_hostage_are_abducted(coder):
    evs = coded(coder, "Jihadists took three Chinese workers captive in northern Mali on Sunday.", "2024-06-20")
    assert [e.cameo for r, s, t, e in evs if t == "CHN"] == ["181"]
    evs = coded(coder, "Two Kenyan doctors were taken hostage by al-Shabaab fighters near Mandera.", "2024-06-20")
    assert ("18", "SOM", "KEN") in triples(evs)
    evs = coded(coder, "The rebels took dozens of soldiers captive after the battle.", "2024-06-20")
    assert [e.cameo for r, s, t, e in evs] == ["181"]


# --- a vow to keep up a fight is a threat to the party fought ---

def test_a_vow_to_keep_up_a_fight_threatens_the_party_fought_and_a_vow_to_keep_up_reforms_does_not(coder):
    for text, target in (
            ("The Karen National Union pledged to continue its armed struggle against the junta.", "MMR"),
            ("The Taliban vowed to keep fighting the Afghan government.", "AFG"),
            ("Hamas vowed to continue fighting Israel until the occupation ends.", "ISR")):
        evs = coded(coder, text, "2024-06-20")
        assert [(e.cameo, t) for r, s, t, e in evs if r == "13"] == [("138", target)], text
        assert not [e for r, s, t, e in evs if r == "03"], text
    evs = coded(coder, "The president vowed to continue reforms of the police.", "2024-06-20")
    assert not [e for r, s, t, e in evs if r == "13"]


def test_a_vow_not_to_attack_is_a_promise_of_restraint_no_threat(coder):
    evs = coded(coder, "Azerbaijan vowed not to attack Armenian positions during the talks.", "2024-06-20")
    assert [(r, s, t) for r, s, t, e in evs] == [("03", "AZE", "ARM")]


# --- an accord declared void is ended, aimed at its other party ---

def test_an_accord_declared_or_called_void_is_ended_with_its_other_party(coder):
    for text, pair in (
            ("Niger's junta called the military agreement with the United States null and void.", ("NER", "USA")),
            ("Burkina Faso's government declared the defence pact with France null and void on Monday.",
             ("BFA", "FRA")),
            ("Moscow declared the grain deal void on Tuesday.", ("RUS", None))):
        evs = coded(coder, text, "2024-06-20")
        assert [(e.cameo, s, t) for r, s, t, e in evs] == [("160", *pair)], text
    # an election declared void is no accord ended
    assert not coded(coder, "The court declared the election result void.", "2024-06-20")
