"""The annual enforcement statistics (行政执法统计年报): figures, pages, charts, CSV and JSON.

The figures of a year are computed by pure functions from the decisions, the per-year
timeliness rows (:func:`plugins.publication.timeliness`), the intake aggregates and the
inspection counts. The site build never opens the intake store: ``gongshi report --year Y``
exports the year's intake aggregates (counts only) to ``content/statistics/intake-Y.json``,
and that file is the act of publishing the year's report. The build writes
``/statistics/<Y>/`` (page and SVG charts), ``/statistics/<Y>.csv`` and ``.json`` for each
such file, and ``/statistics/`` as the index.

Every decision dated in the year counts, whatever it became later (withdrawn, corrected,
removed after a credit repair, expired): the report is about what was decided that year.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field

from core.deadlines import DECISION_TYPES
from plugins.loader import ContentError, validate
from plugins.schema import Record

SOURCE = "statistics"
"""Folder under content/ holding ``intake-<year>.json`` (written by ``gongshi report``)."""
INTAKE_FILE = re.compile(r"^intake-(\d{4})\.json$")

HEADLINE_TYPES = ("行政处罚", "行政许可", "行政强制", "行政检查", "其他")
"""Always shown (with 0); any other decision type appears when the year has one."""
NO_FIELD = "未注明"
CONFISCATION = "没收"

HEARING_HELD = re.compile(
    r"(?<![未不没])(?:依法)?(?:公开)?(?:举行|召开|组织)了?(?:公开)?听证(?!申请)|听证会于"
)
"""A hearing held (听证), read from the decision's text: decisions have no header for it.
Matches 依法公开举行了听证, 召开听证会, 听证会于…; not 要求听证的权利, 未要求听证, 未举行听证."""

CSV_COLUMNS = {
    "section": "group of figures: summary, by_type, by_field, complaints, complaints_by_kind, "
    "complaints_by_status, observations, inspections",
    "key": "what is counted (a decision type, a field, a complaint kind or status, a figure name)",
    "label": "its Chinese name on the report page",
    "value": "the figure: a count, yuan with two decimals, days, or a share between 0 and 1",
    "unit": "count, yuan, days or share",
    "url": "path on this site of the list the figure counts, empty when there is none",
}


# -- intake aggregates (exported by `gongshi report`, read by the build) ------------------------
class ComplaintAggregates(Record):
    total: Annotated[int, Field(ge=0)]
    per_kind: dict[str, Annotated[int, Field(ge=0)]]
    per_status: dict[str, Annotated[int, Field(ge=0)]]
    answered: Annotated[int, Field(ge=0)]
    median_days_to_answer: float | None
    followed_up: Annotated[int, Field(ge=0)]
    satisfaction_rate: Annotated[float, Field(ge=0, le=1)] | None


class ObservationAggregates(Record):
    total: Annotated[int, Field(ge=0)]
    replied: Annotated[int, Field(ge=0)]
    per_status: dict[str, Annotated[int, Field(ge=0)]]


class IntakeAggregates(Record):
    """Counts only: no name, phone, text or case number (DESIGN §5)."""

    year: Annotated[int, Field(ge=2000, le=2100)]
    exported_at: str
    complaints: ComplaintAggregates
    kinds: dict[str, str]
    """kind → Chinese label, as the intake service names them."""
    statuses: dict[str, str]
    observations: ObservationAggregates
    observation_statuses: dict[str, str]


def intake_path(content_dir: Path, year: int) -> Path:
    return content_dir / SOURCE / f"intake-{year}.json"


def load_intake(path: Path, content_dir: Path) -> IntakeAggregates:
    """Read and validate one exported file; a wrong file stops the build, naming it."""
    relpath = path.relative_to(content_dir).as_posix()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContentError(
            f"unreadable intake aggregates: {exc}",
            file=relpath,
            hint="export them again with `gongshi report --year YYYY`",
        ) from None
    aggregates = validate(IntakeAggregates, data, None, relpath)
    match = INTAKE_FILE.match(path.name)
    if match is None or int(match.group(1)) != aggregates.year:
        raise ContentError(
            f"the file name does not match its year {aggregates.year}",
            file=relpath,
            field="year",
            hint="name it intake-<year>.json",
        )
    return aggregates


def published_years(content_dir: Path) -> dict[int, IntakeAggregates]:
    """Year → its intake aggregates, for every year whose report has been exported."""
    folder = content_dir / SOURCE
    found: dict[int, IntakeAggregates] = {}
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if INTAKE_FILE.match(path.name):
                aggregates = load_intake(path, content_dir)
                found[aggregates.year] = aggregates
    return found


# -- the figures (pure) -------------------------------------------------------------------------
@dataclass(frozen=True)
class Figure:
    """One row of the report: the page's tables, the CSV and the JSON are made of these."""

    section: str
    key: str
    label: str
    value: int | str | float | None
    unit: str = "count"
    url: str = ""

    @property
    def display(self) -> str:
        if self.value is None:
            return "—"
        if self.unit == "share":
            return f"{float(self.value) * 100:.1f}%"
        if self.unit == "yuan":
            return f"{Decimal(str(self.value)):,.2f}元"
        if self.unit == "days":
            return f"{self.value}天"
        return str(self.value)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    figures: tuple[Figure, ...]
    chart: bool = False
    note: str = ""

    @property
    def available(self) -> bool:
        return bool(self.figures)


