"""The packaged sets of CAMEO codes the event rules read (data/lexicon/roots.yml)."""

from __future__ import annotations

import pytest

from flashpoint.errors import LexiconError
from flashpoint.events.roots import in_set, parse_root_sets, root_set, root_sets


def test_the_packaged_sets_load_and_mean_what_the_rules_need():
    sets = root_sets()
    assert {"violence", "material_conflict", "mutual", "counterpart", "police"} <= set(sets)
    assert in_set("195", "violence") and not in_set("141", "violence")
    assert in_set("0571", "mutual") and not in_set("051", "mutual")
    assert set(root_set("violence")) <= set(root_set("material_conflict"))


@pytest.mark.parametrize(("raw", "fault"), [
    ([], "mapping"),
    ({"version": "1", "sets": {"x": []}}, "non-empty"),
    ({"version": "1", "sets": {"x": [14]}}, "quoted"),
    ({"version": "1", "sets": {"x": ["1a"]}}, "digits"),
    ({"version": "1", "sets": {"x": ["14", "14"]}}, "twice"),
    ({"version": "1", "sets": {"bad name": ["14"]}}, "plain word"),
])
def test_a_broken_roots_file_names_its_fault(raw, fault):
    with pytest.raises(LexiconError, match=fault):
        parse_root_sets(raw, "roots.yml")


def test_an_unknown_set_is_an_error():
    with pytest.raises(LexiconError, match="no set"):
        root_set("nonsense")
