"""A relative pronoun object is the noun its clause describes: "22 gangs, *which* he designated
as terrorist organisations" aims the designation at the gangs, not at a country the story fills in
(``events/arguments.target_token``). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "want"), [
    ("Noboa ordered the armed forces to neutralize 22 criminal gangs, which he designated as terrorist "
     "organizations.", "designated", "ECUCRM"),
    ("Police released the activists whom they had detained on Friday.", "detained", "---CVL"),
    ("Kenya expelled two Somali diplomats, whom it accused of spying.", "accused", "SOMGOV"),
])
def test_a_relative_object_is_the_noun_described(text: str, trigger: str, want: str) -> None:
    assert {e.target.code for e in code(text, "2025-06-14") if e.trigger.startswith(trigger) and e.target} == {want}
