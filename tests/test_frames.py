"""monitor/frames.py: Python functions over cells, run in the calling thread, never in Polars'
thread pool (a Python function there hung the whole dashboard when another session converted a
frame to pandas at the same moment: the load test, benchmarks/load.py)."""

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import polars as pl

from monitor.frames import each, each_row

ROOT = Path(__file__).resolve().parents[1]
# Polars methods that run a Python function on Polars' thread pool
HANDS_PYTHON_TO_POLARS = {"map_elements", "map_batches", "map_rows", "map_groups"}


def test_each_keeps_nulls_unless_asked_and_names_the_series():
    frame = pl.DataFrame({"q": ["2026-Q3", None, "2025-Q1"]})
    seen = each(frame, "q", lambda v: f"<{v}>")
    assert seen.name == "q" and seen.dtype == pl.String
    assert seen.to_list() == ["<2026-Q3>", None, "<2025-Q1>"]
    assert each(frame, "q", lambda v: f"<{v}>", skip_nulls=False, name="x").to_list() == \
        ["<2026-Q3>", "<None>", "<2025-Q1>"]
    assert each(frame, "q", len, dtype=pl.Int64).to_list() == [7, None, 7]


def test_each_of_an_empty_frame_is_an_empty_column_of_the_type():
    frame = pl.DataFrame({"q": []}, schema={"q": pl.String})
    out = frame.with_columns(each(frame, "q", str.upper))
    assert out.schema == {"q": pl.String} and out.height == 0
    assert each_row(frame, ["q"], str, name="r").dtype == pl.String


def test_each_row_gives_the_row_as_a_dict():
    frame = pl.DataFrame({"indicator": ["a", "b"], "own": [1.5, None]})
    out = each_row(frame, ("indicator", "own"), lambda r: f"{r['indicator']}={r['own']}", name="own")
    assert out.name == "own" and out.to_list() == ["a=1.5", "b=None"]


def test_no_module_of_the_dashboard_hands_polars_a_python_function():
    found = []
    for path in [*sorted((ROOT / "monitor").rglob("*.py")), *sorted((ROOT / "app_pages").glob("*.py")),
                 ROOT / "dashboard.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}" for node in ast.walk(tree)
                  if isinstance(node, ast.Attribute) and node.attr in HANDS_PYTHON_TO_POLARS]
    assert found == [], "use monitor.frames.each / each_row instead: " + ", ".join(found)


def test_words_in_several_threads_while_others_convert_frames_to_pandas_never_hang():
    """What Streamlit does in one session (``st.dataframe``: a frame to pandas, holding the GIL
    while Polars' pool works) while other sessions put cells into words: in a process of its
    own, so that a hang fails the test instead of stopping the run."""
    script = textwrap.dedent("""
        import threading, time
        import polars as pl
        from monitor.textsafe import excel_csv
        from monitor.views.labels import readable

        quarters = [f"{2020 + i % 7}-Q{1 + i % 4}" for i in range(3000)]
        frame = pl.DataFrame({"period": quarters, "value": [i / 7 for i in range(3000)],
                              "flag": [i % 2 == 0 for i in range(3000)]})
        stop = time.monotonic() + 4
        done = {"words": 0, "pandas": 0}

        def words():
            while time.monotonic() < stop:
                readable(frame, "nl")
                excel_csv(frame)
                done["words"] += 1

        def pandas():
            while time.monotonic() < stop:
                frame.to_pandas()
                done["pandas"] += 1

        threads = [threading.Thread(target=f) for f in (words, words, words, pandas, pandas, pandas)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        print(done["words"], done["pandas"])
    """)
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    words, pandas = map(int, run.stdout.split())
    assert words > 0 and pandas > 0
