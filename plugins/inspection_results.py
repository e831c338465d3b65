"""Random-inspection results (双随机抽查结果): one plan per file in content/inspection_results/.

Each plan belongs to an item of the random-inspection list, says how the objects and inspectors
were drawn, and gives the result per inspected organization. Results are published within 20
working days of the result date (the day itself not counted); a plan published later is shown
as 逾期. A natural person among the inspected (the operator of a 个体工商户 without a trade name)
is written already masked (王某, DESIGN §4): an unmasked name stops the build.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import Field, PrivateAttr, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from core.checksums import uscc_valid
from core.working_days import Deadline, WorkingDays
from plugins.loader import ContentError, _node_at, read_yaml
from plugins.registry import ContentType, register
from plugins.schema import Record, Slug, Text, slug_safe

RESULTS = ("未发现问题", "责令整改", "立案查处", "未找到检查对象", "其他")
Result = Literal["未发现问题", "责令整改", "立案查处", "未找到检查对象", "其他"]
PARTY_TYPES = {"organization": "单位", "individual_business": "个体工商户", "person": "个人"}
PartyType = Literal["organization", "individual_business", "person"]
PUBLICATION_LIMIT = 20
"""Working days from the result date to publication."""

MASKED_NAME = re.compile(r"^[\u4e00-\u9fff]{1,2}某\d*$")
"""Surname (or first character) + 某, numbered when two people share it: 王某, 欧阳某, 张某2."""


class InspectedParty(Record):
    party_type: PartyType = "organization"
    """person: a natural person (masked); individual_business: a 个体工商户 under its trade name."""
    name: Text
    credit_code: str | None = None
    """统一社会信用代码 (GB 32100), organizations and named individual businesses only."""
    result: Result
    note: str = ""

    @field_validator("name")
    @classmethod
    def _masked(cls, name: str, info: ValidationInfo) -> str:
        if info.data.get("party_type") == "person" and not MASKED_NAME.match(name):
            raise PydanticCustomError(
                "unmasked_name",
                "the name of a natural person must be masked as surname + 某 (王某, 欧阳某), "
                "DESIGN §4; '{name}' is not",
                {"name": name[:1] + "…"},
            )
        return name

    @field_validator("credit_code")
    @classmethod
    def _uscc(cls, code: str | None, info: ValidationInfo) -> str | None:
        if code is None:
            return None
        if info.data.get("party_type") == "person":
            raise PydanticCustomError(
                "person_credit_code",
                "a natural person's entry carries no credit code (it would identify the person)",
            )
        if not uscc_valid(code):
            raise PydanticCustomError(
                "credit_code",
                "'{code}' is not a unified social credit code with a valid check character "
                "(GB 32100)",
                {"code": code},
            )
        return code.upper()

    @property
    def party_label(self) -> str:
        return PARTY_TYPES[self.party_type]


class InspectionPlan(Record):
    id: Slug
    item: str
    """Code of the inspection item (inspection_items.yaml)."""
    period: Text
    """抽查期次, e.g. 2026年第一季度."""
    body: str
    """Inspecting body: an id from agencies.yaml."""
    draw_method: Text
    """抽取方式."""
    population: Annotated[int, Field(ge=1)] | None = None
    """Objects in the directory the draw was made from (检查对象名录库)."""
    drawn: Annotated[int, Field(ge=1)]
    """Objects drawn; equals the number of results."""
    inspectors: Annotated[list[str], Field(min_length=1)]
    """Certificate numbers of the officers drawn (officers.yaml)."""
    result_date: dt.date
    published: dt.date
    """The day the results went public."""
    results: Annotated[list[InspectedParty], Field(min_length=1)]
    note: str = ""

    _deadline: Deadline | None = PrivateAttr(default=None)

    @property
    def url(self) -> str:
        return f"inspections/results/{self.id}/"

    @property
    def year(self) -> int:
        return self.result_date.year

    @property
    def deadline(self) -> Deadline:
        if self._deadline is None:
            raise RuntimeError("deadline is computed by check()")
        return self._deadline

    @property
    def late(self) -> bool:
        return self.published > self.deadline.date

    @property
    def counts(self) -> dict[str, int]:
        found: Counter[str] = Counter(r.result for r in self.results)
        return {r: found[r] for r in RESULTS}


def publication_deadline(calendar: WorkingDays, result_date: dt.date) -> Deadline:
    return calendar.add(result_date, PUBLICATION_LIMIT)


def yearly_counts(plans: Iterable[InspectionPlan]) -> dict[int, dict[str, int]]:
    """Per year of result: ``plans``, ``objects`` inspected, one count per result category
    (未发现问题 …) and ``late`` (plans published after their deadline). For the annual
    statistics (统计年报)."""
    years: dict[int, dict[str, int]] = {}
    for plan in plans:
        row = years.setdefault(
            plan.year, {"plans": 0, "objects": 0, **dict.fromkeys(RESULTS, 0), "late": 0}
        )
        row["plans"] += 1
        row["objects"] += len(plan.results)
        for party in plan.results:
            row[party.result] += 1
        row["late"] += int(plan._deadline is not None and plan.late)
    return dict(sorted(years.items()))


def _error(
    site: Any, plan: InspectionPlan, loc: list[int | str], message: str, hint: str
) -> Exception:
    """A ContentError at the line of ``loc`` in the plan's file."""
    file, line = getattr(plan, "_source", (None, None))
    if file is not None:
        _, node = read_yaml(site.content_dir / file, site.content_dir)
        target = _node_at(node, loc)
        line = target.start_mark.line + 1 if target is not None else line
    return ContentError(message, file=file, line=line, field=".".join(map(str, loc)), hint=hint)


