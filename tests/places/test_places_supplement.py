"""The place supplement: the shipped file is valid; bad entries name their file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.errors import LexiconError
from flashpoint.places.supplement import default_supplement_path, load_supplement


def test_shipped_supplement_loads() -> None:
    sup = load_supplement()
    names = {e.name for e in sup.entries}
    assert {"Merdare", "Jarinje", "Brnjak", "Banjska Monastery", "North Mitrovica", "Gazimestan"} <= names
    countries = [e.country for e in sup.entries if e.feature == "country"]
    assert len(countries) == len(set(countries)), "a country is listed twice"
    assert "Police" in sup.not_places


def test_entries_carry_their_line() -> None:
    sup = load_supplement()
    text = default_supplement_path().read_text(encoding="utf-8").splitlines()
    merdare = next(e for e in sup.entries if e.name == "Merdare")
    assert "Merdare" in text[merdare.line - 1]


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "supplement.yml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{name: Nowhere, feature: village, country: XKX, lat: 95.0, lon: 20.0}", "lat"),
        ("{name: Nowhere, feature: village, country: Kosovo, lat: 42.0, lon: 20.0}", "alpha-3"),
        ("{name: Nowhere, feature: hamlet, country: XKX, lat: 42.0, lon: 20.0}", "feature"),
        ("{name: Nowhere, feature: village, country: XKX, lat: 42.0}", "lat"),
        ("{name: Nowhere, feature: village, country: XKX, lat: 42.0, lon: 20.0, colour: red}", "unknown key"),
        ("{feature: village, country: XKX, lat: 42.0, lon: 20.0}", "name"),
        ("{name: Nowhere, feature: village, country: XKX, lat: north, lon: 20.0}", "number"),
    ],
)
def test_bad_entry_names_file_and_line(tmp_path: Path, entry: str, message: str) -> None:
    path = _write(tmp_path, "version: 1\nplaces:\n- {name: Merdare, feature: crossing, country: XKX, "
                            "lat: 42.995, lon: 21.165}\n- " + entry + "\n")
    with pytest.raises(LexiconError) as info:
        load_supplement(path)
    err = info.value
    assert err.path == str(path)
    assert err.line == 4
    assert message in err.message
    assert f"{path}:4:" in str(err)


def test_bad_yaml_and_unknown_section(tmp_path: Path) -> None:
    with pytest.raises(LexiconError) as info:
        load_supplement(_write(tmp_path, "places:\n- {name: [unclosed\n"))
    assert info.value.line is not None
    with pytest.raises(LexiconError) as info:
        load_supplement(_write(tmp_path, "version: 1\nplaeces: []\n"))
    assert info.value.line == 2 and "plaeces" in info.value.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError) as info:
        load_supplement(tmp_path / "absent.yml")
    assert info.value.path == str(tmp_path / "absent.yml")
