"""Service guides (服务指南): one printable page per guide with the ten fields of DESIGN §2."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from plugins.registry import ContentType, register
from plugins.schema import LegalBasis, Phone, Record, Slug, Text


class Material(Record):
    name: Text
    copies: str = "1份"
    note: str = ""


class Guide(Record):
    id: Slug
    name: Text
    """事项名称."""
    category: str = ""
    basis: Annotated[list[LegalBasis], Field(min_length=1)]
    squad: str
    """受理机构: id of the accepting body or squad."""
    conditions: list[Text] = []
    materials: list[Material] = []
    procedure: Annotated[list[Text], Field(min_length=1)]
    time_limit: Text
    fee: str = "不收费"
    supervision: Text
    """监督投诉渠道."""
    accountability: Text
    hours: Text
    address: Text
    phone: Phone

    @property
    def url(self) -> str:
        return f"guides/{self.id}/"


def check(site) -> None:  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    for guide in site.guides:
        if guide.squad not in agencies:
            raise site.error(
                guide, f"unknown squad {guide.squad!r}", "squad", "use an id from agencies.yaml"
            )


def write(site, pages) -> None:  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    crumbs = [("服务指南", "guides/")]
    guides = sorted(site.guides, key=lambda g: g.id)
    pages.page(
        "guides/index.html", "guides.html", "服务指南", crumbs, guides=guides, agencies=agencies
    )
    for guide in guides:
        pages.page(
            f"{guide.url}index.html",
            "guide.html",
            guide.name,
            crumbs + [(guide.name, guide.url)],
            guide=guide,
            agencies=agencies,
        )


def rows(site):  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    for g in site.guides:
        yield {
            "id": g.id,
            "name": g.name,
            "basis": "；".join(str(b) for b in g.basis),
            "squad": agencies[g.squad].name,
            "procedure": "；".join(g.procedure),
            "time_limit": g.time_limit,
            "fee": g.fee,
            "supervision": g.supervision,
            "accountability": g.accountability,
            "hours": g.hours,
            "address": g.address,
            "phone": g.phone,
        }


register(
    ContentType(
        "guides",
        "服务指南",
        "guides",
        Guide,
        check=check,
        write=write,
        rows=rows,
        order=5,
        columns={
            "id": "identifier used in URLs",
            "name": "item name (事项名称)",
            "basis": "legal basis, separated by ；",
            "squad": "accepting body or squad (受理机构)",
            "procedure": "procedure steps (办理流程), separated by ；",
            "time_limit": "time limit (办理时限)",
            "fee": "fee (收费标准)",
            "supervision": "supervision and complaint channel (监督投诉渠道)",
            "accountability": "accountability (责任追究)",
            "hours": "office hours (办公时间)",
            "address": "address (办理地点)",
            "phone": "phone (咨询电话)",
        },
    )
)