@dataclass(frozen=True)
class Report:
    year: int
    sections: tuple[Section, ...]
    intake_exported_at: str = ""

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def rows(self) -> list[dict[str, Any]]:
        """The CSV rows: every figure of every section, in page order."""
        return [
            {k: ("" if v is None else v) for k, v in asdict(f).items()}
            for s in self.sections
            for f in s.figures
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "title": f"{self.year}年度行政执法统计年报",
            "intake_exported_at": self.intake_exported_at,
            "columns": CSV_COLUMNS,
            "sections": [
                {
                    "key": s.key,
                    "title": s.title,
                    "note": s.note,
                    "figures": [asdict(f) for f in s.figures],
                }
                for s in self.sections
            ],
        }


def hearing_held(decision: Any) -> bool:
    return bool(HEARING_HELD.search(_plain_text(getattr(decision, "html", "") or "")))


def _plain_text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def decisions_of(decisions: Iterable[Any], year: int) -> list[Any]:
    return [d for d in decisions if d.date.year == year]


def list_paths(published: Iterable[Any]) -> set[str]:
    """The decision lists the site writes (by type, by year) for the decisions it publishes."""
    return {
        path
        for d in published
        for path in (f"decisions/type/{DECISION_TYPES[d.type]}/", f"decisions/year/{d.date.year}/")
    }


