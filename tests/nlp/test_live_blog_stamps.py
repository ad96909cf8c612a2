"""A live blog's entries stamped with a bare clock and no separator ("10:15 The ministry says ...",
"09:40 Kyiv: Police ..."): the stamp (with the place an entry is filed from) is a dateline, no part of
the sentence, so neither the time nor the place becomes an actor. One paragraph that opens with a
time is prose. Texts are the team's own."""

from __future__ import annotations

from flashpoint.nlp.dateline import find_datelines

BLOG = (
    "Sudan war: live updates\n\n"
    "07:50 Omdurman: Army jets bombed a market in the west of the city, residents say.\n\n"
    "08:30 The African Union has called for an immediate truce.\n\n"
    "10.15am GMT Egypt has condemned the shelling of the airport.\n\n"
    "11:05 BST Rapid Support Forces say they shot down a helicopter."
)


def test_bare_clock_stamps_of_a_live_blog_are_datelines():
    found = [BLOG[a:b] for a, b in find_datelines(BLOG)]
    assert found == ["07:50 Omdurman: ", "08:30 ", "10.15am GMT ", "11:05 BST "]
    # (but one paragraph that opens with a time is prose)
    text = "KABUL - The convoy left at dawn.\n\n9.30 Officials said the road had reopened."
    assert [text[a:b] for a, b in find_datelines(text)] == ["KABUL - "]


def test_a_capitalised_word_after_the_clock_is_no_time_zone():
    text = "13:45 US President Joe Biden spoke to Netanyahu.\n\n14:10 UN envoys arrived in Cairo."
    assert [text[a:b] for a, b in find_datelines(text)] == ["13:45 ", "14:10 "]
