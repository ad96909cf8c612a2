"""A state body of unstated country that recalls, withdraws or posts its own envoys or mission
("its ambassador to Ghana", "their envoy from Tehran", "its embassy in Accra") is never of the host's
country: of the story's other country, or of none told, and the host is its counterpart
(actors/envoy_hosts.py, called from actors/own_deeds_told.py for link.py and from
actors/strangers.dealt_as_strangers for the story). A named state keeps its own. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dyads(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source is not None else None, e.target.code if e.target is not None else None)
            for e in code(text, "2024-05-02") if e.cameo == "161"]


@pytest.mark.parametrize(("text", "host"), [
    ("The government recalled its ambassador to Ghana on Thursday.", "GHA"),
    ("The foreign ministry withdrew its ambassador from Tehran.", "IRN"),
    ("The cabinet recalled its envoy in Bolivia on Tuesday.", "BOL"),
    # no owner told, a verb a state does only to its own envoys
    ("The government recalled the ambassador to Ghana for consultations.", "GHA"),
    # the posting phrase hung on the verb, the host only implied as the counterpart
    ("The authorities recalled their envoy to Ghana.", "GHA"),
    # the body tells of its own deed
    ("The foreign ministry said it had recalled its ambassador from Accra for consultations.", "GHA"),
])
def test_a_body_recalling_its_own_envoy_is_not_the_host(text: str, host: str) -> None:
    got = _dyads(text)
    assert got and all(s is not None and not s.startswith(host) and t is not None and t.startswith(host)
                       for s, t in got), got


def test_a_body_recalling_its_own_envoy_is_of_the_storys_other_country() -> None:
    text = ("Ghanaian officials accused Togo of arming smugglers on the border.\n\n"
            "The government recalled its ambassador to Ghana on Friday, and Ghana closed its embassy in Lome.")
    # (a named state keeps its own, and the host is its counterpart)
    assert sorted(_dyads(text)) == [("GHA", "TGO"), ("TGOGOV", "GHA")]
