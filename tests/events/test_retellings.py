"""One deed, one record: stories (written by the team, on conflicts the rules were not shaped on) that
tell a deed and then tell it again, in the background of another deed or with more detail."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

# the accusation told again in the background ("after it accused ...") of a deed dated by its own
# main clause ("on Wednesday"): that day is the recall's, not the accusation's
PORT_DEAL = (
    "MOGADISHU (Wire) — Somalia on Monday accused Ethiopia of undermining its sovereignty by signing a port "
    "deal with the breakaway region of Somaliland.\n\n"
    "Ethiopia rejected the accusation and said the deal harmed no one.\n\n"
    "Somalia recalled its ambassador from Addis Ababa on Wednesday after it accused Ethiopia of undermining "
    "its sovereignty."
)

# the lead tells the storming undated (the story's day); a later sentence tells it again on that day
CHURCH = (
    "MANILA (Wire) — About 20 gunmen killed a soldier and then stormed a Catholic church in the southern "
    "town of Marawi, the army said.\n\n"
    "The army said troops had surrounded the town.\n\n"
    "The diocese said a group of masked men stormed the church on Sunday, breaking down the gate and "
    "firing guns."
)

# but a deed told on another day is another deed
CHURCH_AGAIN = CHURCH.replace("stormed the church on Sunday", "stormed the church on Friday")

# a later sentence tells the release again with more detail, of a part of the soldiers told before
RELEASE = (
    "ARAUCA, Colombia (Wire) — ELN rebels freed six kidnapped soldiers on Tuesday, the army said.\n\n"
    "The soldiers had been held for two months.\n\n"
    "The rebels released three of the soldiers in front of a crowd in the town of Tame."
)

# the killing told again in the background of a later deed ("after the villagers had been killed"),
# by another verb of its root
VILLAGE = (
    "KADUNA, Nigeria (Wire) — Gunmen shot dead 15 villagers in Zamfara state on Sunday, police said.\n\n"
    "The attackers arrived on motorcycles and fired at residents, a local official said.\n\n"
    "Several houses were set on fire after the villagers had been killed, he added."
)

# a deed told first in the background of another is the story's record of it
RAMPAGE = (
    "DHAKA (Wire) — A curfew was imposed in the northern town of Rangpur on Sunday after protesters went on "
    "a rampage and attacked a police station.\n\n"
    "The government said troops would patrol the town."
)

# the toll of an assault, told by a witness: no attack of its own
STATION = (
    "PORT-AU-PRINCE, Haiti (Wire) — Gang members burst into a radio station in the capital on Tuesday, "
    "assaulting staff and leaving a grenade behind, the station's director said.\n\n"
    "\"We hid in the studio,\" said the director, who said two journalists had been injured."
)

# but an abduction after an attack is a deed of its own
POST = (
    "ABUJA, Nigeria (Wire) — Gunmen attacked a police post in Katsina state on Monday, killing two officers, "
    "police said.\n\n"
    "Three other officers were abducted, a police spokesman said."
)


def _events(coder, text: str, published: str):
    return coder.code_article(Article(id="story", text=text, published=published))


def test_an_accusation_told_again_after_a_later_deed_is_one_accusation(coder):
    evs = _events(coder, PORT_DEAL, "2024-01-12")
    accused = [(e.sentence_index, e.date) for e in evs if e.cameo.startswith("112")]
    assert accused == [(1, "2024-01-08")]
    assert any(e.cameo.startswith("161") and e.sentence_index == 3 for e in evs)  # the recall stays


def test_a_storming_told_again_on_the_story_day_is_one_storming(coder):
    evs = _events(coder, CHURCH, "2024-03-10")  # a Sunday
    stormed = [e.sentence_index for e in evs if e.trigger.startswith("stormed")]
    assert stormed == [1]


def test_a_storming_told_on_another_day_is_another_storming(coder):
    evs = _events(coder, CHURCH_AGAIN, "2024-03-10")
    stormed = [e.sentence_index for e in evs if e.trigger.startswith("stormed")]
    assert stormed == [1, 3]


def _released(evs) -> list[int]:
    return [e.sentence_index for e in evs if e.cameo.startswith("0841")]


def test_a_release_told_again_of_some_of_the_same_captives_is_one_release(coder):
    assert _released(_events(coder, RELEASE, "2024-06-05")) == [1]


@pytest.mark.parametrize("again", ["released three more soldiers", "released the soldiers again"])
def test_more_captives_or_a_release_again_is_another_release(coder, again):
    text = RELEASE.replace("released three of the soldiers", again)
    assert _released(_events(coder, text, "2024-06-05")) == [1, 3]


def test_a_killing_told_again_in_an_after_clause_is_one_killing(coder):
    evs = _events(coder, VILLAGE, "2024-06-03")
    assert [e.sentence_index for e in evs if e.cameo_root == "19"] == [1]


def test_a_deed_told_first_in_an_after_clause_stays(coder):
    evs = _events(coder, RAMPAGE, "2024-06-03")
    assert {e.cameo[:3] for e in evs if e.sentence_index == 1} >= {"172", "145"}
    assert any(e.cameo == "145" and e.target and e.target.code == "BGDCOP" for e in evs)


def test_the_injured_of_an_assault_are_its_toll(coder):
    evs = _events(coder, STATION, "2024-06-05")
    assert [(e.sentence_index, e.cameo_root) for e in evs if e.cameo_root in ("18", "19", "20")] == [(1, "18")]


def test_an_abduction_after_an_attack_is_a_deed_of_its_own(coder):
    evs = _events(coder, POST, "2024-06-05")
    assert any(e.cameo.startswith("181") and e.sentence_index == 2 for e in evs)
