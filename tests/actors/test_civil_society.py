"""Who a bare national organisation is (real model): "Kenyan organisations" are Kenya's civil
society (NGO), not its state, and "Sudanese and international organisations" are never an
international organisation of that country (``actors/heads.py``, word class ``civil_body``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, word, expected", [
    ("Chadian organisations condemned the arrest of the journalist.", "organisations", "TCDNGO"),
    ("Several Bolivian organizations called for a general strike.", "organizations", "BOLNGO"),
    ("Haitian and international organisations denounced the massacre in Port-au-Prince.", "organisations",
     "HTINGO"),
])
def test_a_countrys_organisations_are_its_civil_society(code, text, word, expected):
    assert [a.code for a in code(text, word)] == [expected]


def test_an_international_organisation_alone_has_no_country(code):
    assert [(a.sector, a.country) for a in code("International organisations condemned the massacre.",
                                                 "organisations")] == [("IGO", None)]


def test_an_organisation_with_a_sector_word_keeps_it(code):
    assert [a.sector for a in code("Kenyan human rights organisations condemned the killings.",
                                   "organisations")] == ["HRI"]


@pytest.mark.parametrize("text, word, expected", [
    ("Amnesty International Kenya condemned the police shootings in Mombasa.", "Kenya", "NGOAMNESTYHRI"),
    ("Oxfam Haiti warned that food prices had doubled.", "Haiti", "NGOOXFAM"),
    ("The Norwegian Refugee Council Lebanon said its shelters were full.", "Lebanon", "NGONRCREF"),
])
def test_an_international_ngos_country_branch_is_the_ngo(code, text, word, expected):
    assert [a.code for a in code(text, word)] == [expected]
