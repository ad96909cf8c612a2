"""flashpoint's components in a plain spaCy pipeline give the same records as `flashpoint code`."""

from __future__ import annotations

import pytest
import spacy

import flashpoint.components  # noqa: F401 - registers the factories
from flashpoint.config import DEFAULT_MODEL
from flashpoint.records import Article

pytestmark = pytest.mark.model

STORY = ("NAIROBI, Kenya (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Tuesday, a day "
         "after parliament passed the finance bill.\n\nThe Law Society condemned the arrests of dozens of "
         "demonstrators. Its president called on the government to release them.")


def test_a_plain_pipeline_with_the_components_codes_as_flashpoint_code(coder):
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("flashpoint_initialisms", first=True)
    nlp.add_pipe("flashpoint_paragraphs", before="parser")
    nlp.add_pipe("flashpoint_datelines", before="parser")
    nlp.add_pipe("flashpoint_verb_tags", after="parser")
    nlp.add_pipe("flashpoint_time_objects", after="flashpoint_verb_tags")
    for name in ("flashpoint_stolen_objects", "flashpoint_actors", "flashpoint_places", "flashpoint_events", "flashpoint_records"):
        nlp.add_pipe(name)
    assert not nlp.analyze_pipes()["problems"] or not any(nlp.analyze_pipes()["problems"].values())
    article = Article(id="ke", text=STORY, published="2024-06-26")
    doc = nlp.make_doc(STORY)
    doc._.fp_article = article
    records = [e.to_dict() for e in nlp(doc)._.fp_records]
    assert records and records == [e.to_dict() for e in coder.code_article(article)]


def test_without_an_article_the_text_is_an_undated_article():
    nlp = spacy.load(DEFAULT_MODEL)
    for name in ("flashpoint_actors", "flashpoint_places", "flashpoint_events", "flashpoint_records"):
        nlp.add_pipe(name)
    events = nlp("Kenyan police arrested twelve protesters in Nairobi.")._.fp_records
    assert events and all(e.article_id == "doc" and e.published is None for e in events)
