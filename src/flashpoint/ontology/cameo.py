"""The CAMEO event ontology with Goldstein weights, QuadClass and PLOVER equivalents.

The facts live in two tab-separated files shipped with the package,
``flashpoint/data/ontology/cameo.tsv`` and ``flashpoint/data/ontology/plover.tsv``
(see the README next to them). :func:`load_ontology` reads and validates both once
and returns an :class:`Ontology`; :func:`parse_ontology` does the same for text
supplied by the caller. Invalid data raises :class:`~flashpoint.errors.LexiconError`
naming the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from flashpoint.errors import LexiconError

__all__ = [
    "PLOVER_TYPES",
    "CameoCode",
    "Ontology",
    "load_ontology",
    "parse_ontology",
    "quad_class",
]

#: The 16 event types of the PLOVER 2021 draft, in the manual's order.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

_CAMEO_COLUMNS = ("code", "goldstein", "name")
_PLOVER_COLUMNS = ("code", "type", "mode")
_CODE_RE = re.compile(r"\d{2,4}")
_MODE_RE = re.compile(r"[a-z][a-z_-]*")
_VERSION_RE = re.compile(r"#\s*version\s*:\s*(\S+)\s*$")


def quad_class(root: str) -> int:
    """Return the QuadClass (1-4) of a CAMEO root, using the GDELT 1.0 / Phoenix convention.

    1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20). A longer code is
    accepted too and classed by its first two digits.

    Raises:
        ValueError: ``root`` is not a CAMEO code with a root from 01 to 20.
    """
    if not _CODE_RE.fullmatch(root):
        raise ValueError(f"not a CAMEO code: {root!r}")
    number = int(root[:2])
    if not 1 <= number <= 20:
        raise ValueError(f"not a CAMEO root: {root[:2]!r}")
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with everything flashpoint knows about it."""

    code: str
    """The CAMEO code, two to four digits with leading zeros (``"0211"``)."""
    name: str
    """CAMEO short name (``"Arrest, detain, or charge with legal action"``)."""
    root: str
    """The two-digit cue category the code belongs to (itself for a root)."""
    root_name: str
    """Short name of the root."""
    goldstein: float
    """Goldstein weight, from -10.0 (most conflictual) to 10.0 (most cooperative)."""
    quad_class: int
    """QuadClass 1-4 of the root (see :func:`quad_class`)."""
    plover_type: str | None
    """PLOVER event type, or None where PLOVER drops the code (CAMEO 01 and 02)."""
    plover_mode: str | None
    """PLOVER mode, or None where there is none."""

    @property
    def is_root(self) -> bool:
        """True for the 20 two-digit cue categories."""
        return len(self.code) == 2


class Ontology:
    """The full set of CAMEO codes, looked up by code string."""

    def __init__(self, version: str, codes: list[CameoCode]) -> None:
        """Build an ontology from already validated codes (in codebook order)."""
        self.version = version
        self._codes: dict[str, CameoCode] = {c.code: c for c in codes}

    def get(self, code: str) -> CameoCode:
        """Return the entry for ``code``.

        Raises:
            KeyError: the code is not a CAMEO code.
        """
        try:
            return self._codes[code]
        except (KeyError, TypeError):
            raise KeyError(code) from None

    def __contains__(self, code: object) -> bool:
        """True when ``code`` is a CAMEO code string known to the ontology."""
        return isinstance(code, str) and code in self._codes

    def __len__(self) -> int:
        """Number of codes, roots included."""
        return len(self._codes)

    def __iter__(self) -> Iterator[CameoCode]:
        """Iterate over all codes in codebook order."""
        return iter(self._codes.values())

    def codes(self) -> list[CameoCode]:
        """All codes, roots included, in codebook order."""
        return list(self._codes.values())

    def roots(self) -> list[CameoCode]:
        """The 20 cue categories, 01 to 20."""
        return [c for c in self._codes.values() if c.is_root]

    def __repr__(self) -> str:
        """Short description with version and size."""
        return f"Ontology(version={self.version!r}, codes={len(self._codes)})"


@dataclass(frozen=True)
class _Row:
    """One data row of a TSV file with its 1-based line number."""

    line: int
    fields: tuple[str, ...]


def _read_tsv(text: str, path: str, columns: tuple[str, ...]) -> tuple[str, list[_Row]]:
    """Split a commented TSV into its version and data rows, checking the header.

    Comment lines start with ``#``; one of them must be ``# version: X``. The first
    other non-blank line must be the header naming ``columns``. Rows may omit
    trailing empty fields but may not have more fields than there are columns.
    """
    version: str | None = None
    header_seen = False
    rows: list[_Row] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("#"):
            match = _VERSION_RE.match(line)
            if match:
                if version is not None:
                    raise LexiconError("version given twice", path, number)
                version = match.group(1)
            continue
        fields = tuple(f.strip() for f in line.split("\t"))
        if not header_seen:
            if fields != columns:
                expected = "\\t".join(columns)
                raise LexiconError(f"expected header {expected!r}", path, number)
            header_seen = True
            continue
        if len(fields) > len(columns):
            raise LexiconError(f"{len(fields)} fields, expected at most {len(columns)}", path, number)
        rows.append(_Row(number, fields + ("",) * (len(columns) - len(fields))))
    if version is None:
        raise LexiconError("missing '# version: ...' comment", path)
    if not header_seen:
        raise LexiconError("missing header row", path)
    return version, rows


