"""Search benchmark: our two engines, Whoosh and SQLite FTS5 (same jieba tokens), and a plain
substring scan, over synthetic ~3 KB Chinese decisions.

For each size: build time, time to update one document, peak memory (each build in its own
process), and p50/p95 latency of ≥ 200 queries of 1–3 words with snippets, with the ratios.

    .venv/bin/python bench/search.py                 # 10k and 100k documents
    .venv/bin/python bench/search.py --sizes 2000    # a quick run
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search import synthetic  # noqa: E402
from search.analysis import fold, initialize  # noqa: E402
from search.documents import Document  # noqa: E402
from search.engine import SearchRequest, sync  # noqa: E402
from search.engines import open_engine  # noqa: E402
from search.query import parse  # noqa: E402
from search.snippets import snippet  # noqa: E402

QUERY_WORDS = [
    *synthetic.DOMAIN_WORDS,
    *synthetic.PHRASES,
    "罚款",
    "水果摊",
    "钢结构",
    "人民法院",
    "占道",
    "渣土",
    "围挡",
    "询问笔录",
    "解放西路",
    "五一大道",
    "0012号",
    "警告",
]


def queries(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.sample(QUERY_WORDS, rng.choice([1, 1, 2, 3]))) for _ in range(count)]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


# Engines ----------------------------------------------------------------------------------


class Engine:
    """One of our engines (search.engines) through the interface the site uses."""

    name = "engine"

    def __init__(self, folder: Path) -> None:
        self.folder = folder / self.name

    def build(self, docs: list[Document]) -> None:
        sync(open_engine(self.name, self.folder), docs)

    def update_one(self, docs: list[Document], changed: Document) -> None:
        sync(open_engine(self.name, self.folder), [*docs[:-1], changed])

    def open(self) -> Callable[[str], int]:
        engine = open_engine(self.name, self.folder, readonly=True)

        def run(q: str) -> int:
            return engine.query(SearchRequest(parse(q))).total

        return run


class Whoosh(Engine):
    name = "whoosh"


class Fts5(Engine):
    """SQLite FTS5 over the same tokens (search/fts5_engine.py)."""

    name = "fts5"


class Scan:
    """The baseline: every document's folded text scanned for every word."""

    name = "substring scan"

    def __init__(self, folder: Path) -> None:
        self.docs: list[tuple[str, Document]] = []

    def build(self, docs: list[Document]) -> None:
        self.docs = [(fold(f"{d.title}\n{d.decision_no}\n{d.text}"), d) for d in docs]

    def update_one(self, docs: list[Document], changed: Document) -> None:
        self.docs[-1] = (fold(f"{changed.title}\n{changed.decision_no}\n{changed.text}"), changed)

    def open(self) -> Callable[[str], int]:
        def run(q: str) -> int:
            terms = [c.text for c in parse(q)]
            found = [d for text, d in self.docs if all(t in text for t in terms)]
            for d in found[:10]:
                snippet(d.text, terms)
            return len(found)

        return run


ENGINES = {"whoosh": Whoosh, "fts5": Fts5, "scan": Scan}


def measure(kind: str, size: int, folder: str, n_queries: int, out: multiprocessing.Queue) -> None:
    """One engine at one size, in its own process so that its peak memory is its own."""
    initialize(Path(folder) / "jieba")
    docs = list(synthetic.documents(size))
    engine = ENGINES[kind](Path(folder))
    started = time.perf_counter()
    engine.build(docs)
    build = time.perf_counter() - started
    changed = Document(**{**docs[-1].__dict__, "text": docs[-1].text + "另查明当事人曾夜间施工。"})
    started = time.perf_counter()
    engine.update_one(docs, changed)
    update = time.perf_counter() - started
    run = engine.open()
    qs = queries(n_queries)
    for q in qs[:10]:  # warm up: caches, first searcher
        run(q)
    latencies, totals = [], []
    for q in qs:
        started = time.perf_counter()
        totals.append(run(q))
        latencies.append((time.perf_counter() - started) * 1000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.put(
        {
            "kind": kind,
            "build": build,
            "update": update,
            "peak_mb": peak,
            "p50": statistics.median(latencies),
            "p95": percentile(latencies, 95),
            "totals": totals,
        }
    )


def run_size(size: int, n_queries: int, kinds: list[str]) -> dict[str, dict]:
    results = {}
    context = multiprocessing.get_context("spawn")
    for kind in kinds:
        folder = tempfile.mkdtemp(prefix=f"bench-search-{size}-")
        try:
            queue = context.Queue()
            proc = context.Process(target=measure, args=(kind, size, folder, n_queries, queue))
            proc.start()
            results[kind] = queue.get()
            proc.join()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        r = results[kind]
        print(
            f"  {kind:<6} build {r['build']:7.1f} s  update {r['update'] * 1000:7.0f} ms  "
            f"peak {r['peak_mb']:6.0f} MB  p50 {r['p50']:7.1f} ms  p95 {r['p95']:7.1f} ms",
            flush=True,
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=250)
    parser.add_argument("--engines", nargs="+", default=list(ENGINES), choices=list(ENGINES))
    args = parser.parse_args()
    sample = queries(args.queries)
    print(f"{len(sample)} queries of 1-3 words, e.g. {sample[:4]}; snippets for the top 10")
    for size in args.sizes:
        print(f"\n{size} documents of ~3 KB")
        results = run_size(size, args.queries, args.engines)
        base = results.get("whoosh")
        for kind in ("whoosh", "fts5"):
            if kind in results and "scan" in results:
                found, scan = results[kind]["totals"], results["scan"]["totals"]
                recall = [w / s for w, s in zip(found, scan, strict=True) if s]
                over = sum(w > s for w, s in zip(found, scan, strict=True))
                print(
                    f"  {kind} matches / substring-scan matches: median "
                    f"{statistics.median(recall):.3f}, mean {statistics.mean(recall):.3f}, "
                    f"queries with more than the scan: {over}"
                )
        if base:
            for kind, r in results.items():
                if kind != "whoosh":
                    print(
                        f"  ratio whoosh/{kind}: build {base['build'] / r['build']:.2f}  "
                        f"p50 {base['p50'] / r['p50']:.2f}  p95 {base['p95'] / r['p95']:.2f}"
                    )
    print("\nGoals at 10k (issue 6): p95 <= 50 ms, one update <= 1 s, full build <= 60 s.")


if __name__ == "__main__":
    main()
