"""A capital's or country's name that is only one word of a longer proper name (real model): joined
by a small word of names to a capitalised word ("Mocimboa da Praia", "San Salvador de Jujuy") it is
no actor of that country, and the victims or troops there take no false nationality from it
(``actors/patterns.py`` ``_joined_in_a_name``, word class ``name_particle``; the place side in
``places/recognize.py``). The capital itself, two names so joined ("Santiago de Chile") and a country after the small word
("Universidad de Chile": of Chile) stay."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


def _countries(coder, text):
    return {c for r, s, t, e in coded(coder, text, "2025-06-01") for c in (s, t)}


@pytest.mark.parametrize("text, wrong", [
    ("Government troops fired on demonstrators in San Salvador de Jujuy on Monday.", "SLV"),
    ("Islamist fighters killed two police officers in Praia do Bilene on Friday.", "CPV"),
    ("Insurgents attacked army positions in Mocimboa da Praia on Tuesday, killing four soldiers.", "CPV"),
])
def test_a_capital_inside_a_longer_name_is_no_country(coder, text, wrong):
    found = _countries(coder, text)
    assert found and wrong not in found, found


@pytest.mark.parametrize("text, country", [
    ("Police in Santiago de Chile arrested dozens of students on Monday.", "CHL"),
    ("Students of the Universidad de Chile clashed with police on Monday.", "CHL"),
    ("Ciudad de Guatemala police arrested five gang members on Monday.", "GTM"),
    ("Police in Praia, Cape Verde, arrested two Nigerian smugglers on Monday.", "CPV"),
    ("Police in Kuwait City arrested five activists on Monday.", "KWT"),
    ("Security forces in Mexico City detained forty students on Monday.", "MEX"),
])
def test_the_capital_itself_keeps_its_country(coder, text, country):
    assert country in _countries(coder, text)
