"""Trouble (protests, riots, an attack, unrest) said to be funded or armed by a party is the
speaker's charge against that party (112), in the passive ("were financed by X") and the active,
not the party's aid (061); funding a party, or a negated funding, is not. Sentences the team wrote
about other conflicts."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="f", text=text, published="2025-06-07"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, speaker, funders", [
    ("Belarus said the protests were financed by Poland and Lithuania.", "BLR", ("POL", "LTU")),
    ("The Iraqi government said the bombing was funded by Iran.", "IRQGOV", ("IRN",)),
    ("The failed coup was financed by Russia and Belarus, the Moldovan minister said.", "MDAGOV", ("RUS", "BLR")),
    ("Moscow said the uprising was sponsored by Ukraine.", "RUSGOV", ("UKR",)),
    ("The Malian junta said the insurgency was armed by Algeria.", "MLIMIL", ("DZA",)),
    ("Venezuela's government said the United States financed the strikes.", "VENGOV", ("USA",)),
])
def test_trouble_said_to_be_funded_accuses_the_funder(coder, text, speaker, funders):
    evs = coded(coder, text)
    for funder in funders:
        assert ("112", speaker, funder) in evs
        assert not any(e[0] == "061" and e[1] == funder for e in evs)  # the charge only, no aid told


# (each told after a charge the rule makes, so that the story tests the rule at both ends)
CHARGE = "Belarus said the protests were financed by Poland. "


@pytest.mark.parametrize("text, funder", [
    ("The militia was funded by Eritrea, the report said.", "ERI"),
    ("The minister said the clinic was funded by Norway.", "NOR"),
])
def test_funding_a_party_or_a_thing_is_aid(coder, text, funder):
    evs = coded(coder, CHARGE + text)
    assert ("112", "BLR", "POL") in evs and any(e[:2] == ("061", funder) for e in evs)
    assert [e for e in evs if e[0] == "112"] == [("112", "BLR", "POL")]


def test_trouble_said_not_to_be_funded_is_no_charge(coder):
    evs = coded(coder, CHARGE + "Tehran said the riots were not funded by Israel.")
    assert [e for e in evs if e[0] == "112"] == [("112", "BLR", "POL")]
