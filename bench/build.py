"""Build time and memory of the site against plain Pelican, and of a one-decision rebuild.

For each size N the script writes N synthetic decisions into a copy of the fixture site and N
plain Markdown articles of similar length, then builds both, each build in a fresh subprocess so
that its wall time and peak RSS are its own. Plain Pelican is the same Pelican with a minimal
pelicanconf (no plugins, the ``simple`` theme, 20 articles a page, content cache on like ours).
The rebuild changes one decision's text and builds again into the same output and cache folders,
in a new process ("rebuild") and in a running ``gongshi build --watch`` ("watch").
"no search" is one more build of ours without the search index, to show what the index costs.

Goals (issue 2): ours ≤ 1.3× plain Pelican; the rebuild ≤ 20% of our full build. They are
printed, not asserted. Run with ``make bench`` or ``.venv/bin/python bench/build.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SITE = ROOT / "tests" / "fixtures" / "site"
PACKAGES = ("core", "gongshi", "plugins", "redaction", "search", "intake", "theme")
CODE = ROOT
"""Where the builds import our code from: a snapshot taken when the bench starts."""
GOAL_RATIO = 1.3
GOAL_REBUILD = 0.20

# Bodies added to the fixture's two agencies, so lists by body are realistic.
SQUADS = {
    "west": "城西执法中队",
    "south": "城南执法中队",
    "north": "城北执法中队",
    "centre": "城中执法中队",
}
TYPES = ["行政处罚"] * 6 + ["行政强制"] * 2 + ["行政许可", "行政检查", "行政确认", "其他"]
TYPE_PREFIX = {
    "行政处罚": ("罚决", "cf"),
    "行政强制": ("强", "qz"),
    "行政许可": ("许", "xk"),
    "行政检查": ("检", "jc"),
    "行政确认": ("确", "qr"),
    "其他": ("综", "qt"),
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
ROADS = ["东风路", "解放路", "人民路", "建设路", "中山路", "新华路", "文化路", "滨江路"]
VIOLATIONS = [
    ("占用城市道路摆摊经营", "《城市市容和环境卫生管理条例》第三十六条", "市容环境"),
    ("未经批准擅自设置户外广告", "《城市市容和环境卫生管理条例》第十一条", "市容环境"),
    ("未取得建设工程规划许可证进行建设", "《中华人民共和国城乡规划法》第六十四条", "城乡规划"),
    ("随意倾倒建筑垃圾", "《城市建筑垃圾管理规定》第二十六条", "环境卫生"),
    (
        "露天焚烧沥青、油毡等产生有毒有害烟尘的物质",
        "《中华人民共和国大气污染防治法》第一百一十九条",
        "大气污染防治",
    ),
    (
        "施工工地未采取覆盖等防尘措施",
        "《中华人民共和国大气污染防治法》第一百一十五条",
        "大气污染防治",
    ),
    ("擅自占用、挖掘城市道路", "《城市道路管理条例》第四十二条", "市政公用"),
    ("未按规定分类投放生活垃圾", "《城市市容和环境卫生管理条例》第三十四条", "环境卫生"),
]
SENTENCES = [
    "执法人员依法出示执法证件，表明身份，告知当事人陈述、申辩的权利。",
    "执法人员对现场进行了勘验检查，制作了现场检查笔录，并拍摄照片留存。",
    "当事人对上述违法事实无异议，在询问笔录上签字确认。",
    "本局于{date}向当事人送达了行政处罚告知书，当事人在法定期限内未提出陈述、申辩意见。",
    "上述事实有现场检查笔录、询问笔录、现场照片、当事人身份证明材料等证据证实。",
    "经本局法制审核机构审核，本案事实清楚、证据确凿、程序合法、适用依据正确。",
    "当事人积极配合调查，主动消除违法行为危害后果，依法可以从轻处罚。",
    "本案经集体讨论，综合考虑违法行为的事实、性质、情节以及社会危害程度，作出如下决定。",
    "当事人应当自收到本决定书之日起十五日内，到指定银行缴纳罚款。",
    "到期不缴纳罚款的，本局可以每日按罚款数额的百分之三加处罚款。",
    "如不服本决定，可以在收到本决定书之日起六十日内向测试区人民政府申请行政复议。",
    "也可以在收到本决定书之日起六个月内向测试区人民法院提起行政诉讼。",
    "当事人逾期不申请行政复议、不提起行政诉讼又不履行本决定的，本局将依法申请人民法院强制执行。",
    "执法人员在{road}巡查时发现上述情况，当场责令当事人改正。",
    "经复查，当事人已按要求完成整改，现场已恢复原状。",
]


def _body_text(rng: random.Random, date: str, target_bytes: int = 1500) -> str:
    """Chinese paragraphs of about ``target_bytes`` UTF-8 bytes (no long digit runs)."""
    paragraphs: list[str] = []
    size = 0
    while size < target_bytes:
        para = "".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4)))
        para = para.format(date=date, road=rng.choice(ROADS))
        paragraphs.append(para)
        size += len(para.encode("utf-8")) + 2
    return "\n\n".join(paragraphs)


def write_decisions(content: Path, n: int, seed: int = 2026) -> list[Path]:
    """N decisions over 2022–2026, six bodies and six types; returns their paths."""
    rng = random.Random(seed)
    folder = content / "decisions"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    with (content / "agencies.yaml").open("a", encoding="utf-8") as handle:
        for i, (ident, name) in enumerate(SQUADS.items(), 2):
            handle.write(
                f"- id: {ident}\n  name: {name}\n  kind: squad\n  parent: bureau\n"
                f"  functions: [负责{name[:2]}片区巡查执法]\n  address: 测试区{name[:2]}大道{i}号\n"
                f"  phone: 0739-8600000{i}\n  hours: 工作日 8:30-17:30\n"
            )
    bodies = ["bureau", "east", *SQUADS]
    paths = []
    for i in range(n):
        year = 2022 + i % 5
        kind = rng.choice(TYPES)
        word, code = TYPE_PREFIX[kind]
        slug = f"{year}-{code}-{i:05d}"
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        violation, basis, domain = rng.choice(VIOLATIONS)
        organization = rng.random() < 0.3
        if organization:
            party = f"测试{rng.choice('建材物流餐饮商贸装饰')}有限公司{i}"
            extra = (
                f"Party_type: organization\nCredit_code: 91430100MA4L{rng.randint(0, 99):02d}"
                f"XY{rng.randint(0, 99):02d}\nLegal_rep: {rng.choice(SURNAMES)}某\n"
            )
        else:
            party = f"{rng.choice(SURNAMES)}某"
            extra = "Party_type: person\n"
        fine = rng.choice([200, 500, 1000, 2000, 5000, 20000]) if kind == "行政处罚" else None
        penalty = f"罚款人民币{fine}元" if fine else "责令限期改正"
        header = (
            f"Title: {party}{violation}案{kind}决定书\nSlug: {slug}\n"
            f"Decision_no: 测综执{word}字〔{year}〕第{i:05d}号\nType: {kind}\nDate: {date}\n"
            f"Body: {rng.choice(bodies)}\nParty: {party}\n{extra}Violation: {violation}\n"
            f"Penalty: {penalty}\n"
            + (f"Fine: {fine}\n" if fine else "")
            + f"Basis: {basis}\nField: {domain}\n"
        )
        text = f"当事人：{party}。\n\n经查，当事人在{rng.choice(ROADS)}{violation}。\n\n"
        path = folder / f"{slug}.md"
        path.write_text(approved(header, text + _body_text(rng, date)), encoding="utf-8")
        paths.append(path)
    return paths


CLOSINGS = ["特此决定。", "本决定自送达之日起生效。", "（完）", "此页无正文。"]


def approved(header: str, body: str) -> str:
    """A decision file as `gongshi approve` exports it: the approval and the text's hash
    (sha256 of the stripped body, as plugins/approval.py checks it). A closing line is chosen
    so that the hash holds no run of 11 digits (it must not look like a phone or ID number)."""
    for first in CLOSINGS:
        for second in ["", *CLOSINGS]:
            text = f"{body.strip()}\n\n{first}{second}"
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if not re.search(r"\d{11}", digest):
                return (
                    f"{header}Approved_by: bench-clerk\nApproved_at: 2026-01-05T09:00:00+00:00\n"
                    f"Text_sha256: {digest}\n\n{text}\n"
                )
    raise AssertionError("no closing line gives a hash without long digit runs")


def correct(path: Path, sentence: str) -> None:
    """Add a sentence to a decision's text and approve it again (what `gongshi correct` does)."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    header = "".join(
        f"{line}\n" for line in head.splitlines() if not line.startswith(("Approved_", "Text_"))
    )
    path.write_text(approved(header, f"{body.strip()}\n\n{sentence}"), encoding="utf-8")


