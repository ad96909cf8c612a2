"""A document that acts (a decree, an order, a resolution, a law) is its issuer's act
(events/acting_documents.py): the issuer its phrase names, else the party the story told making it
or the state body whose measure it was told announcing, else, for a decree or law, the government of
the story's country, implied; never a party the document is about. Stories of our own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _deeds(text: str, root: str) -> list[tuple[str | None, bool | None, str]]:
    return [(e.source.code if e.source else None, e.source.implied if e.source else None, e.cameo)
            for e in code(text, "2025-03-12") if e.cameo[:2] == root]


@pytest.mark.parametrize("text, root, issuer, implied", [
    # the state body whose measure an earlier mention of the decree announced
    ("Burkina Faso's junta suspended all political parties on Friday, a decree read on national "
     "television said. The decree also banned public gatherings.", "17", "BFAMIL", True),
    # the issuer its participle names
    ("An executive order signed by the president of Argentina suspended the aid to Bolivia.", "16",
     "ARGGOV", False),
    ("A decree by the president of Senegal dissolved the national assembly on Thursday.", "17", "SENGOV",
     False),
    # a state's adjective: the government of the story's country
    ("A royal decree dissolved the parliament of Jordan on Sunday.", "17", "JORGOV", True),
    # its possessor
    ("The Taliban's new decree bars women from working for aid groups in Afghanistan.", "17", "AFGGOV",
     False),
    # the party told adopting or signing it before
    ("President Ruto signed a decree on Monday. The decree suspends the governor of Nakuru.", "16",
     "KENGOV", True),
    ("The UN Security Council adopted a resolution on Haiti on Friday. The resolution demands "
     "that the gangs stop fighting.", "10", "IGOUN", True),
    # who passed the bill a new law was
    ("Kyrgyzstan's parliament passed the bill in March. The new law bars foreign-funded groups from "
     "monitoring elections.", "17", "KGZLEG", True),
    ("Uganda's parliament passed the law on Tuesday. The law bars foreign-funded groups from monitoring "
     "elections.", "17", "UGALEG", True),
    ("A law signed by President Museveni bars foreign-funded groups from monitoring elections.", "17",
     "UGAGOV", False),
    # a decree of no issuer told: the government of the story's country
    ("A decree imposed a curfew in Conakry, the capital of Guinea, on Monday.", "17", "GINGOV", True),
])
def test_the_documents_issuer_acts(text: str, root: str, issuer: str, implied: bool) -> None:
    deeds = _deeds(text, root)
    assert any(code == issuer and told == implied for code, told, _ in deeds), deeds


@pytest.mark.parametrize("text, root, party", [
    # the party a decree is about is no issuer
    ("A decree on Russian assets froze the accounts of three banks in Kazakhstan.", "16", "RUS"),
])
def test_never_the_party_it_is_about(text: str, root: str, party: str) -> None:
    deeds = _deeds(text, root)
    assert not any(code and code.startswith(party) for code, _, _ in deeds), deeds


def test_a_standing_law_cited_is_no_deed() -> None:
    assert _deeds("The law bans nuclear tests in Kazakhstan.", "17") == []


def test_what_a_law_is_said_to_do_is_no_deed_of_its_issuer() -> None:
    # a threat told as a law's effect ("threatened the country's sovereignty"), not a measure it enacts
    deeds = _deeds("The regional assembly of Gagauzia adopted two laws in May. Prosecutors in Moldova argued "
                   "that these laws threatened the country's sovereignty.", "13")
    assert deeds == [], deeds
