"""Targets that are not the text's target: the host's own country for talks it hosts, the venue of a
meeting, a place of the attacker's own country in the object of an attack, and a neighbour named
near a vow about domestic affairs (``events/story.py``, ``events/fallback.py``, ``events/implied.py``,
``events/aim.py``). Sentences written for these tests, on conflicts of their own."""

from __future__ import annotations

import pytest

from flashpoint.events import evidence as ev
from flashpoint.records import Article

pytestmark = pytest.mark.model


def _code(coder, text: str):
    return coder.code_article(Article(id="t", text=text, published="2024-05-02"))


def _of(evs, root: str, source_country: str):
    return [e for e in evs if e.cameo_root == root and e.source is not None and e.source.country == source_country]


def _targets(evs) -> set[str | None]:
    return {(e.target.org or e.target.country) if e.target is not None else None for e in evs}


# -- hosting and mediating: the guests, or no target; never the host's own country --------------

def test_hosting_talks_told_before_aims_at_their_parties(coder):
    evs = _code(coder, "Armenian and Azerbaijani negotiators met in Abu Dhabi on Monday. "
                       "The United Arab Emirates hosted the talks.")
    assert _targets(_of(evs, "04", "ARE")) == {"ARM", "AZE"}


def test_hosting_talks_between_two_parties_aims_at_both(coder):
    evs = _code(coder, "Qatar hosted talks between the United States and the Taliban on Sunday.")
    assert _targets(_of(evs, "04", "QAT")) == {"USA", "AFG"}


@pytest.mark.parametrize("text, host", [
    ("Kenya hosted a regional security summit in Nairobi on Friday.", "KEN"),
    ("Saudi Arabia mediated the talks on Friday.", "SAU"),
])
def test_a_host_or_mediator_with_no_guests_told_has_no_target(coder, text, host):
    evs = _of(_code(coder, text), "04", host)
    assert evs and _targets(evs) == {None}


def test_hosting_a_named_guest_keeps_the_guest(coder):
    evs = _code(coder, "Turkey hosted Ukrainian President Volodymyr Zelensky in Ankara on Friday.")
    assert _targets(_of(evs, "04", "TUR")) == {"UKR"}


# -- a country told only as the venue of a meeting is no party -----------------------------------

def test_the_venue_of_an_accord_is_neither_counterpart_nor_scene(coder):
    evs = _code(coder, "The accord was signed in Nairobi, Kenya, between Ethiopia and the African Union "
                       "last March, under which they agreed on a monitoring mechanism.")
    agreed = [e for e in evs if e.trigger == "agreed"]
    assert agreed and "KEN" not in _targets(agreed)


def test_a_country_named_as_a_party_near_the_talks_is_still_a_counterpart(coder):
    evs = _code(coder, "Talks between Armenia and Azerbaijan were held in Doha, Qatar, last week. "
                       "Armenia demanded guarantees.")
    assert _targets(_of(evs, "10", "ARM")) == {"AZE"}


# -- an attack on a place in the attacker's own country ------------------------------------------

def test_shelling_a_place_at_home_aims_at_the_state_that_tells_of_its_losses(explain_coder):
    evs = _code(explain_coder, "Russian troops shelled positions in the Kursk region on Monday. "
                               "Ukraine's army said two of its soldiers were killed.")
    (shelling,) = [e for e in _of(evs, "19", "RUS") if e.trigger == "shelled"]
    assert shelling.target is not None and shelling.target.country == "UKR" and shelling.target.implied


def test_shelling_a_place_at_home_in_a_story_of_other_states_has_no_target(explain_coder):
    evs = _code(explain_coder, "MOSCOW (Wire) - Russian troops shelled positions in the Kursk region on Monday, "
                               "the defence ministry said. The Ukrainian government did not comment.")
    (shelling,) = [e for e in _of(evs, "19", "RUS") if e.trigger == "shelled"]
    assert shelling.target is None and shelling.explain["evidence"]["target"] == ev.NONE


def test_bombing_camps_at_home_in_a_domestic_war_keeps_the_country(explain_coder):
    evs = _code(explain_coder, "Nigerian troops bombed camps in Borno state on Monday, the army said. "
                               "Boko Haram insurgents have killed thousands in the region.")
    (bombing,) = [e for e in _of(evs, "19", "NGA") if e.trigger == "bombed"]
    assert bombing.target is not None and bombing.target.country == "NGA"
    # (the state's name is a region's the gazetteer knows, told in the object as a capital would be:
    # "camps in Abuja")
    assert bombing.explain["evidence"]["target"] in (ev.OBJECT_PHRASE, ev.STATED)


