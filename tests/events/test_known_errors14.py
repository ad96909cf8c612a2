"""Known error classes of event coding (issue 14, "Recall on the missed classes": a weapon as
subject), each fixed as a phenomenon and tested on sentences written for several conflicts and
wordings:

* a deed told with a bomb, a mine, a shell or an explosive device as its subject and no one named as
  its user ("A roadside bomb killed four soldiers near Kirkuk", "An improvised explosive device
  wounded two policemen in Maiduguri") was no event: it is now the deed of an unknown doer (the null
  source of unidentified perpetrators, never the country where it struck), aimed at its victims
  (``events/doers.unclaimed_wielder``); one the weapon's participle names ("a bomb planted by X")
  is that doer's, and a weapon whose participle names any user or bearer is never the attacker's of
  the sentence before (``events/doers.user_phrases``); a user of no known country is the doer where
  the participle sets the weapon off ("planted by Islamist militants"), not where it bore it;
* a bomb's or explosive device's deed is a bombing, CAMEO 183 (word class ``bombing_weapon``,
  ``events/doers.bombing_code``); a mine's, a shell's or a rocket's stays the verb's use of force;
* a doer the next sentence states naming the deed again ("The group claimed responsibility for the
  attack", "Police said X carried out the bombing") is that deed's doer, one event, not a second
  one (``events/doers.claimed_after``); an accusation ("X blamed Y for the blast") states no doer, and
  the source stays unknown."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-10"):
    return coded_at(coder, text, published)


def violent(evs):
    """The deeds of force, an unknown doer keyed None as the scorer keys it."""
    return [(r, None if s == "---" else s, t) for r, s, t, _ in evs if r in ("18", "19")]


# --- a weapon as subject, no doer told: an unknown doer's deed on the victims ---

@pytest.mark.parametrize("text, root, victims", [
    ("A bomb killed seven people at a bus stop in Quetta on Tuesday.", "18", "PAK"),
    ("A car bomb exploded near a busy market in Mogadishu on Sunday, killing 12 people.", "18", "SOM"),
    ("A roadside bomb killed four Iraqi soldiers near Kirkuk on Monday.", "18", "IRQ"),
    ("An improvised explosive device wounded two policemen in Maiduguri on Wednesday.", "18", "NGA"),
    ("Police said a homemade bomb exploded outside a police station in Manipur on Friday, injuring three officers.",
     "18", "IND"),
    ("A landmine killed three soldiers in Kachin State on Friday.", "19", "MMR"),
    ("A mortar shell killed three children in Idlib on Thursday.", "19", "SYR"),
    ("Two rockets hit a school in Sderot on Monday, wounding four children.", "19", "ISR"),
])
def test_a_weapon_of_no_told_user_is_an_unknown_doers_deed(coder, text, root, victims):
    evs = coded(coder, text)
    assert violent(evs) == [(root, None, victims)], evs


def test_devices_carried_by_their_victims_are_of_no_known_user(coder):
    evs = coded(coder, "Explosive devices carried by members of the militia exploded across Lebanon on "
                       "Tuesday, wounding hundreds.")
    assert violent(evs) == [("18", None, "LBN")], evs


def test_a_user_named_by_the_weapons_participle_did_it(coder):
    evs = coded(coder, "A roadside bomb planted by al-Shabaab killed four soldiers near Baidoa on Monday.")
    assert violent(evs) == [("18", "SOM", "SOM")], evs


@pytest.mark.parametrize("text, doer, victims, before", [
    ("Turkish drones struck Kurdish militant positions in northern Iraq. A roadside bomb planted by "
     "Islamic State fighters killed four Iraqi soldiers near Kirkuk.", "IMG", "IRQ", "TUR"),
    ("Rwandan troops shelled army positions in North Kivu. A bomb planted by Islamist militants killed "
     "six Ugandan soldiers near Beni.", "COD", "UGA", "RWA"),
    ("Azerbaijani troops fired on Armenian border posts. A mine planted by saboteurs wounded two "
     "Armenian soldiers near Jermuk.", None, "ARM", "AZE"),
])
def test_the_weapons_named_user_wins_over_an_attacker_told_before(coder, text, doer, victims, before):
    """The user the weapon's own participle names did the deed, not the attacker of the sentence
    before, whose deed is another: no second record of the earlier attacker on the weapon's victims."""
    evs = coded(coder, text)
    second = [(r, s, t) for r, s, t, e in evs if e.sentence_index == 1 and r in ("18", "19")]
    assert second and not any(s == before for _, s, _ in second), evs
    assert doer is None or ("18", doer, victims) in second, evs



# --- the doer the next sentence states: one deed, the doer's ---

@pytest.mark.parametrize("text, doer, victims", [
    ("A bomb killed seven people at a bus station in Quetta on Tuesday. The Pakistani Taliban claimed "
     "responsibility for the attack.", "PAK", "PAK"),
    ("A car bomb killed nine soldiers at a checkpoint in Mogadishu on Saturday. Al-Shabaab said it "
     "carried out the attack.", "SOM", "SOM"),
    ("A roadside bomb wounded five soldiers near Kidal on Monday. The army said JNIM militants carried "
     "out the attack.", "IMG", "MLI"),
])
def test_a_doer_stated_next_takes_the_weapons_deed(coder, text, doer, victims):
    evs = coded(coder, text)
    assert violent(evs) == [("18", doer, victims)], evs


@pytest.mark.parametrize("text, victims, blamed", [
    ("A bomb killed five people at a market in Beirut on Monday. Hezbollah blamed Israel for the blast.",
     "LBN", "ISR"),
    ("A roadside bomb killed two soldiers near Diyarbakir on Friday. The government blamed the PKK for "
     "the bombing.", "TUR", "TUR"),
])
def test_an_accusation_leaves_the_doer_unknown(coder, text, victims, blamed):
    evs = coded(coder, text)
    assert violent(evs) == [("18", None, victims)], evs
    assert any(r == "11" and t == blamed for r, _, t in [(r, s, t) for r, s, t, _ in evs]), evs


@pytest.mark.parametrize("text, doer, victims", [
    ("A bomb planted by Islamist militants killed six soldiers near Beni on Monday.", "COD", "COD"),
    ("A landmine laid by rebels wounded four soldiers near Kidal on Sunday.", "MLI", "MLI"),
])
def test_a_user_the_lexicon_does_not_know_sets_off_one_deed(coder, text, doer, victims):
    """A user of no known country that the weapon's participle names as setting it off is the deed's
    doer, as anyone so named would be: one record, not the planting and an unknown doer's killing."""
    evs = coded(coder, text)
    assert [(r, s, t) for r, s, t in violent(evs)] == [("18" if "bomb" in text else "19", doer, victims)], evs
