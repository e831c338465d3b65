"""Officers (执法人员): the public roster with certificate numbers and their status."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

from plugins.registry import ContentType, register
from plugins.schema import OFFICER_STATUS, OfficerStatus, Record, Text


class Officer(Record):
    name: Annotated[str, Field(min_length=2, max_length=20)]
    certificate_no: Annotated[str, Field(pattern=r"^[A-Z0-9][A-Z0-9\-]{5,23}$")]
    unit: str
    field: Text
    status: OfficerStatus = "valid"
    valid_until: dt.date
    position: str = ""

    @property
    def id(self) -> str:
        return self.certificate_no

    @property
    def status_label(self) -> str:
        return OFFICER_STATUS[self.status]


def check(site) -> None:  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    for officer in site.officers:
        if officer.unit not in agencies:
            raise site.error(
                officer, f"unknown unit {officer.unit!r}", "unit", "use an id from agencies.yaml"
            )


def write(site, pages) -> None:  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    crumbs = [("执法人员", "officers/")]
    officers = sorted(site.officers, key=lambda o: (o.unit, o.certificate_no))
    pages.page(
        "officers/index.html",
        "officers.html",
        "执法人员名录",
        crumbs,
        officers=officers,
        unit=None,
    )
    for unit_id, unit in agencies.items():
        members = [o for o in officers if o.unit == unit_id]
        if members:
            pages.page(
                f"officers/unit/{unit_id}/index.html",
                "officers.html",
                f"执法人员名录：{unit.name}",
                crumbs + [(unit.name, f"officers/unit/{unit_id}/")],
                officers=members,
                unit=unit,
            )


def rows(site):  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    for o in site.officers:
        yield {
            "name": o.name,
            "certificate_no": o.certificate_no,
            "unit": agencies[o.unit].name,
            "field": o.field,
            "status": o.status_label,
            "valid_until": o.valid_until.isoformat(),
        }


register(
    ContentType(
        "officers",
        "执法人员",
        "officers.yaml",
        Officer,
        check=check,
        write=write,
        rows=rows,
        order=2,
        columns={
            "name": "officer's name (public by law)",
            "certificate_no": "enforcement certificate number (执法证号)",
            "unit": "name of the body or squad the officer works in",
            "field": "field of enforcement (执法领域)",
            "status": "certificate status: 有效, 暂扣 or 注销",
            "valid_until": "certificate valid until (YYYY-MM-DD)",
        },
    )
)
