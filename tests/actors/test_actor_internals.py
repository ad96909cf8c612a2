"""Internals of the actor coder that its speed relies on: draft copies, matcher keys, head lookups."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from flashpoint.actors.draft import Draft
from flashpoint.actors.syntax import head_indices, hit_head


def _distinct_draft() -> Draft:
    """A draft whose every field holds a value of its own (so a field copied into another shows)."""
    values: dict[str, object] = {}
    for k, f in enumerate(fields(Draft)):
        if f.type in ("int", "int | None"):
            values[f.name] = 100 + k
        elif f.type == "bool":
            values[f.name] = k % 2 == 0
        elif f.type in ("str", "str | None"):
            values[f.name] = f"v{k}"
        else:
            values[f.name] = Draft(k, k + 1, k)
    return Draft(**values)  # type: ignore[arg-type]


def test_draft_copy_is_replace():
    d = _distinct_draft()
    c = d.copy()
    assert c == replace(d) and c is not d
    assert d.copy(country="SRB", end=7, person=not d.person) == replace(d, country="SRB", end=7, person=not d.person)
    c.country = "XKX"
    assert d.country != "XKX"  # a copy, not the same object
    with pytest.raises(TypeError):
        d.copy(no_such_field=1)
    base = Draft(1, 2, 1)
    for f in fields(Draft):  # one field changed at a time: a value copied into the wrong field shows
        one = replace(base, **{f.name: getattr(d, f.name)})
        assert one.copy() == one, f.name


def test_head_indices_and_hit_head(actor_nlp):
    doc = actor_nlp("The interior minister of Serbia met the rebel commanders in Pristina on Monday.\n\nNo one came.")
    heads = head_indices(doc)
    assert heads == [t.head.i for t in doc]
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 5) + 1):
            assert hit_head(doc, start, end, heads) == hit_head(doc, start, end)


def test_head_indices_without_a_parse():
    spacy = pytest.importorskip("spacy")
    doc = spacy.blank("en")("Kosovo police detained him")
    assert head_indices(doc) == [0, 1, 2, 3]
    assert hit_head(doc, 0, 2, head_indices(doc)) == hit_head(doc, 0, 2) == 1
