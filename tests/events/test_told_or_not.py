"""Whether a sentence tells a deed at all, and as what: denied participles and intents carried out,
on sentences the team wrote about other conflicts."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="s", text=text, published="2023-06-07"))
    return [(e.cameo[:3], e.source.country if e.source else None, e.target.country if e.target else None)
            for e in evs]


@pytest.mark.parametrize("text", [
    "There was no immediate Ukrainian comment on the reported tank shelling incident.",
    "No Sudanese troops shelling the camp were seen on Sunday, residents said.",
])
def test_a_participle_of_a_noun_with_no_tells_no_deed(coder, text):
    assert [e for e in coded(coder, text) if e[0][:2] == "19"] == []


def test_a_participle_of_a_noun_without_no_still_tells_its_deed(coder):
    evs = coded(coder, "Witnesses said Sudanese troops shelling the camp had killed two farmers.")
    assert any(e[0][:2] in ("18", "19") and e[1] == "SDN" for e in evs)


def test_an_intent_carried_out_in_its_own_sentence_is_the_deed_alone(coder):
    evs = coded(coder, "On Monday the presidents of Sudan and South Sudan agreed to settle their border "
                       "dispute and signed an accord in Addis Ababa.")
    assert {e[0][:2] for e in evs} == {"05"}
    assert ("057", "SDN", "SSD") in evs


def test_an_intent_whose_clause_tells_no_deed_done_stays_an_intent(coder):
    evs = coded(coder, "On Monday the presidents of Sudan and South Sudan agreed to settle their border "
                       "dispute and to hold further talks.")
    assert ("037", "SDN", "SSD") in evs


@pytest.mark.parametrize("text, code, src, tgt", [
    ("Al-Shabaab claimed it had carried out a suicide attack on an African Union base.", "19", "SOM", None),
    ("Hezbollah claimed it had fired rockets at an Israeli army post on Tuesday.", "19", "LBN", "ISR"),
    ("The Myanmar army claimed it had killed 30 insurgents near Myawaddy.", "19", "MMR", "MMR"),
])
def test_a_claim_of_ones_own_deed_tells_the_deed(coder, text, code, src, tgt):
    evs = coded(coder, text)
    assert any(e[0][:2] == code and e[1] == src and (tgt is None or e[2] == tgt) for e in evs), evs


@pytest.mark.parametrize("text", [
    "Russia claimed Ukraine had shelled the nuclear power plant.",
    "Police claimed they had been attacked by protesters in Nairobi.",
])
def test_a_claim_of_anothers_deed_stays_an_allegation(coder, text):
    assert [e for e in coded(coder, text) if e[0][:2] in ("18", "19")] == []



@pytest.mark.parametrize("text", [
    'Thousands of Georgians rallied in Tbilisi. Protesters shouted: "Arrest the prime minister and release '
    'the students."',
    '"Arrest him," the crowd chanted outside the court in Tbilisi on Monday.',
    'Thousands of Georgians rallied in Tbilisi. Some shouted: "Arrest the prime minister."',
])
def test_a_command_that_opens_a_quote_is_no_deed(coder, text):
    assert [e for e in coded(coder, text) if e[0][:2] in ("17", "08")] == []


def test_a_deed_the_speaker_will_do_in_a_quote_stays_an_intent(coder):
    evs = coded(coder, '"We will arrest anyone who attacks the police," the Georgian interior minister said.')
    assert any(e[0][:2] == "13" for e in evs), evs
