"""An arrest told without its doer ("Dozens of demonstrators were arrested") is never carried to a
crowd, civilians or protesters whose deed of the same root came before it ("Protesters set fire to
a police station"): crowds take no one into custody (events/doers.recent_doer). Sentences are the
team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "TEHRAN - Protesters set fire to a police station in Zahedan on Friday. Dozens of demonstrators were "
    "arrested in the city overnight.",
    "COLOMBO - Crowds looted the private residence of the prime minister on Saturday. Three soldiers who "
    "guarded the house have been detained for questioning.",
])
def test_an_arrest_without_its_doer_is_no_crowds(text):
    arrests = [e for e in code(text, "2022-10-02") if e.cameo[:3] == "173"]
    assert arrests
    assert not any(e.source is not None and e.source.sector in ("CVL", "OPP") for e in arrests)
