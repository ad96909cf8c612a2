"""A name the who's who does not know that an apposition describes as an armed group ("a militia", "an
armed group", "a rebel movement", "a jihadist group") is a non-state armed group of the story's
country, whatever its own words say ("Army", "Forces", "Peasant"), and so is the name told again; a
state's army described as one ("the country's army", "a paramilitary force") stays the state's
(actors/described_armed.py). A later "the group", "the armed group" or "the militia" is that group,
also where the who's who does not know it (actors/pronouns.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.actors import actor_mentions
from flashpoint.records import Article

pytestmark = pytest.mark.model


def _sectors(code, text: str, word: str, nth: int = 0) -> set[str | None]:
    return {a.sector for a in code(text, word, nth)}


@pytest.mark.parametrize(("text", "word"), [
    ("The Yandoto Defence Forces, an armed group, burned a market in Zamfara state.", "Forces"),
    ("The Karenni Hills Army, an ethnic armed group, seized a town in Kayah state.", "Army"),
    ("The Catatumbo Peasant Front, a rebel movement, attacked a police station in Norte de Santander.", "Front"),
    ("The Red Youth Army, an armed youth group, overran a barracks near Malakal.", "Army"),
    ("The Gourma Brothers Army, a jihadist group, torched a school near Djibo.", "Army"),
    ("The Lwizi Volunteers, a militia, raided a village in North Kivu.", "Volunteers"),
    ("The Mountain Wolves, an armed faction, shelled a town in Shan state.", "Wolves"),  # ("Wolves" a noun)
])
def test_a_name_described_as_an_armed_group_is_rebels(code, text: str, word: str) -> None:
    assert _sectors(code, text, word) == {"REB"}


@pytest.mark.parametrize(("text", "word", "sector"), [
    ("The Sudanese Armed Forces, the country's army, shelled Omdurman.", "Forces", "MIL"),
    ("The Frontier Scouts, a paramilitary force, patrolled the border near Quetta.", "Scouts", None),
    ("The Justice Renewal Movement, an Islamist movement, won seats in parliament.", "Movement", None),
])
def test_a_state_army_or_a_party_so_described_stays_as_it_was(code, text: str, word: str, sector: str | None) -> None:
    assert _sectors(code, text, word) == {sector}


def test_the_described_name_told_again_is_the_same_armed_group(code) -> None:
    text = ("The Lake Hawks Army, an armed group, burned a market near Tumaco on Monday. The defence minister "
            "condemned the Lake Hawks Army.")
    assert _sectors(code, text, "Army", 1) == {"REB"}


@pytest.mark.parametrize(("text", "anaphor"), [
    ("The Yandoto Defence Forces, an armed group, burned a market in Zamfara state. The governor accused the "
     "group of killing farmers.", "group"),
    ("The Karenni Hills Army, an ethnic armed group, seized a town in Kayah state. The junta condemned the "
     "militia.", "militia"),
    ("The Catatumbo Peasant Front, a rebel movement, attacked a police station in Norte de Santander. Police "
     "blamed the armed group for the attack.", "group"),
])
def test_the_group_told_later_is_the_described_armed_group(actor_nlp, text: str, anaphor: str) -> None:
    doc = actor_nlp(text)
    later = [m for m in actor_mentions(doc) if doc[m.head].text == anaphor and m.start > len(doc[0].sent)]
    assert later and all(m.antecedent is not None and m.antecedent.actor.sector == "REB"
                         and doc[m.antecedent.head].pos_ == "PROPN" for m in later)


@pytest.mark.parametrize(("text", "published", "accused"), [
    ("The Yandoto Defence Forces, an armed group, burned a market in Zamfara state. The governor accused the "
     "group of killing farmers.", "2025-04-02", "NGAREB"),
    ("The Iron Serpents Brigade ambushed an army convoy near Tumaco on Monday. The government accused the group "
     "of links to drug traffickers.", "2025-04-02", "COLREB"),
    ("The Mountain Wolves, an armed faction, shelled a town in Shan state. The military accused the group of "
     "war crimes.", "2025-04-02", "MMRREB"),
])
def test_an_accusation_of_the_group_is_aimed_at_the_armed_group(coder, text: str, published: str, accused: str) -> None:
    events = coder.code_article(Article(id="d", text=text, published=published))
    charges = [e for e in events if e.sentence_index == 1 and e.cameo[:2] == "11"]
    assert charges and all(e.target is not None and e.target.code == accused for e in charges)
