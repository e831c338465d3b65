"""The portal's identity (portal.yaml) and the enforcement bodies and squads (agencies.yaml)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from plugins.registry import ContentType, register
from plugins.schema import Phone, Record, Slug, Text


class Remedies(Record):
    review: Text
    """行政复议: where and within how long."""
    litigation: Text
    """行政诉讼: which court and within how long."""


class Portal(Record):
    name: Text
    agency: Slug
    """id of the main enforcement body in agencies.yaml."""
    summary: Text
    duties: Annotated[list[Text], Field(min_length=1)]
    address: Text
    postcode: Annotated[str, Field(pattern=r"^\d{6}$")]
    phone: Phone
    hours: Text
    hotline: Phone = "12345"
    email: str = ""
    site_url: Annotated[str, Field(pattern=r"^https?://")]
    record_no: str = ""
    """ICP 备案号 shown in the footer."""
    remedies: Remedies


class Agency(Record):
    id: Slug
    name: Text
    kind: Literal["agency", "squad"]
    parent: Slug | None = None
    functions: Annotated[list[Text], Field(min_length=1)]
    area: str = ""
    address: Text
    phone: Phone
    hours: Text
    head: str = ""

    @property
    def kind_label(self) -> str:
        return "执法主体" if self.kind == "agency" else "执法中队"

    @property
    def url(self) -> str:
        return f"agencies/{self.id}/"


def check(site) -> None:  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    if site.portal.agency not in agencies:
        raise site.error(
            site.portal,
            f"unknown agency {site.portal.agency!r}",
            "agency",
            "use the id of an entry in agencies.yaml",
        )
    for item in site.agencies:
        if item.kind == "squad" and not item.parent:
            raise site.error(item, "a squad needs a parent", "parent", "name its agency's id")
        if item.parent and item.parent not in agencies:
            raise site.error(
                item, f"unknown parent {item.parent!r}", "parent", "use an id from agencies.yaml"
            )


def write(site, pages) -> None:  # type: ignore[no-untyped-def]
    crumbs = [("执法机构", "agencies/")]
    pages.page("agencies/index.html", "agencies.html", "执法机构", crumbs)
    for item in site.agencies:
        pages.page(
            f"agencies/{item.id}/index.html",
            "agency.html",
            item.name,
            crumbs + [(item.name, item.url)],
            agency=item,
            squads=[s for s in site.agencies if s.parent == item.id],
            officers=[o for o in site.officers if o.unit == item.id],
            power_items=[p for p in site.power_items if item.id in p.bodies],
        )


def rows(site):  # type: ignore[no-untyped-def]
    for a in site.agencies:
        yield {
            "id": a.id,
            "name": a.name,
            "kind": a.kind_label,
            "parent": a.parent or "",
            "functions": "；".join(a.functions),
            "area": a.area,
            "address": a.address,
            "phone": a.phone,
            "hours": a.hours,
        }


register(ContentType("portal", "本机关", "portal.yaml", Portal, many=False, order=0))
register(
    ContentType(
        "agencies",
        "执法机构",
        "agencies.yaml",
        Agency,
        check=check,
        write=write,
        rows=rows,
        order=1,
        columns={
            "id": "identifier used in URLs and by other files",
            "name": "name of the enforcement body or squad (执法主体/中队)",
            "kind": "执法主体 or 执法中队",
            "parent": "id of the body a squad belongs to",
            "functions": "functions (职责), separated by ；",
            "area": "area of jurisdiction (管辖区域)",
            "address": "office address",
            "phone": "office phone",
            "hours": "office hours",
        },
    )
)
