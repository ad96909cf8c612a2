"""Untargeted attacks in stories told from the attacker's capital (``events/aim.py``): an interstate
war's attack is never one on the attacker's own country; a domestic war's keeps its country."""

from __future__ import annotations

import pytest

from flashpoint.events import evidence as ev
from flashpoint.records import Article

pytestmark = pytest.mark.model

MOSCOW = (
    "MOSCOW (Wire) - Russian forces launched a massive missile and drone attack overnight, the defence "
    "ministry said. Ukraine said its air defences shot down 40 drones."
)
NEW_DELHI = (
    "NEW DELHI (Wire) - Indian jets struck nine sites on Wednesday, the army said. Pakistan said 26 "
    "civilians were killed and vowed to respond."
)
BAKU = (
    "BAKU (Wire) - Azerbaijani troops shelled positions overnight, the defence ministry said on Tuesday. "
    "Armenia said two of its soldiers were killed. Azerbaijan accused Armenia of provoking the clashes."
)
TEHRAN = (
    "TEHRAN (Wire) - Iran fired dozens of ballistic missiles overnight in retaliation for the killing of "
    "its commanders, the Revolutionary Guards said. Israel said most of the missiles were intercepted "
    "and that three people were wounded in Tel Aviv."
)
YANGON = (
    "YANGON (Wire) - Myanmar's military carried out air strikes overnight, residents said. The Arakan "
    "Army said the strikes killed 15 civilians. The United States condemned the junta."
)
KHARTOUM = (
    "KHARTOUM (Wire) - Sudanese army jets bombed areas overnight, witnesses said. The Rapid Support "
    "Forces said 20 civilians were killed. The United Nations called for a ceasefire and the United "
    "States urged both sides to talk."
)
ABUJA = (
    "ABUJA (Wire) - Nigerian troops carried out air strikes on Sunday, the air force said, after bandits "
    "abducted 30 villagers in Zamfara state. Britain said it was concerned about the violence."
)


def _attack(coder, text: str, country: str):
    evs = coder.code_article(Article(id="aim", text=text, published="2024-05-02"))
    return next(e for e in evs if e.cameo_root in ("18", "19", "20") and e.source and e.source.country == country)


@pytest.mark.parametrize(("text", "attacker", "victim", "via", "domestic", "country"), [
    (MOSCOW, "RUS", "UKR", "victim_state", KHARTOUM, "SDN"),  # the state that tells of its defence right after
    (NEW_DELHI, "IND", "PAK", "victim_state", YANGON, "MMR"),  # the state that tells of the dead right after
    (BAKU, "AZE", "ARM", "usual_target", ABUJA, "NGA"),  # "two of its soldiers were killed" by the shelling's doer
])
def test_an_attack_from_the_capital_aims_at_the_other_state_and_in_a_domestic_war_at_home(
        explain_coder, text, attacker, victim, via, domestic, country):
    attack = _attack(explain_coder, text, attacker)
    assert attack.target is not None and attack.target.country == victim and attack.target.implied
    assert attack.explain["evidence"]["target"] == via
    # a state's forces against an armed group of their own country (the Arakan Army, the RSF, bandits),
    # with another state looking on: the country stays
    at_home = _attack(explain_coder, domestic, country)
    assert at_home.target is not None and at_home.target.country == country
    assert at_home.explain["evidence"]["target"] == ev.SCENE


def test_an_attack_with_no_evidence_of_its_victim_has_no_target_rather_than_its_own_country(coder):
    attack = _attack(coder, TEHRAN, "IRN")
    assert attack.target is None


def test_neither_an_attack_aimed_abroad_nor_its_victims_are_coded_at_home(coder):
    evs = coder.code_article(Article(id="aim", text=NEW_DELHI, published="2024-05-02"))
    assert not any(e.target and e.target.country == "IND" and e.cameo_root == "19" for e in evs)