def check(site) -> None:  # type: ignore[no-untyped-def]
    items = site.by_id("inspection_items")
    agencies = site.by_id("agencies")
    officers = site.by_id("officers")
    calendar = WorkingDays(site.content_dir / "holidays.yaml")
    for plan in site.inspection_results:
        if plan.item not in items:
            raise _error(
                site,
                plan,
                ["item"],
                f"unknown inspection item {plan.item!r}",
                "use a code from inspection_items.yaml",
            )
        if plan.body not in agencies:
            raise _error(
                site, plan, ["body"], f"unknown body {plan.body!r}", "use an id from agencies.yaml"
            )
        for n, cert in enumerate(plan.inspectors):
            if cert not in officers:
                raise _error(
                    site,
                    plan,
                    ["inspectors", n],
                    f"unknown officer {cert!r}",
                    "use a certificate_no from officers.yaml",
                )
        if plan.drawn != len(plan.results):
            raise _error(
                site,
                plan,
                ["drawn"],
                f"{plan.drawn} objects drawn but {len(plan.results)} results listed",
                "list one result per object drawn (未找到检查对象 when it was not found)",
            )
        if plan.population is not None and plan.population < plan.drawn:
            raise _error(
                site,
                plan,
                ["population"],
                "fewer objects in the directory than drawn",
                "check population and drawn",
            )
        if plan.published < plan.result_date:
            raise _error(
                site,
                plan,
                ["published"],
                "published before the result date",
                "check published and result_date",
            )
        plan._deadline = publication_deadline(calendar, plan.result_date)


def _sorted(plans: Iterable[InspectionPlan]) -> list[InspectionPlan]:
    return sorted(plans, key=lambda p: (p.result_date, p.id), reverse=True)


