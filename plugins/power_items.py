"""The power list (权力清单): one page per item, lists per category and per body."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from plugins.registry import ContentType, register
from plugins.schema import POWER_CATEGORIES, LegalBasis, PowerCategory, Record, Text, slug_safe


class Discretion(Record):
    circumstance: Text
    """违法情节, e.g. 轻微 / 一般 / 严重."""
    standard: Text
    """裁量基准: the penalty range for that circumstance."""


class PowerItem(Record):
    code: Annotated[str, Field(pattern=r"^[A-Z0-9][A-Z0-9\-]{2,31}$")]
    name: Text
    category: PowerCategory
    field: Text
    basis: Annotated[list[LegalBasis], Field(min_length=1)]
    body: str
    """id of the implementing agency."""
    squads: list[str] = []
    discretion: list[Discretion] = []
    responsibility: Annotated[list[Text], Field(min_length=1)]
    """责任事项."""
    accountability: Text
    """追责情形."""
    time_limit: str = ""
    remark: str = ""

    @property
    def id(self) -> str:
        return slug_safe(self.code)

    @property
    def url(self) -> str:
        return f"powers/{self.id}/"

    @property
    def category_label(self) -> str:
        return POWER_CATEGORIES[self.category]

    @property
    def bodies(self) -> list[str]:
        return [self.body, *self.squads]


def check(site) -> None:  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    for item in site.power_items:
        for i, body in enumerate(item.bodies):
            if body not in agencies:
                field = "body" if i == 0 else f"squads.{i - 1}"
                raise site.error(
                    item, f"unknown body {body!r}", field, "use an id from agencies.yaml"
                )


def write(site, pages) -> None:  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    crumbs = [("权力清单", "powers/")]
    items = sorted(
        site.power_items, key=lambda p: (list(POWER_CATEGORIES).index(p.category), p.code)
    )
    counts = {c: sum(1 for p in items if p.category == c) for c in POWER_CATEGORIES}
    common = {"categories": POWER_CATEGORIES, "counts": counts, "agencies": agencies}
    pages.page(
        "powers/index.html", "powers.html", "权力清单", crumbs, items=items, current=None, **common
    )
    for cat, label in POWER_CATEGORIES.items():
        pages.page(
            f"powers/category/{cat}/index.html",
            "powers.html",
            f"权力清单：{label}",
            crumbs + [(label, f"powers/category/{cat}/")],
            items=[p for p in items if p.category == cat],
            current=cat,
            **common,
        )
    for body_id, body in agencies.items():
        pages.page(
            f"powers/body/{body_id}/index.html",
            "powers.html",
            f"权力清单：{body.name}",
            crumbs + [(body.name, f"powers/body/{body_id}/")],
            items=[p for p in items if body_id in p.bodies],
            current=body_id,
            **common,
        )
    for item in items:
        pages.page(
            f"{item.url}index.html",
            "power_item.html",
            item.name,
            crumbs
            + [(item.category_label, f"powers/category/{item.category}/"), (item.name, item.url)],
            item=item,
            agencies=agencies,
        )


def rows(site):  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    for p in site.power_items:
        yield {
            "code": p.code,
            "name": p.name,
            "category": p.category_label,
            "field": p.field,
            "basis": "；".join(str(b) for b in p.basis),
            "body": agencies[p.body].name,
            "discretion": "；".join(f"{d.circumstance}：{d.standard}" for d in p.discretion),
            "responsibility": "；".join(p.responsibility),
            "accountability": p.accountability,
        }


register(
    ContentType(
        "power_items",
        "权力清单",
        "power_items",
        PowerItem,
        check=check,
        write=write,
        rows=rows,
        order=3,
        columns={
            "code": "item code (事项编码)",
            "name": "item name (事项名称)",
            "category": "行政处罚, 行政强制, 行政检查, 行政许可 or 其他",
            "field": "field of enforcement",
            "basis": "legal basis: statute and article, separated by ；",
            "body": "implementing body (实施主体)",
            "discretion": "discretion standard (裁量基准): circumstance：range, separated by ；",
            "responsibility": "responsibilities (责任事项), separated by ；",
            "accountability": "accountability (追责情形)",
        },
    )
)