# -- a vow about domestic affairs is aimed at no neighbour ----------------------------------------

@pytest.mark.parametrize("text, source", [
    ("OUAGADOUGOU (Wire) - Burkina Faso's military government said on Monday that jihadists killed 12 "
     "soldiers near the border. Mali and Niger have faced similar attacks, and Mali's junta accused "
     "Algeria of backing the rebels. Captain Ibrahim Traore has vowed to hold elections by next year.", "BFA"),
    ("Chad's transitional president met opposition leaders in N'Djamena on Tuesday. Neighbouring Sudan "
     "accused Chad of arming the RSF. Mahamat Deby pledged to return to civilian rule within 18 months.", "TCD"),
])
def test_a_vow_that_names_no_party_is_no_counterparts(coder, text, source):
    vows = _of(_code(coder, text), "03", source)
    assert vows and _targets(vows) <= {source, None}


def test_a_vow_that_names_its_counterpart_keeps_it(coder):
    evs = _code(coder, "Kosovo and Serbia traded accusations on Monday. Kosovo pledged to keep the border "
                       "crossings with Serbia open.")
    assert "SRB" in _targets(_of(evs, "03", "XKX"))


# -- "the diplomats": the parties of that kind the story told of ---------------------------------

def test_a_host_thanking_the_diplomats_thanks_the_negotiators(coder):
    evs = _code(coder, "Armenian and Azerbaijani negotiators met in Washington on Monday. The U.S. secretary "
                       "of state hosted the round. He praised the diplomats for their patience.")
    praised = [e for e in evs if e.trigger == "praised"]
    assert _targets(praised) == {"ARM", "AZE"}
    assert not any(e.source and e.target and e.source.code == e.target.code for e in evs)


@pytest.mark.parametrize("text, name, expected", [
    ("Turkey said the Astana agreement between Russia and Iran had failed.", "the Astana agreement", True),
    ("Turkey said Iran's agreement with Russia had failed.", "Iran's agreement", False),
    ("The accord was signed in Nairobi, Kenya, between Ethiopia and the African Union.", "Kenya", True),
    ("The army killed ten people in Nairobi, Kenya.", "Kenya", False),
])
def test_a_venue_is_a_place_a_meeting_or_accord_is_held_in_or_named_after(text, name, expected):
    spacy = pytest.importorskip("spacy")
    from flashpoint.config import Settings
    from flashpoint.events.implied import venue
    from flashpoint.nlp.pipeline import load_pipeline

    assert spacy is not None
    doc = load_pipeline(Settings())(text)
    (m,) = [m for m in doc._.fp_actors if doc[m.start:m.end].text == name]
    assert venue(doc, m) is expected


# -- a judgement of "the incident": the doer of the hostile deed told before -----------------------

def test_criticising_the_incident_aims_at_the_doer_told_before(coder):
    evs = _code(coder, "Eritrean troops shelled an Ethiopian border post on Tuesday. "
                       "Ethiopia's army said two soldiers were wounded. Djibouti criticised the incident.")
    assert _targets(_of(evs, "11", "DJI")) == {"ERI"}


def test_a_provocation_named_by_its_party_keeps_that_party(coder):
    evs = _code(coder, "Eritrean troops shelled an Ethiopian border post on Tuesday. "
                       "Kenya denounced Ethiopia's provocation.")
    assert _targets(_of(evs, "11", "KEN")) == {"ETH"}


# -- a domestic war: the state and the rebels of one country are two sides ------------------------

def test_rebels_denial_answers_their_own_government_accusing_them(coder):
    evs = _code(coder, "The Philippine government accused the New People's Army of killing four farmers in Negros "
                       "on Monday. The rebels denied the killings.")
    denials = [e for e in evs if e.cameo.startswith("016")]
    assert denials and all(e.target is not None and e.target.country == "PHL" and e.target.sector == "GOV"
                           for e in denials)


# -- the far side of a border named in another sentence is a place, no party ----------------------

def test_a_border_named_before_gives_no_counterpart_to_a_deployment_at_home(coder):
    evs = _code(coder, "Armed men attacked two villages near the border with Cameroon in Nigeria's Borno state on "
                       "Friday. The army sent more troops to the area on Saturday.")
    assert "CMR" not in _targets(_of(evs, "15", "NGA"))


def test_a_border_named_in_the_deployment_sentence_is_the_one_it_faces(coder):
    evs = _code(coder, "Azerbaijan deployed troops near the border with Armenia on Monday.")
    assert _targets(_of(evs, "15", "AZE")) == {"ARM"}


# -- a protest lodged: the action's own noun is no deed it judges ---------------------------------

