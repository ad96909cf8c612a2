"""Datelines and wire credits: found by form, never coded as actors (sentences the team wrote)."""

from __future__ import annotations

import pytest

from flashpoint.nlp.dateline import find_datelines
from flashpoint.records import Article


def prefix(text: str) -> str | None:
    spans = find_datelines(text)
    return text[spans[0][0]:spans[0][1]] if spans else None


@pytest.mark.parametrize("text, expected", [
    ("BAMAKO, Mali (AFP) — Soldiers entered the town.", "BAMAKO, Mali (AFP) — "),
    ("KHARTOUM, Oct 3 (Reuters) - The army said", "KHARTOUM, Oct 3 (Reuters) - "),
    ("Yangon [Myanmar], March 2: The junta said", "Yangon [Myanmar], March 2: "),
    ("Islamabad: Police detained", "Islamabad: "),
    ("ADDIS ABABA | Xinhua – Ethiopia said", "ADDIS ABABA | Xinhua – "),
    ("(AP) — The ministry said", "(AP) — "),
    ("CARACAS -- Protesters marched", "CARACAS -- "),
    ("La Paz, 3 Jul (EFE).- Bolivian police arrested", "La Paz, 3 Jul (EFE).- "),  # a Spanish agency's credit
    ("(EFE).- The ministry said", "(EFE).- "),
])
def test_datelines_are_found_by_their_form(text, expected):
    assert prefix(text) == expected


@pytest.mark.parametrize("text", [
    "Colombian police said: the suspects fled.",  # prose before the colon
    "Armenia - Azerbaijan talks resumed on Monday.",  # a plain hyphen after one mixed-case name
    "Analysis: the ceasefire is fragile.",  # a label, not a place
    "The army attacked the town.",
])
def test_prose_is_not_a_dateline(text):
    assert prefix(text) is None


def test_a_dateline_starts_each_paragraph_it_leads():
    text = "First line of a story.\n\nNAIROBI, Kenya — Police arrested ten people."
    assert prefix(text[text.index("NAIROBI"):]) == "NAIROBI, Kenya — "
    assert [text[a:b] for a, b in find_datelines(text)] == ["NAIROBI, Kenya — "]


@pytest.mark.model
def test_the_filing_city_and_agency_are_never_actors(coder):
    text = "BEIRUT, Lebanon (Reuters) — Syrian government forces shelled a village held by rebels near Idlib."
    evs = coder.code_article(Article(id="d", text=text, published="2024-05-02"))
    assert evs and all(e.source.country == "SYR" for e in evs)
    assert not any(e.source.country in ("LBN", "GBR") or (e.target and e.target.country in ("LBN", "GBR"))
                   for e in evs)


@pytest.mark.model
def test_a_dateline_the_lexicon_does_not_know_is_no_actor_either(coder):
    # an unknown filing city and credit would otherwise be an actor of unknown country ("---")
    text = "KHARTOUM (Wire) — The paramilitary Rapid Support Forces shelled a camp near El Fasher."
    doc = coder.parse(Article(id="d", text=text, published="2024-05-02"))
    assert not any(m.start == 0 for m in doc._.fp_actors)


@pytest.mark.parametrize("text, expected", [
    ("14:05 GMT - Border guards said troops opened fire.", "14:05 GMT - "),
    ("09.30am: The ministry said", "09.30am: "),
    ("• Nauru: The government said", "• Nauru: "),
    ("- Tonga: Police arrested two men.", "- Tonga: "),
])
def test_timestamps_and_bulleted_labels_are_datelines(text, expected):
    assert prefix(text) == expected


def test_a_list_of_briefs_is_items_with_their_labels():
    from flashpoint.nlp.dateline import brief_items, item_of

    text = "In brief\n\n• Fiji: Police arrested a man.\n• Samoa: The cabinet resigned.\n"
    items = brief_items(text)
    assert [label for _, _, label in items] == ["Fiji", "Samoa"]
    assert item_of(items, text.index("cabinet")) == 1 and item_of(items, 0) is None
    assert brief_items("• Fiji: Police arrested a man.\n") == []  # one item is no list


def test_a_roundups_unbulleted_items_in_title_case_are_briefs_from_three_on():
    from flashpoint.nlp.dateline import brief_items

    text = ("The week\n\nFiji: Police arrested a man.\n\nSamoa: The cabinet resigned.\n\n"
            "New Caledonia: Crowds marched in Noumea.\n")
    assert [label for _, _, label in brief_items(text)] == ["Fiji", "Samoa", "New Caledonia"]
    # two such labels are no list (in capitals they are), nor labels that come back (an interview's)
    assert brief_items("Fiji: Police arrested a man.\n\nSamoa: The cabinet resigned.\n") == []
    assert brief_items("Host: Why?\n\nMinister: Because.\n\nHost: And now?\n\nMinister: Wait.\n") == []


@pytest.mark.model
def test_the_sentence_after_a_dateline_keeps_its_first_word(coder):
    evs = coder.code_article(Article(id="d", text=(
        "BISHKEK (Wire) - Kyrgyz President Sadyr Japarov has spoken by phone with Tajik President Emomali "
        "Rahmon."), published="2024-05-02"))
    assert any(e.source and e.source.text == "Kyrgyz President Sadyr Japarov" and e.target
               and e.target.country == "TJK" for e in evs)


@pytest.mark.model
def test_a_spanish_agencys_dateline_leaves_the_sentence_it_opens(coder):
    # "(EFE).-": the credit ends in a full stop before its dash; the sentence after it is the lead
    text = "La Paz, 3 Jul (EFE).- Bolivian police arrested a former army commander on Wednesday."
    evs = coder.code_article(Article(id="d", text=text, published="2024-07-03"))
    assert [(e.source.text, e.cameo, e.date) for e in evs] == [("Bolivian police", "173", "2024-07-03")]
