"""A state or body sending its own people out of a place ("the embassy ordered non-emergency staff to
leave", "evacuated its nationals", "withdrew its personnel") is no expulsion (174), no aid (073), no
military retreat (0874) and no appeal (02), nor aimed at itself (``events/own_people.py``). The
expulsion of another's people, and a withdrawal of troops, stay. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

SENT_CODES = ("174", "073", "0874")


def coded(coder, text):
    evs = coder.code_article(Article(id="o", text=text, published="2025-09-03"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.source.country if e.source else None, e.target.country if e.target else None) for e in evs]


def sent(events, country_or_code):
    """The records of sending people out, or appeals, done by ``country_or_code``."""
    return [e for e in events if (e[0] in SENT_CODES or e[0][:2] == "02")
            and country_or_code in (e[1], e[3])]


@pytest.mark.parametrize("text, doer", [
    ("The Swedish embassy in Nairobi ordered non-essential staff to leave the country on Monday.", "SWE"),
    ("Canada evacuated its embassy staff from Port-au-Prince.", "CAN"),
    ("The World Health Organization withdrew its international staff from the city.", "IGOUNHLH"),
    ("Italy urged all Italian nationals to leave Lebanon.", "ITA"),
    ("The Spanish embassy in Caracas gave its employees 48 hours to leave the country.", "ESP"),
    ("The Philippine government evacuated 200 Filipino workers from Kuwait.", "PHL"),
    ("Brazil evacuated its citizens from Israel on Sunday.", "BRA"),
    ("Norway urged Norwegians to leave Russia immediately.", "NOR"),
    ("The UN mission pulled out its personnel from Kidal on Tuesday.", "IGOUNGOV"),
])
def test_sending_ones_own_people_out_is_no_event(coder, text, doer):
    assert not sent(coded(coder, text), doer)


@pytest.mark.parametrize("text, kept", [
    # another's people: an expulsion of them
    ("Chad expelled the UN envoy and ordered his staff to leave the country. "
     "The Danish embassy in N'Djamena ordered non-emergency staff to leave.", ("174", "TCD", "IGO")),
    ("The junta gave the Belgian embassy's staff 72 hours to leave. "
     "Belgium evacuated its nationals from Kinshasa.", ("174", "MIL", "BELGOV")),
    ("Guinea ordered the staff of the EU delegation to leave within a week. "
     "The EU withdrew non-essential staff from Conakry.", ("174", "GIN", "IGOEU")),
    # troops withdrawn: a retreat
    ("Ethiopia withdrew its troops from the border town. "
     "The Ethiopian embassy in Khartoum ordered its staff to leave the city.", ("0874", "ETH", None)),
])
def test_the_expulsion_of_anothers_people_or_a_retreat_stays(coder, text, kept):
    events = coded(coder, text)
    code, doer, target = kept
    assert any(e[0] == code and doer in (e[1] or "") and (target is None or target in (e[2] or ""))
               for e in events)
    assert len([e for e in events if e[0] in SENT_CODES or e[0][:2] == "02"]) == 1
