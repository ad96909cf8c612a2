"""A third party's "him", "her" or "he" ("*His* lawyer said police had detained him") is the person the
teller's possessive stands for, named before, never the teller (actors/spoken_for.py, called from
actors/pronouns.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _targets(text: str, cameo_root: str) -> set[str | None]:
    return {e.target.name for e in code(text, "2024-05-02") if e.target is not None and e.cameo.startswith(cameo_root)}


@pytest.mark.parametrize(("text", "root", "want"), [
    ("Dissident Lev Orlov vanished in Minsk on Friday. His lawyer Pavel Sidorov said KGB officers had "
     "arrested him at the airport.", "17", "Lev Orlov"),
    ("Journalist Nadia Karim was summoned by prosecutors in Algiers. Her lawyer, Samira Belkacem, said "
     "police had arrested her outside the court.", "17", "Nadia Karim"),
    ("Blogger Omar Nasser was taken from his flat on Sunday. A spokesman for his family, Karim Haddad, "
     "said security agents had beaten him in custody.", "18", "Omar Nasser"),
    # the subject of what the teller says, too
    ("Dissident Lev Orlov vanished in Minsk on Friday. His lawyer Pavel Sidorov said he had been beaten by "
     "KGB officers.", "18", "Lev Orlov"),
])
def test_a_third_partys_him_is_whom_it_speaks_for(text: str, root: str, want: str) -> None:
    assert _targets(text, root) == {want}
