""""Condemned the violence" judges the doer of the violence the story told (word class ``told_deed``,
events/pending_targets.resolve_pending), the aggression before a response to it, not the story's other
country nor the critic's own country by default. Stories of our own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, doer", [
    ("Police in Nairobi fired tear gas at protesters on Tuesday. The opposition leader condemned the violence.",
     ("KEN", "COP")),
    ("Gunmen killed 12 villagers in Zamfara on Sunday. Troops later killed four of the attackers. President "
     "Tinubu condemned the violence.", ("NGA", "REB")),
    ("Gang members stormed the town of Mirebalais overnight, freeing 500 inmates. Kenyan police officers "
     "leading a UN-backed mission exchanged fire with the gangs. Haiti's prime minister condemned the "
     "violence.", ("HTI", "CRM")),
])
def test_the_violence_condemned_is_its_doers(text: str, doer: tuple[str, str]) -> None:
    judged = [e for e in code(text, "2025-04-01") if e.cameo[:2] == "11" and e.trigger == "condemned"]
    assert judged and all(e.target is not None and (e.target.country, e.target.sector) == doer for e in judged), \
        [(e.source, e.target) for e in judged]
