"""Known error classes of actor coding (issue 14, wave 36), each fixed as a phenomenon and tested on
sentences the team wrote for several conflicts and wordings:

* a private military company was coded as its patron state's army (Wagner: RUSMIL), so a mutiny was
  a self-dyad and the state's troops fighting it RUSMIL against RUSMIL: such a company is a non-state
  armed group of its home country (RUSREB, ``data/actors/organisations.yml``), and its founder too;
* a unit of a state's forces named by its bare name ("Azov fighters", "five Azov commanders") was a
  rebel of the story's country or of no country: the unit's own short name is in the lexicon;
* a force led by a state was of the story's country where the leader's name is fused with "-led"
  in one token ("U.S.-led forces": the tokenizer does not split after the abbreviation's dot) or
  where an adjective stands between ("a French-led naval force"): the leader's armed force
  (``actors/modifiers.fused_leader``, ``actors/code._led_body``, word class ``led_body``);
* mediators were parties: a demand told by "Qatari mediators" was aimed at Qatar, and "a mediator
  from Kenya" made Kenya the story's country of its rebels and government: a mediator is a third
  party (word class ``mediation``, ``nlp/venues.mediator_word``, ``events/implied.counterpart``)."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2024-06-10"):
    return coded_at(coder, text, published)


def _codes(evs, name):
    """The codes of every event end whose text is ``name``."""
    return {a.code for *_, e in evs for a in (e.source, e.target) if a is not None and a.text == name}


# --- a private military company is a non-state armed group of its home country ---

@pytest.mark.parametrize("text, phrase, published", [
    ("Russian troops clashed with Wagner mercenaries near Voronezh on Saturday, officials said.",
     "Wagner mercenaries", "2023-06-25"),
    ("The Kremlin accused the Wagner Group of treason on Saturday.", "the Wagner Group", "2023-06-24"),
    ("Wagner mercenaries killed dozens of villagers near Mopti in central Mali, witnesses said.",
     "Wagner mercenaries", "2022-04-02"),
    ("Russian prosecutors dropped the case against Wagner fighters who took part in the revolt.",
     "Wagner fighters", "2023-06-27"),
])
def test_a_private_military_company_is_no_state_army(coder, text, phrase, published):
    evs = coded(coder, text, published)
    assert _codes(evs, phrase) == {"RUSREB"}, evs


def test_a_mutiny_is_no_self_dyad_of_the_army(coder):
    evs = coded(coder, "Prigozhin demanded the dismissal of army chief Valery Gerasimov on Friday. "
                       "Belarus later offered to host his men.", "2023-06-24")
    demands = [e for r, *_, e in evs if r == "10"]
    assert demands and all(e.source.code == "RUSREB" and e.target is not None
                           and e.target.country == "RUS" for e in demands), evs


# --- a unit of a state's forces named by its bare name ---

@pytest.mark.parametrize("text, phrase, code, published", [
    ("Azov fighters repelled a Russian assault on a steel plant in Mariupol on Tuesday.",
     "Azov fighters", "UKRMIL", "2022-05-10"),
    ("Russia freed five Azov commanders in a prisoner swap with Ukraine on Wednesday.",
     "five Azov commanders", "UKRMIL", "2022-09-22"),
    ("A Russian court designated Azov a terrorist organisation on Tuesday.", "Azov", "UKRMIL", "2022-08-02"),
])
def test_a_state_unit_by_its_bare_name(coder, text, phrase, code, published):
    evs = coded(coder, text, published)
    assert _codes(evs, phrase) == {code}, evs


def test_the_sea_of_azov_is_no_unit(coder):
    evs = coded(coder, "Ukraine struck a Russian patrol boat in the Sea of Azov on Thursday.", "2023-07-20")
    assert not any(a is not None and a.name == "Azov Regiment" for *_, e in evs for a in (e.source, e.target))


# --- a force led by a state ---

@pytest.mark.parametrize("text, phrase, code", [
    ("U.S.-led forces struck Houthi targets near Hodeidah on Friday.", "U.S.-led forces", "USAMIL"),
    ("The U.K.-led coalition shot down a Houthi drone over the Red Sea on Monday.",
     "The U.K.-led coalition", "GBRMIL"),
    ("A French-led naval force shot down two Houthi drones over the Red Sea on Tuesday.",
     "A French-led naval force", "FRAMIL"),
    ("A Kenyan-led multinational force clashed with gang members in Port-au-Prince on Sunday.",
     "A Kenyan-led multinational force", "KENMIL"),
])
def test_a_force_led_by_a_state_is_its_armed_force(coder, text, phrase, code):
    evs = coded(coder, text)
    assert _codes(evs, phrase) == {code}, evs


# --- a mediator is no party ---

@pytest.mark.parametrize("text, mediator", [
    ("The rebels demanded direct talks with the government, a mediator from Kenya said on Sunday.", "KEN"),
    ("Hamas demanded a full ceasefire before any release of hostages, Qatari mediators said.", "QAT"),
    ("The junta demanded the withdrawal of all foreign troops, a mediator from Togo said.", "TGO"),
    ("The militants demanded the release of 50 prisoners, Egyptian mediators said.", "EGY"),
])
def test_a_mediator_is_no_party_of_a_demand(coder, text, mediator):
    evs = coded(coder, text)
    demands = [e for r, *_, e in evs if r == "10"]
    assert demands, evs
    assert not any(a is not None and a.country == mediator for e in demands for a in (e.source, e.target)), evs
