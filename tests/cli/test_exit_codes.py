"""Exit codes tell a cron job how a run ended: 0 done, 1 some inputs bad, 2 usage, 3 aborted,
130 interrupted, 143 terminated; an aborted run prints one line and logs its traceback."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from flashpoint.cli import code_cmd
from flashpoint.cli.main import EXIT_ABORTED, EXIT_INTERRUPTED, EXIT_USAGE, Terminated, main


def _boom(exc: BaseException):
    def run(_args):
        raise exc

    return run


@pytest.fixture
def text(tmp_path: Path) -> str:
    f = tmp_path / "a.txt"
    f.write_text("Nothing happened.")
    return str(f)


def test_internal_error_is_one_line_and_a_logged_traceback(monkeypatch, capsys, tmp_path, text):
    monkeypatch.setenv("FLASHPOINT_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(code_cmd, "run", _boom(RuntimeError("the parser fell over")))
    assert main(["code", text]) == EXIT_ABORTED
    err = capsys.readouterr().err
    assert "Traceback" not in err
    (line,) = err.strip().splitlines()
    assert line.startswith("flashpoint: aborted: internal error: RuntimeError: the parser fell over")
    (log,) = list((tmp_path / "logs").iterdir())
    assert str(log) in line
    assert "Traceback" in log.read_text() and "the parser fell over" in log.read_text()


def test_debug_shows_the_traceback(monkeypatch, capsys, text):
    monkeypatch.setattr(code_cmd, "run", _boom(RuntimeError("the parser fell over")))
    assert main(["--debug", "code", text]) == EXIT_ABORTED
    err = capsys.readouterr().err
    assert "Traceback" in err and "flashpoint: aborted:" in err


@pytest.mark.parametrize("number", [errno.ENOSPC, errno.EIO])
def test_disk_full_aborts(monkeypatch, capsys, text, number):
    monkeypatch.setattr(code_cmd, "run", _boom(OSError(number, os.strerror(number), "out.jsonl")))
    assert main(["code", text]) == EXIT_ABORTED
    assert f"flashpoint: aborted: {os.strerror(number)}: out.jsonl" in capsys.readouterr().err


def test_a_missing_output_folder_is_a_usage_error(capsys, text, tmp_path):
    assert main(["code", text, "-o", str(tmp_path / "no" / "such" / "out.jsonl")]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "Traceback" not in err and "No such file or directory" in err


def test_interrupt_and_terminate(monkeypatch, capsys, text):
    monkeypatch.setattr(code_cmd, "run", _boom(KeyboardInterrupt()))
    assert main(["code", text]) == EXIT_INTERRUPTED
    assert capsys.readouterr().err.strip() == "flashpoint: interrupted"
    monkeypatch.setattr(code_cmd, "run", _boom(Terminated()))
    assert main(["code", text]) == 143
    assert capsys.readouterr().err.strip() == "flashpoint: terminated"


def test_an_error_raised_while_interrupted_is_an_interrupt(monkeypatch, capsys, text):
    """DuckDB turns Ctrl-C during a query into its own exception: still 130, not a crash."""
    import signal

    def run(_args):
        try:
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            raise RuntimeError("Query interrupted") from None

    monkeypatch.setattr(code_cmd, "run", run)
    assert main(["code", text]) == EXIT_INTERRUPTED
    assert "interrupted" in capsys.readouterr().err


def test_serve_on_a_port_in_use_is_a_usage_error(tmp_path, capsys):
    import socket

    from flashpoint.store import open_store

    db = str(tmp_path / "s.duckdb")
    open_store(db).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--db", db, "--port", str(port)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.strip() == f"flashpoint: error: cannot serve on 127.0.0.1:{port}: Address already in use"
