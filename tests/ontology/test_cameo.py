"""Tests of the packaged CAMEO/PLOVER ontology and its loader."""

from __future__ import annotations

from importlib import resources

import pytest

from flashpoint.errors import LexiconError
from flashpoint.ontology import PLOVER_TYPES, CameoCode, Ontology, load_ontology, parse_ontology, quad_class

ROOTS = [f"{n:02d}" for n in range(1, 21)]

# Modes the PLOVER 2021 manual lists for each event type (types without modes map to nothing).
PLOVER_MODES: dict[str, set[str]] = {
    "AGREE": set(),
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    },
}


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


def _data_text(name: str) -> str:
    return resources.files("flashpoint").joinpath("data").joinpath("ontology").joinpath(name).read_text("utf-8")


# --- coverage and structure -------------------------------------------------------------------


def test_loads_and_is_cached(onto: Ontology) -> None:
    assert load_ontology() is onto
    assert onto.version == "1"


def test_code_count(onto: Ontology) -> None:
    codes = onto.codes()
    assert len(codes) >= 280
    assert len(codes) == len(onto) == 314
    assert len({c.code for c in codes}) == len(codes)


def test_every_root_present(onto: Ontology) -> None:
    assert [r.code for r in onto.roots()] == ROOTS
    for root in ROOTS:
        assert root in onto


def test_hierarchy(onto: Ontology) -> None:
    for c in onto.codes():
        assert c.code.isdigit() and 2 <= len(c.code) <= 4
        assert c.root == c.code[:2]
        assert c.root in onto
        assert c.root_name == onto.get(c.root).name
        if len(c.code) == 4:
            assert c.code[:3] in onto, f"{c.code} lacks parent {c.code[:3]}"
        assert -10.0 <= c.goldstein <= 10.0
        assert c.name and c.name == c.name.strip()


def test_every_root_has_a_residual_code(onto: Ontology) -> None:
    for root in ROOTS:
        assert root + "0" in onto


def test_well_known_subcodes_present(onto: Ontology) -> None:
    for code in [
        "0211",
        "0256",
        "0344",
        "0874",
        "1056",
        "1125",
        "1246",
        "1385",
        "1454",
        "1663",
        "1724",
        "1833",
        "2042",
    ]:
        assert code in onto


# --- spot checks against the CAMEO codebook / ICEWS weights -----------------------------------


@pytest.mark.parametrize(
    ("code", "goldstein", "name"),
    [
        ("010", 0.0, "Make statement"),
        ("011", -0.1, "Decline comment"),
        ("016", -5.0, "Deny responsibility"),
        ("020", 3.0, "Make an appeal or request"),
        ("022", 3.4, "Appeal for diplomatic cooperation (such as policy support)"),
        ("036", 4.0, "Express intent to meet or negotiate"),
        ("042", 1.9, "Make a visit"),
        ("043", 2.8, "Host a visit"),
        ("046", 7.0, "Engage in negotiation"),
        ("051", 3.4, "Praise or endorse"),
        ("057", 8.0, "Sign formal agreement"),
        ("072", 8.3, "Provide military aid"),
        ("0874", 10.0, "Retreat or surrender militarily"),
        ("090", -2.0, "Investigate"),
        ("100", -5.0, "Demand"),
        ("111", -2.0, "Criticize or denounce"),
        ("112", -2.0, "Accuse"),
        ("124", -4.0, "Refuse to yield"),
        ("130", -4.4, "Threaten"),
        ("138", -7.0, "Threaten with military force"),
        ("141", -6.5, "Demonstrate or rally"),
        ("145", -7.5, "Protest violently, riot"),
        ("154", -7.2, "Mobilize or increase armed forces"),
        ("163", -8.0, "Impose embargo, boycott, or sanctions"),
        ("164", -6.5, "Halt negotiations"),
        ("165", -7.0, "Halt mediation"),
        ("166", -7.0, "Expel or withdraw"),
        ("171", -9.2, "Seize or damage property"),
        ("173", -5.0, "Arrest, detain, or charge with legal action"),
        ("182", -9.5, "Physically assault"),
        ("186", -10.0, "Assassinate"),
        ("190", -10.0, "Use conventional military force"),
        ("193", -10.0, "Fight with small arms and light weapons"),
        ("201", -9.5, "Engage in mass expulsion"),
        ("204", -10.0, "Use weapons of mass destruction"),
    ],
)
def test_spot_checks(onto: Ontology, code: str, goldstein: float, name: str) -> None:
    c = onto.get(code)
    assert c.goldstein == goldstein
    assert c.name == name


