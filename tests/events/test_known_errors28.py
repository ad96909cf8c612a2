"""Known actor errors (wave 40, kn43), on sentences and short stories of the team's own: the toll of a
charged deed told after a comma is charged too, no deed of the accuser nor of the accused against
their own people (events/judged.py)."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dyads(text: str, published: str = "2024-05-02") -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(text, published)}


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said its forces struck Ukrainian units. Ukraine accused Moscow of shelling "
    "Kharkiv, killing three people.",
    "KYIV - Ukraine accused Moscow of shelling Kharkiv overnight, killing three civilians.",
    "Kyiv accused Russian forces of targeting residential buildings in Kharkiv, killing four people.",
    "Armenia accused Azerbaijan of shelling the town of Jermuk, wounding two farmers.",
])
def test_the_toll_of_a_charged_deed_is_no_event(text: str) -> None:
    events = code(text, "2024-05-02")
    assert any(e.cameo.startswith("11") for e in events)  # the accusation stays
    # no killing by the accuser, nor by the accused of people the story's country makes its own
    assert not [e.trigger for e in events if e.trigger.split()[0] in ("killing", "wounding")]
