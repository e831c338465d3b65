"""``gongshi report --year YYYY``: the annual enforcement statistics (统计年报) of a year.

It prints the figures (the same :func:`plugins.annual_report.compute` the site build uses) and,
once the year has ended, exports the year's intake aggregates (counts only) to
``content/statistics/intake-YYYY.json``. That file is what publishes the report: the next
``gongshi build`` writes ``/statistics/YYYY/`` from it and from the decisions. The site build
never opens the intake store; this command is the one place where both meet.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from core.errors import GongshiError
from core.settings import Settings

# The site's plugins are imported by the command (0.12 s): every `gongshi` command builds this
# parser.


# -- intake aggregates (counts only) ---------------------------------------------------------
def intake_aggregates(store: Any, year: int, now: str) -> dict[str, Any]:
    """The year's complaint and observation counts from an open :class:`IntakeStore`.

    ``store.statistics`` gives kinds, answer time and satisfaction; the counts per status are
    read here with GROUP BY queries until intake/statistics.py offers them (no row of a person
    leaves the database: only statuses and counts).
    """
    from intake.store import KINDS, OBSERVATION_STATUSES, STATUSES

    stats = store.statistics(year)
    pattern = f"{year}-%"
    with store.db.read() as tx:
        case_rows = tx.all(
            "SELECT status, COUNT(*) AS n FROM cases WHERE created_at LIKE ? GROUP BY status",
            (pattern,),
        )
        observation_rows = tx.all(
            "SELECT status, COUNT(*) AS n, "
            "SUM(CASE WHEN answered_at <> '' THEN 1 ELSE 0 END) AS replied "
            "FROM observations WHERE created_at LIKE ? GROUP BY status",
            (pattern,),
        )
    return aggregates_document(
        year, now, stats, case_rows, observation_rows, KINDS, STATUSES, OBSERVATION_STATUSES
    )


def aggregates_document(
    year: int,
    now: str,
    stats: dict[str, Any],
    case_rows: list[dict[str, Any]],
    observation_rows: list[dict[str, Any]],
    kinds: dict[str, str],
    statuses: dict[str, str],
    observation_statuses: dict[str, str],
) -> dict[str, Any]:
    """The exported document (validated by :class:`plugins.annual_report.IntakeAggregates`)."""
    per_status = {s: 0 for s in statuses}
    for row in case_rows:
        per_status[row["status"]] = per_status.get(row["status"], 0) + int(row["n"])
    observations = {s: 0 for s in observation_statuses}
    replied = 0
    for row in observation_rows:
        observations[row["status"]] = observations.get(row["status"], 0) + int(row["n"])
        replied += int(row["replied"] or 0)
    return {
        "year": year,
        "exported_at": now,
        "complaints": {
            "total": stats["total"],
            "per_kind": dict(stats["per_kind"]),
            "per_status": per_status,
            "answered": stats["answered"],
            "median_days_to_answer": stats["median_days_to_answer"],
            "followed_up": stats["followed_up"],
            "satisfaction_rate": stats["satisfaction_rate"],
        },
        "kinds": dict(kinds),
        "statuses": dict(statuses),
        "observations": {
            "total": sum(observations.values()),
            "replied": replied,
            "per_status": observations,
        },
        "observation_statuses": dict(observation_statuses),
    }


def open_intake(settings: Settings) -> Any | None:
    """The deployment's intake store, or None when it has none (nothing is created)."""
    if not settings.database_url and not (settings.data_dir / "gongshi.sqlite3").exists():
        return None
    from intake.store import open_store

    return open_store(settings)


