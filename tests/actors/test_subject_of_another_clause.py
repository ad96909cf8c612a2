"""A state's force named by its sector alone takes the country of a state's force that is the subject
before it in its sentence ("the minister visited troops": the minister's), but not when it is the
subject of another clause ("French troops left the country after the generals demanded their
departure": the generals are not French; the story decides). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _sources(text: str, published: str = "2025-06-20") -> dict[str, str | None]:
    return {e.trigger.split()[0]: e.source.code if e.source else None for e in code(text, published)}


@pytest.mark.parametrize("text, trigger, source", [
    ("NIAMEY - Niger's military government expelled three French officials on Friday. French troops "
     "left the country in December after the generals demanded their departure. Jihadists killed 22 "
     "soldiers in an ambush on Wednesday, the defence ministry said.", "demanded", "NERMIL"),
    ("BAMAKO - Mali's junta ordered the United Nations mission to leave. Russian instructors arrived "
     "in the capital after the soldiers accused the peacekeepers of failing to stop the jihadists.",
     "accused", "MLIMIL"),
])
def test_a_force_that_is_the_subject_of_another_clause_is_not_the_first_subjects(text, trigger, source):
    assert _sources(text)[trigger] == source
