"""Outrage or alarm told as a passive of emotion ("was shocked by", "appalled by", "alarmed by"):
the one moved criticises (111) or worries about (012) the party its cause names, or the doer of the
deed noun it names; about no party it is no event. Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="m", text=text, published="2025-10-14"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, event", [
    ("France was dismayed by Iran's decision to expel the inspectors.", ("012", "FRA", "IRN")),
    ("Japan said it was deeply troubled by North Korea's missile launch.", ("012", "JPN", "PRK")),
    ("Ukraine's president was outraged by the Russian strike on a hospital in Kharkiv.", ("111", "UKRGOV", "RUS")),
    ("The Kenyan president was horrified by the attack by al-Shabaab on a school.", ("111", "KENGOV", "SOMREB")),
    ("Rebels attacked a village in the north on Friday. Britain said it was appalled by the attack.",
     ("111", "GBR", "---REB")),
])
def test_the_moved_criticise_the_cause(coder, text, event):
    assert event in coded(coder, text)


def test_the_doer_of_the_deed_told(coder):
    evs = coded(coder, "Police killed four students in Dhaka on Saturday. The Bangladeshi opposition leader "
                       "said she was outraged by the killings.")
    assert ("111", "BGDOPP", "BGDCOP") in evs


@pytest.mark.parametrize("text", [
    "The interior minister said he was shocked.",
    "Residents of the town were shocked by the blast.",
    "Germany was shocked by the blast in the capital, its foreign minister said.",
    "The opposition said it was troubled by the results of the election.",
])
def test_about_no_party_no_event(coder, text):
    assert not any(e[0] in ("111", "012") for e in coded(coder, text))


def test_wounded_by_a_blast_is_no_criticism(coder):
    assert not any(e[0][:2] in ("01", "11") for e in coded(coder, "Three soldiers were wounded by the blast near the border."))
