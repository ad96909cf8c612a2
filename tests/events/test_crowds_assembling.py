"""Protesters or an opposition's supporters assembling or converging are a demonstration (141);
residents, mourners or troops gathering are none (actions.yml `by: [OPP]`). Sentences are the
team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _codes(text: str) -> list[tuple[str, str]]:
    return [(e.source.code, e.cameo) for e in code(text, "2024-08-04")]


@pytest.mark.parametrize("text, source", [
    ("Hundreds of opposition supporters assembled outside the court in Harare.", "ZWEOPP"),
    ("Protesters converged on the parliament building in Tbilisi.", "GEOOPP"),
    ("Thousands of protesters assembled in the main square of Belgrade.", "SRBOPP"),
])
def test_a_crowd_of_protesters_gathering_demonstrates(text, source):
    assert _codes(text) == [(source, "141")]


@pytest.mark.parametrize("text", [
    "Mourners gathered at the cemetery in Rafah.",
    "Troops assembled near the border with Lebanon.",
    "Residents gathered to collect water in Omdurman.",
])
def test_others_gathering_is_no_demonstration(text):
    assert not any(c.startswith("14") for _, c in _codes(text))
