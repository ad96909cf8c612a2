"""A bare name a local group is also called by ("the Taliban" for Pakistan's TTP) is that group in a
story that names it by its own name and tells the other group by none of its marks
(``actors/local_names.py``); a flag carrier named alone is its country's business, the country's
name with its article the country (``actors/patterns.py``). Sentences are the team's own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, nth", [
    ("Tehreek-e-Taliban Pakistan claimed the bombing in Bannu. The Taliban warned of more attacks.", 1),
    ("Police in Peshawar said the Pakistani Taliban planted the bomb. Taliban fighters later fled.", 1),
])
def test_the_bare_name_is_the_local_group_told(code, text, nth):
    actors = code(text, "Taliban", nth)
    assert actors and all(a.country == "PAK" and a.org is None and a.sector == "REB" for a in actors), actors
    # (a story that also tells the Afghan group, or never names the TTP, keeps the lexicon's reading)
    told_both = text + " The Afghan Taliban denied any link. The Taliban said so."
    assert all(a.country == "AFG" for a in code(told_both, "Taliban", nth + 2)), told_both
    assert all(a.country == "AFG" for a in code("The Taliban seized Kandahar in 1995.", "Taliban"))


@pytest.mark.parametrize("text, word, expected", [
    ("Emirates cancelled the route. Tehran accused the Emirates of spying.", "Emirates", ["AREBUS", "ARE"]),
    ("Aeroflot resumed its flights.", "Aeroflot", ["RUSBUS"]),
])
def test_a_flag_carrier_and_its_country(code, text, word, expected):
    assert [a.code for n in range(len(expected)) for a in code(text, word, n)] == expected
