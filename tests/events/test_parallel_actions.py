"""A party that does what another was just told doing, the doers of unclaimed attacks, and a charge
joined to what was denied (issue 14, story links that the text gives): "X also recalled its envoys" is aimed where the first
recall was; "Y condemned it too" condemns the same deed, not the party that condemned it first; a
pronoun standing for a pair that acts owns what it names; gunmen of no stated country are of the
place their deed's sentence names, not of a state that only reacts. Sentences of our own, from
several conflicts."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-04-09"):
    return coded_at(coder, text, published)


# --- "also": the same action, aimed where it was ---

def test_an_untargeted_action_done_also_is_aimed_where_the_first_was(coder):
    evs = coded(coder, "Mali recalled its ambassador from Algiers on Sunday. Burkina Faso and Niger also recalled "
                       "their envoys in solidarity.")
    assert {("16", "BFA", "DZA"), ("16", "NER", "DZA")} <= triples(evs)
    assert not [e for r, s, t, e in evs if t in ("MLI", "BFA", "NER")]
    also = [e for r, s, t, e in evs if s == "NER"]
    assert also and all(e.target.implied for e in also)


def test_also_takes_no_target_from_the_doers_own_side_or_another_action(coder):
    # the expulsion before is another action: the recall keeps no target from it
    evs = coded(coder, "Lithuania expelled a Russian diplomat on Monday. Latvia also recalled its ambassador.")
    assert not [e for r, s, t, e in evs if s == "LVA" and t == "RUS" and e.cameo.startswith("16")
                and "same action" in (e.explain or {}).get("target_path", "")]


def test_without_also_an_untargeted_action_is_not_aimed_by_the_one_before(explain_coder):
    evs = coded(explain_coder, "Mali recalled its ambassador from Algiers on Sunday. Niger recalled its envoy "
                               "for consultations.")
    assert not [e for r, s, t, e in evs if "same action" in (e.explain or {}).get("target_path", "")]


# --- "it" after the same verb: the same object ---

def test_it_after_the_same_verb_is_the_deed_condemned_not_the_first_critic(coder):
    evs = coded(coder, "Russian drones struck a maternity ward in Kherson on Monday. France condemned the "
                       "strike. Germany condemned it too.")
    assert ("11", "DEU", "RUS") in triples(evs)
    assert not [e for r, s, t, e in evs if s == "DEU" and t == "FRA"]
    evs = coded(coder, "Militants shelled a camp for displaced people near Kalehe. The African Union condemned "
                       "the shelling. Kenya also condemned it.")
    assert not [e for r, s, t, e in evs if s == "KEN" and t == "AU"]


def test_it_after_the_same_verb_is_the_party_condemned(coder):
    evs = coded(coder, "Ecuador condemned Mexico on Friday. Colombia also condemned it.")
    assert ("11", "COL", "MEX") in triples(evs)
    assert not [e for r, s, t, e in evs if s == "COL" and t == "ECU"]


def test_it_after_another_verb_keeps_the_subject_before(coder):
    # no repeated verb: "it" is the ministry named as the subject before
    evs = coded(coder, "Sudan's foreign ministry summoned the Kenyan ambassador on Monday. Nairobi criticised it "
                       "on Tuesday.")
    assert ("11", "KEN", "SDN") in triples(evs)


# --- a pronoun for the pair that acts owns what it names ---

def test_their_for_a_pair_of_doers_is_no_target(coder):
    evs = coded(coder, "Chad and Niger recalled their ambassadors on Monday.")
    assert not [e for r, s, t, e in evs if {s, t} == {"TCD", "NER"}]
    evs = coded(coder, "Ethiopia and Eritrea accused their neighbour Sudan of arming the rebels.")
    assert {("11", "ETH", "SDN"), ("11", "ERI", "SDN")} <= triples(evs)


# --- gunmen of no stated country ---

def test_gunmen_are_of_the_place_their_deed_names_not_of_a_reacting_state(coder):
    evs = coded(coder, "Gunmen ambushed a bus near Bunia on Monday, killing nine passengers. Uganda condemned "
                       "the attack.")
    doers = {s for r, s, t, e in evs if r in ("18", "19")}
    assert doers == {"COD"}  # (the toll "killing nine" is told by the same gunmen)
    assert not [e for r, s, t, e in evs if r == "11" and t == "UGA"]


# --- a charge joined to what was denied ---

def test_an_accusation_joined_to_a_denied_state_is_the_deniers(coder):
    evs = coded(coder, "Kigali denied on Monday that the M23 was its proxy and accused Kinshasa of arming the FDLR.")
    assert ("11", "RWA", "COD") in triples(evs)
    evs = coded(coder, "Minsk denied that the balloon was Belarusian and accused Vilnius of staging a provocation.")
    assert ("11", "BLR", "LTU") in triples(evs)
    # a deed of the reported clause's own actor stays theirs
    evs = coded(coder, "Police said the rebels attacked a checkpoint near Bamenda and killed two officers.")
    assert not [e for r, s, t, e in evs if r in ("18", "19") and e.source.sector == "COP"]


# --- two steps of cutting relations in one sentence ---

def test_expelling_their_envoy_and_recalling_ones_own_are_two_deeds(coder):
    evs = coded(coder, "Somalia on Tuesday expelled Ethiopia's ambassador and recalled its own envoy from Addis Ababa.")
    assert [(r, s, t) for r, s, t, e in evs] == [("16", "SOM", "ETH"), ("16", "SOM", "ETH")]
    # a toll told with two verbs is still one attack
    evs = coded(coder, "Shelling killed three people and wounded ten others in Kharkiv on Monday, officials said.")
    assert len([e for r, s, t, e in evs if r in ("18", "19")]) <= 1


def test_gunmen_placed_by_a_region_or_by_the_attack_their_toll_continues(coder):
    # a region places the deed too, and a toll's doers are placed by the attack it continues; a
    # capital named later in a reaction does not make them its country's
    evs = coded(coder, "Rebels attacked a town in North Kivu on Monday, killing 12 civilians. Kinshasa accused "
                       "Rwanda of backing the attackers. Kigali rejected the claim.")
    assert {s for r, s, t, e in evs if r in ("18", "19")} == {"COD"}
