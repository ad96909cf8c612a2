"""A time told as the one told before ("that month", "the same month", "later that year", "that
day"): a count of naught from the latest time the story told (time/expressions.relative_offset, read
by time/dates.count_from_before), so that a background paragraph's deeds keep their history's month
or year, never the day of publication. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code
from flashpoint.time.expressions import relative_offset

pytestmark = pytest.mark.model


def _dates(text: str, published: str) -> dict[str, str | None]:
    return {e.trigger: e.date for e in code(text, published)}


def test_that_month_and_the_same_year_are_counts_of_naught():
    assert relative_offset("that month") == (0, "month")
    assert relative_offset("the same year") == (0, "year")
    assert relative_offset("later that year") == (0, "year")
    assert relative_offset("that week") is None  # (a week may straddle two months)


def test_a_background_paragraph_told_that_month_keeps_its_history():
    text = ("Fano fighters attacked the town of Debre Markos on Sunday.\n\nThe insurgency erupted in "
            "August 2023 when the federal government tried to disarm regional forces.\n\nParliament "
            "declared a state of emergency in the region that month.")
    assert _dates(text, "2024-09-03")["declared state"] == "2023-08-01"


def test_the_same_month_in_a_new_paragraph_is_the_historys_month():
    text = ("Police arrested 20 protesters in Dhaka on Thursday.\n\nThe protests began in March "
            "2023.\n\nThe government banned rallies the same month.")
    assert _dates(text, "2024-05-10")["banned rallies"] == "2023-03-01"


def test_later_that_year_is_the_historys_year():
    text = ("Troops shelled rebel positions near Goma on Monday.\n\nThe rebels seized Bunagana in June "
            "2022. Later that year, Kenya deployed troops to the region.")
    events = code(text, "2024-01-10")
    assert [e.date for e in events if e.trigger.startswith("deployed")] == ["2022-01-01"]
