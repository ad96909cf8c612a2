"""A foundation is a non-governmental body (NGO in ``data/actors/sectors.yml``): "a Kenyan
foundation" is Kenya's civil society, never the Kenyan state. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "want"), [
    ("A Kenyan foundation accused the police of torturing detainees.", "KENNGO"),
    ("The Gaza Humanitarian Foundation denied that any shooting had taken place at its site.", "PSENGO"),
])
def test_a_foundation_is_civil_society(text: str, want: str) -> None:
    assert {e.source.code for e in code(text, "2025-06-02")} == {want}
