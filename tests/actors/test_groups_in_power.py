"""A non-state group that takes power is its country's government from that day: organisations.yml's
``governs`` spans, validated, read by the story's publication date."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from flashpoint.actors.lexicon import load_lexicon
from flashpoint.actors.story import as_of
from flashpoint.errors import LexiconError
from flashpoint.records import Actor, Article


def _user(tmp_path, organisations: dict, people: dict | None = None):
    path = tmp_path / "mine.yml"
    data: dict = {"version": 1, "organisations": organisations}
    if people:
        data["people"] = people
    path.write_text(yaml.safe_dump(data))
    return path


_FRONT = {"Liberation Front": {"name": "Liberation Front", "kind": "group", "country": "NPL",
                               "governs": "2008-05/2009 2019-03-15/"}}


def _front(sector: str = "REB", name: str = "Liberation Front") -> Actor:
    return Actor(text=name, span=(0, len(name)), name=name, code="NPL" + sector, country="NPL", sector=sector)


def test_a_group_is_its_country_s_government_only_within_its_spans(tmp_path):
    lex = load_lexicon(_user(tmp_path, _FRONT))
    front = lex.organisations["Liberation Front"]
    assert front.governs == ((date(2008, 5, 1), date(2009, 12, 31)), (date(2019, 3, 15), None))
    codes = [as_of(_front(), date(*d), lex).code
             for d in ((2008, 4, 30), (2008, 5, 1), (2009, 12, 31), (2010, 1, 1), (2019, 3, 14), (2019, 3, 15),
                       (2030, 1, 1))]
    assert codes == ["NPLREB", "NPLGOV", "NPLGOV", "NPLREB", "NPLREB", "NPLGOV", "NPLGOV"]
    # a sector the text gives stays ("Front police"); no date, no change
    assert as_of(_front("COP"), date(2020, 1, 1), lex).code == "NPLCOP"
    assert as_of(_front(), None, lex).code == "NPLREB"


def test_the_people_of_a_group_in_power_are_the_government(tmp_path):
    lex = load_lexicon(_user(tmp_path, _FRONT, {
        "Ram Bahadur Example": {"org": "Liberation Front", "sector": "REB", "role": "Front leader",
                                "years": "2001-"}}))
    leader = _front(name="Ram Bahadur Example")
    assert as_of(leader, date(2005, 6, 1), lex).code == "NPLREB"  # (a group's person is no ELI out of power)
    assert as_of(leader, date(2020, 6, 1), lex).code == "NPLGOV"


@pytest.mark.parametrize("spans", ["2019-", "2019/2018", "2019-13/", "19/", "2021-02-30/", "from 2019"])
def test_malformed_spans_are_refused_with_the_file_and_line(tmp_path, spans):
    bad = {"Liberation Front": {"name": "Liberation Front", "kind": "group", "country": "NPL", "governs": spans}}
    with pytest.raises(LexiconError, match="governs"):
        load_lexicon(_user(tmp_path, bad))


def test_only_a_group_governs(tmp_path):
    bad = {"Andean Council": {"name": "Andean Council", "governs": "2019/"}}
    with pytest.raises(LexiconError, match="only a group"):
        load_lexicon(_user(tmp_path, bad))


def test_the_packaged_groups_that_took_power():
    lex = load_lexicon()
    assert lex.organisations["Taliban"].governs_on(date(2021, 8, 15))
    assert not lex.organisations["Taliban"].governs_on(date(2021, 8, 14))
    assert lex.organisations["Taliban"].governs_on(date(1999, 1, 1))
    assert lex.organisations["HTS"].governs_on(date(2025, 1, 10))
    assert not lex.organisations["HTS"].governs_on(date(2024, 11, 30))


def _sources(coder, text: str, published: str) -> list[str]:
    events = coder.code_article(Article(id="g", text=text, published=published))
    return [e.source.code for e in events if e.source is not None]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The Taliban detained three women's rights activists in Mazar-i-Sharif on Tuesday.", "2023-10-12", "AFGGOV"),
    ("The Taliban ambushed a police convoy in Helmand on Tuesday.", "2017-10-12", "AFGREB"),
    ("The Taliban ambushed a police convoy in Helmand on Tuesday.", "2021-07-15", "AFGREB"),
    ("Akhundzada ordered the closure of beauty salons across the country.", "2023-07-05", "AFGGOV"),
    ("Hayat Tahrir al-Sham fighters shelled government positions near Saraqeb on Monday.", "2022-02-15",
     "SYRREB"),
    ("Hayat Tahrir al-Sham arrested a former army general in Homs on Monday.", "2025-01-20", "SYRGOV"),
    ("Jolani threatened the Syrian army.", "2019-04-02", "SYRREB"),
])
def test_a_group_codes_by_whether_it_governed_on_the_story_s_day(coder, text, published, expected):
    assert expected in _sources(coder, text, published)
