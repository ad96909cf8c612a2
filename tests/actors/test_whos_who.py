"""The who's who: terms of office, validated, and a bare name coded by the story's date."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from flashpoint.actors.lexicon import Person, load_lexicon
from flashpoint.actors.story import FORMER, as_of
from flashpoint.cli.main import main
from flashpoint.errors import LexiconError
from flashpoint.records import Actor, Article


def test_terms_of_office():
    p = Person(name="A Minister", country="CHL", years="2006-2010 2014-2018 2022-")
    assert p.terms == ((2006, 2010), (2014, 2018), (2022, None))
    assert [p.in_office(y) for y in (2005, 2006, 2012, 2018, 2030)] == [False, True, False, True, True]
    assert Person(name="One Year", years="2022").terms == ((2022, 2022),)
    assert Person(name="Undated").in_office(2020) is None


def _actor(name: str, code: str = "CHLGOV", text: str | None = None) -> Actor:
    return Actor(text=text or name, span=(0, len(text or name)), name=name, code=code, country="CHL", sector="GOV")


def test_a_person_out_of_office_is_a_former_official(tmp_path):
    user = tmp_path / "mine.yml"
    user.write_text(yaml.safe_dump({"version": 1, "people": {
        "Ana Ruiz": {"country": "CHL", "role": "President", "years": "2014-2018 2022-"}}}))
    lex = load_lexicon(user)
    assert as_of(_actor("Ana Ruiz"), date(2016, 6, 1), lex).code == "CHLGOV"
    out = as_of(_actor("Ana Ruiz"), date(2020, 6, 1), lex)
    assert (out.code, out.sector, out.country) == ("CHL" + FORMER, FORMER, "CHL")
    # the text's own word wins, and a sector the text gives is left alone
    assert as_of(_actor("Ana Ruiz", text="former president Ana Ruiz"), date(2016, 6, 1), lex).sector == FORMER
    opp = Actor(text="Ana Ruiz", span=(0, 8), name="Ana Ruiz", code="CHLOPP", country="CHL", sector="OPP")
    assert as_of(opp, date(2020, 6, 1), lex) is opp
    assert as_of(_actor("Somebody Else"), date(2020, 6, 1), lex).code == "CHLGOV"


def test_an_office_holder_is_former_from_the_day_the_successor_took_office(tmp_path):
    user = tmp_path / "mine.yml"
    user.write_text(yaml.safe_dump({"version": 1, "people": {
        "Ana Ruiz": {"country": "CHL", "role": "President", "years": "2014-2018"},
        "Luis Soto": {"country": "CHL", "role": "President", "years": "2018-03-11-"}}}))
    lex = load_lexicon(user)
    assert as_of(_actor("Ana Ruiz"), date(2018, 2, 20), lex).code == "CHLGOV"
    assert as_of(_actor("Ana Ruiz"), date(2018, 4, 2), lex).code == "CHL" + FORMER  # not all of 2018
    assert as_of(_actor("Luis Soto"), date(2018, 2, 20), lex).code == "CHL" + FORMER


def test_heads_of_state_who_left_mid_year_are_former_officials_after_that_day():
    lex = load_lexicon()
    assert lex.people["Viktor Yanukovych"].in_office_on(date(2014, 2, 10)) is True
    assert lex.people["Viktor Yanukovych"].in_office_on(date(2014, 3, 5)) is False
    assert lex.people["Sheikh Hasina"].in_office_on(date(2024, 8, 20)) is False
    assert lex.people["Olaf Scholz"].in_office_on(date(2025, 6, 1)) is False  # Merz from 6 May 2025


def test_who_shows_the_terms_to_the_day(capsys):
    assert main(["actors", "who", "Sunak", "--year", "2024"]) == 0
    assert "2019-01-01/2024-07-04" in capsys.readouterr().out  # to the day before Starmer took office


@pytest.mark.parametrize("years", ["2017- (PM 2014-2017)", "twenty", "2020-2018", "1850-", "2014-02-30-"])
def test_bad_terms_are_refused_with_file_and_line(tmp_path, years):
    user = tmp_path / "bad.yml"
    user.write_text(f"version: 1\npeople:\n  Ana Ruiz: {{country: CHL, years: '{years}'}}\n")
    with pytest.raises(LexiconError) as info:
        load_lexicon(user)
    assert info.value.path == str(user) and info.value.line == 3 and "years" in str(info.value)


def test_actors_check_and_who(tmp_path, capsys):
    assert main(["actors", "check", "--year", "2024"]) == 0
    out = capsys.readouterr().out
    assert "ok:" in out and "people" in out and "in office in 2024" in out
    bad = tmp_path / "bad.yml"
    bad.write_text("version: 1\npeople:\n  Ana Ruiz: {country: CHL, years: soon}\n")
    assert main(["actors", "check", str(bad)]) == 1
    assert f"{bad}:3" in capsys.readouterr().err
    assert main(["actors", "who", "Putin", "--year", "2010"]) == 0
    assert "RUS GOV" in capsys.readouterr().out
    assert main(["actors", "who", "Nobody Atall"]) == 1


@pytest.mark.model
def test_a_boarding_party_is_no_political_party(coder):
    from flashpoint.records import Article

    evs = coder.code_article(Article("b", "A Chinese boarding party beat the crew of a Vietnamese trawler.", "2024-10-03"))
    assert evs and evs[0].source.code == "CHNMIL"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The former French colony ordered 12 French officials to leave within 48 hours.",
    "Russia's western neighbour accused Moscow of sabotage.",
])
def test_a_name_that_says_whom_a_relational_noun_relates_to_is_not_the_actor(coder, text):
    """"the former French colony" is not France; "Russia's western neighbour" is not Russia: no
    event that makes them so (an unnamed actor is better than a reversed or reflexive dyad)."""
    events = coder.code_article(Article(id="r", text=text, published="2025-04-15"))
    assert not [e for e in events if e.source is not None and e.source.country in ("FRA", "RUS")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The Border Security Force detained three smugglers near the frontier.", "Force", "INDMIL"),
    ("The Rapid Action Battalion raided the house on Monday.", "Battalion", "BGDCOP"),
    ("Fighters of the People's Defence Force seized the town.", "Fighters", "MMRREB"),
    ("RED-Tabara fighters crossed into the province on Friday.", "fighters", "BDIREB"),
])
def test_state_forces_and_armed_groups_of_the_who_s_who(code, text, word, expected):
    (a,) = code(text, word)
    assert a.code == expected
