"""Known error classes of actor recognition seen on stories outside the development set (issue 14),
each fixed as a phenomenon and tested on sentences written for several countries and wordings:

* a court that blocks, suspends, halts, freezes, overturns or annuls a measure overrules it (CAMEO's
  OVERRULE, 120: ``by: [JUD]`` entries in ``actions.yml``), no obstruction of passage (144) or cut in
  relations (160); police and protesters who block a road keep their readings;
* coordinated doers of one deed act together, never on each other: "Ruto and Museveni condemned the
  attack" is aimed at neither (``events/pending_targets.resolve_pending`` passes the co-doers as allies to
  ``events/implied.counterpart``), while a meeting or a signing of two is still each's with the other;
* a sub-national government named by its region is its country's government, the source of what it
  does ("Illinois sued the Trump administration", "the state of Zamfara signed a peace deal with
  bandits": ``actors/regions.py``, the gazetteer's regions)."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-10-08"):
    return coded_at(coder, text, published)


# --- a court blocking a measure overrules it ---

@pytest.mark.parametrize("text, court", [
    ("A federal judge in Oregon blocked the deployment of National Guard troops to Portland on Saturday.", "USA"),
    ("Brazil's Supreme Court suspended the presidential decree on Monday.", "BRA"),
    ("In Kenya, the High Court halted the deportations of Ugandan activists on Friday.", "KEN"),
    ("An Israeli court froze the government's decision to dismiss the head of the Shin Bet on Friday.", "ISR"),
    ("A court in Buenos Aires overturned President Javier Milei's decree on labour reform on Tuesday.", "ARG"),
    ("The Constitutional Court of South Korea annulled the martial law decree.", "KOR"),
])
def test_a_court_that_blocks_a_measure_overrules_it(coder, text, court):
    evs = [(r, s, t, e) for r, s, t, e in coded(coder, text) if e.source is not None and e.source.sector == "JUD"]
    assert evs and all(e.cameo == "120" and s == court for r, s, t, e in evs), coded(coder, text)


@pytest.mark.parametrize("text, codes", [
    ("Police blocked the road to the parliament in Nairobi on Monday. On Tuesday the High Court blocked the "
     "eviction of the market traders.", ["175", "120"]),
    ("Protesters blocked the highway near Lima on Friday. A judge in Lima later suspended the eviction order.",
     ["144", "120"]),
    ("A judge in Ankara blocked access to the opposition's website. The same court halted the transfer of "
     "the mayor to a prison in Silivri.", ["1721", "120"]),
])
def test_police_protesters_and_censors_keep_their_readings_beside_a_court(coder, text, codes):
    assert [e.cameo for r, s, t, e in coded(coder, text)] == codes

# --- coordinated doers are no targets of each other ---

@pytest.mark.parametrize("text, doers", [
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni condemned the attack on the "
     "market in Juba.", {"KEN", "UGA"}),
    ("France and Germany condemned the bombing of a hospital in Khartoum on Sunday.", {"FRA", "DEU"}),
    ("Colombian President Gustavo Petro and his Venezuelan counterpart Nicolas Maduro denounced the "
     "killing of the activists.", {"COL", "VEN"}),
])
def test_coordinated_critics_do_not_target_each_other(coder, text, doers):
    evs = coded(coder, text)
    assert {s for r, s, t, e in evs} == doers
    assert not any(t in doers - {s} for r, s, t, e in evs), evs


@pytest.mark.parametrize("text, pair", [
    ("Ruto and Museveni met in Kampala on Tuesday. Ruto and Museveni condemned the attack on the market in Juba.",
     {"KEN", "UGA"}),
    ("The foreign ministers of India and Bangladesh signed a water-sharing accord in Dhaka on Monday. The "
     "foreign ministers of India and Bangladesh also condemned the bombing of a bus in Nepal.", {"IND", "BGD"}),
])
def test_a_pair_that_meets_or_signs_acts_on_each_other_but_condemns_together(coder, text, pair):
    evs = coded(coder, text)
    joint = [(s, t) for r, s, t, e in evs if r in ("04", "05")]
    blamed = [(s, t) for r, s, t, e in evs if r == "11"]
    assert joint and all({s, t} == pair for s, t in joint), evs
    assert {s for s, t in blamed} == pair and not any(t in pair for s, t in blamed), evs


# --- a region's government acts ---

@pytest.mark.parametrize("text, triple", [
    ("Illinois sued the Trump administration on Monday over the deployment of troops to Chicago.",
     ("11", "USA", "USA")),
    ("Florida sued the Biden administration over the migrant policy in 2023.", ("11", "USA", "USA")),
    ("The state of Zamfara signed a peace deal with bandits on Monday, Nigerian officials said.",
     ("05", "NGA", "NGA")),
    ("Punjab sued the central government in New Delhi over the water dispute on Monday.", ("11", "IND", "IND")),
])
def test_a_region_government_is_the_source_of_its_deeds(coder, text, triple):
    assert [(r, s, t) for r, s, t, e in coded(coder, text)] == [triple]