def write_articles(content: Path, n: int, seed: int = 2026) -> None:
    """N plain Pelican articles of the same length, in five categories."""
    rng = random.Random(seed)
    content.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        year = 2022 + i % 5
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        violation = rng.choice(VIOLATIONS)[0]
        (content / f"article-{i:05d}.md").write_text(
            f"Title: 关于{violation}问题的通报（{i}）\nDate: {date}\nSlug: article-{i:05d}\n"
            f"Category: {rng.choice(['通知', '公告', '通报', '动态', '政策'])}\n\n"
            + _body_text(rng, date, 1800)
            + "\n",
            encoding="utf-8",
        )


PLAIN_CONF = """\
SITENAME = "plain"
TIMEZONE = "Asia/Shanghai"
DEFAULT_LANG = "zh-CN"
THEME = "simple"
DEFAULT_PAGINATION = 20
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
"""


def child_main(kind: str, content: str, output: str, cache: str) -> None:
    """The build itself, in its own process (``--child``)."""
    if kind in ("ours", "site", "watch"):
        sys.path.insert(0, os.getcwd())  # the snapshot of the code (see snapshot())
        import gongshi.build
        from core.settings import load_settings
        from gongshi.build import build_site

        if kind == "site":  # the same build without the search index, to show its share
            with_index = gongshi.build.pelican_settings
            gongshi.build.pelican_settings = lambda *a, **k: {  # type: ignore[assignment]
                **with_index(*a, **k),
                "SEARCH_INDEX_DIR": "",
            }

        settings = load_settings(
            environ={},
            toml_path=Path(cache) / "none.toml",
            data_dir=Path(cache),
            content_dir=Path(content),
            output_dir=Path(output),
        )
        if kind == "watch":
            from gongshi.build import watch_site

            watch_site(settings, progress=False)
        else:
            build_site(settings, progress=False)
    else:
        from pelican import Pelican
        from pelican.settings import read_settings

        conf = Path(cache) / "pelicanconf.py"
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_text(PLAIN_CONF, encoding="utf-8")
        Pelican(
            read_settings(
                str(conf),
                override={
                    "PATH": content,
                    "OUTPUT_PATH": output,
                    "CACHE_PATH": str(Path(cache) / "pelican"),
                },
            )
        ).run()


