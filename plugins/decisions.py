"""Enforcement decisions (行政执法决定): detail pages, lists by type, body and year, the feed.

Decisions are Markdown files under ``content/decisions/`` whose header carries the summary
(文号, 当事人 after redaction, violation, penalty …). They are read with Pelican's own reader
(and its cache); the header is validated like every other content type.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

import bleach
from pelican import signals
from pelican.contents import Page
from pelican.generators import CachingGenerator
from pydantic import Field, field_validator

from plugins.loader import ContentError, validate
from plugins.registry import ContentType
from plugins.schema import DECISION_TYPES, Record, Slug, Text
from plugins.site import PageWriter

SOURCE = "decisions"
PER_PAGE = 20

ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "h2", "h3", "h4", "table",
                "thead", "tbody", "tr", "th", "td", "blockquote", "hr", "span", "sup", "sub"}

DecisionTypeName = Literal[
    "行政处罚", "行政许可", "行政强制", "行政检查", "行政征收征用", "行政确认", "行政给付",
    "行政裁决", "行政奖励", "其他",
]


class DecisionMeta(Record):
    title: Text
    slug: Slug
    decision_no: Text
    """文号, e.g. 临综执罚决字〔2026〕第0012号."""
    type: DecisionTypeName
    date: dt.date
    body: str
    """id of the deciding agency."""
    party: Text
    """当事人 after redaction (张某, or an organization's name)."""
    party_type: Literal["person", "organization", "individual_business"]
    credit_code: Annotated[str, Field(pattern=r"^([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})?$")] = ""
    legal_rep: str = ""
    violation: Text
    """主要违法事实 (a sentence)."""
    penalty: str = ""
    """处罚内容 / 决定内容."""
    fine: Decimal | None = None
    """罚没金额 in yuan, where there is one."""
    basis: str = ""
    field: str = ""
    summary: str = ""

    @field_validator("date", mode="before")
    @classmethod
    def _date_only(cls, value: object) -> object:
        return value.date() if isinstance(value, dt.datetime) else value


class Decision:
    """A published decision: its validated header, the sanitised HTML text and its source."""

    def __init__(self, meta: DecisionMeta, html: str, source: str) -> None:
        self.meta = meta
        self.html = html
        self.source = source

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["meta"], name)

    @property
    def url(self) -> str:
        return f"decisions/{self.meta.slug}/"

    @property
    def type_code(self) -> str:
        return DECISION_TYPES[self.meta.type]

    @property
    def year(self) -> int:
        return self.meta.date.year


def _line_of_key(path: Path, key: str) -> int | None:
    pattern = re.compile(rf"^{re.escape(key)}\s*:", re.IGNORECASE)
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if pattern.match(line):
                return number
            if not line.strip():
                break
    return None


def read_decision(generator: CachingGenerator, relpath: str) -> Decision:
    base = Path(generator.path)
    try:
        page = generator.readers.read_file(
            base_path=generator.path, path=relpath, content_class=Page, context=generator.context
        )
    except UnicodeDecodeError:
        raise ContentError("not valid UTF-8", file=relpath, hint="save the file as UTF-8") from None
    except ValueError as exc:  # Pelican's own header parsing (dates)
        field = "date" if "date" in str(exc).lower() else None
        raise ContentError(
            f"invalid header: {exc}", file=relpath,
            line=_line_of_key(base / relpath, field) if field else None, field=field,
            hint="write dates as YYYY-MM-DD" if field else "check the header lines",
        ) from None
    meta = {k: v for k, v in page.metadata.items() if k not in ("reader",)}
    try:
        decision_meta = DecisionMeta.model_validate(meta)
    except Exception:
        # Re-run through the loader's validator for a message with the header line.
        try:
            validate(DecisionMeta, meta, None, relpath)
        except ContentError as exc:
            key = (exc.field or "").split(".")[0]
            exc.line = _line_of_key(base / relpath, key) or 1
            if exc.message == "required field is missing":
                exc.hint = f"add a line '{key.capitalize()}: …' to the header at the top of the file"
            raise ContentError(exc.message, file=relpath, line=exc.line, field=exc.field,
                               hint=exc.hint) from None
        raise
    html = bleach.clean(page.content, tags=ALLOWED_TAGS, attributes={"td": ["colspan", "rowspan"], "th": ["colspan", "rowspan"]}, strip=True)
    return Decision(decision_meta, html, relpath)


