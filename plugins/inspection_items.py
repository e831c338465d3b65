"""The random-inspection item list (随机抽查事项清单)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from plugins.registry import ContentType, register
from plugins.schema import LegalBasis, Record, Text


class InspectionItem(Record):
    code: Annotated[str, Field(pattern=r"^[A-Z0-9][A-Z0-9\-]{2,31}$")]
    name: Text
    field: Text
    basis: Annotated[list[LegalBasis], Field(min_length=1)]
    object: Text
    """检查对象."""
    method: Text
    """检查方式."""
    ratio: Text
    """抽查比例."""
    frequency: Text
    """抽查频次."""
    body: str

    @property
    def id(self) -> str:
        return self.code


def check(site) -> None:  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    for item in site.inspection_items:
        if item.body not in agencies:
            raise site.error(
                item, f"unknown body {item.body!r}", "body", "use an id from agencies.yaml"
            )


def write(site, pages) -> None:  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    items = sorted(site.inspection_items, key=lambda i: i.code)
    pages.page(
        "inspections/index.html",
        "inspections.html",
        "随机抽查事项清单",
        [("随机抽查事项", "inspections/")],
        items=items,
        agencies=agencies,
    )


def rows(site):  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    for i in site.inspection_items:
        yield {
            "code": i.code,
            "name": i.name,
            "field": i.field,
            "basis": "；".join(str(b) for b in i.basis),
            "object": i.object,
            "method": i.method,
            "ratio": i.ratio,
            "frequency": i.frequency,
            "body": agencies[i.body].name,
        }


register(
    ContentType(
        "inspection_items",
        "随机抽查事项",
        "inspection_items.yaml",
        InspectionItem,
        check=check,
        write=write,
        rows=rows,
        order=6,
        columns={
            "code": "item code",
            "name": "inspection item (抽查事项)",
            "field": "field of enforcement",
            "basis": "legal basis, separated by ；",
            "object": "objects inspected (检查对象)",
            "method": "inspection method (检查方式)",
            "ratio": "sampling ratio (抽查比例)",
            "frequency": "frequency (抽查频次)",
            "body": "inspecting body (检查主体)",
        },
    )
)
