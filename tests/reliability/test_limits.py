"""Limits: the documented maximum file size (intake.max_file_mb, intake.max_bulk_mb) and rows
(intake.max_rows, intake.max_bulk_rows). A file above them is refused quickly and cheaply: the size
cap before the file is read (a sparse file of 4 GB in milliseconds, an endless stream after at most
cap + 1 bytes, a browser upload from its known size), the row cap at the first row over it."""

from __future__ import annotations

import io
import time
import tracemalloc

import pytest
from streamlit.runtime.uploaded_file_manager import UploadedFile, UploadedFileRec

from monitor.config import Config
from monitor.intake.core import Context
from monitor.intake.files import read_capped
from monitor.intake.ingest import submit_file
from monitor.intake.reader import read_upload
from tests.intake.world import context
from tests.reliability.support import (
    BASE_ROWS,
    HEADER,
    assert_rejection_only,
    csv_bytes,
    fingerprint,
)

CAP = 5 * 1024 * 1024  # intake.max_file_mb = 5 (the default)


class CountingReader(io.RawIOBase):
    """An endless stream of zeros (like /dev/zero) that counts what is read from it."""

    def __init__(self):
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = len(buffer)
        buffer[:n] = b"\0" * n
        self.read_bytes += n
        return n


class CountingUpload(UploadedFile):
    """A Streamlit upload that counts reads."""

    reads = 0

    def read(self, *args):
        CountingUpload.reads += 1
        return super().read(*args)


def _submit(world, source, name="big.csv", **kw):
    return submit_file(world.store, context(world), source, name, organisation="G1",
                       period="2024-Q1", user="tester", **kw)


def test_a_sparse_4_gb_file_is_refused_in_milliseconds_without_reading(world, tmp_path):
    big = tmp_path / "huge.csv"
    with big.open("wb") as f:
        f.truncate(4 * 1024**3)  # 4 GB on paper, no blocks on disk
    before = fingerprint(world.store)
    tracemalloc.start()
    start = time.perf_counter()
    with big.open("rb") as stream:
        result = _submit(world, stream, "huge.csv")
        position = stream.tell()
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [p.code for p in result.errors] == ["file-too-large"]
    assert result.errors[0].message == ("Het bestand is 4.0 GB groot; het maximum is 5.0 MB. Lever "
                                        "per organisatie en kwartaal aan.")
    assert (position, elapsed < 0.5, peak < 1024 * 1024) == (0, True, True), (elapsed, peak)
    assert_rejection_only(world, before, fingerprint(world.store), result, None)
    [(size, sha)] = world.store.query("SELECT file_size, sha256 FROM rejected_attempts WHERE id = ?",
                                      [result.rejection_id]).rows()
    assert (size, sha) == (4 * 1024**3, None)  # the size is known, the content was never read


def test_an_endless_stream_is_read_no_further_than_the_cap(world):
    stream = CountingReader()
    result = _submit(world, io.BufferedReader(stream, buffer_size=64 * 1024))
    assert [p.code for p in result.errors] == ["file-too-large"]
    assert CAP < stream.read_bytes <= CAP + 64 * 1024 + 1  # cap + 1, rounded up to the buffer


def test_dev_zero_is_refused_by_the_cli(world, capsys):
    """Regression: ``monitor ingest /dev/zero`` read forever (its size is 0 to stat)."""
    import json

    from monitor.cli import main

    code = main(["ingest", "/dev/zero", "--org", "G1", "--period", "2024-Q1", "--format", "json",
                 "--db", str(world.store.path), "--config", str(world.config.root / "config.yaml"),
                 "--indicators", str(world.config.root / "indicators")])
    report = json.loads(capsys.readouterr().out)
    assert (code, report["status"], report["errors"][0]["code"]) == (1, "rejected", "file-too-large")
    with open("/dev/zero", "rb") as stream:
        assert read_capped(stream, CAP) == (None, CAP + 1)


def test_an_upload_over_the_cap_is_refused_from_its_size_without_reading(world):
    CountingUpload.reads = 0
    upload = CountingUpload(UploadedFileRec("1", "big.csv", "text/csv", b"x" * (CAP + 1)), None)
    result = _submit(world, upload)
    assert ([p.code for p in result.errors], CountingUpload.reads) == (["file-too-large"], 0)
    small = CountingUpload(UploadedFileRec("2", "ok.csv", "text/csv", csv_bytes(BASE_ROWS)), None)
    assert _submit(world, small, "ok.csv", dry_run=True).status == "valid"
    assert CountingUpload.reads == 1


def _rows_file(n: int) -> bytes:
    return csv_bytes([["G1", "2024-Q1", "fte", "1", ""]] * n)


@pytest.mark.parametrize(("rows", "refused"), [(5000, False), (5001, True)])
def test_row_cap_boundary(rows, refused):
    read = read_upload(_rows_file(rows), "rows.csv", max_bytes=CAP, max_rows=5000)
    assert ("too-many-rows" in [p.code for p in read.problems.items]) == refused
    assert len(read.rows) == (0 if refused else rows)


def test_a_file_under_the_size_cap_but_over_the_row_cap_is_refused_quickly(world):
    content = b";".join(h.encode() for h in HEADER) + b"\r\n" + b"G1;2024-Q1;cdo;ja;\r\n" * 240_000
    assert len(content) < CAP
    before = fingerprint(world.store)
    start = time.perf_counter()
    result = _submit(world, content, "rows.csv")
    elapsed = time.perf_counter() - start
    assert [p.code for p in result.errors] == ["too-many-rows"]
    assert result.errors[0].message == ("Het bestand heeft meer dan 5000 regels (lege regels tellen "
                                        "mee). Lever per organisatie en kwartaal aan, of verwijder "
                                        "lege regels.")
    assert elapsed < 2.0, elapsed  # reading stops at row 5 001 of 240 000
    assert_rejection_only(world, before, fingerprint(world.store), result, content)


def test_bulk_limits_are_their_own_settings(world):
    config = Config({**world.config.values, "intake.max_bulk_rows": 10,
                     "intake.max_bulk_mb": 0.01}, world.config.root)
    ctx = Context(world.defs, world.org_types, config, context(world).today)
    rows = [[org, "2024-Q1", "cdo", "ja", ""] for org in ("G1", "G2", "G3", "G4")] * 3
    result = submit_file(world.store, ctx, csv_bytes(rows), "bulk.csv", bulk=True, user="tester")
    assert [p.code for p in result.errors] == ["too-many-rows"]
    big = csv_bytes([["G1", "2024-Q1", "cdo", "ja", "x" * 5000]] * 3)
    result = submit_file(world.store, ctx, big, "bulk.csv", bulk=True, user="tester")
    assert [p.code for p in result.errors] == ["file-too-large"]
