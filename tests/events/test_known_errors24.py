"""Known error classes of actor coding (issue 14, wave 36), each fixed as a phenomenon and tested on
sentences the team wrote for several conflicts and wordings:

* a private military company was coded as its patron state's army (Wagner: RUSMIL), so a mutiny was
  a self-dyad and the state's troops fighting it RUSMIL against RUSMIL: such a company is a non-state
  armed group of its home country (RUSREB, ``data/actors/organisations.yml``), and its founder too;
* a unit of a state's forces named by its bare name ("Azov fighters", "five Azov commanders") was a
  rebel of the story's country or of no country: the unit's own short name is in the lexicon;
* "The government" after a state expelled another's diplomats was the diplomats' government: a
  diplomat serves abroad, so a state body named by its sector alone does not refer back to him
  (``actors/unowned.posted_abroad``), and diplomats do not count for the story's country
  (``actors/story.dominant_country``, ``nlp/missions.diplomat_word``);
* a force led by a state was of the story's country where the leader's name is fused with "-led"
  in one token ("U.S.-led forces": the tokenizer does not split after the abbreviation's dot) or
  where an adjective stands between ("a French-led naval force"): the leader's armed force
  (``actors/modifiers.fused_leader``, ``actors/code._led_body``, word class ``led_body``), and so
  where the leader follows ("a coalition led by Saudi Arabia", ``actors/rightside.led_by``);
* mediators were parties: a demand told by "Qatari mediators" was aimed at Qatar, and "a mediator
  from Kenya" made Kenya the story's country of its rebels and government: a mediator is a third
  party (word class ``mediation``, ``nlp/venues.mediator_word``, ``events/implied.counterpart``);
* a state named as a party's patron ("rebels backed by Rwanda", "militias supported by Iran",
  "fighters allied with Russia") was the story's country, so the rebels and the army they attacked
  were the patron's: a patron is not counted among the story's countries nor taken as the deed's
  place (``nlp/patrons.patron_named``, word classes ``patron_suffix``, ``patron_tie``);
* "the junta" acting on another state's diplomat or on foreign nationals ("expelled the French
  military attache", "arrested three French nationals") took their country, the only one the story
  named: their nationality is no evidence of whose the junta is (``actors/strangers.py``, word
  class ``foreign_national``), so it is of no country told."""

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


# --- the government of a story of expelled diplomats is the host's ---

@pytest.mark.parametrize("text, host, guest", [
    ("Burkina Faso expelled three French diplomats on Tuesday. The government accused them of "
     "subversive activities.", "BFA", "FRA"),
    ("Ethiopia expelled two Irish diplomats on Monday. The government accused them of meddling in "
     "its affairs.", "ETH", "IRL"),
    ("Kyrgyzstan expelled four Tajik diplomats on Friday. The authorities accused them of gathering "
     "military secrets.", "KGZ", "TJK"),
])
def test_the_government_after_an_expulsion_is_the_hosts(coder, text, host, guest):
    evs = coded(coder, text)
    accusations = [e for r, *_, e in evs if r == "11"]
    assert accusations and all(e.source.country == host for e in accusations), evs
    assert not any(e.source.country == guest and e.target is not None and e.target.country == guest for *_, e in evs)


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


@pytest.mark.parametrize("text, phrase, code", [
    ("A coalition led by Saudi Arabia bombed Houthi positions in Sanaa on Friday.",
     "A coalition", "SAUMIL"),
    ("Coalition warplanes led by Saudi Arabia bombed Houthi positions near Sanaa on Friday.",
     "Coalition warplanes", "SAUMIL"),
    ("A multinational force led by Kenya clashed with gang members in Port-au-Prince on Sunday.",
     "A multinational force", "KENMIL"),
])
def test_a_force_followed_by_its_state_leader_is_its_armed_force(coder, text, phrase, code):
    evs = coded(coder, text)
    assert _codes(evs, phrase) == {code}, evs


def test_a_coalition_led_by_a_party_is_no_army(coder):
    evs = coded(coder, "The coalition led by the ruling party won the vote in Nairobi on Friday.")
    assert not any(a is not None and a.sector == "MIL" for *_, e in evs for a in (e.source, e.target)), evs


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


# --- a patron is not the story's country ---

@pytest.mark.parametrize("text, patron", [
    ("Rebels backed by Rwanda seized the town of Rubaya on Saturday, residents said.", "RWA"),
    ("Militias supported by Iran attacked a military base on Sunday, killing three soldiers.", "IRN"),
    ("Fighters allied with Russia shelled the village overnight, local officials said.", "RUS"),
    ("The rebels, backed by Uganda, attacked the army in Ituri province on Friday.", "UGA"),
])
def test_a_patron_is_not_the_story_country(coder, text, patron):
    evs = coded(coder, text)
    assert not any(a is not None and a.country == patron for *_, e in evs for a in (e.source, e.target)), evs


def test_a_patron_backs_a_party_of_the_country_told(coder):
    evs = coded(coder, "Rebels backed by Rwanda shelled army positions near Goma in eastern Congo on Monday.")
    assert ("19", "COD", "COD") in {(r, s, t) for r, s, t, _ in evs}, evs


# --- a state acting on strangers is not of their country ---

@pytest.mark.parametrize("text, foreign", [
    ("The junta said it had arrested three French nationals accused of plotting a coup.", "FRA"),
    ("The junta expelled the French military attache on Monday.", "FRA"),
    ("The military government detained two Belgian citizens on Tuesday, accusing them of spying.", "BEL"),
])
def test_a_state_acting_on_strangers_is_not_theirs(coder, text, foreign):
    evs = coded(coder, text)
    assert evs and not any(e.source.country == foreign for *_, e in evs), evs


def test_nationals_arrested_at_home_keep_their_country(coder):
    evs = coded(coder, "Police arrested two Ugandan nationals in Kampala on Monday.")
    assert ("17", "UGA", "UGA") in {(r, s, t) for r, s, t, _ in evs}, evs
