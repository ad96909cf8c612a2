"""Known event errors (wave 44, kn55), on sentences of the team's own.

A follower's measure told by "followed with" ("the EU followed with similar sanctions", "Australia
followed with sanctions of its own") is the earlier measure done again, as "followed suit" is: the
follower's own record of that measure's kind, on the earlier target, or on the target its noun names
("followed with sanctions against two RSF commanders"); none where no measure was told before
(events/retold.py, actions.yml ``follow`` with ``with``)."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-03-12") -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(text, published)}


@pytest.mark.parametrize(("text", "follower", "target"), [
    ("Japan imposed sanctions on North Korea on Monday. South Korea followed with similar sanctions.",
     "KOR", "PRK"),
    ("The United States imposed sanctions on Myanmar's generals. Australia followed with sanctions of its own.",
     "AUS", "MMRMIL"),
    ("Washington imposed sanctions on three Venezuelan officials. Britain followed with its own sanctions.",
     "GBR", "VENGOV"),
    ("The United States imposed sanctions on Sudan's army chief. Britain followed with sanctions against "
     "two RSF commanders.", "GBR", "SDNREB"),
])
def test_a_measure_followed_with_is_the_followers_own(text: str, follower: str, target: str) -> None:
    assert ("163", follower, target) in _events(text)



# Talks, visits and meetings are held with another party: told with no partner, the country where
# they are held is no target when it is the source's own (roots set ``held_with_another``,
# events/story.scene_target).

@pytest.mark.parametrize(("text", "source"), [
    ("Erdogan held talks in Ankara on Tuesday, his office said.", "TURGOV"),
    ("Xi held talks in Beijing on Monday.", "CHNGOV"),
    ("Putin met in Moscow on Friday.", "RUSGOV"),
])
def test_talks_with_no_partner_are_not_with_the_hosts_own_country(text: str, source: str) -> None:
    assert not any(s == source and t is not None and t == source[:3] for _, s, t in _events(text))


# An offer to host talks between two parties is a third party's: its targets are both parties
# named in the talks' between-phrase, never the host (events/sides.hosted_talks, events/extract.py).

@pytest.mark.parametrize(("text", "host", "sides"), [
    ("Indian and Pakistani troops traded fire along the Line of Control. Iran offered to host talks "
     "between the two sides.", "IRN", {"IND", "PAK"}),
    ("Clashes between Serbian police and Kosovo Albanians continued. Hungary offered to host talks "
     "between Belgrade and Pristina.", "HUN", {"SRBGOV", "XKXGOV"}),
    ("Turkey offered to host peace talks between Russia and Ukraine in Istanbul.", "TUR", {"RUS", "UKR"}),
])
def test_an_offer_to_host_talks_between_two_sides_is_at_both(text: str, host: str, sides: set[str]) -> None:
    offers = {t for c, s, t in _events(text) if s == host and c.startswith("03")}
    assert offers == sides


# Shooting live fire or a missile of crowd control at people ("shot live rounds at protesters", "shot
# tear gas at students") is aimed at whom the at-phrase names, as "fired ... at" is; the object is the
# means, no party (actions.yml ``shoot`` with an object); a killing it causes is told once.

@pytest.mark.parametrize(("text", "record"), [
    ("Police shot live rounds at protesters in Lusaka, killing three.", ("193", "ZMBCOP", "ZMBOPP")),
    ("Soldiers shot tear gas at students in Dhaka on Monday.", ("175", "BGDMIL", "BGDEDU")),
    ("Police shot rubber bullets at the crowd outside parliament in Nairobi.", ("175", "KENCOP", "KENCVL")),
    ("Israeli troops shot live rounds at Palestinians in Jenin, killing two, the health ministry said.",
     ("193", "ISRMIL", "PSECVL")),
])
def test_shooting_at_people_is_aimed_at_them(text: str, record: tuple[str, str, str]) -> None:
    events = _events(text)
    assert record in events
    assert len([e for e in events if e[0].startswith("19")]) <= 1
