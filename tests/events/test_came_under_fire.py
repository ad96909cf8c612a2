"""A deed told from its victims' side (issue 14, recall on the missed classes): "troops came under
fire from Armenian positions" is the from-phrase's violence on the subject, whether the parser hangs
"from" on the verb or on the noun; the weapon named gives the code (shelling 194, rockets and drones
195). Plain fire and attack are armed only from an armed doer: "the minister came under fire from
lawmakers" is no shooting; and of no from-phrase no doer is told. Sentences of our own, of several
conflicts (real model)."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, cameo, source, target", [
    ("A Malian army convoy came under fire from jihadists near Gao on Monday.", "193", "MLI", "MLI"),
    ("Azerbaijan said its troops had come under fire from Armenian positions on Monday.", "193", "ARM", "AZE"),
    ("Israeli troops came under attack from Hezbollah fighters near the border.", "190", "LBN", "ISR"),
    ("Ukrainian positions near Pokrovsk came under heavy shelling from Russian forces overnight.", "194", "RUS", "UKR"),
    ("Kharkiv came under a massive drone attack from Russia overnight.", "195", "RUS", "UKR"),
    ("A police station came under attack from gunmen in Bannu on Tuesday, police said.", "180", "PAK", "PAK"),
])
def test_the_from_phrase_attacks_the_subject(coder, text: str, cameo: str, source: str, target: str) -> None:
    evs = coded(coder, text, "2026-03-04")
    assert (cameo, source, target) in {(e.cameo, s, t) for _, s, t, e in evs}, evs


@pytest.mark.parametrize("text", [
    "The minister came under fire from opposition lawmakers over the budget.",
    "The president came under attack from his rivals during the televised debate.",
    "Peacekeepers came under fire in Bunia on Monday.",
    "The town came under rebel control on Monday.",
])
def test_no_armed_doer_no_violence(coder, text: str) -> None:
    assert not [e for r, _, _, e in coded(coder, text, "2026-03-04") if r in ("18", "19")]


def test_criticism_from_a_group(coder) -> None:
    evs = coded(coder, "The government came under criticism from rights groups over the arrests.", "2026-03-04")
    assert [e.cameo for _, _, _, e in evs] == ["111"], evs