class DecisionsGenerator(CachingGenerator):
    """Reads and checks every decision, then writes details, lists and filters."""

    def generate_context(self) -> None:
        site = self.context["site"]
        agencies = site.by_id("agencies")
        decisions: list[Decision] = []
        seen: dict[str, str] = {}
        slugs: dict[str, str] = {}
        files = self.get_files([SOURCE], extensions=("md",))
        for relpath in sorted(files):
            decision = read_decision(self, relpath)
            line = _line_of_key(Path(self.path) / relpath, "body")
            if decision.body not in agencies:
                raise ContentError(f"unknown body {decision.body!r}", file=relpath, line=line,
                                   field="body", hint="use an id from agencies.yaml")
            for registry, key, label in ((seen, decision.decision_no, "decision_no"),
                                         (slugs, decision.slug, "slug")):
                if key in registry:
                    raise ContentError(
                        f"{label} {key!r} already used by {registry[key]}", file=relpath,
                        line=_line_of_key(Path(self.path) / relpath, label), field=label,
                        hint=f"every decision needs its own {label}",
                    )
                registry[key] = relpath
            decisions.append(decision)
        decisions.sort(key=lambda d: (d.date, d.decision_no), reverse=True)
        site.decisions = decisions
        self.save_cache()
        self.readers.save_cache()

    def generate_output(self, writer: Any) -> None:
        site = self.context["site"]
        pages = PageWriter(self, writer)
        agencies = site.by_id("agencies")
        decisions: list[Decision] = site.decisions
        crumbs = [("执法决定公示", "decisions/")]
        by_type: dict[str, list[Decision]] = defaultdict(list)
        by_body: dict[str, list[Decision]] = defaultdict(list)
        by_year: dict[int, list[Decision]] = defaultdict(list)
        for d in decisions:
            by_type[d.type_code].append(d)
            by_body[d.body].append(d)
            by_year[d.year].append(d)
        facets = {
            "types": [(code, name, len(by_type[code])) for name, code in DECISION_TYPES.items() if by_type[code]],
            "bodies": [(b, agencies[b].name, len(by_body[b])) for b in agencies if by_body[b]],
            "years": [(y, len(by_year[y])) for y in sorted(by_year, reverse=True)],
        }
        common = {"facets": facets, "agencies": agencies}
        pages.paginated("decisions/", "decisions.html", "执法决定公示", decisions, crumbs,
                        per_page=PER_PAGE, current=None, **common)
        for name, code in DECISION_TYPES.items():
            if by_type[code]:
                pages.paginated(f"decisions/type/{code}/", "decisions.html", f"执法决定公示：{name}",
                                by_type[code], crumbs + [(name, f"decisions/type/{code}/")],
                                per_page=PER_PAGE, current=("type", code), **common)
        for body, items in by_body.items():
            pages.paginated(f"decisions/body/{body}/", "decisions.html",
                            f"执法决定公示：{agencies[body].name}", items,
                            crumbs + [(agencies[body].name, f"decisions/body/{body}/")],
                            per_page=PER_PAGE, current=("body", body), **common)
        for year, items in by_year.items():
            pages.paginated(f"decisions/year/{year}/", "decisions.html", f"执法决定公示：{year}年",
                            items, crumbs + [(f"{year}年", f"decisions/year/{year}/")],
                            per_page=PER_PAGE, current=("year", year), **common)
        for d in decisions:
            pages.page(f"{d.url}index.html", "decision.html", d.title, crumbs + [(d.decision_no, d.url)],
                       decision=d, agency=agencies[d.body])


def rows(site):  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    for d in site.decisions:
        yield {
            "decision_no": d.decision_no, "title": d.title, "type": d.type, "date": d.date.isoformat(),
            "body": agencies[d.body].name, "party": d.party,
            "credit_code": d.credit_code, "legal_rep": d.legal_rep, "violation": d.violation,
            "penalty": d.penalty, "fine": "" if d.fine is None else str(d.fine), "basis": d.basis,
            "url": d.url,
        }


CONTENT_TYPE = ContentType(
    "decisions", "执法决定", SOURCE, DecisionMeta, rows=rows,
    columns={
        "decision_no": "decision number (文号)",
        "title": "title of the decision",
        "type": "行政处罚, 行政许可, 行政强制, 行政检查 … (DESIGN §2)",
        "date": "decision date (YYYY-MM-DD)",
        "body": "deciding body",
        "party": "party after redaction (张某) or an organization's name",
        "credit_code": "unified social credit code of an organization",
        "legal_rep": "legal representative of an organization",
        "violation": "main facts of the violation",
        "penalty": "penalty or decision content",
        "fine": "fines and confiscations in yuan, empty when none",
        "basis": "legal basis of the decision",
        "url": "path of the decision page on this site",
    },
)


def generators(_pelican: Any) -> type[DecisionsGenerator]:
    return DecisionsGenerator


def register() -> None:
    signals.get_generators.connect(generators)
