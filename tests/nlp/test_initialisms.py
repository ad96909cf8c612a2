"""Initialisms spelt like English words: a packaged, validated file of all-caps forms that running
text uses as a name's short form ("IS fighters": the Islamic State), read as the name before the
parser runs, while a headline in capitals or an emphasis keeps the word."""

from __future__ import annotations

import pytest

from flashpoint.config import Settings
from flashpoint.errors import LexiconError
from flashpoint.nlp.initialisms import initialisms, parse_initialisms
from flashpoint.nlp.pipeline import load_pipeline


def test_the_packaged_initialisms_load():
    known = initialisms()
    assert known.forms["IS"] and "the" in known.word_after and "this" in known.word_before


@pytest.mark.parametrize("raw, fault", [
    ({"initialisms": {"IS": "isil"}, "word_before": [], "word_after": []}, "version"),
    ({"version": "1", "initialisms": ["IS"], "word_before": [], "word_after": []}, "mapping"),
    ({"version": "1", "initialisms": {"Is": "isil"}, "word_before": [], "word_after": []}, "all-caps"),
    ({"version": "1", "initialisms": {"IS": "is il"}, "word_before": [], "word_after": []}, "single words"),
    ({"version": "1", "initialisms": {"IS": "isil"}, "word_before": [False], "word_after": []}, "word_before"),
])
def test_a_bad_file_is_refused_with_its_name(raw, fault):
    with pytest.raises(LexiconError) as exc:
        parse_initialisms(raw, "my_initialisms.yml")
    assert fault in str(exc.value) and "my_initialisms.yml" in str(exc.value)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(Settings())


def _is(doc):
    return next(t for t in doc if t.text == "IS")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "IS fighters overran the village on Sunday.",
    "Turkish jets bombed IS positions near Jarablus.",
    "An IS suicide bomber blew himself up at the checkpoint.",
    "Government troops took back Sirte from IS in December.",
    "Libya and IS both claimed the town.",
    "Officials said that IS fighters had fled the town.",
])
def test_is_in_running_text_is_a_name(nlp, text):
    tok = _is(nlp(text))
    assert tok.pos_ == "PROPN" and tok.dep_ != "ROOT", [(t.text, t.pos_, t.dep_) for t in nlp(text)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "WHAT IS BEHIND THE CLASHES IN TRIPOLI\n\nIS fighters overran the village on Sunday.",
    "This IS a war against our people, the mayor said after IS fighters overran the village.",
    "The ceasefire IS holding, officials said, though IS militants shelled a checkpoint.",
    "Nobody knows who IS behind the attack, but IS claimed a similar one in May.",
])
def test_is_in_a_headline_in_capitals_or_an_emphasis_stays_the_verb(nlp, text):
    first, second = (t for t in nlp(text) if t.text == "IS")
    assert first.pos_ == "AUX" and second.pos_ == "PROPN", [(t.text, t.pos_, t.dep_) for t in nlp(text)]


@pytest.mark.parametrize("text, body", [
    ("ECOWAS imposed sanctions on the junta on Sunday.", "ECOWAS"),  # (read as a verb in "-ing")
    ("IGAD condemned the fighting in Juba.", "IGAD"),  # (read as a verb)
    ("WHO said three hospitals had been hit.", "WHO"),  # (read as the pronoun)
    ("UNICEF imposed a freeze on the programme.", "UNICEF"),
])
def test_a_bodys_short_name_the_model_misreads_is_parsed_as_a_name(nlp, text, body):
    tok = next(t for t in nlp(text) if t.text == body)
    assert tok.pos_ == "PROPN" and tok.dep_ == "nsubj", (tok.tag_, tok.dep_)


def test_a_bodys_sanctions_are_coded():
    from flashpoint import code
    events = code("ECOWAS imposed sanctions on Niger on Sunday.", "2023-08-01")
    assert [(e.source.code if e.source else None, e.cameo_root, e.target.country if e.target else None)
            for e in events] == [("IGOECOWAS", "16", "NER")]
