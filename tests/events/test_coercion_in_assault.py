"""A bare coercion ("forced them off the bus") coordinated with a deed of violence by the same doer on
the same people is the manner of that deed: one assault, one record (events/one_record
`coercion_told_by_its_deed`). A coercion beside no such deed stays. Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, root", [
    ("Gunmen stopped a minibus near Dera Ismail Khan, forced the passengers off and shot them.", "19"),
    ("Soldiers forced the detained men to kneel and beat them with rifle butts, witnesses in Bamenda said.", "18"),
    ("Masked assailants forced the worshippers out of the church in Ituri and killed them with machetes.", "19"),
])
def test_a_coercion_that_is_the_manner_of_an_assault_is_not_a_record_of_its_own(coder, text, root):
    roots = [r for r, s, t, e in coded(coder, text, "2024-08-26")]
    assert "17" not in roots
    assert roots and all(r in ("18", "19", "20") for r in roots)


def test_a_coercion_alone_stays(coder):
    evs = coded(coder, "The militia forced residents of Tawila to leave their homes on Sunday.", "2024-08-26")
    assert [e.cameo for r, s, t, e in evs] == ["170"]
