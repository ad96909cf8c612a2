"""The action lexicon: which words express which CAMEO action, in which grammatical frame.

The lexicon is a YAML file (``data/lexicon/actions.yml`` ships with the package; users add their own
with ``--lexicon FILE``, whose entries come first). Its format is documented in
``data/lexicon/README.md``. Each entry names a trigger lemma, optional conditions on the trigger's
dependents, where the target comes from, and a CAMEO code. When several entries of a lemma match a
trigger, the one with the most conditions wins (so "put X on alert" beats plain "put").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import LexiconError

__all__ = ["ActionEntry", "ActionLexicon", "load_lexicon", "default_lexicon_path", "TARGET_KINDS", "OBJECT_KINDS", "COMP_SUBJECTS"]

TARGET_KINDS = ("dobj", "iobj", "none", "subj", "ccomp", "comp_object", "purpose_object")  # plus "prep:<word>"
_ENTRY_KEYS = {
    "lemma", "code", "particle", "prep", "object", "pobj", "comp", "compound", "target", "intent",
    "passive", "note", "source", "negated_code", "needs_target", "comp_aux", "by", "doer", "label",
    "object_kind", "pobj_kind", "object_clause", "comp_subject", "blast_cause", "subject_kind",
}
# the direct object names a person or a party of people, not a deed ("welcomed Putin"); or a place,
# a town, base or region, by name or by its kind ("took Goma", "took the airport"); or an
# international organisation, one of its bodies or courts ("withdrew from ECOWAS", "quit UNESCO")
OBJECT_KINDS = ("person", "people", "others", "place", "organisation")
STATE = "STATE"  # with ``by``: a country named as such ("Russia attacked"), no sector
SOURCE_KINDS = ("poss", "subj")  # plus "prep:<word>"
# who does the deed of the verb's "that" clause: the source or its side ("warned that *it* would strike
# Kyiv": a threat), or a third party or a thing ("warned that *the blockade* would starve civilians")
COMP_SUBJECTS = ("own", "other")


@dataclass(frozen=True, slots=True)
class ActionEntry:
    """One lexicon entry. ``kind`` is "verb" or "noun"; ``where`` is "file:line" for explanations."""

    kind: str
    lemma: str
    code: str
    particle: str | None = None
    prep: str | None = None
    object: tuple[str, ...] = ()
    pobj: tuple[str, ...] = ()
    comp: tuple[str, ...] = ()
    comp_aux: tuple[str, ...] = ()
    compound: tuple[str, ...] = ()
    target: tuple[str, ...] = ("dobj",)
    source: tuple[str, ...] = ()
    intent: str | None = None
    negated_code: str | None = None
    passive: bool | None = None
    needs_target: bool = False
    by: tuple[str, ...] = ()  # the source's sector is one of these (or STATE: a country, no sector)
    doer: tuple[str, ...] = ()  # the source phrase's head noun is one of these ("drone", "surveillance drone")
    label: tuple[str, ...] = ()  # the object is called one of these ("called X illegal", "described X as a provocation")
    object_kind: str | None = None  # the direct object is of this kind (OBJECT_KINDS): "welcomed Putin"
    pobj_kind: str | None = None  # the object of ``prep`` is of this kind: "withdrew from ECOWAS"
    subject_kind: str | None = None  # the verb's subject is of this kind: "the town fell to the rebels"
    object_clause: bool = False  # the direct object has a content clause: "rejected the claim that it ..."
    blast_cause: bool = False  # a "when" clause tells a weapon going off: "died when a landmine exploded"
    comp_subject: str | None = None  # who does the clause's deed (COMP_SUBJECTS), checked once the source is known
    where: str = ""
    note: str | None = None

    @property
    def specificity(self) -> int:
        return sum(
            bool(x) for x in (self.particle, self.prep, self.object, self.pobj, self.comp, self.compound,
                              self.comp_aux, self.by, self.doer, self.label, self.object_kind, self.pobj_kind, self.subject_kind,
                              self.object_clause, self.comp_subject, self.blast_cause)
        ) + (self.passive is not None)

    @property
    def needs_doer(self) -> bool:
        """The entry reads the word only for some doers (``by``, ``doer``, ``comp_subject``): checked
        once the source is known."""
        return bool(self.by or self.doer or self.comp_subject)


@dataclass(slots=True)
class ActionLexicon:
    version: str
    verbs: dict[str, list[ActionEntry]] = field(default_factory=dict)
    nouns: dict[str, list[ActionEntry]] = field(default_factory=dict)
    paths: tuple[str, ...] = ()

    def entries(self) -> Iterable[ActionEntry]:
        for table in (self.verbs, self.nouns):
            for lst in table.values():
                yield from lst

    def __len__(self) -> int:
        return sum(1 for _ in self.entries())


_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: ten times faster


class _LineLoader(_Base):
    """A YAML loader that records the line of every mapping as key ``__line__``.

    Only ``true``/``false`` are booleans: YAML 1.1 would read the preposition ``on`` (and ``off``,
    ``yes``, ``no``) as booleans, which a lexicon of words cannot afford.
    """


_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = {str(k): v for k, v in loader.construct_mapping(node, deep=True).items()}
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _words(v: Any, path: str, line: int, key: str) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v.lower(),)
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return tuple(x.lower() for x in v)
    raise LexiconError(f"'{key}' must be a word or a list of words", path, line)


def _one(v: Any, path: str, line: int, key: str) -> str | None:
    if v is None:
        return None
    if isinstance(v, str) and v.strip():
        return v.strip().lower()
    raise LexiconError(f"'{key}' must be a single word", path, line)


def _code(v: Any, path: str, line: int, key: str, known: set[str] | None) -> str:
    if isinstance(v, int):
        raise LexiconError(f"'{key}' must be quoted (\"{v:03d}\"?), YAML reads it as a number", path, line)
    if not isinstance(v, str) or not v.isdigit() or not 2 <= len(v) <= 4:
        raise LexiconError(f"'{key}' must be a CAMEO code such as \"173\", got {v!r}", path, line)
    if known is not None and v not in known:
        raise LexiconError(f"'{key}' {v} is not a CAMEO code", path, line)
    return v


def _entry(kind: str, raw: Any, path: str, known: set[str] | None) -> ActionEntry:
    if not isinstance(raw, dict):
        raise LexiconError(f"each {kind} entry must be a mapping", path, None)
    line = int(raw.pop("__line__", 0)) or None
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise LexiconError(f"unknown key(s) {', '.join(sorted(unknown))}", path, line)
    lemma = raw.get("lemma")
    if not isinstance(lemma, str) or not lemma.strip():
        raise LexiconError("entry needs a 'lemma'", path, line)
    if "code" not in raw:
        raise LexiconError(f"entry '{lemma}' needs a 'code'", path, line)
    target = _words(raw.get("target", "dobj"), path, line or 0, "target")
    for t in target:
        if t not in TARGET_KINDS and not (t.startswith("prep:") and len(t) > 5):
            raise LexiconError(f"'target' {t!r} must be one of {', '.join(TARGET_KINDS)} or prep:WORD", path, line)
    source = _words(raw.get("source"), path, line or 0, "source")
    for t in source:
        if t not in SOURCE_KINDS and not (t.startswith("prep:") and len(t) > 5):
            raise LexiconError(f"'source' {t!r} must be one of {', '.join(SOURCE_KINDS)} or prep:WORD", path, line)
    passive = raw.get("passive")
    if passive is not None and not isinstance(passive, bool):
        raise LexiconError("'passive' must be true or false", path, line)
    needs_target = raw.get("needs_target", False)
    if not isinstance(needs_target, bool):
        raise LexiconError("'needs_target' must be true or false", path, line)
    object_clause = raw.get("object_clause", False)
    if not isinstance(object_clause, bool):
        raise LexiconError("'object_clause' must be true or false", path, line)
    blast_cause = raw.get("blast_cause", False)
    if not isinstance(blast_cause, bool):
        raise LexiconError("'blast_cause' must be true or false", path, line)
    by = tuple(w.upper() for w in _words(raw.get("by"), path, line or 0, "by"))
    for b in by:
        if not (len(b) == 3 and b.isalpha()) and b != STATE:
            raise LexiconError(f"'by' {b!r} must be a sector code (MIL, OPP, ...) or {STATE}", path, line)
    object_kind = _one(raw.get("object_kind"), path, line or 0, "object_kind")
    pobj_kind = _one(raw.get("pobj_kind"), path, line or 0, "pobj_kind")
    subject_kind = _one(raw.get("subject_kind"), path, line or 0, "subject_kind")
    for name, value in (("object_kind", object_kind), ("pobj_kind", pobj_kind), ("subject_kind", subject_kind)):
        if value is not None and value not in OBJECT_KINDS:
            raise LexiconError(f"{name!r} {value!r} must be one of {', '.join(OBJECT_KINDS)}", path, line)
    comp_subject = _one(raw.get("comp_subject"), path, line or 0, "comp_subject")
    if comp_subject is not None and comp_subject not in COMP_SUBJECTS:
        raise LexiconError(f"'comp_subject' {comp_subject!r} must be one of {', '.join(COMP_SUBJECTS)}", path, line)
    if pobj_kind is not None and not raw.get("prep"):
        raise LexiconError("'pobj_kind' needs a 'prep' (the preposition whose object it is)", path, line)
    return ActionEntry(
        kind=kind,
        lemma=lemma.strip().lower(),
        code=_code(raw["code"], path, line or 0, "code", known),
        particle=_one(raw.get("particle"), path, line or 0, "particle"),
        prep=_one(raw.get("prep"), path, line or 0, "prep"),
        object=_words(raw.get("object"), path, line or 0, "object"),
        pobj=_words(raw.get("pobj"), path, line or 0, "pobj"),
        comp=_words(raw.get("comp"), path, line or 0, "comp"),
        comp_aux=_words(raw.get("comp_aux"), path, line or 0, "comp_aux"),
        compound=_words(raw.get("compound"), path, line or 0, "compound"),
        target=target,
        source=source,
        intent=_code(raw["intent"], path, line or 0, "intent", known) if raw.get("intent") else None,
        negated_code=(_code(raw["negated_code"], path, line or 0, "negated_code", known)
                      if raw.get("negated_code") else None),
        passive=passive,
        needs_target=needs_target,
        by=by,
        doer=_words(raw.get("doer"), path, line or 0, "doer"),
        label=_words(raw.get("label"), path, line or 0, "label"),
        object_kind=object_kind,
        subject_kind=subject_kind,
        pobj_kind=pobj_kind,
        object_clause=object_clause,
        blast_cause=blast_cause,
        comp_subject=comp_subject,
        where=f"{Path(path).name}:{line}",
        note=raw.get("note"),
    )


def _read_file(path: str, known: set[str] | None) -> tuple[str, list[ActionEntry]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon: {exc.strerror or exc}", path) from None
    try:
        doc = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise LexiconError(f"not valid YAML: {getattr(exc, 'problem', exc)}", path,
                           mark.line + 1 if mark else None) from None
    if not isinstance(doc, dict):
        raise LexiconError("a lexicon is a mapping with 'version', 'verbs' and 'nouns'", path, 1)
    unknown = set(doc) - {"version", "verbs", "nouns", "__line__"}
    if unknown:
        raise LexiconError(f"unknown top-level key(s) {', '.join(sorted(unknown))}", path, 1)
    entries: list[ActionEntry] = []
    for kind, key in (("verb", "verbs"), ("noun", "nouns")):
        lst = doc.get(key) or []
        if not isinstance(lst, list):
            raise LexiconError(f"'{key}' must be a list of entries", path, None)
        entries.extend(_entry(kind, dict(raw) if isinstance(raw, dict) else raw, path, known) for raw in lst)
    return str(doc.get("version", "0")), entries


def default_lexicon_path() -> str:
    """The packaged action lexicon."""
    return str(resources.files("flashpoint") / "data" / "lexicon" / "actions.yml")


def _known_codes() -> set[str] | None:
    try:
        from ..ontology import load_ontology
    except ImportError:
        return None
    return {c.code for c in load_ontology().codes()}


def load_lexicon(extra: tuple[str, ...] = ()) -> ActionLexicon:
    """Load the packaged lexicon plus user files ``extra`` (their entries are tried first); cached."""
    return _load_lexicon(tuple(extra))


@functools.lru_cache(maxsize=8)
def _load_lexicon(extra: tuple[str, ...]) -> ActionLexicon:
    known = _known_codes()
    version, base = _read_file(default_lexicon_path(), known)
    lex = ActionLexicon(version=version, paths=(default_lexicon_path(), *extra))
    user: list[ActionEntry] = []
    for p in extra:
        user.extend(_read_file(p, known)[1])
    for e in [*user, *base]:
        table = lex.verbs if e.kind == "verb" else lex.nouns
        table.setdefault(e.lemma, []).append(e)
    return lex
