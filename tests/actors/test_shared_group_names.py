"""A name that armed groups of several countries share ("al-Shabab": Somalia's, and the insurgents
of Mozambique's Cabo Delgado) means the group of the country the story names most, else the first
listed (``Lexicon.shared_group``, read before the phrases are coded); a name of one group, or of
groups of one country, is not shared. Sentences are the team's own."""

from __future__ import annotations

from collections import Counter

import pytest

from flashpoint.actors.lexicon import load_lexicon


def test_a_shared_name_is_the_group_of_the_story_country():
    lex = load_lexicon()
    refs = lex.names["al-Shabab"]
    assert lex.shared_group(refs, Counter({"MOZ": 2, "RWA": 1})).key == "ASWJ"
    assert lex.shared_group(refs, Counter({"SOM": 1})).key == "al-Shabaab"
    assert lex.shared_group(refs, Counter({"KEN": 3})).key == "al-Shabaab"  # (neither's: the first listed)


def test_a_name_of_one_group_is_not_shared():
    lex = load_lexicon()
    assert lex.shared_group(lex.names["Houthis"], Counter({"YEM": 1})) is None
    assert lex.shared_group(lex.names["Taliban"], Counter({"PAK": 1})) is None


@pytest.mark.model
@pytest.mark.parametrize("text, word, country", [
    ("Al-Shabaab fighters beheaded five villagers in Mozambique's Cabo Delgado province.", "fighters", "MOZ"),
    ("Al-Shabab militants stormed a hotel in Mogadishu, Somalia, on Friday.", "militants", "SOM"),
    ("Kenyan troops killed 12 al-Shabab fighters near the border on Monday.", "fighters", "SOM"),
])
def test_the_group_a_story_means(code, text, word, country):
    actors = code(text, word)
    assert any(a.country == country and a.sector == "REB" for a in actors), actors
