"""A subject "it" or "they" of a clause coordinated after another goes on telling of that clause's
subject, not of its object ("The AU suspended Mali after the coup, and it condemned the takeover":
the AU), unless its verb answers the first one's deed ("Israel struck Iran, and it retaliated").
actors/pronouns.Antecedents._first_conjunct_subject."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _events(coder, text):
    return [(e.cameo[:2], e.source.country or e.source.org, e.target.country or e.target.org if e.target else None)
            for e in coder.code_article(Article(id="p", text=text, published="2023-05-10"))]


@pytest.mark.parametrize(("text", "event", "reversed_"), [
    ("The African Union suspended Guinea after the coup, and on Monday it condemned the junta's new charter.",
     ("11", "AU", "GIN"), ("11", "GIN", "AU")),
    ("The European Union suspended aid to Niger in July and it later imposed sanctions on the junta.",
     ("16", "EU", "NER"), ("16", "NER", "NER")),
    ("Kenya recalled its ambassador to Somalia, and it also closed the border.",
     ("16", "KEN", "SOM"), ("16", "SOM", "KEN")),
])
def test_the_pronoun_of_a_second_clause_is_the_first_clauses_subject(coder, text, event, reversed_):
    evs = _events(coder, text)
    assert event in evs
    assert reversed_ not in evs
