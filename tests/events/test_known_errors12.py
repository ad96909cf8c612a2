"""Known error classes of actor recognition (issue 14) left open by earlier sweeps, each fixed as a
phenomenon and tested on sentences written for several conflicts and wordings:

* "the separatist leadership", "the separatist authorities", "the rebel government" (Karabakh,
  Donbas, Transnistria ...) were the government of the state they broke from: they are that
  country's rebels (``actors/premodifier_owners.title_sector``: a body of rule under a rebel word is REB);
* unnamed hostage-takers ("Gunmen took three Chinese workers hostage in northern Nigeria") took the
  hostages' nationality, the country the story names most: they are of the place the sentence
  names, the hostages the target (``actors/story.abroad_scene`` also for an object phrase's target);
  where their own sentence names no place, they are of the one country the story's places are in
  ("Kidnappers seized two German tourists ... in northern Mali"), else of none told, never of the
  victims' nationality (``actors/story.story_country_for``);
* a stateless armed people of one homeland named before "rebels" ("Karen rebels", "Shan
  fighters", "Kokang fighters") was not recognised, or was of a neighbour the sentence names ("near
  the Thai border"): it is of its homeland (``peoples`` in ``data/actors/countries.yml``,
  ``actors/peoples.place_people``);
* an object "it" or "them" of a verb that continues, with the same doer, a verb with a thing for
  its object ("stormed the US embassy in Baghdad and set it on fire") went to the city named beside
  the thing, so the host country became the target: it is that thing, its owner's where the phrase
  names one, else no party (``nlp/syntax.coordinated_object``, ``actors/pronouns``);
* a participle set off by commas after its subject ("Supporters, mobilised on social media, said
  they would march"), which the parser took for the main verb, became an event of its own (a
  mobilisation of forces) and left the verb after it without its subject, so that "they" went to a
  noun inside the participle's phrase ("social media"): it describes the subject, and the verb after
  it is the subject's (``nlp/syntax.set_off_participle``, ``events/background``, ``events/subjects``,
  ``actors/clauses.teller_of``);
* men named by whom they are loyal to ("forces loyal to Riek Machar", "soldiers loyal to Hemedti",
  "elements loyal to the former president") were of the story's main country, a state's army, or
  no actor: the one they are loyal to names their side, its country theirs, and a rebel leader's or
  a former ruler's men are rebels (word class ``allegiance``, ``actors/rightside._loyal_to``)."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-10"):
    return coded_at(coder, text, published)


def codes(evs):
    return {(r, e.source.code if e.source else None, e.target.code if e.target else None) for r, _, _, e in evs}


# --- a separatist leadership is the rebels of its country, not its government ---

@pytest.mark.parametrize("text, published, event", [
    ("The separatist leadership in Nagorno-Karabakh accused Azerbaijan of blocking the Lachin corridor.",
     "2023-05-10", ("11", "AZEREB", "AZE")),
    ("Moldova urged the separatist leadership of Transnistria to release the detained activist.",
     "2019-05-10", ("02", "MDA", "MDAREB")),
    ("Ukraine accused the separatist authorities in Luhansk of violating the ceasefire.",
     "2019-05-10", ("11", "UKR", "UKRREB")),
    ("The rebel government in Sanaa rejected the Saudi proposal for a truce.",
     "2016-05-10", ("12", "YEMREB", "SAU")),
])
def test_a_separatist_leadership_is_its_countrys_rebels(coder, text, published, event):
    evs = coded(coder, text, published)
    assert event in codes(evs), evs


# --- unnamed hostage-takers are of the place, not of their hostages ---

@pytest.mark.parametrize("text, triple", [
    ("Gunmen took three Chinese workers hostage in northern Nigeria.", ("18", "NGA", "CHN")),
    ("Bandits took 20 Chinese miners hostage in Niger.", ("18", "NER", "CHN")),
    ("Gunmen took two Italian nuns hostage in Burkina Faso.", ("18", "BFA", "ITA")),
])
def test_unnamed_hostage_takers_are_not_of_their_hostages(coder, text, triple):
    evs = coded(coder, text)
    assert triple in {(r, s, t) for r, s, t, _ in evs}, evs



@pytest.mark.parametrize("text, triple", [
    ("Kidnappers seized two German tourists on Friday. The tourists had been travelling through northern Mali, "
     "a security source said.", ("18", "MLI", "DEU")),
    ("Gunmen abducted three Chinese engineers on Monday. The engineers worked at a gold mine near Bangui, "
     "officials said.", ("18", "CAF", "CHN")),
    ("Kidnappers seized two German tourists.", ("18", "---", "DEU")),  # (unknown captors)
])
def test_unnamed_captors_are_of_the_storys_land_not_of_their_victims(coder, text, triple):
    evs = coded(coder, text)
    assert triple in {(r, s, t) for r, s, t, _ in evs}, evs


# --- a stateless armed people of one homeland ---

@pytest.mark.parametrize("text, triple", [
    ("Karen rebels attacked an army outpost near the Thai border.", ("19", "MMR", None)),
    ("Shan fighters ambushed a convoy near the Chinese border.", ("18", "MMR", None)),
    ("Kokang fighters attacked a checkpoint near the Chinese border.", ("19", "MMR", None)),
    ("Tigrayan fighters shelled a town near the Eritrean border.", ("19", "ETH", None)),
])
def test_a_stateless_people_of_one_homeland_is_of_it(coder, text, triple):
    evs = coded(coder, text)
    got = {(r, s) for r, s, _, _ in evs}
    assert triple[:2] in got, evs
    assert all(s == triple[1] for r, s, _, _ in evs if r == triple[0]), evs



# --- "it" after a thing stormed is the thing, not the city it stands in ---

@pytest.mark.parametrize("text, triple, wrong", [
    ("Protesters stormed the US embassy in Baghdad and set it on fire.", ("17", "IRQ", "USA"), "IRQ"),
    ("Demonstrators attacked the French embassy in Niamey and set it ablaze.", ("17", "NER", "FRA"), "NER"),
    ("Protesters stormed the Swedish embassy in Baghdad and torched it.", ("17", "IRQ", "SWE"), "IRQ"),
    ("A mob attacked the Indian High Commission in London and vandalised it.", ("17", "GBR", "IND"), "GBR"),
])
def test_it_after_a_building_stormed_is_the_building(coder, text, triple, wrong):
    evs = coded(coder, text)
    assert triple in {(r, s, t) for r, s, t, _ in evs}, evs
    assert all(t != wrong for r, _, t, _ in evs if r == triple[0]), evs


# --- a participle set off after its subject is no event, and steals no actor ---

@pytest.mark.parametrize("text, country", [
    ("Opposition supporters, mobilised online, said they would rally in Caracas.", "VEN"),
    ("Students, mobilised on TikTok, said they would march on parliament in Nairobi.", "KEN"),
    ("Supporters of the former president, mobilised on social media, said they would rally outside the court in Lima.",
     "PER"),
])
def test_a_set_off_participle_is_no_event(coder, text, country):
    evs = coded(coder, text)
    assert not any(r == "15" for r, _, _, _ in evs), evs
    assert any(r == "13" and s == country for r, s, _, _ in evs), evs


def test_they_after_a_set_off_participle_is_its_subject(coder):
    evs = coded(coder, "Supporters of the opposition, mobilised on social media, said they would march on parliament.")
    sources = {e.source.code[-3:] for r, _, _, e in evs if r == "13" and e.source is not None}
    assert sources == {"OPP"}, evs


# --- the one men are loyal to names their side ---

def test_men_loyal_to_a_rebel_leader_are_of_his_country(coder):
    evs = coded(coder, "Militiamen loyal to Riek Machar attacked a barracks in Nasir.")
    assert any(r == "19" and s == "SSD" for r, s, _, _ in evs), evs


@pytest.mark.parametrize("text, published, code", [
    ("Soldiers loyal to Hemedti shelled the town of El Obeid.", "2024-06-10", "SDNREB"),
    ("Elements loyal to the former president Bashir clashed with soldiers in Khartoum.", "2019-06-10", "SDNREB"),
])
def test_men_loyal_to_a_rebel_or_former_ruler_are_rebels(coder, text, published, code):
    evs = coded(coder, text, published)
    assert code in {e.source.code for r, _, _, e in evs if r == "19" and e.source is not None}, evs

