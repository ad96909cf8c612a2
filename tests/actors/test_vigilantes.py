"""Vigilantes (a village's or a town's armed civilians who fight bandits or insurgents beside a
state or in its stead) are a non-state armed body, as a militia is: sectors.yml REB. Sentences are
the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dyads(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(text, "2024-12-02")}


def test_vigilantes_who_kill_are_the_doers() -> None:
    assert ("NGAREB", "NGACRM") in _dyads("Vigilantes shot dead four suspected kidnappers in Katsina state.")


def test_a_vigilante_group_is_an_armed_body() -> None:
    dyads = _dyads("A vigilante group attacked cattle raiders near Kotido, killing three.")
    assert any(s == "UGAREB" for s, _ in dyads)


def test_vigilantes_attacked_are_the_target() -> None:
    assert ("NGAREB", "NGAREB") in _dyads("Jihadists killed nine vigilantes in a raid on Bama.")
