"""Helpers of ``events/pending_targets.py`` that need no parse: whether a deed is told with the
judged noun's own stem, and whether two actors stand for one party of a conflict."""

from __future__ import annotations

import pytest

from flashpoint.events.pending_targets import _one_stem, _same_party
from flashpoint.records import Actor


@pytest.mark.parametrize("verb, noun", [("annex", "annexation"), ("invade", "invasion"), ("seize", "seizure"),
                                        ("raid", "raid")])
def test_a_noun_made_of_the_verb_is_of_its_stem(verb: str, noun: str) -> None:
    assert _one_stem(verb, noun)


@pytest.mark.parametrize("verb, noun", [("kill", "attack"), ("shell", "shooting"), ("arrest", "army")])
def test_other_words_are_not(verb: str, noun: str) -> None:
    assert not _one_stem(verb, noun)


def _actor(country: str | None, sector: str | None, org: str | None = None) -> Actor:
    return Actor(text="x", span=None, name="x", code=f"{country or org or '---'}{sector or ''}",
                 country=country, org=org, sector=sector)


def test_a_state_and_its_own_rebels_are_two_parties() -> None:
    assert _same_party(_actor("MLI", "MIL"), _actor("MLI", "GOV"))
    assert not _same_party(_actor("MLI", "MIL"), _actor("MLI", "REB"))


def test_an_organisation_is_one_party_only_with_itself() -> None:
    assert _same_party(_actor(None, None, "NATO"), _actor(None, "MIL", "NATO"))
    assert not _same_party(_actor(None, None, "NATO"), _actor("USA", "MIL"))


def test_an_actor_of_unknown_country_is_of_the_party_of_its_kind() -> None:
    assert _same_party(_actor(None, "COP"), _actor("KEN", "COP"))
    assert not _same_party(_actor(None, "COP"), _actor("KEN", "REB"))
