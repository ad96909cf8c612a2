"""The cached place index: built once, reused, rebuilt when its data changes, written atomically."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flashpoint.errors import LexiconError
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.index import ensure_index, index_path
from flashpoint.places.supplement import default_supplement_path

SMALL = 15000  # the package's smallest city file keeps these tests quick


@pytest.fixture(scope="module")
def supplement(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sup") / "supplement.yml"
    shutil.copy(default_supplement_path(), path)
    return path


def test_built_then_reused_then_rebuilt(tmp_path: Path, supplement: Path) -> None:
    cache = tmp_path / "cache"
    first = ensure_index(cache, supplement, SMALL)
    assert first.exists() and first.parent == cache
    assert first == index_path(cache, supplement, SMALL)
    stamp = first.stat().st_mtime_ns
    assert ensure_index(cache, supplement, SMALL) == first
    assert first.stat().st_mtime_ns == stamp, "a fresh index was rebuilt"

    gaz = Gazetteer(first)
    assert not gaz.lookup("Testville")
    gaz.close()

    with supplement.open("a", encoding="utf-8") as f:  # the data changes: the index is stale
        f.write("\n")
    text = supplement.read_text(encoding="utf-8")
    supplement.write_text(text.replace(
        "places:\n", "places:\n- {name: Testville, feature: village, country: SRB, lat: 44.5, lon: 20.5}\n", 1),
        encoding="utf-8")
    second = ensure_index(cache, supplement, SMALL)
    assert second != first
    assert not first.exists(), "the stale index was left behind"
    assert [p.name for p in cache.iterdir()] == [second.name], "a temporary file was left behind"
    gaz = Gazetteer(second)
    hit = gaz.lookup("testville")
    assert hit and hit[0].place.country == "SRB" and hit[0].place.feature == "village"
    gaz.close()


def test_environment_variable_chooses_the_cache(tmp_path: Path, supplement: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLASHPOINT_CACHE", str(tmp_path / "envcache"))
    assert index_path(None, supplement, SMALL).parent == tmp_path / "envcache"


def test_corrupt_index_is_rebuilt(tmp_path: Path, supplement: Path) -> None:
    path = index_path(tmp_path, supplement, SMALL)
    path.write_bytes(b"not a database")
    assert ensure_index(tmp_path, supplement, SMALL) == path
    gaz = Gazetteer(path)
    assert gaz.country("XKX") is not None
    gaz.close()


def test_bad_supplement_leaves_the_cache_alone(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("places:\n- {name: X, feature: crossing, country: XKX, lat: 42, lon: 500}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        ensure_index(tmp_path / "cache", bad, SMALL)
    assert info.value.path == str(bad) and info.value.line == 2
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_lookups(tmp_path: Path, supplement: Path) -> None:
    gaz = Gazetteer.open(tmp_path, supplement, SMALL)
    kosovo = gaz.country("XKX")
    assert kosovo is not None and kosovo.name == "Kosovo" and 41.8 < kosovo.lat < 43.3
    us = gaz.lookup("U.S.")
    assert any(c.place.country == "USA" and c.place.feature == "country" for c in us)
    assert not any(c.place.feature == "country" for c in gaz.lookup("us"))  # the pronoun is no country
    assert {c.place.country for c in gaz.lookup("Prishtina")} == {"XKX"}
    merdare = gaz.lookup("Merdare crossing")
    assert merdare and merdare[0].place.feature == "crossing" and merdare[0].place.country == "XKX"
    serbian = gaz.lookup("Serbian")
    assert serbian and serbian[0].place.country == "SRB"
    gaz.close()
