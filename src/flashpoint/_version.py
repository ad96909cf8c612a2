"""The package version (one place; the build reads pyproject.toml, checked equal by a test)."""

__version__ = "0.1.0"
