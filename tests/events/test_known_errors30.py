"""Known event errors (wave 42, kn48), on sentences of the team's own: reciprocal deeds and
retaliation. What one party trades with another, the other trades back (events/traded.py); a deed
in the present perfect over many years is a habit, no event (word class `long_span`); a deed of
violence that is the subject of its toll is one record (events/one_record.deed_told_by_its_toll);
a reply of force takes its means from a with-phrase and, with no target of its own, is aimed at who
just attacked the replier's side (events/replies.py); fire across a line with no one named on the
other side is aimed at no one (events/crossing.py); the sides of a clash named in a between-phrase
the parser hung on a place are the clash's (events/between_place.py), and armed sides that clash
with each other do so both ways (word class `clash_with`)."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-03-12") -> set[tuple[str, str | None, str | None, str | None]]:
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.date)
            for e in code(text, published)}


@pytest.mark.parametrize(("text", "one", "other", "cameo", "day"), [
    ("NAIROBI - Kenya traded accusations with Somalia on Monday over the maritime boundary.",
     "KEN", "SOM", "112", "2024-03-11"),
    ("Pakistan traded threats with Afghanistan on Tuesday after a deadly raid.", "PAK", "AFG", "130",
     "2024-03-12"),
    ("Cambodia exchanged barbs with Thailand on Wednesday over the temple.", "KHM", "THA", "111",
     "2024-03-06"),
    ("Russia exchanged prisoners with Ukraine on Friday in a deal brokered by the UAE.", "RUS", "UKR",
     "0841", "2024-03-08"),
    ("Indian troops exchanged fire with Pakistani soldiers along the Line of Control on Saturday.",
     "INDMIL", "PAKMIL", "190", "2024-03-09"),
])
def test_what_one_trades_with_another_goes_both_ways(text: str, one: str, other: str, cameo: str,
                                                     day: str) -> None:
    events = _events(text)
    assert (cameo, one, other, day) in events
    assert (cameo, other, one, day) in events


@pytest.mark.parametrize("text", [
    "Ethiopia and Egypt have traded accusations for years over the Nile dam.",
    "Venezuela has traded insults with Guyana for decades over the Essequibo region.",
    "Sudan and Chad have accused each other for years of arming rebels.",
])
def test_a_trade_over_many_years_is_a_habit(text: str) -> None:
    assert _events(text) == set()


@pytest.mark.parametrize(("text", "dyad"), [
    ("KAMPALA - A car bombing by the ADF killed 11 people in Beni on Tuesday.", ("CODREB", "CODCVL")),
    ("A suicide bombing by Islamic State killed 14 worshippers at a mosque in Kabul on Friday.",
     ("IMGREB", "AFGREL")),
    ("A bombing of the market by al-Shabaab killed 12 traders in Mogadishu on Thursday.", ("SOMREB", "SOMBUS")),
])
def test_a_deed_that_killed_is_one_record(text: str, dyad: tuple[str, str]) -> None:
    events = _events(text)
    assert len(events) == 1
    assert [e[1:3] for e in events] == [dyad]


@pytest.mark.parametrize(("text", "dyad"), [
    ("Iran hit back on Sunday with drone strikes on Israeli ships in the Red Sea.", ("195", "IRN", "ISR")),
    ("India struck back on Wednesday with artillery fire on Pakistani posts along the Line of Control.",
     ("194", "IND", "PAK")),
])
def test_a_reply_with_its_means_in_a_with_phrase(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in {e[:3] for e in _events(text)}


@pytest.mark.parametrize(("text", "dyad"), [
    ("Hezbollah fighters attacked an Israeli border post on Monday. The Israeli army answered with "
     "artillery fire.", ("194", "ISRMIL", "LBNREB")),
    ("Rebels shelled a government base near Goma on Tuesday. The Congolese army responded with air strikes.",
     ("195", "CODMIL", "CODREB")),
    ("Houthi rebels fired missiles at a US destroyer on Friday. The United States retaliated with air "
     "strikes on Saturday.", ("195", "USA", "YEMREB")),
    ("Russian missiles struck Kharkiv overnight. Ukraine hit back on Saturday with drone strikes.",
     ("195", "UKR", "RUS")),
    ("Azerbaijani troops shelled Armenian villages on Monday, and Armenian forces fired back.",
     ("193", "ARMMIL", "AZEMIL")),
    ("Islamic State fighters attacked a village near Kirkuk on Monday. The Iraqi army responded with air "
     "strikes.", ("195", "IRQMIL", "IMGREB")),
    ("Israeli jets struck targets in Gaza on Monday. Hamas fired back with rockets.", ("193", "PSEREB", "ISRMIL")),
    ("Armenian troops shelled Azerbaijani positions on Monday. Azerbaijani forces returned fire.",
     ("193", "AZEMIL", "ARMMIL")),
    ("The Malian army responded with air strikes on Monday after jihadists attacked a military camp near Gao.",
     ("195", "MLIMIL", "MLIREB")),
])
def test_a_reply_is_aimed_at_who_attacked_the_replier(text: str, dyad: tuple[str, str, str]) -> None:
    events = {e[:3] for e in _events(text)}
    assert dyad in events
    assert not [e for e in events if e[1] == dyad[1] and e[2] != dyad[2]]


@pytest.mark.parametrize(("text", "source"), [
    ("Thai soldiers fired across the river on Saturday, a local official said.", "THAMIL"),
    ("DHAKA - Myanmar border guards fired across the frontier on Monday, Bangladeshi officials said.", "MMRCOP"),
])
def test_fire_across_a_line_is_aimed_at_no_one_unnamed(text: str, source: str) -> None:
    assert ("193", source, None) in {e[:3] for e in _events(text)}


@pytest.mark.parametrize(("text", "one", "other", "day"), [
    ("Fierce clashes spread overnight to three districts between Kyrgyz border guards and Tajik forces.",
     "KGZCOP", "TJKMIL", "2024-03-12"),
    ("Heavy fighting broke out late on Friday near the border between Kyrgyz and Tajik troops.",
     "KGZMIL", "TJKMIL", "2024-03-08"),
    ("Clashes broke out again on Sunday in the disputed region between Sudanese and South Sudanese "
     "soldiers, killing 12.", "SDNMIL", "SSDMIL", "2024-03-10"),
])
def test_sides_named_between_on_a_place_of_the_clash(text: str, one: str, other: str, day: str) -> None:
    events = _events(text)
    assert ("190", one, other, day) in events
    assert ("190", other, one, day) in events


@pytest.mark.parametrize(("text", "one", "other"), [
    ("Indian troops clashed with Chinese soldiers in the Galwan valley on Monday.", "INDMIL", "CHNMIL"),
    ("Thai soldiers skirmished with Cambodian troops near the temple on Sunday.", "THAMIL", "KHMMIL"),
])
def test_armed_sides_that_clash_with_each_other_go_both_ways(text: str, one: str, other: str) -> None:
    events = {e[:3] for e in _events(text)}
    assert ("190", one, other) in events
    assert ("190", other, one) in events
