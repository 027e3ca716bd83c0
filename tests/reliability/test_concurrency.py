"""Concurrency: eight threads and a second process submit to one database file at the same time,
on distinct and on shared organisation-quarters. Every accepted submission is stored exactly once,
the values in effect are those of the last accepted version, every version is kept, and a writer
that cannot get in gets the project's DatabaseBusy ("Try again in a moment"), never a traceback.

DuckDB lets one process hold the file at a time: the Store retries until database.busy_timeout
(60 s here, so that success is the common case) and writers inside one process take turns."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections import Counter

import yaml

from monitor.runtime import open_runtime
from tests.reliability import concurrent_driver as plan_
from tests.reliability.support import STATS, assert_consistent, scale, timed

THREADS = 8


def test_eight_threads_and_a_second_process(tmp_path):
    from tests.intake.world import pristine_world

    rt = pristine_world(tmp_path)
    config = tmp_path / "config.yaml"
    cfg = yaml.safe_load(config.read_text(encoding="utf-8"))
    cfg["database"]["busy_timeout"] = 60
    config.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    rt = open_runtime(rt.store.path, config)
    ctx = rt.context(today=plan_.TODAY)
    per_writer = scale(6, 30)
    results_file = tmp_path / "process.jsonl"
    proc = subprocess.Popen(
        [sys.executable, plan_.__file__, str(config), str(rt.store.path), str(results_file),
         str(per_writer)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    outcomes: list[dict] = []
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS + 1)

    def writer(w: int) -> None:
        try:
            start.wait()
            for org, period, label in plan_.plan(w, per_writer):
                outcomes.append(plan_.submit(rt.store, ctx, org, period, label))
        except BaseException as exc:  # anything but the documented outcomes fails the test
            errors.append(exc)

    with timed("concurrency"):
        threads = [threading.Thread(target=writer, args=(w,)) for w in range(THREADS)]
        for t in threads:
            t.start()
        proc.stdin.write("go\n")
        proc.stdin.flush()
        start.wait()
        for t in threads:
            t.join()
        _, err = proc.communicate(timeout=600)
    assert not errors, errors
    assert proc.returncode == 0, err
    outcomes += [json.loads(line) for line in results_file.read_text().splitlines()]
    assert len(outcomes) == (THREADS + 1) * per_writer

    statuses = Counter(o["status"] for o in outcomes)
    assert set(statuses) <= {"accepted", "busy"}, statuses
    for o in outcomes:
        if o["status"] == "busy":
            assert o["message"].endswith("Try again in a moment."), o["message"]
    accepted = {o["label"]: o["ids"] for o in outcomes if o["status"] == "accepted"}
    assert statuses["accepted"] >= len(outcomes) * 0.9  # waiting is the common case, not failing

    subs = rt.store.query("SELECT id, organisation, period, file_name FROM submissions "
                          "ORDER BY id").rows()
    stored = Counter(int(name[2:-4]) for _, _, _, name in subs)
    lost = sum(1 for label in accepted if label not in stored)
    assert stored == Counter(set(accepted))  # each accepted submission exactly once, nothing else
    assert {int(name[2:-4]): [sid] for sid, _, _, name in subs} == accepted  # under its own id
    last: dict[tuple[str, str], int] = {}
    per_pair: Counter = Counter()
    for _, org, period, name in subs:  # in id order = commit order
        last[(org, period)] = int(name[2:-4])
        per_pair[(org, period)] += 1
    current = rt.store.query("SELECT organisation, period, measure, num, note FROM current_values"
                             ).rows()
    got = {(o, p, m): (n, note) for o, p, m, n, note in current}
    want = {(o, p, m): v for (o, p), label in last.items()
            for m, v in plan_.expected(label).items()}
    assert got == want
    versions = dict(rt.store.query(
        "SELECT organisation || '/' || period, count(*) FROM submitted_values WHERE measure = 'fte' "
        "GROUP BY ALL").rows())
    assert versions == {f"{o}/{p}": n for (o, p), n in per_pair.items()}  # every version kept
    assert_consistent(rt.store)
    STATS["concurrent writes attempted"] += len(outcomes)
    STATS["concurrent writes accepted and stored once"] += statuses["accepted"]
    STATS["concurrent writes refused as busy (try again)"] += statuses["busy"]
    STATS["concurrent writes lost"] += lost


def test_the_same_file_uploaded_twice_at_once_is_stored_once(tmp_path):
    """Regression: two uploads of one file that both passed the duplicate check before either was
    stored were both stored. The check is repeated inside the write transaction."""
    import time

    from tests.intake.world import pristine_world

    rt = pristine_world(tmp_path)
    ctx = rt.context(today=plan_.TODAY)
    content = plan_.content("G3", "2024-Q1", 7)
    statuses: list[str] = []
    held = threading.Event()

    def hold() -> None:  # another write keeps the writers waiting until both have checked
        with rt.store.transaction():
            held.set()
            time.sleep(1.5)

    def upload() -> None:
        statuses.append(plan_.submit(rt.store, ctx, "G3", "2024-Q1", 7)["status"])

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    uploads = [threading.Thread(target=upload) for _ in range(2)]
    for t in uploads:
        t.start()
    for t in [holder, *uploads]:
        t.join()
    assert sorted(statuses) == ["accepted", "duplicate"]
    assert rt.store.query("SELECT count(*), min(file_size) FROM submissions").rows() == [
        (1, len(content))]
