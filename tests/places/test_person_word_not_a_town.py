"""A word the article uses in a person's name, found again by the scan of capitalised words outside
any person's or place's entity and after no place preposition ("Joseph Kabila Mwanza denied ... Mwanza
loyalists"), is a country, a capital, a region or a curated place by its own name, or no place: never
a town that shares the word (places/recognize.plausible, ``named_person``). Sentences the team wrote."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from flashpoint.config import Settings
    from flashpoint.nlp.pipeline import load_pipeline

    return load_pipeline(Settings())


def _places(nlp, text: str) -> list[tuple[str, str | None]]:
    with nlp.select_pipes(disable=["flashpoint_events", "flashpoint_records"]):
        doc = nlp(text)
    return [(p.text, p.location.country) for p in doc._.fp_places]


def test_a_word_of_a_persons_name_is_no_town(nlp) -> None:
    assert _places(nlp, "Rebel commander Joseph Kabila Mwanza denied the charges. Mwanza loyalists later "
                        "attacked a police post.") == []
    # (the word of a person's name that the story also gives a place preposition is a place)
    assert ("Mwanza", "TZA") in _places(nlp, "Opposition leader Tundu Mwanza spoke on Monday. Police later "
                                             "dispersed his supporters in Mwanza.")


def test_a_name_the_ner_read_as_a_persons_is_still_a_town(nlp) -> None:
    # only the last word of a person's name of two or more words counts: a name the NER took for a
    # person's ("Riverdale Luke Oil", a gas station) leaves its town a town elsewhere in the article
    assert ("Riverdale", "USA") in _places(nlp, "Nash Riad and Nancy Levan are cashiers at Riverdale Luke Oil gas "
                                                "station. The owner said of the Riverdale area that it has a "
                                                "small-town feel.")
