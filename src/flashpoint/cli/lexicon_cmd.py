"""``flashpoint lexicon check [FILE...]``: validate action lexicon files (and, with none given, the
packaged lexicon and word classes)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from ..errors import LexiconError

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser("lexicon", help="inspect and validate lexicons")
    lsub = p.add_subparsers(dest="lexicon_command", metavar="ACTION")
    c = lsub.add_parser("check", help="validate action lexicon files (default: the packaged lexicon and word classes)")
    c.add_argument("files", nargs="*", metavar="FILE")
    c.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..events.lexicon import load_lexicon

    bad = 0
    files = args.files or [None]
    for f in files:
        try:
            lex = load_lexicon((f,) if f else ())
        except LexiconError as exc:
            print(f"flashpoint: error: {exc}", file=sys.stderr)
            bad += 1
            continue
        roots = sorted({e.code[:2] for e in lex.entries()})
        print(f"{f or 'packaged lexicon'}: ok, {len(lex)} entries (with the packaged ones), "
              f"version {lex.version}, CAMEO roots {', '.join(roots)}")
    if not args.files:  # the packaged data files the rules read beside the lexicon
        for name, summary in _packaged_files():
            try:
                line = summary()
            except LexiconError as exc:
                print(f"flashpoint: error: {exc}", file=sys.stderr)
                return 1
            print(f"packaged {name}: ok, {line}")
    return 1 if bad else 0


def _packaged_files() -> list[tuple[str, Callable[[], str]]]:
    """The packaged data files beside the lexicon, each with a function that loads and validates it
    (raising :class:`LexiconError`) and says what it holds."""
    from ..events.roots import ROOTS_FILE, root_sets
    from ..nlp.initialisms import INITIALISMS_FILE, initialisms
    from ..nlp.lemmas import LEMMAS_FILE, lemma_fixes
    from ..nlp.words import WORD_CLASSES_FILE, word_classes

    def classes() -> str:
        found = word_classes()
        return f"{len(found)} classes, {sum(len(w) for w in found.values())} words"

    return [(WORD_CLASSES_FILE, classes),
            (ROOTS_FILE, lambda: f"{len(root_sets())} sets of CAMEO codes"),
            (LEMMAS_FILE, lambda: f"{len(lemma_fixes())} lemma corrections"),
            (INITIALISMS_FILE, lambda: f"{len(initialisms().forms)} initialisms spelt like words")]