@dataclass
class Run:
    seconds: float
    cpu: float
    """user + system seconds of the build and its worker processes."""
    peak_mb: float


def snapshot(work: Path) -> Path:
    """A copy of the code and theme, so that edits made while the bench runs (a shared working
    tree) reach none of its builds: a changed plugin would make the rebuild a full one."""
    code = work / "code"
    for name in PACKAGES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, code / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pelicanconf.py", code / "pelicanconf.py")
    return code


def run_build(kind: str, content: Path, output: Path, cache: Path) -> Run:
    """One build in a fresh interpreter: wall time and that process's peak RSS."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", kind, str(content), str(output), str(cache)],
        cwd=CODE,
        stdout=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{kind} build failed (exit {proc.returncode}): {content}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


@dataclass
class Result:
    size: int
    ours: list[Run] = field(default_factory=list)
    plain: list[Run] = field(default_factory=list)
    rebuild: list[Run] = field(default_factory=list)
    site: list[Run] = field(default_factory=list)
    """ours without the search index, built once."""
    warm: list[float] = field(default_factory=list)
    """Seconds from a decision's change to its rebuild by ``gongshi build --watch``."""

    @staticmethod
    def median(runs: list[Run]) -> float:
        return statistics.median(r.seconds for r in runs)

    @staticmethod
    def cpu(runs: list[Run]) -> float:
        return statistics.median(r.cpu for r in runs)

    @staticmethod
    def peak(runs: list[Run]) -> float:
        return max(r.peak_mb for r in runs)


def bench_size(n: int, repeat: int, work: Path) -> Result:
    result = Result(n)
    site = work / f"site-{n}"
    shutil.copytree(FIXTURE_SITE, site)
    decisions = write_decisions(site, n)
    articles = work / f"articles-{n}"
    write_articles(articles, n)
    # Every build writes to folders of its own, and nothing is deleted before the end of the
    # bench: on this machine's disk (ext4 mounted with ``discard``) creating files is several
    # times slower for minutes after a large deletion, so a build that follows the deletion of
    # the previous output would be measured with part of that cleanup.
    for i in range(repeat):
        for kind, source, runs in (("plain", articles, result.plain), ("ours", site, result.ours)):
            out, cache = work / f"{kind}-{n}-out-{i}", work / f"{kind}-{n}-cache-{i}"
            runs.append(run_build(kind, source, out, cache))
            print(
                f"  {n:>6} {kind:<5} full build {i + 1}/{repeat}: {runs[-1].seconds:6.2f} s, "
                f"{runs[-1].peak_mb:5.0f} MB",
                file=sys.stderr,
            )
    result.site.append(run_build("site", site, work / f"site-{n}-out", work / f"site-{n}-cache"))
    # Incremental: the output and cache of the last full build, one decision's text changed.
    last = repeat - 1
    for i in range(repeat):
        correct(decisions[(i * 7919) % len(decisions)], f"本决定书第{i + 1}次更正。")
        result.rebuild.append(
            run_build("ours", site, work / f"ours-{n}-out-{last}", work / f"ours-{n}-cache-{last}")
        )
        print(
            f"  {n:>6} ours  rebuild {i + 1}/{repeat}: {result.rebuild[-1].seconds:6.2f} s",
            file=sys.stderr,
        )
    result.warm = watch_rebuilds(
        site, work / f"ours-{n}-out-{last}", work / f"ours-{n}-cache-{last}", decisions, repeat
    )
    for i, seconds in enumerate(result.warm):
        print(f"  {n:>6} ours  watch rebuild {i + 1}/{repeat}: {seconds:6.2f} s", file=sys.stderr)
    return result


