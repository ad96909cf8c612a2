"""Political parties the news names bare ("Georgian Dream said", "the PTI", "ZANU-PF youths") are
parties (PTY) of their country (organisations.yml); "the opposition PTI" is the opposition (OPP), as
the text says; a party's activists, cadres, workers and youths are the party's own. A name that
parties of two countries bear is the one of the country the story tells. Sentences are the team's
own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dyads(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(text, "2024-05-02")}


@pytest.mark.parametrize("text, dyad", [
    ("Georgian Dream accused the United National Movement of plotting unrest in Tbilisi.", ("GEOPTY", "GEOPTY")),
    ("The BJP criticised the Trinamool Congress over violence in West Bengal.", ("INDPTY", "INDPTY")),
    ("The ANC accused the Economic Freedom Fighters of inciting violence.", ("ZAFPTY", "ZAFPTY")),
    ("Police arrested 20 members of the PDP in Abuja after the election.", ("NGACOP", "NGAPTY")),
    ("Police detained dozens of HDP members in Diyarbakir.", ("TURCOP", "TURPTY")),
    ("The Kuomintang criticised the DPP over its China policy.", ("TWNPTY", "TWNPTY")),
    ("Chadema accused CCM cadres of attacking its rally in Tanzania.", ("TZAPTY", "TZAPTY")),
    ("The KDP accused the PUK of blocking the formation of a government in Iraq.", ("IRQPTY", "IRQPTY")),
    ("Morena accused the Institutional Revolutionary Party of fraud in the Mexican election.", ("MEXPTY", "MEXPTY")),
])
def test_a_named_party_is_its_countrys_party(text, dyad) -> None:
    assert dyad in _dyads(text)


@pytest.mark.parametrize("text, source", [
    ("The PTI condemned the arrest of its leaders in Lahore.", "PAKPTY"),
    ("The AfD demanded new elections in Germany.", "DEUPTY"),
    ("The Sandinista National Liberation Front expelled several members in Managua.", "NICPTY"),
    ("Ennahda denounced the arrest of its leader in Tunis.", "TUNPTY"),
])
def test_a_named_party_speaks(text, source) -> None:
    assert any(s == source for s, _ in _dyads(text))


@pytest.mark.parametrize("text, source", [
    ("The opposition PTI staged protests in Islamabad.", "PAKOPP"),
    ("The opposition Awami League called a strike in Dhaka.", "BGDOPP"),
    ("The opposition ODM staged protests in Nairobi.", "KENOPP"),
])
def test_the_opposition_party_is_the_opposition(text, source) -> None:
    assert any(s == source for s, _ in _dyads(text))


@pytest.mark.parametrize("text, source", [
    ("Activists of the Awami League attacked journalists in Dhaka.", "BGDPTY"),
    ("ZANU-PF youths attacked journalists in Harare.", "ZWEPTY"),
    ("TMC workers attacked a BJP office in Kolkata.", "INDPTY"),
])
def test_a_partys_own_people_are_the_party(text, source) -> None:
    assert any(s == source for s, _ in _dyads(text))


def test_a_shared_initialism_is_the_party_of_the_storys_country() -> None:
    # Nigeria's and Kashmir's parties are both "the PDP"; Malawi's and Taiwan's both "the DPP"
    assert ("INDCOP", "INDPTY") in _dyads("Police in Srinagar detained leaders of the PDP, an Indian party.")
    assert any(s == "MWIPTY" for s, _ in _dyads("The DPP accused Malawi's electoral commission of fraud."))


@pytest.mark.parametrize("text, dyad", [
    ("The opposition Peoples Democratic Party called a general strike in Abuja on Monday. "
     "The PDP accused the government of jailing hundreds of its members.", ("NGAOPP", "NGAGOV")),
    ("The opposition Kurdistan Democratic Party boycotted the vote in Erbil on Monday. "
     "The KDP accused the government of rigging it.", ("IRQOPP", "IRQGOV")),
])
def test_a_party_the_story_calls_the_opposition_stays_the_opposition(text, dyad) -> None:
    assert dyad in _dyads(text)
    assert not any(s is not None and s.endswith("PTY") for s, _ in _dyads(text))
