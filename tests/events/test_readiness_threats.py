"""Readiness to use force is a threat: "ready to strike", "ready to carry out strikes", "ready to
launch an offensive" are coded by the attack's own intent code (138x), with no intent to cooperate
(030) beside it; readiness to talk stays 030 (``events/extract.py``, word class ``readiness``). And
a nationality adjective of a noun of enmity names the enemy ("the American enemy" is the USA,
``actors/patterns.py``, word class ``foe``). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-03-18"):
    evs = coder.code_article(Article(id="r", text=text, published=published))
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None, e)
            for e in evs]


@pytest.mark.parametrize("text, pair", [
    ("Pyongyang said its artillery units were ready to strike South Korean bases.", ("PRK", "KOR")),
    ("The Azerbaijani army is ready to carry out strikes on Armenian positions, the ministry said.",
     ("AZE", "ARM")),
    ("The Sudanese army is ready to launch an offensive on El Fasher, a general said.", ("SDN", "SDN")),
])
def test_readiness_to_attack_is_a_threat_not_an_intent_to_cooperate(coder, text, pair):
    evs = coded(coder, text)
    assert [c[:2] for c, *_ in evs] == ["13"]
    assert [(s, t) for _, s, t, _ in evs] == [pair]


def test_readiness_to_talk_stays_an_intent_to_cooperate(coder):
    evs = coded(coder, "Eritrea is ready to hold talks with Ethiopia, the information minister said.")
    assert [(c, s, t) for c, s, t, _ in evs] == [("030", "ERI", "ETH")]


def test_the_enemy_of_a_nationality_is_that_nation(coder):
    evs = coded(coder, "The militia vowed to attack the American enemy in Syria.")
    assert [t for *_, t, _ in evs] == ["USA"]


def test_would_continue_to_attack_in_reported_speech_is_a_threat(coder):
    from story_scoring import coded, triples

    evs = coded(coder, "Azerbaijan's defence ministry said its forces would continue to strike Armenian "
                       "positions.", "2025-07-16")
    assert ("13", "AZE", "ARM") in triples(evs)
    evs = coded(coder, "Israel's defence minister said the army would keep attacking Hezbollah.", "2025-07-16")
    assert ("13", "ISR", "LBN") in triples(evs)
    # a wish is no threat
    assert not coded(coder, "The general said the army would like to attack the rebels.", "2025-07-16")


@pytest.mark.parametrize("text", [
    "The interior ministry accused the opposition leader of inciting riots and warned that he would face "
    "prosecution.",
    "The junta warned that striking teachers would suffer the consequences.",
])
def test_a_threat_that_someone_will_undergo_something_is_aimed_at_them(coder, text):
    # the one who faces the prosecution or suffers the consequences, not the prosecution
    evs = coded(coder, text)
    threats = [e for c, s, t, e in evs if c[:2] == "13"]
    assert threats and all(e.target is not None and e.target.sector in ("OPP", "EDU", "LAB", "CVL")
                           for e in threats)


@pytest.mark.parametrize("text", [
    "Caracas is ready to defend itself against any aggression, the defence minister said.",
    "Taiwan is willing to protect its sovereignty, the premier said.",
])
def test_a_readiness_to_defend_oneself_is_no_event(coder, text):
    # a posture: no intent to cooperate with anyone, nor a threat
    assert not [c for c, *_ in coded(coder, text) if c[:2] in ("03", "13")]
