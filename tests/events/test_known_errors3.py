"""Error classes seen on held-back stories, each fixed as a phenomenon and tested on sentences written
for other conflicts than the development stories':

* leaving an international organisation or its court ("withdrew from ECOWAS", "pulled out of the
  OAS", "quit UNESCO", "left the ICC") reduces relations with it (CAMEO 161), never a military
  retreat (0874): the entries' ``pobj_kind``/``object_kind: organisation`` (``data/lexicon/actions.yml``,
  ``events/match.py``); a preposition the parser hangs on the verb's particle ("pulled out | of") is
  still the verb's (``events/grammar.preps_of``);
* a generic office title followed by "of <body>" is that body's ("the secretary-general of Hezbollah",
  "the secretary general of the PKK", "the chairman of the party"), never the UN's office nor the
  story's government: a preposition the parser hangs on the second word of a split title
  ("secretary - general | of") is the title's (``actors/code.py``), a group's generic titles are its
  own people (word class ``group_role``), and "secretary general" takes the sector of the body it
  serves (``roles`` in ``data/actors/sectors.yml``);
* rejecting a claim whose content is told ("rejected claims that its troops had shelled the town")
  denies it (016), the claimant its target; a claim to land, or one with no content told, is still
  rejected (120): the entries' ``object_clause`` (``events/match.py``);
* a verb of saying or vowing joined by "and" to a reported clause whose subject is a ship or an
  aircraft ("the coast guard said a Chinese ship had approached the island and warned fishermen to
  leave") is the craft's, whose crew speaks, never the teller's (word class ``crewed_craft``,
  ``events/subjects.subject_of``); after any other subject the vow is still the teller's ("said the
  strikes killed 26 civilians and vowed to retaliate");
* a text in its issuer's own voice whose first line is a heading naming the document and its issuer
  ("Statement by the Ministry of Foreign Affairs of X", "X Foreign Ministry statement on ..."): its
  unquoted "we" is the issuer (``actors/clauses.heading_issuers``, ``actors/link.py``); never what the
  document is about ("statement on the situation in Georgia")."""

from __future__ import annotations

import pytest
from tests.events.story_scoring import coded

pytestmark = pytest.mark.model

DAY = "2025-03-06"


def story(*sentences: str) -> str:
    return "\n\n".join(sentences)


# -- leaving an organisation ------------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Niger withdrew from the Organisation of Islamic Cooperation on Tuesday, its foreign ministry said.",
     "NER", "OIC"),
    ("Venezuela pulled out of the Organization of American States in 2019.", "VEN", "OAS"),
    ("Nicaragua quit UNESCO on Monday after the agency honoured a critical newspaper.", "NIC", "UN"),
    ("Burundi left the International Criminal Court in October 2017.", "BDI", "ICC"),
    ("Russia withdrew from the Council of Europe on Tuesday.", "RUS", "CoE"),
])
def test_leaving_an_organisation_reduces_relations(coder, text, source, target):
    evs = coded(coder, text, DAY)
    assert [(r, s, t) for r, s, t, e in evs if e.cameo == "161"] == [("16", source, target)], evs
    assert not any(e.cameo.startswith("087") for _, _, _, e in evs), evs


@pytest.mark.parametrize("text, source", [
    ("Ethiopian troops withdrew from the town of Shire on Sunday.", "ETH"),
    ("Rebel fighters pulled out of Bunia after two days of clashes.", "COD"),
])
def test_leaving_a_place_is_still_a_retreat(coder, text, source):
    evs = coded(coder, text, DAY)
    assert any(e.cameo == "0874" and s == source for _, s, _, e in evs), evs
    assert not any(r == "16" for r, _, _, _ in evs), evs


def test_pulling_out_of_talks_is_no_retreat(coder):
    evs = coded(coder, "Armenia pulled out of the Brussels talks on Monday.", DAY)
    assert evs and all(r == "16" for r, _, _, _ in evs), evs


