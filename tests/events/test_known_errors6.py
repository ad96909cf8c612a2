"""Known error classes of modality and sense (issue 14), each fixed as a phenomenon and tested on
sentences written for several conflicts and wordings:

* a warning of what a third party or a thing will do ("warned that the blockade would starve
  civilians") is a pessimistic comment (012), no threat against those it would harm: a threat needs
  the speaker's side to be the doer (the lexicon's ``comp_subject`` condition, ``events/match.py``
  ``comp_subject_is``);
* the deed one asks or orders another to do is not done ("ordered the police to release the
  leader", "the court ordered the government to pay", a communique's "2. Calls on Uganda to withdraw",
  which the tagger takes for a noun): word class ``directive``, ``events/assertion.directs``; a phone
  call to congratulate stays a call;
* a vow, pledge or promise of what one will not do is no intent to cooperate (03): not to give way
  ("vowed not to back down", word class ``yielding``) is resolve, no event; a denied deed the lexicon
  has a refusal for is that refusal ("vowed not to release the hostages" 1243, "pledged never to
  recognise" 120: ``negated_code``, ``events/modality.vowed_not``); a promise of restraint stays 03;
* a ban or expulsion named by the decision that made it ("the Iranian government's decision to ban
  the newspaper") is its maker's measure (roots.yml ``decided``, ``events/subjects.subject_of``);
  other decided deeds are not told done ("the decision to release the journalists")."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-01"):
    return coded_at(coder, text, published)


# --- a warning of what others or things will do is no threat ---

@pytest.mark.parametrize("text, warner", [
    ("The United Nations warned on Monday that the Saudi-led blockade would starve millions of Yemeni "
     "civilians.", "UN"),
    ("The World Health Organization cautioned that the cholera outbreak would spread across Haiti.", "UN"),
    ("Colombia's president warned that the rebels would attack the town of Jamundi.", "COL"),
    ("NATO warned that Russia was preparing a new offensive in Ukraine.", "NATO"),
])
def test_a_warning_of_others_deeds_is_pessimism(coder, text, warner):
    evs = coded(coder, text)
    assert [(r, s) for r, s, t, e in evs] == [("01", warner)], evs
    assert all(e.cameo == "012" for r, s, t, e in evs), evs


@pytest.mark.parametrize("text, threatener, threatened", [
    ("Russia warned on Tuesday that it would strike Kyiv if Ukraine attacked Crimea again.", "RUS", "UKR"),
    ("The Myanmar junta warned protesters on Wednesday that they would be arrested if they gathered in "
     "Yangon.", "MMR", "MMR"),
    ("The Ethiopian prime minister warned Eritrea that his army would respond with force to any "
     "incursion.", "ETH", "ERI"),
    ("China warned Taiwan that its navy would blockade the island.", "CHN", "TWN"),
    ("The Pakistani army warned that Indian troops would face a fitting reply.", "PAK", "IND"),
    ("Iran warned Israel that any attack on its nuclear sites would trigger a crushing response.", "IRN", "ISR"),
])
def test_a_warning_of_ones_own_deed_stays_a_threat(coder, text, threatener, threatened):
    evs = coded(coder, text)
    assert (("13", threatener, threatened) in {(r, s, t) for r, s, t, e in evs}), evs


# --- what one asks or orders another to do is not done ---

@pytest.mark.parametrize("text, not_done", [
    ("Kenya's High Court ordered the police to release the opposition leader on Thursday.", "08"),
    ("The Supreme Court ordered the Pakistani government to pay compensation to the families of the "
     "victims.", "07"),
    ("The Senegalese government directed the police to arrest the protest leaders.", "17"),
    ("Ethiopian troops were ordered to withdraw from the border town of Humera.", "08"),
])
def test_an_ordered_deed_is_not_done(coder, text, not_done):
    evs = coded(coder, text)
    assert not [e for r, s, t, e in evs if r == not_done], evs


def test_a_communique_paragraph_asks_the_deed(coder):
    evs = coded(coder, "\n\n".join([
        "The Peace and Security Council of the African Union,",
        "1. Condemns the attacks on civilians in Ituri;",
        "2. Calls on Uganda to withdraw its troops from the Democratic Republic of Congo;",
        "3. Urges the government of South Sudan to release all political prisoners;"]))
    assert not [e for r, s, t, e in evs if r == "08"], evs
    assert ("02", "AU", "SSD") in {(r, s, t) for r, s, t, e in evs}, evs


def test_a_call_to_congratulate_stays_a_call(coder):
    evs = coded(coder, "Erdogan called Putin on Tuesday to congratulate him on his election victory.")
    assert {(r, s, t) for r, s, t, e in evs} == {("04", "TUR", "RUS")}, evs


# --- a vow of what one will not do ---

@pytest.mark.parametrize("text", [
    "The Kenyan opposition vowed on Monday not to back down despite the police crackdown.",
    "The Georgian protesters vowed never to surrender to the government.",
    "Thailand's prime minister pledged not to bow to pressure from the protesters.",
])
def test_a_vow_not_to_give_way_is_no_promise(coder, text):
    evs = coded(coder, text)
    assert not [e for r, s, t, e in evs if r == "03"], evs


@pytest.mark.parametrize("text, refuser, refused, code", [
    ("Hamas vowed not to release the Israeli hostages until the war ended.", "PSE", "ISR", "1243"),
    ("Guyana's president pledged never to recognise Venezuela's sovereignty over the Essequibo region.",
     "GUY", "VEN", "120"),
    ("The Sudanese army promised that it would not lift the curfew in Khartoum.", "SDN", None, "1241"),
])
def test_a_vow_not_to_do_a_deed_is_its_refusal(coder, text, refuser, refused, code):
    evs = coded(coder, text)
    assert [e.cameo for r, s, t, e in evs] == [code], evs
    assert all(s == refuser and t in (refused, refuser) for r, s, t, e in evs), evs


def test_a_promise_of_restraint_stays_a_promise(coder):
    evs = coded(coder, "Russia pledged not to attack Ukrainian energy facilities for thirty days.")
    assert {(r, s, t) for r, s, t, e in evs} == {("03", "RUS", "UKR")}, evs


@pytest.mark.parametrize("text, promiser, spared", [
    ("Armenia promised that it would never allow foreign troops to use its territory against Azerbaijan.",
     "ARM", "AZE"),
    ("The Afghan government pledged not to allow militants to attack Pakistan.", "AFG", "PAK"),
])
def test_not_letting_others_do_harm_is_a_promise_of_restraint(coder, text, promiser, spared):
    # what one will not let others do to a party is a promise to it, no refusal to yield (124)
    evs = coded(coder, text)
    assert {(r, s, t) for r, s, t, e in evs} == {("03", promiser, spared)}, evs


def test_not_letting_a_party_in_stays_a_refusal(coder):
    evs = coded(coder, "Iran said it would not allow IAEA inspectors to visit the Fordow site.")
    assert [(s, e.cameo) for r, s, t, e in evs] == [("IRN", "124")], evs


# --- a measure named by the decision that made it ---

@pytest.mark.parametrize("text, maker, code", [
    ("Human Rights Watch condemned the Iranian government's decision to ban the reformist newspaper "
     "Shargh.", "IRN", "172"),
    ("The Malian junta's decision to expel the French ambassador drew protests from Paris.", "MLI", "16"),
])
def test_a_decided_ban_is_its_makers_measure(coder, text, maker, code):
    evs = coded(coder, text)
    assert [e for r, s, t, e in evs if s == maker and e.cameo.startswith(code)], evs


def test_other_decided_deeds_are_not_told_done(coder):
    evs = coded(coder, "\n\n".join([
        "Ethiopia's decision to release the journalists was welcomed by Amnesty International.",
        "The parliament adopted the law despite the envoy's prior decision to suspend the legislative "
        "process."]))
    assert not [e for r, s, t, e in evs if r in ("08", "16")], evs
