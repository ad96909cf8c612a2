"""The confidence model: its data file, its features, and what it says on the team's own sentences."""

from __future__ import annotations

import pytest

from flashpoint.errors import LexiconError
from flashpoint.events.confidence import FEATURES, load_confidence_model, parse_model
from flashpoint.records import Article


def test_the_packaged_model_loads_and_knows_every_feature():
    model = load_confidence_model()
    assert model.version and set(model.weights) <= set(FEATURES)
    assert 0.0 < model.probability(dict.fromkeys(FEATURES, 0.0)) < 1.0


@pytest.mark.parametrize("raw, words", [
    ([], "not a mapping"),
    ({"intercept": 0.1}, "'weights'"),
    ({"intercept": 0.1, "weights": {"hunch": 1.0}}, "unknown features hunch"),
    ({"intercept": "high", "weights": {}}, "finite numbers"),
    ({"intercept": 0.0, "weights": {"passive": float("nan")}}, "finite numbers"),
    ({"intercept": 0.0, "weights": {"passive": True}}, "finite numbers"),
])
def test_a_bad_model_file_is_refused_with_its_reason(raw, words):
    with pytest.raises(LexiconError, match=words) as info:
        parse_model(raw, "mine", "/tmp/mine.yml")
    assert info.value.path == "/tmp/mine.yml"


def test_probability_follows_the_weights():
    model = parse_model({"intercept": 0.0, "weights": {"target_counterpart": -2.0, "lead": 1.0}})
    base = dict.fromkeys(FEATURES, 0.0)
    assert model.probability(base) == 0.5
    assert model.probability({**base, "target_counterpart": 1.0}) < 0.5 < model.probability({**base, "lead": 1.0})


@pytest.mark.model
def test_stated_actors_are_more_confident_than_inferred_ones(explain_coder):
    stated = "Ethiopian troops shelled Eritrean positions near the border on Monday."
    inferred = ("Eritrea and Ethiopia traded accusations for weeks. Eritrea closed its embassy. "
                "Diplomats left the capital. Later the Ethiopian government issued a warning.")
    (s,) = [e for e in explain_coder.code_article(Article("s", stated, "2021-05-05")) if e.cameo_root == "19"]
    warned = [e for e in explain_coder.code_article(Article("i", inferred, "2021-05-05")) if e.trigger == "issued warning"]
    assert s.explain["evidence"] == {"source": "stated", "target": "stated"}
    assert warned and warned[0].explain["evidence"]["target"] == "counterpart" and warned[0].target.implied
    assert s.confidence > warned[0].confidence
    assert set(s.explain["features"]) == set(FEATURES)


@pytest.mark.model
def test_the_features_say_where_the_date_came_from(explain_coder):
    text = ("Colombian troops attacked a rebel camp in Cauca on Tuesday. "
            "The rebels fired at a police patrol. Officials condemned the violence.")
    evs = explain_coder.code_article(Article("d", text, "2024-05-02"))
    by_trigger = {e.trigger: e.explain["features"] for e in evs}
    own = next(f for t, f in by_trigger.items() if t.startswith("attacked"))
    inherited = next(f for t, f in by_trigger.items() if t.startswith("fired"))
    assert (own["date_own"], own["date_inherited"]) == (1.0, 0.0)
    assert (inherited["date_own"], inherited["date_inherited"]) == (0.0, 1.0)
