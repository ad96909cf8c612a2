"""A past-tense verb the parser coordinated with a bare infinitive (after "to" or a modal) is a deed
of its own, told as done by the infinitive's governor: "warned it would respond and expelled X" is
an expulsion, not an announced one. Sentences the team wrote about other conflicts."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="f", text=text, published="2023-06-07"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, event", [
    ("Venezuela warned it would respond and expelled three Guyanese diplomats.", ("161", "VEN", "GUYGOV")),
    ("The Ethiopian army said it would restore order and shelled Fano positions in Amhara.",
     ("194", "ETHMIL", "ETHREB")),
    ("Serbia said it would protect Serbs and arrested two Kosovo police officers.", ("173", "SRB", "XKXCOP")),
])
def test_a_past_verb_after_a_modal_is_told_as_done(coder, text, event):
    assert event in coded(coder, text)


def test_a_past_form_tagged_a_participle_after_to_is_told_as_done(coder):
    # (the small tagger reads "imposed" as a participle here; no infinitive holds one without "have")
    evs = coded(coder, "The bloc threatened to use force and imposed sanctions on the junta in Niamey.")
    assert ("163", "---IGO", "NERMIL") in evs


@pytest.mark.parametrize("done, announced, code", [
    ("Venezuela warned it would respond and expelled three Guyanese diplomats.",
     "Venezuela warned it would respond and would expel three Guyanese diplomats.", "161"),
    ("The Ethiopian army said it would restore order and shelled Fano positions in Amhara.",
     "The Ethiopian army said it would restore order and shell Fano positions in Amhara.", "194"),
])
def test_only_the_past_form_leaves_the_modal(coder, done, announced, code):
    # the same clause with a bare verb (or its own modal) is one more thing announced, never done
    assert any(e[0] == code for e in coded(coder, done))
    assert not any(e[0] == code for e in coded(coder, announced))
