"""Pausing aid, talks or an offensive is suspending them (lexicon `pause`, beside `suspend`), also
told in the progressive under reported speech. Sentences the team wrote about other conflicts."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="p", text=text, published="2023-06-07"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, event", [
    ("Norway said it was pausing development aid to Tanzania.", ("162", "NOR", "TZA")),
    ("Denmark paused its budget support to Burundi.", ("162", "DNK", "BDI")),
    ("The Philippine government paused peace talks with the communist rebels.", ("164", "PHLGOV", "PHLREB")),
])
def test_pausing_is_suspending(coder, text, event):
    assert event in coded(coder, text)


def test_pausing_with_no_object_is_no_event(coder):
    assert ("162", "NOR", "TZA") in coded(coder, "Norway paused development aid to Tanzania.")
    assert coded(coder, "The Norwegian minister paused before answering questions on Tanzania.") == []
