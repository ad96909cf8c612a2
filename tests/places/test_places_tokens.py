"""The token table the place scanner reads once per doc agrees with spaCy's own spans."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from flashpoint.places.normalize import name_key
from flashpoint.places.recognize import _name_key, _Tokens


def test_span_text_and_keys_match_spacy() -> None:
    nlp = spacy.blank("en")
    doc = nlp("KOSOVSKA MITROVICA -- Police in  Pristina\n\nand Gjakovë/Đakovica said (on Monday) "
              "that the U.S.-led  mission's\tpatrols had left.  ")
    toks = _Tokens(doc)
    assert toks.text == [t.text for t in doc]
    assert toks.ws == [t.whitespace_ for t in doc]
    assert toks.lower == [t.lower_ for t in doc]
    assert toks.label == [t.ent_type_ for t in doc]
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 7) + 1):
            assert toks.span_text(start, end) == doc[start:end].text
            assert toks.key(start, end) == name_key(doc[start:end].text)


def test_entity_labels_are_read() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Talks in Pristina resumed.")
    doc.ents = [doc.char_span(9, 17, label="GPE")]
    assert _Tokens(Doc(doc.vocab, words=["x"])).label == [""]
    assert _Tokens(doc).label == ["", "", "GPE", "", ""]


def test_memoised_keys_are_name_keys() -> None:
    for text in ("Priština", "PRISTINA", "U.S.", "Côte d’Ivoire", "Priština"):
        assert _name_key(text) == name_key(text)