# -- the site's side: decisions and other content, read as the build reads them ---------------
def load_site(settings: Settings) -> Any:
    """Every content type and every decision (removed and expired ones included)."""
    from pelican.readers import Readers

    from gongshi.build import pelican_settings
    from plugins.decisions import SOURCE, read_decision
    from plugins.loader import load_items, load_one
    from plugins.registry import ordered
    from plugins.site import TYPE_MODULES, Site

    values = pelican_settings(settings)
    for module in TYPE_MODULES:
        importlib.import_module(module)
    root = settings.content_dir
    site = Site(root, values)
    for ctype in ordered():
        source = root / ctype.source
        site.data[ctype.key] = (
            load_items(ctype.model, source, root)
            if ctype.many
            else load_one(ctype.model, source, root)
        )
    for ctype in ordered():
        if ctype.check:
            ctype.check(site)
    reader = SimpleNamespace(readers=Readers(values), path=str(root), context={})
    folder = root / SOURCE
    site.decisions = [
        read_decision(reader, path.relative_to(root).as_posix())  # type: ignore[arg-type]
        for path in sorted(folder.glob("**/*.md"))
    ]
    return site


def _published(settings: Settings, decisions: list[Any]) -> list[Any]:
    """The decisions the site lists (not removed, not expired): their lists exist."""
    from plugins import publication
    from plugins.loader import load_one

    path = settings.content_dir / publication.SOURCE
    rules = (
        load_one(publication.PublicationRules, path, settings.content_dir)
        if path.exists()
        else None
    )
    today = publication.today_in_china()
    return [
        d
        for d in decisions
        if d.status != "removed"
        and not (rules and (end := publication.expires(rules, d)) is not None and today > end)
    ]


def compute(settings: Settings, year: int, intake: dict[str, Any] | None) -> Any:
    from core.working_days import WorkingDays
    from plugins import annual_report, publication

    site = load_site(settings)
    timeliness = publication.timeliness(site.decisions, WorkingDays(settings.holidays_file))
    aggregates = annual_report.IntakeAggregates.model_validate(intake) if intake else None
    return annual_report.compute(
        year,
        site.decisions,
        timeliness,
        aggregates,
        annual_report.inspection_counts(site, year),
        annual_report.list_paths(_published(settings, site.decisions)),
    )


# -- the command ---------------------------------------------------------------------------
def write_json(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def print_report(report: Any) -> None:
    print(f"{report.year}年度行政执法统计年报")
    for section in report.sections:
        print(f"\n{section.title}")
        if not section.available:
            print(f"  {section.note or '暂无数据。'}")
        for f in section.figures:
            print(f"  {f.label}\t{f.display}")


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from plugins import annual_report, publication

    year = int(args.year)
    today = publication.today_in_china()
    if not 2000 <= year <= today.year:
        raise GongshiError(f"no report for {year}", field="year", hint=f"use 2000–{today.year}")
    now = dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).isoformat(timespec="seconds")
    store = open_intake(settings)
    document = intake_aggregates(store, year, now) if store is not None else None
    if document is None:
        document = aggregates_document(year, now, _empty_stats(), [], [], *_labels())
    report = compute(settings, year, document)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        print_report(report)
    if store is None:
        print("\nnote: no intake store in this deployment: complaint figures are 0")
    target = annual_report.intake_path(settings.content_dir, year)
    if args.no_write:
        return 0
    if year >= today.year:
        print(
            f"\nnot exported: {year} has not ended; the report of a year is published after "
            f"it ends (by 31 January {year + 1})"
        )
        return 0
    write_json(target, document)
    print(f"\nintake aggregates written to {target}; `gongshi build` publishes /statistics/{year}/")
    return 0


def _empty_stats() -> dict[str, Any]:
    kinds, _, _ = _labels()
    return {
        "total": 0,
        "per_kind": {k: 0 for k in kinds},
        "answered": 0,
        "median_days_to_answer": None,
        "followed_up": 0,
        "satisfaction_rate": None,
    }


def _labels() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    from intake.store import KINDS, OBSERVATION_STATUSES, STATUSES

    return KINDS, STATUSES, OBSERVATION_STATUSES


def add_commands(sub: Any) -> None:
    p = sub.add_parser("report", help="annual enforcement statistics (统计年报) of a year")
    p.add_argument("--year", type=int, required=True, help="the year, e.g. 2025")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument(
        "--no-write",
        action="store_true",
        help="print only; do not export content/statistics/intake-YYYY.json",
    )
    p.add_argument("--content", type=Path, help="content folder (default: content/)")
    p.set_defaults(func=cmd_report)
