"""A voice of a body the text does not place ("a spokesman for the army", "an official of the Supreme
Court": word class ``body_voice``) is of the body's sector, not the government's
(``actors/owners.belonging``); a spokesman for a person or a country keeps his own. Sentences are the
team's own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, sector", [
    ("A spokesman for the army denied the report.", "MIL"),
    ("An official of the Supreme Court confirmed the ruling.", "JUD"),
    ("A spokeswoman for the Transitional Military Council read the decree.", "MIL"),
])
def test_a_voice_of_a_body_takes_its_sector(code, text, sector):
    word = text.split()[1]
    assert [a.sector for a in code(text, word)] == [sector]
    # (a spokesman for a person speaks for the government that person heads)
    assert [a.sector for a in code("A spokesman for the president denied the report.", "spokesman")] == ["GOV"]
