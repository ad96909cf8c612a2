"""The who's who of the wars and coups of 2022-2025 (people.yml): Kazakhstan's prime minister and
security chief of January 2022, the Kyrgyz and Tajik security chiefs of the border war of September
2022, Syria's last two prime ministers of 2024, Burkina Faso's president ousted on 24 January 2022, and
Iran's commanders killed on 13 June 2025, read to the day; and a state's bomber aircraft, which are its
military, not a suicide bomber's armed group (sectors.yml)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _codes(coder, text, published):
    return [(e.source.code, e.target.code if e.target else None)
            for e in coder.code_article(Article(id="w", text=text, published=published))]


@pytest.mark.parametrize(("text", "published", "source"), [
    ("Masimov accused foreign agents of stirring unrest in Almaty.", "2021-11-10", "KAZSPY"),
    ("Tashiev accused Tajikistan of massing troops on the border.", "2022-09-15", "KGZSPY"),
    ("Yatimov accused Kyrgyzstan of shelling villages near Isfara.", "2022-09-15", "TJKSPY"),
    ("Mohammed al-Jalali urged Syrians to protect public property.", "2024-12-08", "SYRGOV"),
    ("Mohammed al-Bashir met Turkish officials in Damascus.", "2025-01-10", "SYRGOV"),
    ("Askar Mamin praised the workers of Zhanaozen.", "2021-06-01", "KAZGOV"),
])
def test_the_security_chiefs_and_prime_ministers_of_those_wars(coder, text, published, source):
    assert source in [s for s, t in _codes(coder, text, published)]


@pytest.mark.parametrize(("text", "published", "target"), [
    # killed on 13 June 2025, ousted on 24 January 2022: former office holders in later stories
    ("Iranian media praised Hossein Salami on Sunday.", "2025-06-22", "IRNELI"),
    ("Protesters demanded the release of Roch Marc Christian Kabore.", "2022-03-01", "BFAELI"),
])
def test_those_killed_or_ousted_are_former_office_holders_after_that_day(coder, text, published, target):
    assert target in [t for s, t in _codes(coder, text, published)]


@pytest.mark.parametrize(("text", "source"), [
    ("US B-52 bombers struck Houthi positions near Sanaa.", "USAMIL"),
    ("Russian strategic bombers fired cruise missiles at Odesa.", "RUSMIL"),
    ("Russian Tu-95 bombers launched missiles at Lviv overnight.", "RUSMIL"),
])
def test_bomber_aircraft_are_the_military_suicide_bombers_an_armed_group(coder, text, source):
    assert [s for s, t in _codes(coder, text, "2024-05-10")][:1] == [source]
    assert [s for s, t in _codes(coder, "Two suicide bombers attacked a market in Maiduguri.", "2024-05-10")] \
        == ["NGAREB"]
