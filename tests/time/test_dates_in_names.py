"""Dates that are no deed's time, and days counted from the sentence before, coded end to end on the
team's own sentences: a month and day ending a proper name, a time proposed or called for, and "the
following day" the recogniser misses."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _events(coder, text: str, published: str) -> list:
    return coder.code_article(Article(id="t", text=text, published=published))


def _dated(events: list, trigger: str) -> list[tuple[str, str | None]]:
    return [(e.date, e.date_precision) for e in events if e.trigger.startswith(trigger)]


# --- a month and day that end a proper name name a ship or a body, not a time -----------------------

def test_a_ships_name_ending_in_a_date_is_no_date(explain_coder) -> None:
    evs = _events(explain_coder, "Pirates seized the cargo ship Unaiza May 1 off the coast of Somalia.",
                  "2025-03-14")
    assert _dated(evs, "seized") == [("2025-03-14", "day")]  # not 1 May 2024


# --- a time proposed or called for dates the proposed thing, not the call ---------------------------

def test_a_year_called_for_is_not_the_calls_date(explain_coder) -> None:
    evs = _events(explain_coder, "The opposition leader called for fresh elections in 2025 and accused "
                  "the government of fraud.", "2025-04-02")
    assert _dated(evs, "accused") == [("2025-04-02", "day")]  # not 1 January 2025
    assert all(date != "2025-01-01" for date, _ in _dated(evs, "call"))
    # a year told before the call is still the call's own
    evs = _events(explain_coder, "In 2019, the opposition leader called for a boycott of the census.", "2025-04-02")
    assert _dated(evs, "call") == [("2019-01-01", "year")]


def test_a_vote_demanded_for_next_year_does_not_date_the_demand(explain_coder) -> None:
    evs = _events(explain_coder, "Student leaders demanded a new referendum next year.", "2024-10-09")
    assert all(date != "2025-01-01" for date, _ in _dated(evs, "demanded"))


# --- "the following day" counts a day from the time told before ------------------------------------

def test_the_following_day_is_the_day_after_the_sentence_before(explain_coder) -> None:
    text = ("Separatist fighters attacked a police post near Bamenda on Monday.\n\n"
            "The following day soldiers burned houses in the nearby village.")
    evs = _events(explain_coder, text, "2025-01-10")  # a Friday
    assert _dated(evs, "burned") == [("2025-01-07", "day")]  # not Monday


def test_the_preceding_day_is_the_day_before(explain_coder) -> None:
    text = ("Police arrested the mayor of the border town on 14 August.\n\n"
            "The preceding day protesters had stormed his office.")
    evs = _events(explain_coder, text, "2025-08-20")
    assert _dated(evs, "stormed") == [("2025-08-13", "day")]


# --- a statement by a party of no event the sentence before told is not that event's day -------------

def test_an_outsiders_appeal_takes_no_day_of_the_accusation_before(explain_coder) -> None:
    text = ("Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of shelling border villages on Tuesday. "
            "France called on both sides to resume talks.")
    evs = _events(explain_coder, text, "2025-05-09")  # a Friday
    assert _dated(evs, "accused") == [("2025-05-06", "day")]
    assert ("2025-05-06", "day") not in _dated(evs, "called")


def test_a_bodys_appeal_is_not_dated_by_the_quarrel_it_answers(explain_coder) -> None:
    text = "Ethiopia accused Eritrea of massing troops on the border on Monday. The African Union appealed for calm."
    evs = _events(explain_coder, text, "2025-05-09")
    assert ("2025-05-05", "day") not in _dated(evs, "appealed")
    # the party accused answers the same quarrel: the strand's day stays its
    evs = _events(explain_coder, "Ethiopia accused Eritrea of massing troops on the border on Monday. "
                  "Eritrea denied the claim.", "2025-05-09")
    assert _dated(evs, "denied") == [("2025-05-05", "day")]
