"""Fixtures of the command tests: ``run(*argv) -> (exit code, stdout, stderr)`` through
``monitor.cli.main``, as the snapshot commands' tests use it."""

from tests.snapshots.test_cli import run  # noqa: F401
