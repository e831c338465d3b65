"""Complaint channels (投诉举报渠道) and the remedies page (复议、诉讼)."""

from __future__ import annotations

from typing import Literal

from plugins.registry import ContentType, register
from plugins.schema import Record, Slug, Text

CHANNEL_KINDS = {
    "phone": "电话",
    "online": "网上",
    "letter": "信函",
    "visit": "来访",
    "email": "电子邮件",
    "mailbox": "意见箱",
}


class Channel(Record):
    id: Slug
    name: Text
    kind: Literal["phone", "online", "letter", "visit", "email", "mailbox"]
    contact: Text
    """The number, address or link."""
    hours: str = ""
    scope: Text
    """What it is for."""
    note: str = ""
    link: str = ""
    """An internal path (e.g. /complaints/new) or a URL."""

    @property
    def kind_label(self) -> str:
        return CHANNEL_KINDS[self.kind]


def write(site, pages) -> None:  # type: ignore[no-untyped-def]
    pages.page(
        "channels/index.html",
        "channels.html",
        "投诉举报渠道",
        [("投诉举报渠道", "channels/")],
        channels=site.channels,
    )


def rows(site):  # type: ignore[no-untyped-def]
    for c in site.channels:
        yield {
            "id": c.id,
            "name": c.name,
            "kind": c.kind_label,
            "contact": c.contact,
            "hours": c.hours,
            "scope": c.scope,
        }


register(
    ContentType(
        "channels",
        "投诉举报渠道",
        "channels.yaml",
        Channel,
        write=write,
        rows=rows,
        order=8,
        columns={
            "id": "identifier",
            "name": "channel name",
            "kind": "电话, 网上, 信函, 来访, 电子邮件 or 意见箱",
            "contact": "number, address or link",
            "hours": "when it is staffed",
            "scope": "what it is for (受理范围)",
        },
    )
)