def decision_sections(
    decisions: Sequence[Any],
    year: int,
    timeliness_rows: Sequence[dict[str, Any]],
    listed: Collection[str] | None = None,
) -> tuple[Section, ...]:
    """Summary, by type and by field, from the decisions of every year (filtered here).

    A figure links to its decision list only when that list exists (``listed``; None: all do).
    """

    def link(path: str) -> str:
        return path if listed is None or path in listed else ""

    mine = decisions_of(decisions, year)
    fines = [d.fine for d in mine if d.fine is not None]
    timely = next((r for r in timeliness_rows if r["year"] == year), None)
    summary = (
        Figure(
            "summary", "decisions", "执法决定总数", len(mine), url=link(f"decisions/year/{year}/")
        ),
        Figure("summary", "fines_total", "罚没金额合计", f"{sum(fines, Decimal(0)):.2f}", "yuan"),
        Figure("summary", "fined", "处以罚款或罚没的决定", len(fines)),
        Figure(
            "summary",
            "confiscations",
            "含没收的决定",
            sum(CONFISCATION in (d.penalty or "") for d in mine),
        ),
        Figure("summary", "hearings", "举行听证", sum(hearing_held(d) for d in mine)),
        Figure("summary", "corrected", "已更正的决定", sum(bool(d.corrected) for d in mine)),
        Figure("summary", "withdrawn", "已撤回的决定", sum(d.status == "withdrawn" for d in mine)),
        Figure(
            "summary",
            "published",
            "已公示的决定",
            timely["total"] if timely else 0,
            url="decisions/timeliness/",
        ),
        Figure(
            "summary",
            "on_time",
            "按时公示的决定",
            timely["on_time"] if timely else 0,
            url="decisions/timeliness/",
        ),
        Figure(
            "summary",
            "on_time_share",
            "公示及时率",
            round(timely["share"], 4) if timely and timely["share"] is not None else None,
            "share",
            url="decisions/timeliness/",
        ),
    )
    types = Counter(d.type for d in mine)
    shown = [t for t in DECISION_TYPES if t in HEADLINE_TYPES or types[t]]
    by_type = tuple(
        Figure("by_type", t, t, types[t], url=link(f"decisions/type/{DECISION_TYPES[t]}/"))
        for t in shown
    )
    fields = Counter(d.field or NO_FIELD for d in mine)
    by_field = tuple(
        Figure("by_field", name, name, count)
        for name, count in sorted(fields.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return (
        Section("summary", "总体情况", summary),
        Section("by_type", "按决定类型", by_type, chart=True),
        Section("by_field", "按执法领域", by_field, chart=True),
    )


def intake_sections(intake: IntakeAggregates | None, year: int) -> tuple[Section, ...]:
    if intake is None:
        note = "投诉举报数据尚未导出。"
        return (
            Section("complaints", "投诉举报办理", (), note=note),
            Section("observations", "社会监督员意见", (), note=note),
        )
    c, o = intake.complaints, intake.observations
    link = f"complaints/statistics?year={year}"
    complaints = (
        Figure("complaints", "total", "收到投诉举报", c.total, url=link),
        Figure("complaints", "answered", "已答复", c.answered, url=link),
        Figure(
            "complaints", "median_days_to_answer", "答复用时中位数", c.median_days_to_answer, "days"
        ),
        Figure("complaints", "followed_up", "已回访", c.followed_up),
        Figure(
            "complaints", "satisfaction_rate", "满意率（含基本满意）", c.satisfaction_rate, "share"
        ),
    )
    by_kind = tuple(
        Figure("complaints_by_kind", k, label, c.per_kind.get(k, 0))
        for k, label in intake.kinds.items()
    )
    by_status = tuple(
        Figure("complaints_by_status", s, label, c.per_status.get(s, 0))
        for s, label in intake.statuses.items()
    )
    observations = (
        Figure("observations", "total", "收到监督意见", o.total),
        Figure("observations", "replied", "已答复监督意见", o.replied),
        *(
            Figure("observations", f"status_{s}", f"状态：{label}", o.per_status.get(s, 0))
            for s, label in intake.observation_statuses.items()
        ),
    )
    return (
        Section("complaints", "投诉举报办理", complaints),
        Section("complaints_by_kind", "投诉举报按类别", by_kind, chart=True),
        Section("complaints_by_status", "投诉举报按办理状态", by_status, chart=True),
        Section("observations", "社会监督员意见", observations),
    )


INSPECTION_LABELS = {"plans": "抽查计划", "objects": "检查对象", "late": "逾期公示的抽查计划"}


def inspection_section(counts: dict[str, int] | None, year: int) -> Section:
    """From :func:`plugins.inspection_results.yearly_counts` of the year (None: unavailable)."""
    if counts is None:
        return Section("inspections", "双随机抽查结果", (), note="抽查结果统计暂不可用。")
    link = f"inspections/results/year/{year}/"
    return Section(
        "inspections",
        "双随机抽查结果",
        tuple(
            Figure(
                "inspections",
                key,
                INSPECTION_LABELS.get(key, f"检查结果：{key}"),
                int(value),
                url=link if key in ("plans", "objects") else "",
            )
            for key, value in counts.items()
        ),
    )


def compute(
    year: int,
    decisions: Sequence[Any],
    timeliness_rows: Sequence[dict[str, Any]],
    intake: IntakeAggregates | None,
    inspections: dict[str, int] | None = None,
    listed: Collection[str] | None = None,
) -> Report:
    """Every figure of ``year``; ``inspections`` is None when no counts are available."""
    return Report(
        year,
        (
            *decision_sections(decisions, year, timeliness_rows, listed),
            *intake_sections(intake, year),
            inspection_section(inspections, year),
        ),
        intake.exported_at if intake else "",
    )


def csv_text(report: Report) -> str:
    """UTF-8 with a BOM (for Excel), as the other open data."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(CSV_COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(report.rows())
    return "\ufeff" + buffer.getvalue()


# -- charts ----------------------------------------------------------------------------------
CHART_FONT = (
    '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif'
)


LONG_DECIMAL = re.compile(r"(\d+\.\d{2})\d+")


def chart_svg(section: Section) -> str:
    """A horizontal bar chart of a section (pygal), without any script: it works as an image."""
    import pygal
    from lxml import etree
    from pygal.style import Style

    style = Style(
        font_family=CHART_FONT,
        background="#ffffff",
        plot_background="#ffffff",
        foreground="#1f2933",
        foreground_strong="#1f2933",
        foreground_subtle="#52606d",
        colors=("#93c5fd",),  # light bars: the dark value printed on each stays readable
        label_font_size=13,
        major_label_font_size=13,
        value_font_size=13,
        title_font_size=16,
    )
    figures = list(reversed(section.figures))  # pygal draws the first bar at the bottom
    chart = pygal.HorizontalBar(
        style=style,
        js=[],
        show_legend=False,
        print_values=True,
        tooltip_fancy_mode=False,
        width=640,
        height=max(160, 60 + 34 * len(figures)),
        margin=8,
        # pygal measures labels with Latin glyph widths: room for CJK labels (~13 px each).
        margin_left=8 + 7 * max((len(f.label) for f in figures), default=0),
        show_x_labels=False,  # the value axis: each bar prints its own value
        show_y_guides=False,
        truncate_label=-1,
    )
    chart.uuid = f"report-{section.key}"
    chart.title = section.title
    chart.x_labels = [f.label for f in figures]
    chart.add("数量", [int(f.value or 0) for f in figures])
    root = chart.render_tree()
    for node in root.iter("{http://www.w3.org/2000/svg}script", "script"):
        node.getparent().remove(node)
    for node in root.iter(etree.Comment):  # pygal stamps the render date: keep builds equal
        node.getparent().remove(node)
    root.set("role", "img")
    root.set("aria-label", section.title)
    # Coordinates to two decimals: smaller files, and no long digit runs for the leak scan to
    # take for phone numbers (153.30769230769386).
    return LONG_DECIMAL.sub(r"\1", etree.tostring(root, encoding="unicode"))


# -- writing (the build's edge) ------------------------------------------------------------------
def inspection_counts(site: Any, year: int) -> dict[str, int] | None:
    """The year's counts from plugins/inspection_results.py, or None when that module or its
    content is not there (the report then says the figures are not available)."""
    try:
        from plugins import inspection_results
    except ImportError:
        return None
    plans = site.data.get("inspection_results")
    if plans is None:
        return None
    counts = inspection_results.yearly_counts(plans).get(year)
    return dict(counts) if counts else None


def all_decisions(site: Any) -> list[Any]:
    """Published, withdrawn, expired and removed decisions alike (see the module's note)."""
    return [*site.decisions, *getattr(site, "removed", []), *getattr(site, "expired", [])]


def write(site: Any, output: Path, pages: Any, today: dt.date) -> list[int]:
    """Write the report of every exported year that has ended; return the years written."""
    exported = published_years(site.content_dir)
    decisions = all_decisions(site)
    timeliness_rows = getattr(site, "timeliness", [])
    listed = list_paths(site.decisions)
    folder = output / SOURCE
    folder.mkdir(parents=True, exist_ok=True)
    years = sorted((y for y in exported if y < today.year), reverse=True)
    crumbs = [("统计年报", f"{SOURCE}/")]
    reports = []
    for year in years:
        report = compute(
            year,
            decisions,
            timeliness_rows,
            exported[year],
            inspection_counts(site, year),
            listed,
        )
        reports.append(report)
        charts = {}
        (folder / str(year)).mkdir(parents=True, exist_ok=True)
        for section in report.sections:
            if section.chart and section.available:
                name = f"{section.key.replace('_', '-')}.svg"
                (folder / str(year) / name).write_text(chart_svg(section), encoding="utf-8")
                charts[section.key] = f"{SOURCE}/{year}/{name}"
        (folder / f"{year}.csv").write_text(csv_text(report), encoding="utf-8")
        (folder / f"{year}.json").write_text(
            json.dumps(report.to_json(), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        pages.page(
            f"{SOURCE}/{year}/index.html",
            "annual_report.html",
            f"{year}年度行政执法统计年报",
            crumbs + [(f"{year}年度", f"{SOURCE}/{year}/")],
            report=report,
            charts=charts,
            exported_at=report.intake_exported_at,
        )
    pages.page(
        f"{SOURCE}/index.html",
        "annual_reports.html",
        "行政执法统计年报",
        crumbs,
        reports=reports,
    )
    return years
