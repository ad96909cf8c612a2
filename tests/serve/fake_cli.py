"""``python fake_cli.py ARGS...``: the flashpoint command line with the tests' stand-in coder, no model.

For tests that need a real ``flashpoint serve`` (or ``watch``) process, with its signals, its lock on
the store and its file beside it, but not the spaCy model: the coder of ``serve`` and ``watch`` is the
store tests' rule-based stand-in (``tests/store/store_fakes.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))

from store_fakes import fake_code  # noqa: E402

from flashpoint.cli import serve_cmd, watch_cmd  # noqa: E402
from flashpoint.cli.main import main  # noqa: E402


def _watch_code(articles, on_failure):
    return fake_code(articles)


serve_cmd._coder = lambda settings: fake_code  # type: ignore[assignment]
watch_cmd._coder = lambda settings: _watch_code  # type: ignore[assignment]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
