"""The armed men of a state's office holder ("Kadyrov's fighters", "units loyal to Kadyrov") are the
state's forces, not rebels; a rebel leader's men, and those of a leader whose terms were broken, stay
rebels (actors/state_men.py, used by actors/code.py and actors/rightside.py). Sentences are the
team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Kadyrov's fighters shelled Ukrainian positions near Bakhmut.",
    "Chechen units loyal to Kadyrov attacked Ukrainian troops near Kreminna.",
    "Fighters loyal to Ramzan Kadyrov stormed a village in Kherson region.",
])
def test_a_state_office_holders_men_are_its_forces(text: str) -> None:
    events = code(text, "2024-05-02")
    assert events and {e.source.code for e in events} == {"RUSMIL"}


@pytest.mark.parametrize(("text", "published", "want"), [
    ("Hemedti's fighters attacked army positions in El Fasher.", "2024-05-02", "SDNREB"),
    ("Machar's fighters attacked government troops near Malakal.", "2014-05-02", "SSDREB"),
])
def test_a_rebel_leaders_men_stay_rebels(text: str, published: str, want: str) -> None:
    events = code(text, published)
    assert events and {e.source.code for e in events} == {want}