# -- the office of an organisation ------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    (story("The UN Security Council met on Monday to discuss the fighting.",
           "The secretary-general of Hezbollah accused Israel of killing civilians in Nabatieh."), "LBNREB"),
    ("The secretary general of the Kurdistan Workers' Party threatened Turkish troops in Duhok.", "TURREB"),
    ("Al-Shabaab's secretary-general accused Kenyan troops of burning villages.", "SOMREB"),
    ("The secretary general of the Peruvian Socialist Party accused the government of vote rigging.", None),
])
def test_the_office_of_a_group_or_party_is_its_own(coder, text, code):
    evs = coded(coder, text, DAY)
    accusers = [e.source for r, s, t, e in evs if r in ("11", "13")]
    assert accusers, evs
    assert all(a is not None and not a.org for a in accusers), evs
    if code is not None:
        assert {a.code for a in accusers} == {code}, evs
    else:
        assert {a.sector for a in accusers} == {"PTY"}, evs


def test_the_un_secretary_general_is_still_the_uns(coder):
    evs = coded(coder, story("UN peacekeepers came under fire near Goma on Sunday.",
                             "The Secretary-General condemned the attack on the peacekeepers."), DAY)
    assert any(r == "11" and s == "UN" for r, s, t, e in evs), evs


# -- rejecting a claim that ... is a denial ----------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("The Sudanese army rejected claims that its soldiers had burned homes in the village of Kalma.", "SDN", None),
    ("Colombia rejected Venezuela's claim that it was behind the drone attack on Caracas.", "COL", "VEN"),
    ("Ukraine's defence ministry rebuffed reports that its forces had shelled a hospital in Donetsk.",
     "UKR", None),
])
def test_rejecting_a_claim_of_a_deed_is_a_denial(coder, text, source, target):
    evs = coded(coder, text, DAY)
    denials = [(s, t) for r, s, t, e in evs if e.cameo == "016"]
    assert denials == [(source, target)], evs
    assert not any(r == "12" for r, _, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    "Vietnam rejected China's claims to the Paracel Islands.",
    "The Philippines rejected the claim made by Beijing on Monday.",
])
def test_rejecting_a_claim_with_no_deed_told_is_no_denial(coder, text):
    evs = coded(coder, text, DAY)
    assert not any(e.cameo == "016" for _, _, _, e in evs), evs


# -- a craft's deed told by another --------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("The Philippine coast guard said a Chinese ship had approached Thitu island and warned Filipino "
     "fishermen to leave.", "CHN", "PHL"),
    ("Japan's defence ministry said a Russian aircraft had approached Hokkaido and warned Japanese jets to "
     "stay away.", "RUS", "JPN"),
])
def test_a_crafts_warning_told_by_another_is_the_crafts(coder, text, source, target):
    evs = coded(coder, text, DAY)
    warnings = [(s, t) for r, s, t, e in evs if e.trigger == "warned"]
    assert warnings == [(source, target)], evs


def test_a_craft_of_no_country_gives_its_warning_to_no_one(coder):
    evs = coded(coder, "The Malaysian navy said the vessel had entered its waters and warned local fishermen "
                       "to stay in port.", DAY)
    assert not any(e.trigger == "warned" and s == "MYS" for r, s, t, e in evs), evs


def test_a_teller_still_vows_after_a_clause_about_a_thing(coder):
    evs = coded(coder, "Somalia said the air strikes had killed 12 civilians and vowed to respond.", DAY)
    assert any(e.trigger == "vowed" and s == "SOM" for r, s, t, e in evs), evs


# -- a press release's "we" ------------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    (story("Statement by the Ministry of Foreign Affairs of Latvia",
           "We call on Belarus to stop pushing migrants across the border."), "LVA", "BLR"),
    (story("Estonian Foreign Ministry statement on the situation in Georgia",
           "We condemn the beating of journalists in Tbilisi and urge the Georgian authorities to release "
           "them."), "EST", "GEO"),
])
def test_we_in_a_release_is_the_issuer_its_heading_names(coder, text, source, target):
    evs = coded(coder, text, DAY)
    assert evs and all(s == source for r, s, t, e in evs), evs
    assert target in {t for r, s, t, e in evs}, evs


def test_what_a_release_is_about_is_not_its_issuer(coder):
    evs = coded(coder, story("Statement on the situation in Georgia",
                             "We urge the Georgian authorities to release the detained journalists."), DAY)
    assert not any(s == "GEO" for r, s, t, e in evs), evs