@pytest.mark.parametrize(
    ("root", "name", "goldstein"),
    [("01", "Make public statement", 0.0), ("04", "Consult", 1.0), ("14", "Protest", -6.5), ("19", "Fight", -10.0)],
)
def test_root_entries(onto: Ontology, root: str, name: str, goldstein: float) -> None:
    r = onto.get(root)
    assert (r.name, r.goldstein, r.root, r.root_name) == (name, goldstein, root, name)


def test_root_name_of_subcode(onto: Ontology) -> None:
    assert onto.get("1823").root_name == "Assault"
    assert onto.get("0211").root_name == "Appeal"


# --- QuadClass ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("root", "expected"),
    [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4)],
)
def test_quad_class_boundaries(root: str, expected: int) -> None:
    assert quad_class(root) == expected


def test_quad_class_of_every_code(onto: Ontology) -> None:
    expected = {**dict.fromkeys(ROOTS[0:5], 1), **dict.fromkeys(ROOTS[5:8], 2)}
    expected |= {**dict.fromkeys(ROOTS[8:13], 3), **dict.fromkeys(ROOTS[13:], 4)}
    for c in onto.codes():
        assert c.quad_class == expected[c.root], c.code


def test_quad_class_accepts_full_codes() -> None:
    assert quad_class("0211") == 1
    assert quad_class("173") == 4


@pytest.mark.parametrize("bad", ["", "0", "00", "21", "99", "1a", "12345", " 01"])
def test_quad_class_rejects_bad_roots(bad: str) -> None:
    with pytest.raises(ValueError):
        quad_class(bad)


# --- PLOVER ------------------------------------------------------------------------------------


def test_plover_types_are_the_sixteen() -> None:
    assert len(PLOVER_TYPES) == 16 == len(set(PLOVER_TYPES))
    assert set(PLOVER_TYPES) == set(PLOVER_MODES)


def test_every_plover_type_and_mode_valid(onto: Ontology) -> None:
    for c in onto.codes():
        if c.plover_type is None:
            assert c.plover_mode is None, c.code
            continue
        assert c.plover_type in PLOVER_TYPES, c.code
        if c.plover_mode is not None:
            assert c.plover_mode in PLOVER_MODES[c.plover_type], f"{c.code}: {c.plover_mode}"


def test_statements_and_appeals_not_coded_in_plover(onto: Ontology) -> None:
    for c in onto.codes():
        if c.root in ("01", "02"):
            assert c.plover_type is None, c.code
        else:
            assert c.plover_type is not None, c.code


@pytest.mark.parametrize(
    ("code", "ptype", "mode"),
    [
        ("173", "COERCE", "arrest"),
        ("174", "COERCE", "deport"),
        ("1724", "COERCE", "martial-law"),
        ("176", "COERCE", "cyber"),
        ("030", "AGREE", None),
        ("041", "CONSULT", "phone"),
        ("044", "CONSULT", "third-party"),
        ("051", "SUPPORT", None),
        ("061", "COOPERATE", None),
        ("073", "AID", None),
        ("08", "CONCEDE", None),
        ("081", "CONCEDE", None),
        ("0841", "RETREAT", "release"),
        ("0871", "RETREAT", "ceasefire"),
        ("091", "ACCUSE", "investigate"),
        ("1041", "REQUEST", "change"),
        ("111", "ACCUSE", "disapprove"),
        ("1214", "REJECT", "assist"),
        ("138", "THREATEN", "violence"),
        ("141", "PROTEST", "demo"),
        ("154", "MOBILIZE", "troops"),
        ("161", "SANCTION", "withdraw"),
        ("163", "COERCE", "restrict"),
        ("1712", "ASSAULT", "destroy"),
        ("181", "ASSAULT", "abduct"),
        ("186", "ASSAULT", "targeted"),
        ("19", "ASSAULT", None),
        ("190", "ASSAULT", None),
        ("191", "COERCE", "restrict"),
        ("192", "COERCE", "seize"),
        ("194", "ASSAULT", "heavy-weapons"),
        ("20", "ASSAULT", None),
        ("2041", "ASSAULT", "unconventional"),
    ],
)
def test_plover_spot_checks(onto: Ontology, code: str, ptype: str, mode: str | None) -> None:
    c = onto.get(code)
    assert (c.plover_type, c.plover_mode) == (ptype, mode)


# --- API ---------------------------------------------------------------------------------------


def test_get_unknown_raises_keyerror(onto: Ontology) -> None:
    for bad in ["999", "21", "0", "", "1730", "abc"]:
        with pytest.raises(KeyError):
            onto.get(bad)
        assert bad not in onto


def test_contains_non_string(onto: Ontology) -> None:
    assert 173 not in onto


def test_cameo_code_is_frozen(onto: Ontology) -> None:
    c = onto.get("173")
    assert isinstance(c, CameoCode)
    with pytest.raises(AttributeError):
        c.goldstein = 0.0  # type: ignore[misc]


