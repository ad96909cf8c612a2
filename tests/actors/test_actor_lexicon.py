"""The actor lexicon: packaged data, surface forms, user files and their errors (no spaCy model)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from flashpoint.actors.forms import fold, plural, split_plural, variants
from flashpoint.actors.lexicon import PACKAGED_FILES, build_lexicon, describe, load_lexicon, packaged_dir
from flashpoint.errors import LexiconError


def _user(tmp_path: Path, body: str, name: str = "user.yml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    return path


def _build(user: Path):
    return build_lexicon([packaged_dir() / f for f in PACKAGED_FILES], user)


# -- packaged data -------------------------------------------------------------------------------


def test_packaged_lexicon_counts():
    lex = load_lexicon()
    info = describe(lex)
    assert info["countries"] >= 195
    assert {"XKX", "PSE", "TWN", "SRB", "USA"} <= set(lex.countries)
    assert info["organisations"]["igo"] >= 60
    assert info["people"] >= 100
    assert info["sector_words"] >= 300
    assert set(info["versions"]) == set(PACKAGED_FILES)


def test_capitals_and_seats_name_their_country():
    lex = load_lexicon()
    for form, code, kind in [("Pristina", "XKX", "capital"), ("Prishtina", "XKX", "capital"),
                             ("Kremlin", "RUS", "seat"), ("Pentagon", "USA", "seat"), ("Kyiv", "UKR", "capital"),
                             ("Kiev", "UKR", "capital"), ("Downing Street", "GBR", "seat")]:
        refs = lex.names[form]
        assert any(r.kind == kind and r.key == code for r in refs), form
    pentagon = next(r for r in lex.names["Pentagon"] if r.kind == "seat")
    assert pentagon.sector == "MIL"


def test_brussels_stands_for_the_eu():
    lex = load_lexicon()
    assert [(r.kind, r.key) for r in lex.names["Brussels"]] == [("metonym", "EU")]


def test_organisation_codes():
    lex = load_lexicon()
    assert lex.org_base("EU") == "IGOEU"
    assert lex.org_base("KFOR") == "IGONATO"
    assert lex.org_top("KFOR").key == "NATO"
    assert lex.org_top("EULEX").key == "EU"
    assert lex.org_top("UNMIK").key == "UN"
    assert lex.org_top("UNSC").key == "UN"
    assert lex.org_base("Hamas") == "PSE"
    assert lex.org_base("ISIS") == "IMG"
    assert lex.org_base("Amnesty") == "NGOAMNESTY"


def test_sector_words_and_plurals():
    lex = load_lexicon()
    assert lex.words["police"].sector == "COP"
    assert lex.words["spokesmen"].sector == "GOV" and lex.words["spokesmen"].plural
    assert lex.words["defense ministry"].sector == "MIL"
    assert lex.words["protesters"].sector == "OPP"
    assert lex.words["gunmen"].sector == "REB"
    assert lex.words["lawmakers"].sector == "LEG"
    assert "units" in lex.partitives and "spokeswoman" in lex.roles
    assert lex.pairs["sides"] is None and lex.pairs["governments"] == "GOV"


def test_people_supplement_matches_without_accents():
    lex = load_lexicon()
    (ref,) = lex.names["Vucic"]
    assert ref.kind == "person" and lex.people[ref.key].country == "SRB"
    assert any(r.kind == "person" for r in lex.names["Djuric"])
    assert lex.people["Josep Borrell"].org == "EU"


def test_peoples():
    lex = load_lexicon()
    serb = lex.peoples["Serb"]
    assert serb.kin == "SRB" and "XKX" in serb.home
    assert lex.people_of_kin("SRB") is serb
    assert any(r.kind == "eth_dem" and r.plural for r in lex.names["Serbs"])


# -- forms ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("word,expected", [
    ("soldier", "soldiers"), ("spokesman", "spokesmen"), ("spokeswoman", "spokeswomen"),
    ("German", "Germans"), ("authority", "authorities"), ("police officer", "police officers"),
    ("forces", "forces"), ("embassy", "embassies"), ("MP", "MPs"), ("church", "churches"),
])
def test_plural(word, expected):
    assert plural(word) == expected


def test_split_plural_and_fold():
    assert split_plural("Swiss/Swiss") == ("Swiss", "Swiss")
    assert split_plural("Serb") == ("Serb", "Serbs")
    assert fold("Aleksandar Vučić") == "Aleksandar Vucic"
    assert fold("Đurić") == "Djuric"
    assert variants("the Kremlin") == ["Kremlin"]
    assert "Al-Qaeda" in variants("al-Qaeda")


# -- user files ----------------------------------------------------------------------------------


def test_user_file_adds_replaces_and_removes(tmp_path):
    path = _user(tmp_path, """
        version: 1
        people:
          Jana Testova: {country: SVK, role: Minister of Justice, short: [Testova]}
          Donald Trump: null
        organisations:
          EUSR: {name: EU Special Representative, parent: EU, sector: GOV}
        countries:
          XKX: {name: Kosovo, cap: [Pristina]}
        words:
          GOV: {persons: [minister without portfolio]}
        partitives: [platoon]
        """)
    lex = _build(path)
    assert lex.people["Jana Testova"].country == "SVK"
    assert any(r.kind == "person" for r in lex.names["Testova"])
    assert "Donald Trump" not in lex.people
    assert lex.org_base("EUSR") == "IGOEU"
    assert lex.countries["XKX"].adj == ()  # replaced as a whole
    assert lex.words["minister without portfolio"].sector == "GOV"
    assert "platoon" in lex.partitives and "platoons" in lex.partitives


def test_load_lexicon_caches_per_file(tmp_path):
    path = _user(tmp_path, "version: 1\npeople:\n  Jana Testova: {country: SVK}\n")
    assert load_lexicon(path) is load_lexicon(str(path))
    assert load_lexicon() is not load_lexicon(path)


@pytest.mark.parametrize("body,line,words", [
    ("people:\n  A B: {country: SRB}\n", 1, "version"),
    ("version: 2\n", 1, "unsupported version"),
    ("version: 1\nfriends: {}\n", 2, "unknown section"),
    ("version: 1\ncountries:\n  Serbia: {name: Serbia}\n", 3, "alpha-3"),
    ("version: 1\ncountries:\n  ABC: {adj: [Abcish]}\n", 3, "needs a 'name'"),
    ("version: 1\ncountries:\n  ABC: {name: Abc, capitol: [X]}\n", 3, "unknown field 'capitol'"),
    ("version: 1\ncountries:\n  ABC:\n    name: Abc\n    seats: {Palace: XYZ}\n", 5, "unknown sector code"),
    ("version: 1\npeople:\n  A B:\n    country: QQQ\n", 4, "unknown country code"),
    ("version: 1\npeople:\n  A B: {country: SRB, org: EU}\n", 3, "exactly one"),
    ("version: 1\norganisations:\n  X: {name: X, parent: NOPE}\n", 3, "unknown organisation"),
    ("version: 1\norganisations:\n  X: {name: X, kind: club}\n", 3, "kind must be"),
    ("version: 1\npeople:\n  A B: {country: SRB}\n  A B: {country: SRB}\n", 4, "duplicate"),
    ("version: 1\npeople:\n  A B: {country: SRB, short: Vucic}\n", 3, "must be a list"),
    ("version: 1\ncountries: [SRB]\n", 2, "must be a mapping"),
    ("version: 1\ncountries:\n  XXA: {name: Xa, realm: empire}\n", 3, "realm must be one of"),
    ("version: 1\npeople:\n  A B: {country: SRB\n", 4, "invalid YAML"),
])
def test_user_file_errors_name_file_and_line(tmp_path, body, line, words):
    path = _user(tmp_path, body)
    with pytest.raises(LexiconError) as info:
        _build(path)
    err = info.value
    assert err.path == str(path)
    assert err.line == line, str(err)
    assert words in err.message
    assert str(path) in str(err)


def test_missing_user_file(tmp_path):
    with pytest.raises(LexiconError) as info:
        load_lexicon(tmp_path / "nope.yml")
    assert "not found" in info.value.message


def test_packaged_duplicate_is_an_error(tmp_path):
    one = _user(tmp_path, "version: 1\npeople:\n  A B: {country: SRB}\n", "one.yml")
    two = _user(tmp_path, "version: 1\npeople:\n  A B: {country: SRB}\n", "two.yml")
    base = packaged_dir()
    with pytest.raises(LexiconError) as info:
        build_lexicon([base / "countries.yml", base / "organisations.yml", base / "sectors.yml", one, two])
    assert info.value.path == str(two) and "already defined" in info.value.message
