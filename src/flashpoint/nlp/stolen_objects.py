"""The ``flashpoint_stolen_objects`` component: the object of a verb that the parser made the subject
of the next clause, coordinated after it, is the verb's object again.

The small model reads two clauses joined by "and" as one verb with a clausal complement when the
second clause's subject follows a phrase inside the first one's object: "Noboa has declared a state
of emergency in several provinces and troops have been deployed" comes out as "declared [that] a state
of emergency ... and troops have been deployed", and "Authorities detained about 100 people, including
journalists, and the governor's office banned demonstrations" as "detained [that] about 100 people ...
and the governor's office banned ...": the declaration or the arrest loses its object, and the ban its
doer. Placed after the lemmatizer (it reads lemmas), this component re-hangs such a clause on the verb as its conjunct, the
first noun phrase as the verb's object and the noun after "and" as the clause's subject, where:

- the verb has no object of its own and the clause, with no "that", follows it as its complement;
- the clause's subject starts right after the verb (an adverb between them aside);
- the noun after "and" is coordinated inside that subject's phrase, not with its head itself ("said
  *the army* and *the police* would withdraw" is a subject of two, left alone), or is one more
  subject the parser gave the clause, and nothing but the clause's auxiliaries and adverbs lies
  between it and the clause's verb;
- the verb is not a verb of saying, thinking or promising (word classes ``speech``, ``belief``,
  ``commitment``, ``intention``), whose clausal complement is what they report, unless its object is
  a measure one declares (word class ``declared_measure``: "declared a state of emergency").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .words import word_class

__all__ = ["stolen_objects", "stolen_object"]

_REPORTING = word_class("speech", "belief", "commitment", "intention")
_DECLARED = word_class("declared_measure")
_SUBJECTS = ("nsubj", "nsubjpass")
_BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod"})
_OBJECTS = frozenset({"dobj", "obj", "dative"})


def stolen_object(verb: Token) -> tuple[Token, Token, Token, Token] | None:
    """(object, clause, second subject, "and") where the parser made ``verb``'s object the subject of
    a clause coordinated after it (see the module's conditions), else None."""
    if not verb.tag_.startswith("VB") or any(c.dep_ in _OBJECTS for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or any(c.dep_ == "mark" for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS and verb.i < c.i < clause.i), None)
    if subject is None or any(t.dep_ not in ("advmod", "neg") for t in verb.doc[verb.i + 1:subject.left_edge.i]):
        return None
    if verb.lemma_.lower() in _REPORTING and subject.lemma_.lower() not in _DECLARED:
        return None
    second = _second_subject(subject, clause)
    if second is None:
        return None
    joint = verb.doc[second.left_edge.i - 1] if second.left_edge.i > subject.i + 1 else None
    if joint is not None and (joint.dep_ != "cc" or joint.lower_ != "and"):
        joint = None
    if joint is None or not all(t.head.i == clause.i and t.dep_ in _BETWEEN
                                for t in verb.doc[second.right_edge.i + 1:clause.i]):
        return None
    return subject, clause, second, joint


def _second_subject(subject: Token, clause: Token) -> Token | None:
    """The noun after "and" that is the clause's own subject: one more subject the parser gave the
    clause after the first ("detained 80 people, including students, and the governor's office
    banned ...": both hung on "banned"), or the last noun coordinated inside the first's phrase, not
    with its head itself ("declared a state of emergency in several provinces and troops have been
    deployed": "troops" hung on "provinces")."""
    more = [c for c in clause.children if c.dep_ in _SUBJECTS and subject.i < c.i < clause.i]
    if more:
        return more[-1]
    return max((t for t in subject.subtree if t.dep_ == "conj" and t.tag_.startswith("NN") and t.head.i != subject.i),
               key=lambda t: t.i, default=None)


@Language.component("flashpoint_stolen_objects", requires=["token.dep", "token.tag", "token.lemma"], assigns=["token.dep"])
def stolen_objects(doc: Doc) -> Doc:
    for verb in doc:
        found = stolen_object(verb)
        if found is not None:
            subject, clause, second, joint = found
            role = subject.dep_
            subject.head, subject.dep_ = verb, "dobj"
            if second.head.i != clause.i:
                second.head, second.dep_ = clause, role
            joint.head = verb
            clause.dep_ = "conj"
    return doc
