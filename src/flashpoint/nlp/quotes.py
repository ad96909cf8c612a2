"""Direct quotes and who speaks them.

A direct quote is the text between quotation marks (straight or curly; a quote still open at the end
of a paragraph ends there). Its speaker is the subject of the verb of saying that attributes it:
after it in the sentence where it closes (``"...," the minister added``), else before it in the
sentence where it opens (``He said, "..."``). A quote that fills whole sentences and names no
speaker of its own takes the speaker of the main verb of saying of the sentence right after it
(``"..." Then: "Zelenskyy said ..."``) or, failing that, right before it. The speaker is a token
index (the head of the speaker's phrase); whether it is an actor is the actor stage's business.
A transcript's turn ("TARRIELA: At around 9 a.m., our ship ...") is told by its label's speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .words import word_class

__all__ = ["Quote", "quotes", "quote_at", "quote_speaker", "in_quote", "turn_speaker"]

_OPEN, _CLOSE, _BOTH = frozenset({"“", "«"}), frozenset({"”", "»"}), frozenset({'"'})
_SPEECH = word_class("speech")
_KEY = "flashpoint_quotes"
_TURNS_KEY = "flashpoint_turns"


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # first token inside the marks
    end: int  # the closing mark's index (or the end of the paragraph)
    speaker: int | None  # head token of the speaker's phrase, or None


def _paragraph_end(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text or tok.text_with_ws.endswith("\n")


def _spans(doc: Doc) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for tok in doc:
        t = tok.text
        if opened is None and (t in _OPEN or t in _BOTH):
            opened = tok.i + 1
        elif opened is not None and (t in _CLOSE or t in _BOTH):
            out.append((opened, tok.i))
            opened = None
        elif opened is not None and _paragraph_end(tok):
            out.append((opened, tok.i + (0 if tok.is_space else 1)))
            opened = None
    if opened is not None:
        out.append((opened, len(doc)))
    return [(a, b) for a, b in out if b > a]


def _subject(verb: Token) -> int | None:
    return next((c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _said_by(verbs: list[Token]) -> int | None:
    for v in verbs:
        s = _subject(v)
        if s is not None:
            return s
    return None


def _speech_verbs(sent: Span, lo: int, hi: int, inside: list[tuple[int, int]]) -> list[Token]:
    return [t for t in sent if lo <= t.i < hi and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _SPEECH
            and not any(a <= t.i < b for a, b in inside)]


def _whole_sentences(doc: Doc, start: int, end: int) -> bool:
    """The quote begins its sentence and nothing but punctuation follows it in its last one."""
    first, last = doc[start].sent, doc[max(start, end - 1)].sent
    lead = all(t.is_punct or t.is_space for t in doc[first.start:start])
    tail = all(t.is_punct or t.is_space for t in doc[end:last.end])
    return lead and tail


def _neighbour(doc: Doc, sent: Span, inside: list[tuple[int, int]]) -> int | None:
    """The subject of ``sent``'s main verb when that is a verb of saying outside any quote."""
    root = sent.root
    if root.lemma_.lower() not in _SPEECH or any(a <= root.i < b for a, b in inside):
        return None
    return _subject(root)


def _speaker(doc: Doc, start: int, end: int, inside: list[tuple[int, int]]) -> int | None:
    first, last = doc[start].sent, doc[max(start, end - 1)].sent
    after = _said_by(_speech_verbs(last, end + 1, last.end, inside))
    if after is not None:
        return after
    before = _said_by(list(reversed(_speech_verbs(first, first.start, start, inside))))
    if before is not None or not _whole_sentences(doc, start, end):
        return before
    nxt = next((t for t in doc[last.end:] if not (t.is_space or t.is_punct)), None)
    found = _neighbour(doc, nxt.sent, inside) if nxt is not None else None
    if found is not None:
        return found
    prev = next((t for t in reversed(doc[:first.start]) if not (t.is_space or t.is_punct)), None)
    return _neighbour(doc, prev.sent, inside) if prev is not None else None


def _turns(doc: Doc) -> list[tuple[int, int, int]]:
    """The turns of a transcript: a paragraph that a speaker's label in capitals opens ("TARRIELA:
    At around 9 a.m., ...", a dateline to the dateline stage), told by that label's last word, when
    the label opens two paragraphs or more (a filing city's "MANILA:" opens one)."""
    labels: list[tuple[int, int, str]] = []
    for start, end in getattr(doc._, "fp_datelines", None) or []:
        label = doc.text[start:end].strip()
        name = label[:-1].strip()
        if label.endswith(":") and name and all(w.isalpha() and w.isupper() for w in name.split()):
            labels.append((start, end, name))
    out = []
    for start, end, name in labels:
        if sum(1 for _, _, other in labels if other == name) < 2:
            continue
        said = doc.char_span(start, start + len(name), alignment_mode="expand")
        first = next((t for t in doc if t.idx >= end), None)
        if said is None or first is None:
            continue
        last = next((t.i for t in doc[first.i:] if _paragraph_end(t)), len(doc))
        if last > first.i:
            out.append((first.i, last, said[-1].i))
    return out


def quotes(doc: Doc) -> list[Quote]:
    """The direct quotes of ``doc`` with their speakers, in order (computed once per Doc)."""
    found = doc.user_data.get(_KEY)  # (plain tuples: the Doc's user data may be serialised)
    if found is None:
        spans = _spans(doc)
        found = [(a, b, _speaker(doc, a, b, spans)) for a, b in spans]
        doc.user_data[_KEY] = found
    return [Quote(a, b, s) for a, b, s in found]


def quote_at(doc: Doc, i: int) -> Quote | None:
    """The direct quote token ``i`` is inside, or None."""
    return next((q for q in quotes(doc) if q.start <= i < q.end), None)


def turn_speaker(doc: Doc, i: int) -> int | None:
    """The label's last word (a token index) of the transcript's turn token ``i`` is in, or None: the
    speaker of the turn's "I", "we" and "our" (no quote of theirs: what a spokesman tells in an
    interview is his report, not a bystander's narration)."""
    found = doc.user_data.get(_TURNS_KEY)
    if found is None:
        found = _turns(doc)
        doc.user_data[_TURNS_KEY] = found
    return next((who for start, end, who in found if start <= i < end), None)


def quote_speaker(doc: Doc, i: int) -> int | None:
    """The head token of the speaker of the direct quote token ``i`` is in, or None."""
    q = quote_at(doc, i)
    return q.speaker if q is not None else None


def in_quote(doc: Doc, i: int) -> bool:
    return quote_at(doc, i) is not None
