"""Credit lines and bylines ("Reporting by ... in Dakar; Editing by ...", "By Sara Lind in Bangkok")
are recorded with the datelines: their names are no actors, and a credit's city is no country of the
story (a byline's is the dateline's). Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.nlp.dateline import dateline_place, find_datelines, is_credit
from flashpoint.records import Article


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


@pytest.mark.model
def test_a_credits_city_and_names_are_no_actors(coder):
    text = ("Police fired tear gas at hundreds of protesters in the capital on Monday, witnesses said.\n\n"
            "Reporting by Omar Faruk in Nairobi and Anne Martin in Dakar; Editing by Alex Richardson")
    evs = coder.code_article(Article(id="c", text=text, published="2025-06-02"))
    assert evs and all(a is None or a.country not in ("KEN", "SEN", "USA")
                       for e in evs for a in (e.source, e.target))
