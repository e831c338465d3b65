"""The legal-risk prevention list (法律风险防控清单), filterable by risk level."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from plugins.registry import ContentType, register
from plugins.schema import RISK_LEVELS, LegalBasis, Record, RiskLevel, Slug, Text


class RiskItem(Record):
    id: Slug
    field: Text
    violation: Text
    """违法行为 / 风险点."""
    level: RiskLevel
    basis: Annotated[list[LegalBasis], Field(min_length=1)]
    consequence: Text
    """法律后果."""
    prevention: Text
    """防控措施."""

    @property
    def level_label(self) -> str:
        return RISK_LEVELS[self.level]


def write(site, pages) -> None:  # type: ignore[no-untyped-def]
    order = list(RISK_LEVELS)
    items = sorted(site.risk_items, key=lambda r: (order.index(r.level), r.id))
    counts = {lv: sum(1 for r in items if r.level == lv) for lv in RISK_LEVELS}
    crumbs = [("法律风险防控清单", "risks/")]
    pages.page(
        "risks/index.html",
        "risks.html",
        "法律风险防控清单",
        crumbs,
        items=items,
        levels=RISK_LEVELS,
        counts=counts,
        current=None,
    )
    for level, label in RISK_LEVELS.items():
        pages.page(
            f"risks/level/{level}/index.html",
            "risks.html",
            f"法律风险防控清单：{label}风险",
            crumbs + [(f"{label}风险", f"risks/level/{level}/")],
            items=[r for r in items if r.level == level],
            levels=RISK_LEVELS,
            counts=counts,
            current=level,
        )


def rows(site):  # type: ignore[no-untyped-def]
    for r in site.risk_items:
        yield {
            "id": r.id,
            "field": r.field,
            "violation": r.violation,
            "level": r.level_label,
            "basis": "；".join(str(b) for b in r.basis),
            "consequence": r.consequence,
            "prevention": r.prevention,
        }


register(
    ContentType(
        "risk_items",
        "法律风险防控清单",
        "risk_items.yaml",
        RiskItem,
        write=write,
        rows=rows,
        order=7,
        columns={
            "id": "identifier",
            "field": "field of enforcement",
            "violation": "violation or risk point (违法行为)",
            "level": "risk level: 高, 中 or 低",
            "basis": "legal basis, separated by ；",
            "consequence": "legal consequence (法律后果)",
            "prevention": "prevention measure (防控措施)",
        },
    )
)
