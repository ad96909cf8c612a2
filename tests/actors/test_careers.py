"""A person of the who's who with two careers ("Mark Rutte": the Dutch prime minister until July 2024,
NATO's secretary general from October 2024): the deed's day picks the career (people.yml's
``careers``, ``Person.career_on``, ``actors/story.as_of``); the file's checks refuse a career that
does not say whose it is or when."""

from __future__ import annotations

import datetime as _dt
import textwrap
from pathlib import Path

import pytest

from flashpoint.actors.lexicon import PACKAGED_FILES, build_lexicon, load_lexicon, packaged_dir
from flashpoint.errors import LexiconError
from flashpoint.records import Article


def coded(coder, text, published):
    """The story's events as (root, source key, target key, event), keyed as the scorer keys them."""
    def key(a):
        return None if a is None else a.country or a.org or a.code[:3]
    evs = coder.code_article(Article(id="t", text=text, published=published))
    return [(e.cameo[:2], key(e.source), key(e.target), e) for e in evs]


def test_the_day_picks_the_career():
    lex = load_lexicon()
    rutte = lex.people["Mark Rutte"]
    assert rutte.career_on(_dt.date(2020, 3, 1)).country == "NLD"
    assert rutte.career_on(_dt.date(2025, 3, 1)) is None  # NATO's, the entry's own
    assert rutte.career_on(_dt.date(2024, 8, 15)) is None  # between the two: neither, no guess
    kallas = lex.people["Kaja Kallas"]
    assert kallas.career_on(_dt.date(2022, 5, 1)).country == "EST"
    guterres = lex.people["António Guterres"]
    assert guterres.career_on(_dt.date(2010, 1, 1)).org == "UNHCR"


@pytest.mark.parametrize("body, words", [
    ("version: 1\npeople:\n  Jan Novak: {country: CZE, years: 2020-, careers: [{years: 2010-2015}]}\n",
     "exactly one of"),
    ("version: 1\npeople:\n  Jan Novak: {country: CZE, years: 2020-, careers: [{country: SVK}]}\n",
     "'years'"),
    ("version: 1\npeople:\n  Jan Novak: {country: CZE, years: 2020-, careers: [{country: SVK, years: 2010-, "
     "short: [Novak]}]}\n", "unknown field 'short'"),
    ("version: 1\npeople:\n  Jan Novak: {country: CZE, years: 2020-, careers: {country: SVK}}\n", "list of careers"),
])
def test_a_career_must_say_whose_and_when(tmp_path: Path, body, words):
    path = tmp_path / "user.yml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        build_lexicon([packaged_dir() / f for f in PACKAGED_FILES], path)
    assert words in str(info.value)


@pytest.mark.model
@pytest.mark.parametrize("text, name, day, key, later, now", [
    ("Mark Rutte criticised Russia on Tuesday over the attack on the airliner.", "Mark Rutte", "2020-03-10", "NLD",
     "2025-03-11", "NATO"),
    ("Kaja Kallas condemned Russia on Tuesday for the missile strikes on Kyiv.", "Kaja Kallas", "2022-10-11", "EST",
     "2025-04-15", "EU"),
    ("Ursula von der Leyen criticised Russia on Tuesday over the troop build-up.", "Ursula von der Leyen",
     "2018-11-27", "DEU", "2022-02-01", "EU"),
    ("Charles Michel condemned the attack on the synagogue on Tuesday.", "Charles Michel", "2016-03-22", "BEL",
     "2021-05-11", "EU"),
])
def test_a_person_of_two_careers_is_coded_as_of_the_story(coder, text, name, day, key, later, now):
    evs = coded(coder, text, day)
    assert evs and {s for _, s, _, e in evs if e.source.text == name} == {key}, evs
    evs = coded(coder, text, later)
    assert evs and {s for _, s, _, e in evs if e.source.text == name} == {now}, evs
    # what the text says wins: a former prime minister in a story of NATO's secretary general's time
    former = coded(coder, "Former Dutch prime minister Mark Rutte criticised Russia on Tuesday.", "2025-03-11")
    assert former and all(e.source.country == "NLD" and e.source.sector == "ELI" for *_, e in former), former
