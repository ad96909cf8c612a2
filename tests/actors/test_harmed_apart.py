"""A possessive pronoun in the object of a deed of harm is never the harmer's own: "X struck Y's
sites and killed *its* commanders" is Y's (``actors/clauses.harmed_apart`` and ``harmed_beside``,
read by ``actors/pronouns``); "own" and nouns of a relation to the possessor ("its critics") keep
the doer. And the object pronoun of a clause of purpose is never the subject that does it ("police
fired tear gas to disperse *them*": ``clauses.clause_subject``). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _coded(text: str, word: str) -> set[str | None]:
    return {e.target.code if e.target is not None else None
            for e in code(text, "2025-06-14") if e.trigger == word or e.trigger.startswith(word + " ")}


@pytest.mark.parametrize(("text", "word", "want"), [
    # the owner of what the coordinated deed struck
    ("Israel struck Iran's nuclear facilities and killed its top military commanders on Friday.", "killed",
     {"IRNMIL"}),
    ("Azerbaijani forces shelled Armenian villages and wounded their residents.", "wounded", {"ARMCVL"}),
    # the same with the story around it: more countries told do not turn "its" back to the harmer
    ("Israel struck Iran's nuclear facilities and killed its top military commanders on Friday. "
     "Iraq and Jordan closed their airspace. Saudi Arabia condemned the strikes.", "killed", {"IRNMIL"}),
])
def test_a_harm_befalls_anothers_people(text: str, word: str, want: set[str]) -> None:
    assert _coded(text, word) == want


@pytest.mark.parametrize(("text", "word", "want"), [
    # "own" says whose
    ("Israel struck Iran's air defences and the army then shelled its own positions by mistake.", "shelled",
     {None}),
    # relations to the possessor: the harmer's critics, the harmer's hostages
    ("The junta killed its critics in Bamako.", "killed", {"MLI"}),
])
def test_own_and_relations_keep_the_doer(text: str, word: str, want: set[str | None]) -> None:
    assert _coded(text, word) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Hundreds of students marched on parliament. Police fired tear gas to disperse them.", "---EDU"),
    ("Farmers marched on the capital. Police used water cannon to disperse them.", "---AGR"),
    ("Hundreds of young people blocked the highway to Makurdi, and police fired tear gas to disperse them.",
     "NGACVL"),
])
def test_a_purpose_clause_object_is_not_its_doer(text: str, want: str) -> None:
    assert {e.target.code for e in code(text, "2025-06-14") if e.cameo == "175" and e.target} == {want}