def write(site, pages) -> None:  # type: ignore[no-untyped-def]
    items = site.by_id("inspection_items")
    agencies = site.by_id("agencies")
    officers = site.by_id("officers")
    plans = _sorted(site.inspection_results)
    base_crumbs = [("随机抽查事项", "inspections/"), ("抽查结果", "inspections/results/")]
    used_items = sorted({p.item for p in plans})
    years = sorted({p.year for p in plans}, reverse=True)
    context = {
        "inspection_items": items,
        "agencies": agencies,
        "item_filters": [(code, slug_safe(code), items[code].name) for code in used_items],
        "years": years,
        "item_counts": Counter(p.item for p in plans),
        "year_counts": Counter(p.year for p in plans),
        "total": len(plans),
        "yearly": yearly_counts(plans),
        "result_labels": RESULTS,
    }
    pages.paginated(
        "inspections/results/",
        "inspection_results.html",
        "双随机抽查结果公示",
        plans,
        base_crumbs,
        current=None,
        **context,
    )
    for code in used_items:
        slug = slug_safe(code)
        name = items[code].name
        pages.paginated(
            f"inspections/results/item/{slug}/",
            "inspection_results.html",
            f"抽查结果：{name}",
            [p for p in plans if p.item == code],
            base_crumbs + [(name, f"inspections/results/item/{slug}/")],
            current=("item", code),
            **context,
        )
    for year in years:
        pages.paginated(
            f"inspections/results/year/{year}/",
            "inspection_results.html",
            f"抽查结果：{year}年",
            [p for p in plans if p.year == year],
            base_crumbs + [(f"{year}年", f"inspections/results/year/{year}/")],
            current=("year", year),
            **context,
        )
    for plan in plans:
        title = f"{items[plan.item].name}抽查结果（{plan.period}）"
        pages.page(
            f"{plan.url}index.html",
            "inspection_result.html",
            title,
            base_crumbs + [(plan.period + items[plan.item].name, plan.url)],
            plan=plan,
            item=items[plan.item],
            agencies=agencies,
            officers=officers,
            party_types=PARTY_TYPES,
        )


def rows(site):  # type: ignore[no-untyped-def]
    items = site.by_id("inspection_items")
    agencies = site.by_id("agencies")
    officers = site.by_id("officers")
    for plan in _sorted(site.inspection_results):
        for party in plan.results:
            yield {
                "plan": plan.id,
                "item": plan.item,
                "item_name": items[plan.item].name,
                "period": plan.period,
                "body": agencies[plan.body].name,
                "draw_method": plan.draw_method,
                "population": "" if plan.population is None else plan.population,
                "drawn": plan.drawn,
                "inspectors": "；".join(f"{officers[c].name}（{c}）" for c in plan.inspectors),
                "result_date": plan.result_date.isoformat(),
                "published": plan.published.isoformat(),
                "deadline": plan.deadline.date.isoformat(),
                "late": "是" if plan.late else "否",
                "name": party.name,
                "party_type": party.party_label,
                "credit_code": party.credit_code or "",
                "result": party.result,
                "note": party.note,
            }


register(
    ContentType(
        "inspection_results",
        "双随机抽查结果",
        "inspection_results",
        InspectionPlan,
        check=check,
        write=write,
        rows=rows,
        order=9,
        columns={
            "plan": "plan identifier (its page is /inspections/results/<plan>/)",
            "item": "inspection item code (inspection_items)",
            "item_name": "inspection item (抽查事项)",
            "period": "period of the plan (抽查期次)",
            "body": "inspecting body (检查主体)",
            "draw_method": "how the objects were drawn (抽取方式)",
            "population": "objects in the directory drawn from, empty when not given",
            "drawn": "number of objects drawn",
            "inspectors": "officers drawn, name（certificate number）, separated by ；",
            "result_date": "date of the results (YYYY-MM-DD)",
            "published": "date the results were published",
            "deadline": "last day to publish: 20 working days after the result date",
            "late": "是 when published after the deadline (逾期), else 否",
            "name": "inspected organization; a natural person masked (王某)",
            "party_type": "单位, 个体工商户 or 个人",
            "credit_code": "unified social credit code, empty for persons or when not given",
            "result": "未发现问题, 责令整改, 立案查处, 未找到检查对象 or 其他",
            "note": "note on the result (说明)",
        },
    )
)
