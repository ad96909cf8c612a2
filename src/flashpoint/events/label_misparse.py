"""Labels the parser misplaces after a verb of calling (word class ``labelling``): what the verb
calls its object, where the parse does not hang it on the verb. Three shapes:

- an adjective in -ly (word class ``adjective_in_ly``) the tagger took for an adverb of the verb,
  right after the object ("called the attack cowardly"; not "called a strike immediately");
- a noun set in apposition to the object with no comma between ("called the bombing of the dam a
  crime");
- the object of a gerund object with its article ("called the shelling a war crime", "called the
  torching an act of terrorism"), where the parser read the deed noun as a verb with an object.

The object is then judged, not done or held by the verb's subject. Used by
:func:`flashpoint.events.grammar.label_heads`."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["misparsed_label_heads", "gerund_object"]

LABELLING = word_class("labelling")
ADJECTIVES_IN_LY = word_class("adjective_in_ly")


def gerund_object(verb: Token) -> Token | None:
    """The deed noun a verb of calling calls by a name, where the parser read it as a gerund with
    its article, the object or the object predicate of the verb ("called the shelling a war
    crime"), or a gerund the parser made a modifier of the label ("called the storming
    unacceptable", "called the raiding a crime"); else None."""
    if verb.lemma_.lower() not in LABELLING:
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    found = next((c for c in objs if c.tag_ == "VBG" and any(d.dep_ == "det" for d in c.children)), None)
    # ("called the storming unacceptable": the gerund an adjective of the label, the article the
    # label's; "called the raiding a crime": the label a noun with an article of its own after it)
    return found or next((m for c in objs for m in c.children if m.dep_ == "amod" and m.tag_ == "VBG" and m.i < c.i
                          and any(d.dep_ == "det" and d.i < m.i for d in c.children)
                          and (c.pos_ == "ADJ" or any(d.dep_ == "det" and m.i < d.i for d in c.children))), None)


def misparsed_label_heads(verb: Token) -> list[Token]:
    """What a verb of calling calls its first object, in the shapes the parser misplaces (see the
    module); none for a verb of another kind or one with no object."""
    if verb.lemma_.lower() not in LABELLING:
        return []
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i), None)
    if obj is None:
        return []
    doc = verb.doc
    out = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ADJECTIVES_IN_LY and c.i == obj.right_edge.i + 1]
    out += [c for c in obj.children if c.dep_ == "appos" and c.i > obj.i and doc[c.left_edge.i - 1].text != ","]
    if (gerund := gerund_object(verb)) is not None and gerund.i == obj.i:
        out += [c for c in obj.children if c.dep_ in ("dobj", "oprd") and c.i > obj.i]
    elif gerund is not None and gerund.head.i == obj.i:
        out.append(obj)  # ("called the raiding a crime": the object the gerund modifies is the label)
    return out
