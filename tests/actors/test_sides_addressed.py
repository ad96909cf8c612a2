"""A state's office of no stated country that another party addresses beside the other side of a war
("urged the army and the RSF", "talks between the government and the M23") is of that side's
country, not the speaker's (actors/sides_addressed.py, called from actors/story.story_country_for).
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dyads(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.cameo[:2], e.target.code if e.target else None)
            for e in code(text, "2024-12-14")}


@pytest.mark.parametrize(("text", "speaker", "office", "wrong"), [
    ("Egypt urged the army and the RSF to agree to a ceasefire.", "EGY", "SDNMIL", "EGYMIL"),
    ("Kenya urged the army and the M23 rebels to stop fighting.", "KEN", "CODMIL", "KENMIL"),
    ("Saudi Arabia called on the government and the Houthis to resume talks.", "SAU", "YEMGOV", "SAUGOV"),
    ("Venezuela urged the military and the ELN to return to the negotiating table.", "VEN", "COLMIL", "VENMIL"),
    ("Kenya urged the government and the TPLF to respect the truce.", "KEN", "ETHGOV", "KENGOV"),
    ("Algeria urged the army and the FLA rebels to lay down their weapons.", "DZA", "MLIMIL", "DZAMIL"),
    ("Ethiopia accused the army and the RSF of killing civilians.", "ETH", "SDNMIL", "ETHMIL"),
    ("The United States condemned the military and the Arakan Army for attacks on civilians.", "USA", "MMRMIL",
     "USAMIL"),
    ("Norway urged the government and the Venezuelan opposition to resume talks.", "NOR", "VENGOV", "NORGOV"),
    ("Turkey urged the government and the SDF to halt the fighting.", "TUR", "SYRGOV", "TURGOV"),
])
def test_an_office_addressed_beside_a_party_is_of_the_partys_country(text: str, speaker: str, office: str,
                                                                       wrong: str) -> None:
    targets = {t for s, _, t in _dyads(text) if s == speaker}
    assert office in targets and wrong not in targets, targets


def test_the_pair_between_which_a_third_state_acts_is_of_one_country() -> None:
    dyads = _dyads("Qatar hosted talks between the government and the M23 in Doha.")
    assert not any(c is not None and c.startswith("QATGOV") for d in dyads for c in (d[0], d[2])), dyads
    assert ("QAT", "04", "CODGOV") in dyads, dyads


@pytest.mark.parametrize(("text", "dyad"), [
    # an office its own phrase or coordination places, or told by the story where it acts
    ("Kenyan police and the army dispersed the protesters.", ("KENCOP", "KEN")),
    ("The army and the police clashed with protesters in Nairobi.", ("KENMIL", "KEN")),
    ("Fighting between the army and the RSF killed 40 people in Khartoum.", ("SDNMIL", "SDN")),
    # the speaker's own office, or a party of the speaker's own country beside it
    ("Egypt praised the army and the police for their work.", ("EGY", "EGYMIL")),
    ("Colombia's president urged the army and the ELN to respect the ceasefire.", ("COLGOV", "COLMIL")),
    # a war the speaker itself wages: no appeal, its own army
    ("Israel said the army and Hezbollah exchanged fire near the border.", ("ISRMIL", "LBN")),
])
def test_offices_placed_otherwise_keep_their_country(text: str, dyad: tuple[str, str]) -> None:
    dyads = _dyads(text)
    assert any(s == dyad[0] and t is not None and t.startswith(dyad[1]) for s, _, t in dyads), dyads


@pytest.mark.parametrize(("text", "foreign"), [
    # parties of more than one country
    ("Egypt urged the army, the RSF and Ethiopia to show restraint.", ("SDNMIL", "ETHMIL")),
    # a group that fights abroad, in a place of a third country, beside the army of the place
    ("The United States accused the army and Wagner mercenaries of killing civilians in central Mali.", ("RUSMIL",)),
])
def test_an_office_takes_no_country_of_parties_that_are_not_one_other_side(text: str,
                                                                          foreign: tuple[str, ...]) -> None:
    dyads = _dyads(text)
    assert not any(t in foreign for _, _, t in dyads), dyads


def test_a_foreign_states_troops_are_the_armys_allies_not_its_foes() -> None:
    targets = {t for _, _, t in _dyads("The United States accused the army and Eritrean troops of killing civilians "
                                       "in Tigray.")}
    assert "ETHMIL" in targets, targets
