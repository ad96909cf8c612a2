"""Known error classes of actor recognition seen on stories outside the development set (issue 14),
each fixed as a phenomenon and tested on sentences written for several conflicts and wordings:

* "IS" for the Islamic State (2014-2019 wire copy): the parser read the verb "is", the actor was
  lost and the target fell to a place; an all-caps initialism spelt like a word is read as the name
  in running text (``nlp/initialisms.py``, ``data/lexicon/initialisms.yml``), the who's who lists
  "IS" as an alias, and the actors stage takes none that the parse left a verb;
* "the West" as the object ("accused the West of ...") is a bloc of states that no actor key stands
  for: no target (``actors/sides.unkeyed_bloc``, word class ``unkeyed_bloc``), where the scene's
  country, a place the object phrase names or the town of West, Texas stood in;
* "the alliance", bare and definite, refers back to the international organisation named before
  ("NATO ... The alliance accused Russia"), as "the bloc" does to the EU (word class
  ``alliance_anaphor``, ``actors/code.py`` and ``actors/pronouns.py``); with none told, no actor."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2016-05-10"):
    return coded_at(coder, text, published)


# --- "IS" is the Islamic State in running text ---

@pytest.mark.parametrize("text, root, source, target", [
    ("IS fighters stormed the Syrian army base near Deir ez-Zor on Sunday.", "19", "IMG", "SYR"),
    ("The Nigerian army said on Monday that IS militants had attacked its base in Borno state.", "19", "IMG", "NGA"),
    ("Libyan forces loyal to the unity government attacked IS positions in Sirte on Tuesday.", "19", "LBY", "IMG"),
    ("Turkish warplanes bombed IS targets in northern Syria on Wednesday.", "19", "TUR", "IMG"),
    ("An IS suicide bomber killed 30 Shiite pilgrims in Baghdad on Friday.", "19", "IMG", "IRQ"),
])
def test_is_in_running_text_is_the_islamic_state(coder, text, root, source, target):
    assert (root, source, target) in {(r, s, t) for r, s, t, _ in coded(coder, text)}, coded(coder, text)


def test_is_in_a_headline_in_capitals_is_no_actor_but_the_group_in_the_story_is(coder):
    evs = coded(coder, "WHAT IS BEHIND THE FIGHTING IN SIRTE\n\nLibyan forces shelled IS positions in Sirte on Tuesday.")
    assert {(s, t) for _, s, t, _ in evs} == {("LBY", "IMG")}, evs


# --- "the West" is a bloc no actor key stands for: no target, never a place or a country told ---

@pytest.mark.parametrize("text, source", [
    ("Russian President Vladimir Putin accused the West of stoking the conflict in Ukraine on Tuesday.", "RUS"),
    ("North Korea threatened the West with nuclear retaliation on Saturday.", "PRK"),
    ("Chinese Foreign Minister Wang Yi criticised the West for interfering in Hong Kong on Thursday.", "CHN"),
    ("Iran's foreign minister accused the West of hypocrisy over the war in Gaza on Sunday.", "IRN"),
    ("Venezuelan President Nicolas Maduro denounced the West for backing the opposition in Caracas.", "VEN"),
])
def test_the_west_is_no_actor(coder, text, source):
    evs = coded(coder, text, "2023-11-20")
    assert evs and all(s == source and t is None for _, s, t, _ in evs), evs


# --- "the alliance" refers back to the international organisation named before ---

@pytest.mark.parametrize("text, root, org, target", [
    ("NATO scrambled jets on Friday after Russian bombers neared Estonian airspace. The alliance accused "
     "Russia of reckless provocation.", "11", "NATO", "RUS"),
    ("NATO foreign ministers met in Brussels on Tuesday. The alliance pledged more air defence systems to "
     "Ukraine.", "03", "NATO", "UKR"),
    ("NATO leaders gathered in Vilnius on Wednesday. The alliance condemned Belarus for hosting Russian "
     "nuclear weapons.", "11", "NATO", "BLR"),
    ("The Collective Security Treaty Organization met in Yerevan on Monday. The alliance criticised "
     "Azerbaijan for the border incursion.", "11", "CSTO", "AZE"),
])
def test_the_alliance_is_the_body_named_before(coder, text, root, org, target):
    evs = coded(coder, text, "2023-07-12")
    assert (root, org, target) in {(r, s, t) for r, s, t, _ in evs}, evs
