"""The sources file: TOML [[source]] tables, and mistakes named by file and line."""

from __future__ import annotations

import pytest

from flashpoint.errors import FlashpointError, SourcesError
from flashpoint.watch.sources import load_sources, parse_interval, parse_sources

GOOD = """
# news we follow
[[source]]
url = "https://Example.org:443/world/rss.xml#top"
name = "Example World"
language = "EN"
interval = "15m"
tags = ["world", "balkans"]

[[source]]
url = "http://example.net/sitemap.xml"
kind = "sitemap"
interval = 90
"""


def test_a_good_file_gives_its_sources_in_order(tmp_path):
    f = tmp_path / "sources.toml"
    f.write_text(GOOD, encoding="utf-8")
    a, b = load_sources(str(f))
    assert a.url == "https://example.org/world/rss.xml"  # normal form: its identity in the store
    assert (a.name, a.language, a.interval, a.tags, a.kind, a.line) == \
        ("Example World", "en", 900.0, ("world", "balkans"), None, 3)
    assert (b.name, b.kind, b.interval, b.language, b.tags, b.line) == \
        ("example.net", "sitemap", 90.0, None, (), 10)


@pytest.mark.parametrize(("value", "seconds"), [(30, 30.0), (2.5, 2.5), ("90s", 90.0), ("15m", 900.0),
                                                ("2h", 7200.0), ("1d", 86400.0), (" 10 ", 10.0)])
def test_intervals(value, seconds):
    assert parse_interval(value) == seconds


@pytest.mark.parametrize("value", [0, -5, "soon", "5 weeks", True, [1]])
def test_bad_intervals(value):
    with pytest.raises(ValueError):
        parse_interval(value)


@pytest.mark.parametrize(("text", "line", "words"), [
    ('[[source]]\nurl = "http://a.org/f"\n\n[[source]]\nname = "no url"\n', 4, "source 2: 'url' is missing"),
    ('[[source]]\nurl = "ftp://a.org/f"\n', 1, "http:// or https://"),
    ('[[source]]\nurl = "http://a.org/f"\ninterval = "often"\n', 1, "not an interval"),
    ('[[source]]\nurl = "http://a.org/f"\nlanguage = "English"\n', 1, "'language' must be a language code"),
    ('[[source]]\nurl = "http://a.org/f"\ntags = "x"\nkind = "podcast"\n', 1, "'kind' must be one of"),
    ('[[source]]\nurl = "http://a.org/f"\nurl_ = 3\n', 1, "unknown key(s) 'url_'"),
    ('[[source]]\nurl = "http://a.org/f"\n[[source]]\nurl = "HTTP://A.org/f"\n', 3, "is already source 1"),
    ('[[source]]\nurl = "http://a.org/f"\nname = "unterminated\n', 3, "not valid TOML"),
    ('interval = 5\n[[source]]\nurl = "http://a.org/f"\n', 1, "unknown top-level key(s) 'interval'"),
    ('# nothing here\n', None, "no [[source]] tables"),
])
def test_mistakes_name_the_file_and_line(text, line, words):
    with pytest.raises(SourcesError) as info:
        parse_sources(text, "feeds.toml")
    err = info.value
    assert isinstance(err, FlashpointError)
    assert (err.path, err.line) == ("feeds.toml", line)
    assert words in err.message
    assert str(err).startswith(f"feeds.toml:{line}: " if line else "feeds.toml: ")


def test_a_missing_or_binary_file_is_a_sources_error(tmp_path):
    with pytest.raises(SourcesError, match="no such file"):
        load_sources(str(tmp_path / "nope.toml"))
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe[[source]]")
    with pytest.raises(SourcesError, match="not UTF-8"):
        load_sources(str(bad))


def test_inline_tables_are_read_too_without_a_line_to_name():
    srcs = parse_sources('source = [{url = "http://a.org/1"}, {url = "http://a.org/2", name = "two"}]')
    assert [s.name for s in srcs] == ["a.org", "two"]
    with pytest.raises(SourcesError) as info:
        parse_sources('source = [{url = "http://a.org/1"}, {name = "two"}]')
    assert info.value.line is None and "source 2" in str(info.value)
