"""A person the who's who does not know, named in full after a title of office or rank ("Defence
Minister X", "General X", "Governor X"), and then again by the surname alone or by "he", is that
person, of the country their first mention had (else the story's), never linked anew by the sector
alone to another party of that sector told in between ("met the Russian ambassador. X criticised
...": not Russia's) (actors/names_told.named_again, used by actors/link.py); a rank or a warlord's
title gives the name its sector ("Brigadier X", "warlord X": data/actors/sectors.yml), so that it is
a person, also where the entity recogniser misses it. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "want"), [
    ("BAMAKO, Mali (AP) - Defence Minister Moussa Traorela met the Russian ambassador on Monday.\n\n"
     "Traorela criticised the rebels.", "MLIGOV"),
    ("TBILISI, Georgia (AP) - Interior Minister Levan Gelashvani met the Russian foreign minister on "
     "Monday.\n\nGelashvani accused the opposition of plotting a coup.", "GEOGOV"),
    ("JUBA, South Sudan (AP) - Governor Peter Lokorinyang met Ugandan officials on Monday.\n\n"
     "Lokorinyang accused rebels of attacking the town.", "SSDGOV"),
    ("KINSHASA, Congo (AP) - General Faustin Mbalanda met Rwandan generals in Goma.\n\n"
     "Mbalanda accused the rebels of violating the truce.", "CODMIL"),
    ("BAMAKO, Mali (AP) - Defence Minister Moussa Traorela met the Russian ambassador on Monday.\n\n"
     "He criticised the rebels.", "MLIGOV"),
])
def test_a_titled_person_named_again_keeps_their_own_country(text: str, want: str) -> None:
    events = [e for e in code(text, "2025-06-14") if e.sentence_index == 2]
    assert events and {e.source.code for e in events} == {want}


def test_a_titled_person_named_again_as_the_one_acted_on_keeps_their_own_country() -> None:
    text = ("KINSHASA, Congo (AP) - General Faustin Mbalanda met Rwandan generals in Goma.\n\n"
            "Mbalanda was arrested on Friday.")
    events = [e for e in code(text, "2025-06-14") if e.sentence_index == 2]
    assert events and {(e.source.code, e.target.code) for e in events} == {("CODCOP", "CODMIL")}


@pytest.mark.parametrize(("text", "want"), [
    ("MAPUTO, Mozambique (AP) - Police arrested warlord Alberto Nhantumbo on Monday.\n\n"
     "Soldiers later killed Nhantumbo.", ("MOZMIL", "MOZREB")),
    ("JUBA, South Sudan (AP) - Brigadier Deng Malual Akot met Ugandan commanders in Nimule.\n\n"
     "Rebels ambushed Akot on Friday.", ("SSDREB", "SSDMIL")),
])
def test_a_rank_or_warlord_title_gives_the_person_named_again_its_sector(text: str, want: tuple[str, str]) -> None:
    events = [e for e in code(text, "2025-06-14") if e.sentence_index == 2]
    assert events and {(e.source.code, e.target.code) for e in events} == {want}
