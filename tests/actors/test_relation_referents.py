"""A relational noun owned by a country ("its neighbour", "Baku's foe", word class ``country_relation``)
stands for the one other country named in its sentence or the one before: not its owner, nor a party
of its own clause, nor a country named only as a place that does not border the owner; none where
two or more are, or none (actors/related.py). A place before the noun names its owner, never it
(events/implied.object_phrase). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _targets(coder, text: str, cameo_root: str) -> list[str | None]:
    events = coder.code_article(Article(id="t", text=text, published="2025-03-02"))
    return [e.target.code if e.target else None for e in events if e.cameo.startswith(cameo_root)]


@pytest.mark.parametrize("text, root, other", [
    # the one other country of the sentence, though named between the owner and "its"
    ("Burundi said on Monday it had shut the frontier with Rwanda, a week after accusing its neighbour "
     "of sheltering rebels.", "11", "RWA"),
    # the one other country of the sentence before
    ("Ethiopia massed troops near the Eritrean border. Addis Ababa accused its neighbour of arming rebels.",
     "11", "ERI"),
    # the owner is the one who accuses, not the teller, who is the other country
    ("Rwanda said Burundi had accused its neighbour of backing rebels.", "11", "RWA"),
])
def test_a_relational_noun_stands_for_the_other_country_named_near(coder, text, root, other):
    assert _targets(coder, text, root) == [other]


def test_a_city_before_a_relational_noun_is_its_owner_not_it(coder):
    # neither Manila, whose ally it is, nor Washington, who would stand with itself
    assert _targets(coder, "Washington stood with Manila's ally.", "05") == [None]


@pytest.mark.parametrize("text, word", [
    ("Russia attacked its neighbour.", "neighbour"),  # no other country named
    # France is named only as where the president speaks, and borders no part of Venezuela
    ("Venezuela's president, speaking in Paris, accused his country's neighbour of plotting a coup.", "neighbour"),
    # the accuser does not border the owner: no neighbour of China's
    ("The United States accused China of bullying its neighbour.", "neighbour"),
    # a group named beside the one other state: the enemy may be either
    ("Israel struck Hezbollah positions in Lebanon and vowed to crush its enemy.", "enemy"),
    # an ally may be a third country never named, even beside a country acted on in its sentence
    ("Japan and China traded protests. Tokyo said it would consult its ally.", "ally"),
    ("The United States said it stood with its ally and called on Beijing to stop.", "ally"),
])
def test_no_referent_where_no_one_other_country_is_named(code, text, word):
    assert code(text, word) == []


@pytest.mark.parametrize("text, word, other", [
    ("Armenia and Azerbaijan exchanged fire overnight. Baku accused its foe of shelling border villages.",
     "foe", "ARM"),
    ("Morocco and Algeria cut ties. Rabat accused its rival of backing the Polisario Front.", "rival", "DZA"),
    ("Sudan accused its neighbour, Chad, of arming the paramilitaries.", "neighbour", "TCD"),  # named beside it
])
def test_the_actor_of_the_relational_noun(code, text, word, other):
    assert [a.code for a in code(text, word)] == [other]
