"""A group that governs its country from some day (organisations.yml's ``governs``) is read as of the
day of the deed where the story tells it, not the day of publication: a deed of years before the
group took power is the armed group's (sentences the team wrote)."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from flashpoint.actors.lexicon import load_lexicon
from flashpoint.actors.story import as_of
from flashpoint.records import Actor, Article


def test_the_deed_day_comes_before_the_publication_day(tmp_path) -> None:
    path = tmp_path / "mine.yml"
    path.write_text(yaml.safe_dump({"version": 1, "organisations": {
        "Mountain Front": {"name": "Mountain Front", "kind": "group", "country": "NPL", "governs": "2020-06-01/"}}}))
    lex = load_lexicon(path)
    front = Actor(text="Mountain Front", span=(0, 14), name="Mountain Front", code="NPLREB", country="NPL",
                  sector="REB")
    assert as_of(front, date(2024, 1, 1), lex).code == "NPLGOV"
    assert as_of(front, date(2024, 1, 1), lex, date(2018, 3, 1)).code == "NPLREB"
    assert as_of(front, date(2019, 1, 1), lex, date(2021, 3, 1)).code == "NPLGOV"


@pytest.mark.model
def test_a_deed_told_of_years_before_the_group_took_power_is_the_armed_groups(coder) -> None:
    text = ("Government troops shelled villages in Latakia on Tuesday, a monitor said.\n\n"
            "In 2017, Hayat Tahrir al-Sham fighters attacked army positions near Hama.\n\n"
            "The Taliban seized the Afghan city of Kunduz in September 2015.")
    events = coder.code_article(Article(id="t", text=text, published="2025-03-12"))
    doers = {e.trigger.split()[0]: e.source.code for e in events if e.source is not None}
    assert doers["attacked"] == "SYRREB"
    assert doers["seized"] == "AFGREB"
