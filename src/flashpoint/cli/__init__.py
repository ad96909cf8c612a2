"""Command-line front-end (thin: argument parsing and exit codes only)."""
