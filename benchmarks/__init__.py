"""Benchmark suite of the Voortgangsmonitor (issue 8): recompute, ingest, pages, exports and
memory at scales S1, S10 and S100, each against baselines measured in the same run.
Run with ``uv run python -m benchmarks`` (see BENCHMARKS.md)."""