def test_codes_in_codebook_order(onto: Ontology) -> None:
    codes = [c.code for c in onto.codes()]
    assert codes[:3] == ["01", "010", "011"]
    assert codes[-1] == "2042"
    assert codes.index("0214") < codes.index("022") < codes.index("03")


# --- parse errors ------------------------------------------------------------------------------

GOOD_CAMEO = "# version: 7\ncode\tgoldstein\tname\n" + "".join(f"{r}\t0.0\tRoot {r}\n" for r in ROOTS)
GOOD_PLOVER = "# version: 7\ncode\ttype\tmode\n" + "".join(f"{r}\tAGREE\n" for r in ROOTS)


def test_minimal_files_parse() -> None:
    o = parse_ontology(GOOD_CAMEO + "173\t-5\tArrest\n", GOOD_PLOVER + "173\tCOERCE\tarrest\n")
    assert o.version == "7"
    assert o.get("173").plover_mode == "arrest"
    assert o.get("173").root_name == "Root 17"


def test_packaged_text_round_trips() -> None:
    o = parse_ontology(_data_text("cameo.tsv"), _data_text("plover.tsv"))
    assert len(o) == len(load_ontology())


@pytest.mark.parametrize(
    ("cameo_extra", "plover_extra", "bad_file", "line", "fragment"),
    [
        ("1x3\t-5\tArrest\n", "", "cameo.tsv", 23, "invalid CAMEO code"),
        ("173\tnope\tArrest\n", "173\tCOERCE\n", "cameo.tsv", 23, "Goldstein"),
        ("173\t-11\tArrest\n", "173\tCOERCE\n", "cameo.tsv", 23, "outside"),
        ("173\t-5\t\n", "173\tCOERCE\n", "cameo.tsv", 23, "no name"),
        ("173\t-5\tArrest\n173\t-5\tArrest\n", "", "cameo.tsv", 24, "duplicate"),
        ("1731\t-5\tArrest more\n", "", "cameo.tsv", 23, "parent"),
        ("213\t-5\tNo root\n", "", "cameo.tsv", 23, "root"),
        ("173\t-5\tArrest\textra\n", "", "cameo.tsv", 23, "fields"),
        ("173\t-5\tArrest\n", "173\tARREST\n", "plover.tsv", 23, "unknown PLOVER type"),
        ("173\t-5\tArrest\n", "173\t\tarrest\n", "plover.tsv", 23, "without a PLOVER type"),
        ("173\t-5\tArrest\n", "173\tCOERCE\tArrest Now\n", "plover.tsv", 23, "invalid PLOVER mode"),
        ("", "173\tCOERCE\n", "plover.tsv", 23, "not in the CAMEO table"),
    ],
)
def test_parse_errors_name_file_and_line(
    cameo_extra: str, plover_extra: str, bad_file: str, line: int, fragment: str
) -> None:
    with pytest.raises(LexiconError) as info:
        parse_ontology(GOOD_CAMEO + cameo_extra, GOOD_PLOVER + plover_extra)
    err = info.value
    assert err.path == bad_file
    assert err.line == line
    assert fragment in err.message
    assert f"{bad_file}:{line}:" in str(err)


def test_missing_plover_row() -> None:
    with pytest.raises(LexiconError, match="no PLOVER row") as info:
        parse_ontology(GOOD_CAMEO + "173\t-5\tArrest\n", GOOD_PLOVER)
    assert info.value.path == "plover.tsv"


def test_missing_root() -> None:
    cameo = GOOD_CAMEO.replace("07\t0.0\tRoot 07\n", "")
    with pytest.raises(LexiconError, match="missing root codes: 07"):
        parse_ontology(cameo, GOOD_PLOVER.replace("07\tAGREE\n", ""))


def test_bad_header() -> None:
    with pytest.raises(LexiconError, match="header") as info:
        parse_ontology(GOOD_CAMEO.replace("code\tgoldstein\tname", "code\tname\tgoldstein"), GOOD_PLOVER)
    assert (info.value.path, info.value.line) == ("cameo.tsv", 2)


def test_missing_version() -> None:
    with pytest.raises(LexiconError, match="version"):
        parse_ontology(GOOD_CAMEO.replace("# version: 7\n", ""), GOOD_PLOVER)


def test_version_mismatch() -> None:
    with pytest.raises(LexiconError, match="does not match"):
        parse_ontology(GOOD_CAMEO, GOOD_PLOVER.replace("version: 7", "version: 8"))


def test_custom_paths_in_errors() -> None:
    with pytest.raises(LexiconError) as info:
        parse_ontology(GOOD_CAMEO + "x\t0\tBad\n", GOOD_PLOVER, cameo_path="/tmp/my.tsv")
    assert str(info.value).startswith("/tmp/my.tsv:23: ")
