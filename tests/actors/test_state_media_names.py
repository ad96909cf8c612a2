"""Names that state media give the parties: the service chiefs of the Commonwealth's armies by title
or initials ("Chief of Army Staff", "the COAS", "Chief of Defence Staff": their military, sectors.yml),
Iran's "Zionist regime" and "Zionist entity" (Israel's government, countries.yml), Pakistan's
"Khawarij" (the TTP, organisations.yml). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, country", [
    ("ISLAMABAD - The COAS warned the Afghan Taliban against sheltering militants on Pakistani soil.",
     "2024-10-10", "PAK"),
    ("ABUJA - The Chief of Defence Staff warned bandits in Zamfara to surrender their weapons.", "2024-03-01", "NGA"),
])
def test_service_chiefs_are_the_military(text, published, country):
    warnings = [e for e in code(text, published) if e.cameo[:2] == "13"]
    assert warnings and all(e.source.sector == "MIL" and e.source.country == country for e in warnings)


@pytest.mark.parametrize("text, published", [
    ("TEHRAN - The Zionist regime bombed a school in Gaza on Sunday, killing 30 people.", "2024-08-11"),
    ("BEIRUT - Hezbollah said the Zionist entity had shelled villages in southern Lebanon.", "2024-06-12"),
])
def test_the_zionist_regime_is_israel(text, published):
    evs = [e for e in code(text, published) if e.cameo[:2] in ("19", "11")]
    assert evs and all(e.source.country == "ISR" for e in evs if e.cameo[:2] == "19")
    assert not any(e.source is not None and e.source.country == "PSE" and e.cameo[:2] == "19" for e in evs)


def test_khawarij_are_the_ttp():
    evs = code("PESHAWAR - Security forces killed four Khawarij in an operation in Bannu on Monday.", "2024-10-15")
    kills = [e for e in evs if e.cameo[:2] == "19"]
    assert kills and all(e.target is not None and e.target.country == "PAK" and e.target.sector == "REB"
                         for e in kills)
