"""Hostages taken in an attack, told in a participial adjunct of it ("stormed a bus, taking 20
passengers hostage"), are a deed of their own (CAMEO 181) by the main clause's subject, dated as it,
aimed at the people taken: no toll of the attack, nor one record with an ambush of the same root.
"Held X hostage" takes hostages only when X are people ("holding the budget hostage" is a metaphor).
The team's own sentences, on the Sahel, Colombia, the Philippines, Mozambique, Haiti and Somalia."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


def _taken(evs):
    return [e for r, s, t, e in evs if e.cameo == "181"]


@pytest.mark.parametrize("text,doer,sector,day", [
    ("Jihadist fighters attacked a convoy near Djibo on Tuesday, taking 14 truck drivers hostage.",
     "BFA", "REB", "2025-03-11"),
    ("ELN guerrillas stormed an oil camp in Arauca on Saturday, seizing nine hostages.", "COL", "REB", "2025-03-08"),
    ("Insurgents raided the town of Macomia in Cabo Delgado on Friday, abducting dozens of women.",
     "MOZ", "REB", "2025-03-07"),
    ("Gang members overran a church in Port-au-Prince on Wednesday, holding the worshippers hostage.",
     "HTI", "CRM", "2025-03-12"),
    ("Militants attacked a village in Sulu on Sunday, taking eleven fishermen captive.", "PHL", "REB", "2025-03-09"),
])
def test_hostages_taken_in_an_attack_are_taken_by_the_attackers(coder, text, doer, sector, day):
    evs = coded(coder, text, "2025-03-13")
    taken = _taken(evs)
    assert len(taken) == 1
    assert taken[0].source.country == doer and taken[0].source.sector == sector
    assert taken[0].target is not None and taken[0].target.country == doer  # the people taken, of the place
    assert taken[0].date == day  # the main clause's day
    assert any(r in ("18", "19") and e.cameo != "181" for r, s, t, e in evs)  # the attack itself stays


def test_captives_taken_in_an_ambush_are_a_second_deed_of_its_root(coder):
    evs = coded(coder, "FARC dissidents ambushed an army patrol in Cauca, taking four soldiers captive.", "2025-03-13")
    assert "180" in [e.cameo for r, s, t, e in evs]
    taken = _taken(evs)
    assert len(taken) == 1 and taken[0].target is not None and taken[0].target.sector == "MIL"


def test_the_crew_of_a_hijacking_is_taken_once(coder):
    evs = coded(coder, "Pirates hijacked a bulk carrier off Eyl on Monday, taking its crew hostage.", "2025-03-13")
    assert len(_taken(evs)) == 1  # the hijacking and the hostages: one hostage-taking


@pytest.mark.parametrize("text", [
    "Al-Shabaab militants held three Kenyan aid workers hostage for a month.",
    "Pirates boarded a fishing dhow off Puntland, holding the crew hostage.",
])
def test_people_held_hostage_are_taken_hostage(coder, text):
    assert len(_taken(coded(coder, text, "2025-03-13"))) == 1


@pytest.mark.parametrize("text", [
    "The Kenyan president accused the opposition of holding the budget hostage.",
    "Critics said the junta was holding the transition hostage.",
    "M23 rebels attacked Goma on Sunday, taking control of the airport.",
    "Chadian troops joined the offensive in Mali, taking part in the assault.",
])
def test_no_people_taken_no_hostages(coder, text):
    assert not _taken(coded(coder, text, "2025-03-13"))


@pytest.mark.parametrize("text,target", [
    ("JNIM fighters took two Moroccan truck drivers hostage near Kayes.", "MARCVL"),
    ("The ELN took three Venezuelan soldiers captive on the border.", "VENMIL"),
    # ("hostage" tagged as a verb still says what the officers were made)
    ("Dissidents of the FARC took seven police officers hostage in Guaviare.", "COLCOP"),
])
def test_hostages_taken_are_the_target(coder, text, target):
    taken = _taken(coded(coder, text, "2025-03-13"))
    assert [e.target.code for e in taken if e.target is not None] == [target]
