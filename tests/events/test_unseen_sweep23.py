"""Missed-event classes (issue 14, recall on the missed classes), each on sentences of several
conflicts and wordings: the appeals of a communiqué's numbered paragraphs whose opening verb the
tagger reads as a plural noun, or whose issuer the story names making the document; refusals told
as a negated "accept"; a legislature or a cabinet that removes an office holder."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model


def codes(evs, root):
    return [e.cameo for r, s, t, e in evs if r == root]


# --- appeals in numbered communiqué paragraphs ---

def test_an_appeal_the_tagger_reads_as_a_noun_is_the_bodys(coder):
    text = ("The Peace and Security Council of the African Union,\n\n"
            "1. Condemns the attacks on civilians in Goma.\n\n"
            "2. Calls on Rwanda to withdraw its forces from eastern Congo.\n")
    evs = coded(coder, text, "2025-02-14")
    assert ("02", "AU", "RWA") in triples(evs)
    assert not any(r == "08" for r, s, t, e in evs)  # the withdrawal asked for is not done
    # a plural noun that opens a line with no number stays a noun
    evs = coded(coder, "Calls for calm grew in Beirut on Monday.", "2024-09-23")
    assert not any(r == "02" for r, s, t, e in evs)


def test_paragraphs_after_a_sentence_that_issues_the_communique_are_its_issuers(coder):
    text = ("ECOWAS leaders issued a communique on Sunday after their summit in Abuja.\n\n"
            "1. Condemns the coup in Niger.\n\n"
            "2. Calls on the junta in Niamey to release President Mohamed Bazoum.\n")
    evs = coded(coder, text, "2023-07-31")
    assert ("11", "ECOWAS", "NER") in triples(evs)
    assert ("02", "ECOWAS", "NER") in triples(evs)
    text = ("The Arab League adopted a resolution on Tuesday.\n\n"
            "1. Urges Israel to halt its offensive in Gaza.\n")
    evs = coded(coder, text, "2023-11-14")
    assert ("02", "Arab League", "ISR") in triples(evs)
    assert not any(r == "08" for r, s, t, e in evs)  # the halt urged is not done


# --- negated acceptance is a refusal ---

def test_will_not_accept_is_a_refusal(coder):
    evs = coded(coder, "Kyiv would never accept the annexation of Crimea by Russia, Zelensky said.",
                "2022-09-30")
    assert ("12", "UKR", "RUS") in triples(evs)
    evs = coded(coder, "Serbia would never accept the independence of Kosovo, the president said.",
                "2023-02-17")
    assert ("12", "SRB", "KOS") in triples(evs) or ("12", "SRB", "XKX") in triples(evs)
    evs = coded(coder, "Venezuela will not accept the results of the election in Guyana.", "2023-12-04")
    assert ("12", "VEN", "GUY") in triples(evs)


def test_refusing_a_plan_mediation_or_conditions_keeps_its_kind(coder):
    evs = coded(coder, "The Kosovo government said it would not accept the plan proposed by Serbia.",
                "2023-03-01")
    assert "120" in codes(evs, "12")
    evs = coded(coder, "Hamas will not accept the conditions set by Israel for a ceasefire, a spokesman said.",
                "2024-05-06")
    assert ("12", "PSE", "ISR") in triples(evs) and codes(evs, "12") == ["124"]
    evs = coded(coder, "The junta in Bamako said it would not accept mediation by ECOWAS.", "2022-01-10")
    assert codes(evs, "12") == ["126"]
    # an acceptance told as not given is no event
    evs = coded(coder, "Eritrea did not accept the invitation from Kenya.", "2023-03-01")
    assert not any(r in ("03", "12") for r, s, t, e in evs)


# --- a legislature or a cabinet removes an office holder ---

def test_a_legislature_that_removes_an_office_holder(coder):
    evs = coded(coder, "Peru's Congress ousted President Pedro Castillo in an impeachment vote on Wednesday.",
                "2022-12-08")
    assert ("11", "PER", "PER") in triples(evs)
    evs = coded(coder, "Lawmakers in Nepal voted to remove Prime Minister Pushpa Kamal Dahal on Friday.",
                "2024-07-13")
    assert ("11", "NPL", "NPL") in triples(evs)
    evs = coded(coder, "France's National Assembly ousted the government of Prime Minister Michel Barnier "
                "in a no-confidence vote on Wednesday.", "2024-12-05")
    assert ("11", "FRA", "FRA") in triples(evs)
    evs = coded(coder, "Kenyan senators voted to remove the governor of Meru on Thursday.", "2024-08-22")
    assert ("11", "KEN", "KEN") in triples(evs)
    # armed doers who remove a ruler cast no vote
    evs = coded(coder, "The army removed President Mohamed Bazoum in July.", "2023-08-10")
    assert not any(e.cameo == "110" for r, s, t, e in evs)


def test_a_cabinet_that_dismisses_an_office_holder(coder):
    evs = coded(coder, "The Moldovan cabinet voted to dismiss the defence minister on Monday.", "2023-02-13")
    assert ("11", "MDA", "MDA") in triples(evs)
    evs = coded(coder, "The Moldovan government dismissed the prosecutor general on Monday.", "2023-02-13")
    assert ("11", "MDA", "MDA") in triples(evs)

