"""Credit lines and bylines ("Reporting by ... in Dakar; Editing by ...", "By Sara Lind in Bangkok")
are recorded with the datelines: their names are no actors, and a credit's city is no country of the
story (a byline's is the dateline's). Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.nlp.dateline import dateline_place, find_datelines, is_credit


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in find_datelines(text)]


@pytest.mark.parametrize("text, credit", [
    ("Gunmen killed two guards.\n\nReporting by Anne Martin in Dakar; Editing by Tom Hill",
     "Reporting by Anne Martin in Dakar; Editing by Tom Hill"),
    ("Troops withdrew.\n(Additional reporting by Omar Ali in Cairo; Writing by Jo Bell)",
     "(Additional reporting by Omar Ali in Cairo; Writing by Jo Bell)"),
])
def test_a_credit_paragraph_is_found_and_told_apart(text, credit):
    assert spans(text)[-1] == credit and is_credit(credit) and dateline_place(credit) is None


def test_a_byline_names_where_its_writer_sits():
    text = "By Sara Lind in Bangkok\n\nSoldiers opened fire on villagers."
    assert spans(text) == ["By Sara Lind in Bangkok"]
    assert not is_credit("By Sara Lind in Bangkok") and dateline_place("By Sara Lind in Bangkok") == "Bangkok"
    # (prose that opens with "By", or tells of reporting, is none)
    assert spans("By the end of the day, troops had left the town.") == []
    assert spans("Police said the reporting by state media was false.") == []