def watch_rebuilds(
    site: Path, output: Path, cache: Path, decisions: list[Path], repeat: int
) -> list[float]:
    """``gongshi build --watch`` over the last full build: for each run, the wall time from
    changing one decision to the watch reporting its rebuild done (the file system's
    notification and the watch's 50 ms wait for more changes included)."""
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", "watch", str(site), str(output), str(cache)],
        cwd=CODE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None

    def until(prefix: str) -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith(prefix):
                return
        raise SystemExit(f"gongshi build --watch ended (exit {proc.wait()}): {site}")

    seconds = []
    try:
        until("watching")
        for i in range(repeat):
            time.sleep(0.5)  # a change of its own, not grouped with the previous one
            started = time.perf_counter()
            correct(decisions[(i * 104729 + 13) % len(decisions)], f"本决定书第{i + 1}次补正。")
            until("built in")
            seconds.append(time.perf_counter() - started)
    finally:
        proc.terminate()
        proc.wait()
    return seconds


def _mark(met: bool) -> str:
    return "✓" if met else "✗"


def report(results: list[Result]) -> str:
    head = (
        f"{'size':>6}  {'ours (s)':>9}  {'plain (s)':>9}  {'ratio':>6}  {'cpu ratio':>9}  "
        f"{'ours MB':>8}  {'plain MB':>8}  {'rebuild (s)':>11}  {'rebuild/full':>12}  "
        f"{'watch (s)':>9}  {'watch/full':>10}  {'no search (s)':>13}  {'ratio':>6}"
    )
    lines = [head, "-" * len(head)]
    for r in results:
        ours, plain, rebuild = r.median(r.ours), r.median(r.plain), r.median(r.rebuild)
        ratio, share, site = ours / plain, rebuild / ours, r.median(r.site)
        warm = statistics.median(r.warm) if r.warm else float("nan")
        lines.append(
            f"{r.size:>6}  {ours:>9.2f}  {plain:>9.2f}  {ratio:>5.2f}{_mark(ratio <= GOAL_RATIO)}"
            f"  {r.cpu(r.ours) / r.cpu(r.plain):>9.2f}"
            f"  {r.peak(r.ours):>8.0f}  {r.peak(r.plain):>8.0f}  {rebuild:>11.2f}  "
            f"{share:>11.0%}{_mark(share <= GOAL_REBUILD)}  {warm:>9.2f}  "
            f"{warm / ours:>9.0%}{_mark(warm / ours <= GOAL_REBUILD)}  {site:>13.2f}  "
            f"{site / plain:>5.2f}{_mark(site / plain <= GOAL_RATIO)}"
        )
    lines.append(
        "wall-clock medians; cpu ratio: user+system seconds, workers included; rebuild: a new "
        "`gongshi build` process after one decision changed; watch: the same change rebuilt by "
        "a running `gongshi build --watch`, from the file's change to the build's end; no "
        "search: one build without the search index.\n"
        f"Goals: ratio ≤ {GOAL_RATIO}×, rebuild after one changed decision ≤ {GOAL_REBUILD:.0%} "
        "of a full build"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated decision counts")
    parser.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="builds per size (default: 3 below 10k, 1 from 10k)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    global CODE
    work = Path(tempfile.mkdtemp(prefix="gongshi-bench-"))
    try:
        CODE = snapshot(work)
        results = []
        for n in sizes:
            repeat = args.repeat or (1 if n >= 10000 else 3)
            results.append(bench_size(n, repeat, work))
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
        print(
            f"Pelican build, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
            f"load average {load} (other processes make wall times noisy)"
        )
        print(report(results))
        if args.json:
            args.json.write_text(
                json.dumps(
                    [
                        {
                            "size": r.size,
                            "ours": [vars(x) for x in r.ours],
                            "plain": [vars(x) for x in r.plain],
                            "rebuild": [vars(x) for x in r.rebuild],
                            "watch": r.warm,
                        }
                        for r in results
                    ],
                    indent=1,
                ),
                encoding="utf-8",
            )
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        child_main(*sys.argv[2:])
    else:
        sys.exit(main())
