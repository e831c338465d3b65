"""Throughput of the redaction engine next to a bare single-pass regex scan (same process).

    .venv/bin/python bench/redact.py [--corpus DIR] [--mb 8] [--runs 3] [--cli] [--python]

The development corpus is repeated to about ``--mb`` megabytes of UTF-8 text. The engine
analyses and masks it document by document (every detector, the enhancer, holds, masking);
the baseline is one regex alternation for ID numbers, mobiles and card numbers over the same
documents. Prints the median MB/s of each (wall clock and CPU time) and their ratio, and
whether the engine ran compiled (redaction/native.py); ``--python`` times it as Python too.
With ``--cli`` the whole ``gongshi redact`` command is timed as well (reading, review pages,
writing), on the same documents written to a temporary folder (``--tmp``, default the system's
one), median of ``--runs`` runs. CPU time is the process's, I/O threads included, so MB/s CPU
is the figure per core. Creating a file is part of the command's work, and its cost varies a
lot with the file system and what else runs on it (from ~0.03 to ~0.7 ms of system time here):
the CPU time one new 4 KB file costs in that folder is measured next to the runs and printed,
with the runs' system time and the MB/s of the command's own (user) time.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from redaction import native  # noqa: E402
from redaction.engine import analyze  # noqa: E402
from redaction.policy import load_policy  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "redaction-dev" / "docs"
BASELINE_RE = re.compile(r"(?<!\d)(?:\d{17}[\dXx]|1[3-9]\d{9}|\d{16,19})(?!\d)")


def load(corpus: Path, megabytes: float) -> list[str]:
    docs = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    if not docs:
        raise SystemExit(f"no .txt documents under {corpus}")
    size = sum(len(d.encode()) for d in docs)
    return docs * max(1, round(megabytes * 1e6 / size))


def timed(fn, docs: list[str]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn(docs)
    return time.perf_counter() - wall, time.process_time() - cpu


def engine(docs: list[str]) -> None:
    policy = load_policy()
    for d in docs:
        analyze(d, policy).redacted  # noqa: B018 - the masked text is part of the work


def baseline(docs: list[str]) -> None:
    for d in docs:
        for _ in BASELINE_RE.finditer(d):
            pass


def file_cost(folder: Path, count: int = 200, size: int = 4096) -> float:
    """CPU seconds one new file of ``size`` bytes (a review page is 4-12 KB) costs in
    ``folder`` right now. An empty file costs far less on ext4: it needs no data block."""
    folder.mkdir()
    data = b"x" * size
    cpu = time.process_time()
    for i in range(count):
        fd = os.open(folder / str(i), os.O_WRONLY | os.O_CREAT, 0o644)
        os.write(fd, data)
        os.close(fd)
    return (time.process_time() - cpu) / count


def cli(
    docs: list[str], runs: int, tmp: Path | None
) -> tuple[list[tuple[float, float]], float, float]:
    """Timings of ``runs`` runs of the command (each into a new folder), the cost of a new
    file in that folder measured before each run, and the system CPU time of a run (medians)."""
    from redaction.cli import redact_command

    with tempfile.TemporaryDirectory(dir=tmp) as scratch:
        src = Path(scratch) / "src"
        src.mkdir()
        for i, d in enumerate(docs):
            (src / f"{i:06d}.txt").write_text(d, encoding="utf-8")
        timings, costs, kernel = [], [], []
        for run in range(runs):
            costs.append(file_cost(Path(scratch) / f"probe{run}"))
            out = Path(scratch) / f"out{run}"
            before = os.times().system
            timings.append(timed(lambda _, out=out: redact_command(src, out, None), docs))
            kernel.append(os.times().system - before)
        return timings, statistics.median(costs), statistics.median(kernel)


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--mb", type=float, default=8.0, help="megabytes of text (default 8)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cli", action="store_true", help="also time the whole redact command")
    ap.add_argument("--tmp", type=Path, help="folder for the command's files (default: system's)")
    ap.add_argument(
        "--python",
        action="store_true",
        help="also time the engine run as Python (not compiled), in a child process",
    )
    ap.add_argument("--engine-only", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    docs = load(a.corpus, a.mb)
    mb = sum(len(d.encode()) for d in docs) / 1e6
    if a.engine_only:  # (the child of --python)
        engine(docs[:50])
        runs = [timed(engine, docs) for _ in range(a.runs)]
        wall, cpu = (statistics.median(run[i] for run in runs) for i in (0, 1))
        print(mb / wall, mb / cpu)
        return 0
    before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    engine(docs[:50])  # warm up: imports, regex compilation
    figures = {}
    for name, fn in (("baseline regex", baseline), ("engine", engine)):
        runs = [timed(fn, docs) for _ in range(a.runs)]
        figures[name] = (
            mb / statistics.median(w for w, _ in runs),
            mb / statistics.median(c for _, c in runs),
        )
    print(f"{len(docs)} documents, {mb:.1f} MB UTF-8, median of {a.runs} runs")
    print(f"load average before the runs: {before}; {os.cpu_count()} cores")
    for name, (wall, cpu) in figures.items():
        print(f"{name:15} {wall:8.2f} MB/s wall   {cpu:8.2f} MB/s CPU")
    b, e = figures["baseline regex"], figures["engine"]
    print(f"ratio baseline/engine: {b[0] / e[0]:.1f}x wall, {b[1] / e[1]:.1f}x CPU")
    print(
        "the engine ran compiled (make native)"
        if native.using_compiled()
        else "the engine ran as Python (not compiled: make native)"
    )
    if a.python:
        child = subprocess.run(
            [sys.executable, __file__, "--engine-only", "--corpus", str(a.corpus)]
            + ["--mb", str(a.mb), "--runs", str(a.runs)],
            env={**os.environ, native.PURE_ENV: "1"},
            capture_output=True,
            text=True,
            check=True,
        )
        wall, cpu = map(float, child.stdout.split())
        print(f"{'engine (Python)':15} {wall:8.2f} MB/s wall   {cpu:8.2f} MB/s CPU")
        print(f"ratio engine/engine as Python: {e[0] / wall:.2f}x wall, {e[1] / cpu:.2f}x CPU")
    if a.cli:
        runs, cost, kernel = cli(docs, a.runs, a.tmp)
        wall = mb / statistics.median(w for w, _ in runs)
        cpu = mb / statistics.median(c for _, c in runs)
        user = mb / (statistics.median(c for _, c in runs) - kernel)
        print(
            f"{'redact command':15} {wall:8.2f} MB/s wall   {cpu:8.2f} MB/s CPU "
            f"(median of {a.runs}, with review pages; {len(docs) * 2} new files per run)"
        )
        print(f"ratio baseline/command: {b[0] / wall:.1f}x wall, {b[1] / cpu:.1f}x CPU")
        print(
            f"a new 4 KB file costs {cost * 1e6:.0f} us CPU in {a.tmp or tempfile.gettempdir()}: "
            f"{len(docs) * 2 * cost / mb * 1e3:.0f} ms of the command's CPU per MB"
        )
        print(
            f"system time (the kernel creating and writing the files) {kernel:.2f} s a run; "
            f"the command's own work (user time) runs at {user:.2f} MB/s"
        )
    print("load average after the runs: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