@dataclass(frozen=True)
class _Base:
    """A validated row of cameo.tsv."""

    code: str
    goldstein: float
    name: str


def _parse_cameo(text: str, path: str) -> tuple[str, list[_Base]]:
    """Parse and validate cameo.tsv: codes, weights, names and the code hierarchy."""
    version, rows = _read_tsv(text, path, _CAMEO_COLUMNS)
    seen: dict[str, _Base] = {}
    for row in rows:
        code, weight, name = row.fields
        if not _CODE_RE.fullmatch(code):
            raise LexiconError(f"invalid CAMEO code {code!r}", path, row.line)
        if code in seen:
            raise LexiconError(f"duplicate code {code}", path, row.line)
        if not 1 <= int(code[:2]) <= 20:
            raise LexiconError(f"code {code} has no root 01-20", path, row.line)
        parent = code[:-1] if len(code) == 4 else code[:2]
        if len(code) > 2 and parent not in seen:
            raise LexiconError(f"code {code} comes before its parent {parent}", path, row.line)
        try:
            goldstein = float(weight)
        except ValueError:
            raise LexiconError(f"invalid Goldstein weight {weight!r}", path, row.line) from None
        if not -10.0 <= goldstein <= 10.0:
            raise LexiconError(f"Goldstein weight {weight} outside -10..10", path, row.line)
        if not name:
            raise LexiconError(f"code {code} has no name", path, row.line)
        seen[code] = _Base(code, goldstein, name)
    missing = [f"{n:02d}" for n in range(1, 21) if f"{n:02d}" not in seen]
    if missing:
        raise LexiconError(f"missing root codes: {', '.join(missing)}", path)
    return version, list(seen.values())


def _parse_plover(text: str, path: str, known: set[str]) -> tuple[str, dict[str, tuple[str | None, str | None]]]:
    """Parse and validate plover.tsv against the codes of cameo.tsv."""
    version, rows = _read_tsv(text, path, _PLOVER_COLUMNS)
    mapping: dict[str, tuple[str | None, str | None]] = {}
    for row in rows:
        code, plover_type, mode = row.fields
        if code not in known:
            raise LexiconError(f"code {code!r} is not in the CAMEO table", path, row.line)
        if code in mapping:
            raise LexiconError(f"duplicate code {code}", path, row.line)
        if plover_type and plover_type not in PLOVER_TYPES:
            raise LexiconError(f"unknown PLOVER type {plover_type!r}", path, row.line)
        if mode and not plover_type:
            raise LexiconError(f"mode {mode!r} given without a PLOVER type", path, row.line)
        if mode and not _MODE_RE.fullmatch(mode):
            raise LexiconError(f"invalid PLOVER mode {mode!r}", path, row.line)
        mapping[code] = (plover_type or None, mode or None)
    missing = sorted(known - mapping.keys())
    if missing:
        shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
        raise LexiconError(f"no PLOVER row for {len(missing)} code(s): {shown}", path)
    return version, mapping


def parse_ontology(
    cameo_text: str,
    plover_text: str,
    cameo_path: str = "cameo.tsv",
    plover_path: str = "plover.tsv",
) -> Ontology:
    """Build an :class:`Ontology` from the text of the two data files.

    ``cameo_path`` and ``plover_path`` only name the files in error messages.

    Raises:
        LexiconError: either file is malformed, or the two disagree (codes,
            versions).
    """
    version, bases = _parse_cameo(cameo_text, cameo_path)
    plover_version, mapping = _parse_plover(plover_text, plover_path, {b.code for b in bases})
    if plover_version != version:
        raise LexiconError(f"version {plover_version} does not match {cameo_path} version {version}", plover_path)
    names = {b.code: b.name for b in bases}
    codes = []
    for base in bases:
        root = base.code[:2]
        plover_type, mode = mapping[base.code]
        codes.append(
            CameoCode(
                code=base.code,
                name=base.name,
                root=root,
                root_name=names[root],
                goldstein=base.goldstein,
                quad_class=quad_class(root),
                plover_type=plover_type,
                plover_mode=mode,
            )
        )
    return Ontology(version, codes)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """Load the ontology shipped with flashpoint (read once, then cached).

    Raises:
        LexiconError: a packaged data file is invalid.
    """
    folder = resources.files("flashpoint").joinpath("data").joinpath("ontology")
    cameo = folder.joinpath("cameo.tsv")
    plover = folder.joinpath("plover.tsv")
    return parse_ontology(
        cameo.read_text(encoding="utf-8"),
        plover.read_text(encoding="utf-8"),
        cameo_path=str(cameo),
        plover_path=str(plover),
    )
