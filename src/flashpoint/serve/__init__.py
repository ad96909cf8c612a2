"""The HTTP API and dashboard over one event store (``flashpoint serve``); see ``docs/dashboard.md``."""

from .app import create_app, run_server
from .state import ServerState

__all__ = ["ServerState", "create_app", "run_server"]
