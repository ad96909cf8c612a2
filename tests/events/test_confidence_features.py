"""The evidence features of the confidence model that read the sentence: each is set when the
evidence is there and not otherwise (sentences of our own)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _features(coder, text: str, trigger: str) -> dict[str, float]:
    evs = coder.code_article(Article("f", text, "2024-05-02"))
    found = [e for e in evs if e.trigger.startswith(trigger)]
    assert found, [e.trigger for e in evs]
    return found[0].explain["features"]


def test_a_sentence_told_as_someone_s_statement(explain_coder):
    said = _features(explain_coder, "Local officials said Chadian troops shelled a rebel camp on Monday.", "shelled")
    told = _features(explain_coder, "Chadian troops shelled a rebel camp on Monday.", "shelled")
    assert said["statement"] == 1.0 and told["statement"] == 0.0


def test_an_event_in_a_relative_clause_describes_a_participant(explain_coder):
    rel = _features(explain_coder, "Police arrested the rebels who attacked a Malian army post on Monday.", "attacked")
    main = _features(explain_coder, "The rebels attacked a Malian army post on Monday.", "attacked")
    assert rel["relative_clause"] == 1.0 and main["relative_clause"] == 0.0


def test_the_police_as_source(explain_coder):
    police = _features(explain_coder, "Kenyan police arrested two opposition leaders in Nairobi on Monday.", "arrested")
    army = _features(explain_coder, "Kenyan soldiers arrested two opposition leaders in Nairobi on Monday.", "arrested")
    assert police["source_police"] == 1.0 and army["source_police"] == 0.0


def test_an_adjective_trigger_is_a_stance(explain_coder):
    stance = _features(explain_coder, "The Malian government was deeply concerned about Algeria's mediation.", "concerned")
    deed = _features(explain_coder, "The Malian government negotiated with the rebels on Monday.", "negotiated")
    assert stance["adjective"] == 1.0 and deed["adjective"] == 0.0


def test_story_position_is_the_share_of_the_story_told_before(explain_coder):
    text = ("Chadian troops shelled a rebel camp on Monday. The rebels fled north. "
            "Villagers returned home. Later the rebels attacked a Chadian army post.")
    first = _features(explain_coder, text, "shelled")
    last = _features(explain_coder, text, "attacked")
    assert first["story_position"] == 0.0 and last["story_position"] == pytest.approx(0.75)
