"""The alerts configuration: [[alert]] rules and [[webhook]] URLs, alone or beside [[source]] tables."""

from __future__ import annotations

import pytest

from flashpoint.errors import AlertsError
from flashpoint.notify.config import AlertRule, DeliverySettings, load_alerts, parse_alerts
from flashpoint.watch.sources import parse_sources


def test_rules_and_webhooks_with_their_defaults():
    cfg = parse_alerts('[[alert]]\nname = "SK"\ndyad = ["SRB", "XKX"]\nfreq = "week"\n\n'
                       '[[alert]]\nactor = "RUS"\nthreshold = 2.5\nrecent = 1\n\n'
                       '[[webhook]]\nurl = "http://127.0.0.1:9/h"\nsecret = "s"\n')
    assert [r.scope for r in cfg.rules] == ["dyad:SRB,XKX", "actor:RUS"]
    assert cfg.rules[0] == AlertRule(name="SK", dyad=("SRB", "XKX"), freq="week")
    assert (cfg.rules[1].threshold, cfg.rules[1].recent, cfg.rules[1].freq, cfg.rules[1].window) == (2.5, 1, "month", 6)
    assert cfg.webhooks[0].secret == "s" and "s" not in repr(cfg.webhooks[0])  # a secret is not printed
    assert cfg.active


def test_webhooks_alone_watch_every_pair_and_nothing_configured_is_inactive():
    cfg = parse_alerts('[[webhook]]\nurl = "https://hooks.example.org/x"\n')
    assert [r.scope for r in cfg.rules] == ["all"]
    assert not parse_alerts('[[source]]\nurl = "http://a.example/f"\n').active


def test_the_sources_file_can_hold_the_alerts():
    text = ('[[source]]\nurl = "http://a.example/feed.xml"\n\n[[alert]]\ndyad = "SRB,XKX"\n\n'
            '[[webhook]]\nurl = "http://127.0.0.1:9/h"\n')
    assert [s.url for s in parse_sources(text)] == ["http://a.example/feed.xml"]
    assert parse_alerts(text).rules[0].dyad == ("SRB", "XKX")


@pytest.mark.parametrize(("text", "line", "words"), [
    ('[[alert]]\ndyad = ["SRB"]\n', 1, "'dyad' must be two actor codes"),
    ('[[source]]\nurl = "http://a/"\n\n[[alert]]\nfreq = "fortnight"\n', 4, "'freq' must be one of"),
    ('[[alert]]\nactor = "SRB"\ndyad = ["SRB", "XKX"]\n', 1, "not both"),
    ('[[alert]]\nwindow = 1\n', 1, "'window' must be a whole number of at least 2"),
    ('[[alert]]\nthreshold = 0\n', 1, "'threshold' must be a number above 0"),
    ('[[alert]]\nbogus = 1\n', 1, "unknown key(s) 'bogus'"),
    ('[[alert]]\n\n[[alert]]\n', 3, "the same scope and freq as alert 1"),
    ('[[webhook]]\nurl = "ftp://x/"\n', 1, "http:// or https://"),
    ('[[webhook]]\nname = "x"\n', 1, "'url' is missing"),
    ('[[webhook]]\nurl = "http://x/"\n[[webhook]]\nurl = "http://x/"\n', 3, "listed twice"),
])
def test_mistakes_name_the_line_of_their_table(text, line, words):
    with pytest.raises(AlertsError) as info:
        parse_alerts(text, "alerts.toml")
    assert info.value.path == "alerts.toml" and info.value.line == line
    assert words in str(info.value)


def test_files_and_settings(tmp_path):
    with pytest.raises(AlertsError, match="no such file"):
        load_alerts(str(tmp_path / "none.toml"))
    (tmp_path / "a.toml").write_text("[[alert]]\n[other]\n", encoding="utf-8")
    with pytest.raises(AlertsError, match="unknown top-level key"):
        load_alerts(str(tmp_path / "a.toml"))
    with pytest.raises(Exception, match="max_attempts"):
        DeliverySettings(max_attempts=0)
