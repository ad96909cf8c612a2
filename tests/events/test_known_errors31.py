"""Known event errors (wave 43, kn52), on sentences of the team's own: a coup's or a court's
measures against political life. Suspending the political parties or their activities bans them
(1722), as "ban" and "dissolve" do, where the plain verb read a cut in relations (160); an army or
junta that dissolves the government takes it down by force (172), where a head of state's doing so
stays a dismissal (110); dissolving the state's institutions is 172, and a court's or junta's order
of a party's dissolution is 1722 (actions.yml). A measure told as like one told before ("similar
measures", "the same sanctions", "the same step", "followed suit") retells that one's kind, with
its own source and, naming none of its own, that one's target (events/retold.py)."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-03-12") -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(text, published)}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The junta in Niamey dissolved the cabinet and suspended all political parties on Thursday.",
     "NERMIL", "NER"),
    ("Guinea's army suspended the activities of political parties after detaining the president.",
     "GINMIL", "GIN"),
    ("The junta in Mali suspended all political activities until further notice, a decree said.",
     "MLIMIL", "MLI"),
    ("All political parties were suspended by the junta in Myanmar on Monday.", "MMRMIL", "MMR"),
    ("The coup leaders in Gabon announced the suspension of political parties on state television.",
     "GABMIL", "GAB"),
    ("Turkey's top court ordered the dissolution of the pro-Kurdish party on Thursday.", "TURJUD", "TUR"),
])
def test_suspending_or_dissolving_parties_bans_them(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert ("1722", source, target) in events
    assert not any(e[0].startswith("16") for e in events)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Kyrgyz army dissolved the cabinet of Prime Minister Akylbek Japarov on Monday.", "KGZMIL", "KGZGOV"),
    ("Soldiers in Bamako said they had dissolved the transitional government of Mali.", "MLIMIL", "MLIGOV"),
])
def test_an_army_dissolving_the_government_coerces(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert ("172", source, target) in events
    assert not any(e[0] == "110" for e in events)


def test_a_junta_dissolving_state_institutions_coerces() -> None:
    events = _events("The military in Libreville announced that it had dissolved all state institutions.")
    assert ("172", "GABMIL", "GAB") in events


def test_only_an_armed_doer_dissolving_the_government_coerces() -> None:
    assert ("172", "BFAMIL", "BFAGOV") in _events("The Burkinabe army dissolved the government on Friday.")
    events = _events("President Tebboune dissolved the government on Tuesday and appointed a new prime minister.")
    assert ("110", "DZAGOV", "DZAGOV") in events


def test_only_the_activities_of_parties_are_banned() -> None:
    assert ("1722", "GINMIL", "GIN") in _events("Guinea's army suspended the activities of all parties.")
    events = _events("The aid agency suspended its activities in Darfur after two workers were killed.")
    assert not any(e[0].startswith("172") for e in events)


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("Washington imposed sanctions on the Russian defence minister on Monday. "
     "Britain announced similar measures against the minister on Tuesday.", "163", "GBR", "RUSGOV"),
    ("Washington imposed sanctions on Venezuela's oil minister on Friday. "
     "The European Union imposed the same sanctions on Saturday.", "163", "IGOEU", "VENGOV"),
    ("Canada expelled two Chinese diplomats on Monday. Australia took similar measures on Wednesday.",
     "161", "AUS", "CHNGOV"),
    ("Kenya banned imports of Ugandan sugar on Monday. Tanzania imposed a similar ban on Tuesday.",
     "163", "TZA", "UGA"),
    ("Japan froze the assets of the Iranian central bank. South Korea took the same step on Thursday.",
     "163", "KOR", "IRNBUS"),
    ("Washington imposed sanctions on the Russian defence minister on Monday. "
     "Britain will take similar measures next week.", "1312", "GBR", "RUSGOV"),
])
def test_a_measure_told_as_like_one_before_retells_its_kind(text: str, cameo: str, source: str,
                                                            target: str) -> None:
    events = _events(text)
    assert (cameo, source, target) in events
    assert not any(e[1] == source and e[2] != target for e in events)


def test_a_like_measure_with_its_own_target_keeps_it() -> None:
    events = _events("Canada expelled two Chinese diplomats on Monday. "
                     "China announced similar measures against Canadian diplomats on Wednesday.")
    assert ("161", "CHN", "CANGOV") in events
    assert _events("Britain took similar measures on Tuesday, officials said.") == set()


def test_following_suit_does_the_measure_again() -> None:
    events = _events("Canada expelled two Chinese diplomats on Monday. Australia followed suit on Wednesday.")
    assert ("161", "AUS", "CHNGOV") in events
    assert not any((e[1] or "").startswith("EGY") for e in _events(
        "Israeli troops stormed the hospital on Monday. Egyptian forces followed suit at the border."))
