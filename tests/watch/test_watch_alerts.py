"""``flashpoint watch`` with [[alert]] and [[webhook]] tables in its sources file: each new alert is sent
once, whether the watch runs again or not (the fake coder stands in for the model)."""

from __future__ import annotations

import sys
from pathlib import Path

from watch_site import fake_watch_code, page, rss

from flashpoint.cli import watch_cmd
from flashpoint.cli.main import main

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "notify"))
from hook_receiver import Receiver  # noqa: E402

FILLER = ["Officials in Belgrade said the dispute broke an agreement reached under European mediation last year.",
          "The government summoned diplomats and asked the mission to explain what had happened at the crossing."]
LEADS = [("Albania praised the Kosovo on 2018-03-05 for reopening the crossing.", "2018-03-05"),
         ("Serbia criticized the Kosovo on 2018-03-26 over the arrest of an official.", "2018-03-26"),
         ("Serbia criticized the Kosovo on 2018-03-28 over new border checks.", "2018-03-28"),
         ("Serbia criticized the Kosovo on 2018-03-30 after a second arrest.", "2018-03-30")]


def test_watch_sends_a_new_alert_once(site, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(watch_cmd, "_coder", lambda settings: fake_watch_code)
    items = []
    for i, (lead, day) in enumerate(LEADS):
        site.add(f"/news/{i}", page(f"Story {i}", [lead, *FILLER]))
        items.append((f"Story {i}", site.url(f"/news/{i}"), f"{day}T09:00:00Z"))
    site.add("/feed.xml", rss(items), content_type="application/rss+xml")
    with Receiver(statuses=[500]) as rec:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nurl = "{site.url("/feed.xml")}"\nname = "Site"\n\n'
                           f'[[alert]]\nname = "Serbia-Kosovo"\ndyad = ["SRB", "XKX"]\nfreq = "week"\nwindow = 2\n\n'
                           f'[[webhook]]\nurl = "{rec.url}"\n', encoding="utf-8")
        argv = ["watch", str(sources), "--db", str(tmp_path / "w.duckdb"), "--once", "--host-interval", "0",
                "--timeout", "2", "--retries", "0"]
        assert main(argv) == 0
        err = capsys.readouterr().err
        assert err.count("flashpoint: alert opened: SRB <-> XKX: 3 conflict events") == 1
        assert "[Serbia-Kosovo]" in err
        assert [p.status for p in rec.posts] == [500, 200]  # retried within the pass
        assert main(argv) == 0  # again: nothing new to open or send
        assert "alert opened" not in capsys.readouterr().err
        assert len(rec.delivered()) == 1
