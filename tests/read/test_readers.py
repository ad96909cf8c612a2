"""Readers: formats, ids, dates, normalisation, and bad input that loses nothing."""

from __future__ import annotations

import io
import json

import pytest

from flashpoint.read import ReadWarning, normalise_text, read_inputs
from flashpoint.records import Article, ReadFailure


def _split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadFailure)],
            [i for i in items if isinstance(i, ReadWarning)])


def test_normalise_spaces_controls_and_newlines():
    raw = "Police\u00a0detained\u2009two men.\r\nThe\u200b court\x07 met.\rEnd"
    assert normalise_text(raw) == "Police detained two men.\nThe court  met.\nEnd"


def test_text_file_id_is_stem_and_published_applies(tmp_path):
    f = tmp_path / "report-7.txt"
    f.write_text("The army was put on alert.\u00a0Troops moved.", encoding="utf-8")
    arts, fails, _ = _split(read_inputs([str(f)], published="2021-09-27"))
    assert not fails
    assert arts[0].id == "report-7" and arts[0].published == "2021-09-27"
    assert "\u00a0" not in arts[0].text


def test_jsonl_records_fields_and_broken_line(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text(
        json.dumps({"id": "a1", "text": "Protesters blocked a road.", "published": "2022-12-27T10:00:00Z",
                    "title": "Roads", "source": "Wire"}) + "\n"
        + "{broken json\n"
        + json.dumps({"id": "a3", "title": "no text here"}) + "\n"
        + json.dumps({"text": "Officials met in the capital."}) + "\n",
        encoding="utf-8",
    )
    arts, fails, _ = _split(read_inputs([str(f)]))
    assert [a.id for a in arts] == ["a1", "batch-4"]
    assert arts[0].published == "2022-12-27" and arts[0].title == "Roads" and arts[0].source == "Wire"
    assert [(x.line, "broken JSON" in x.message) for x in fails] == [(2, True), (3, False)]
    assert all(x.path == str(f) for x in fails)
    assert "no 'text' field" in fails[1].message


def test_json_list_and_bad_date(tmp_path):
    f = tmp_path / "many.json"
    f.write_text(json.dumps([{"id": "x", "text": "A"}, {"id": "y", "text": "B", "published": "March"}]))
    arts, fails, warns = _split(read_inputs([str(f)]))
    assert [a.id for a in arts] == ["x", "y"] and arts[1].published is None  # a bad date loses no text
    assert not fails and "not a date" in warns[0].message and "kept, undated" in warns[0].message


def test_csv_text_column_and_missing_column(tmp_path):
    good = tmp_path / "rows.csv"
    good.write_text("id,body,published\nr1,\"Troops were deployed, officials said.\",2020-01-02\nr2,,2020-01-03\n")
    arts, fails, _ = _split(read_inputs([str(good)], text_column="body"))
    assert [a.id for a in arts] == ["r1"] and arts[0].published == "2020-01-02"
    assert fails[0].line == 3
    arts, fails, _ = _split(read_inputs([str(good)]))
    assert not arts and "no 'text' column" in fails[0].message


def test_html_main_text_is_extracted(tmp_path):
    page = tmp_path / "story.html"
    body = " ".join(["The defence minister said the troops would stay at the border for another week."] * 4)
    page.write_text(f"<html><head><title>Border</title><script>var x = 1;</script></head><body>"
                    f"<nav>Home | World | Sport</nav><article><h1>Border standoff</h1><p>{body}</p>"
                    f"<p>{body}</p></article><footer>Copyright</footer></body></html>")
    arts, fails, _ = _split(read_inputs([str(page)]))
    assert not fails
    assert "defence minister" in arts[0].text and "var x" not in arts[0].text and arts[0].id == "story"


def test_binary_empty_latin1_and_directory_mix(tmp_path):
    d = tmp_path / "mixed"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Police detained a local official on Monday.", encoding="utf-8")
    (d / "b.bin").write_bytes(b"\x00\x01\x02\xff" * 100)
    (d / "c.txt").write_text("   \n")
    (d / "sub" / "d.txt").write_bytes("Le ministre a condamné l'arrestation à Mitrovica.".encode("latin-1"))
    (d / "e.jsonl").write_text('{"id": "e1", "text": "Talks resumed."}\nnot json\n')
    (d / ".hidden.txt").write_text("ignored")
    arts, fails, warns = _split(read_inputs([str(d)]))
    assert sorted(a.id for a in arts) == ["a", "d", "e1"]
    msgs = {x.path.rsplit("/", 1)[-1]: x.message for x in fails}
    assert "binary" in msgs["b.bin"] and "empty" in msgs["c.txt"] and "broken JSON" in msgs["e.jsonl"]
    assert any("d.txt" in w.path and "not UTF-8" in w.message for w in warns)
    latin = next(a for a in arts if a.id == "d")
    assert "condamné" in latin.text


def test_missing_file_is_a_failure_not_an_exception(tmp_path):
    arts, fails, _ = _split(read_inputs([str(tmp_path / "nope.txt")]))
    assert not arts and fails[0].message == "no such file"


@pytest.mark.parametrize("data,ids", [
    (b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n', ["s1", "s2"]),
    (b"Plain words from a pipe.", ["stdin"]),
])
def test_stdin_jsonl_or_text(data, ids):
    arts, fails, _ = _split(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [a.id for a in arts] == ids and not fails