def test_a_protest_lodged_is_aimed_at_the_other_party_not_at_earlier_protesters(coder):
    evs = _code(coder, "Farmers protested outside parliament in Warsaw on Monday. Poland lodged a protest after a "
                       "Belarusian helicopter crossed into its airspace.")
    lodged = [e for e in evs if e.cameo == "114" and e.source is not None and e.source.country == "POL"]
    assert lodged and _targets(lodged) == {"BLR"}
    evs = _code(coder, "Students marched in Dhaka on Sunday. India filed a complaint with Bangladesh over the "
                       "attack on its visa centre.")
    assert _targets([e for e in evs if e.cameo_root == "11" and e.source.country == "IND"]) <= {"BGD"}


# -- "the decision" is the order or law a party made, not the deed of the sentence before ----------

def test_welcoming_the_decision_is_aimed_at_who_issued_the_order(coder):
    evs = _code(coder, "The International Criminal Court issued an arrest warrant on Tuesday for Myanmar's junta "
                       "chief. The junta rejected the warrant. The military has ruled the country since a coup in "
                       "2021. Rights groups welcomed the decision.")
    welcomed = [e for e in evs if e.trigger.startswith("welcomed")]
    assert welcomed and _targets(welcomed) == {"ICC"}


@pytest.mark.parametrize("text, doer", [
    ("Russian missiles struck Zaporizhzhia overnight, killing three civilians. Estonia condemned the missile "
     "strike on Zaporizhzhia.", "RUS"),
    ("Pakistani jets bombed a market in Khost on Monday. Iran condemned the air raid on Khost.", "PAK"),
])
def test_a_judged_deed_named_by_its_weapon_is_aimed_at_its_doer(coder, text, doer):
    # "the missile strike" is the strike the story told, not a force of the story's country
    evs = _code(coder, text)
    judged = [e for e in evs if e.cameo_root == "11"]
    assert judged and all(e.target is not None and e.target.country == doer for e in judged)


@pytest.mark.parametrize("text", [
    "The United States and Britain told their citizens to leave Burkina Faso immediately.",
    "Canada ordered its nationals to leave Lebanon on Friday.",
])
def test_an_order_to_ones_own_people_to_leave_another_country_is_no_expulsion(coder, text):
    # an advisory to one's people abroad: not an expulsion, and never of each other's people
    assert not [e for e in _code(coder, text) if e.cameo_root == "17"]


def test_an_order_to_leave_ones_own_country_is_still_an_expulsion(coder):
    evs = _code(coder, "Ethiopia ordered three Somali diplomats to leave Ethiopia within 72 hours.")
    assert [(e.source.country, e.target.country) for e in evs if e.cameo == "174"] == [("ETH", "SOM")]


def test_a_ceasefire_is_not_aimed_at_the_international_body_that_called_for_it(coder):
    text = ("Militias clashed in Tripoli overnight. UNSMIL called for an immediate ceasefire and urged all "
            "parties to protect civilians. The government later announced a ceasefire.")
    declared = [e for e in _code(coder, text) if e.cameo.startswith("087")]
    assert declared and all(e.target is None or e.target.org is None for e in declared)


def test_a_commitment_to_an_agreement_is_aimed_at_the_other_party_told_just_before(coder):
    text = ("Azerbaijan accused Armenia of breaking the truce on Monday. An Armenian government spokesman said "
            "Yerevan remained committed to the agreement.")
    committed = [e for e in _code(coder, text) if e.cameo_root == "03"]
    assert committed and all(e.target is not None and e.target.country == "AZE" for e in committed)
    # a vow about one's own affairs stays the source's own
    own = _code(coder, "Azerbaijan accused Armenia of breaking the truce. Yerevan said it would hold elections "
                       "in June.")
    assert not [e for e in own if e.cameo_root == "03" and e.target is not None and e.target.country == "AZE"]


# -- a venue or broker of talks is no party to them, nor the story's country ----------------------

@pytest.mark.parametrize(("text", "root", "source", "outsider"), [
    ("The European Union urged all parties to respect the truce agreed in Doha.", "02", "IGOEU", "QAT"),
    ("The African Union urged both camps to honour the ceasefire brokered in Nairobi.", "02", "IGOAU", "KEN"),
    ("The Philippine government and the NDF resumed peace talks in Oslo under Norwegian mediation "
     "on Tuesday.", "04", "PHL", "NOR"),
])
def test_the_venue_or_broker_of_an_accord_or_talks_is_no_target(coder, text, root, source, outsider):
    evs = [e for e in _code(coder, text + "\n") if e.cameo_root == root and e.source is not None
           and source in (e.source.code, e.source.country)]
    assert evs and outsider not in _targets(evs)
