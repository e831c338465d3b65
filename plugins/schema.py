"""Building blocks shared by the content models: the base record, legal citations, code lists."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
Text = Annotated[str, Field(min_length=1)]
Phone = Annotated[str, Field(pattern=r"^[0-9()（）\-— ]{3,30}$")]

POWER_CATEGORIES: dict[str, str] = {
    "penalty": "行政处罚",
    "coercion": "行政强制",
    "inspection": "行政检查",
    "licensing": "行政许可",
    "other": "其他",
}
PowerCategory = Literal["penalty", "coercion", "inspection", "licensing", "other"]

RISK_LEVELS: dict[str, str] = {"high": "高", "medium": "中", "low": "低"}
RiskLevel = Literal["high", "medium", "low"]

OFFICER_STATUS: dict[str, str] = {"valid": "有效", "suspended": "暂扣", "revoked": "注销"}
OfficerStatus = Literal["valid", "suspended", "revoked"]


class Record(BaseModel):
    """A content item: unknown fields are errors, surrounding spaces are trimmed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=False)
    _source: tuple[str | None, int | None] = PrivateAttr(default=(None, None))


class LegalBasis(Record):
    """A statute and article, e.g. 《中华人民共和国行政处罚法》 第五十一条."""

    statute: Annotated[str, Field(pattern=r"^《[^《》]+》$")]
    article: str = ""
    text: str = ""

    def __str__(self) -> str:
        return f"{self.statute}{self.article}"


def slug_safe(value: str) -> str:
    """A URL-safe form of a code such as LJ-CF-001 → lj-cf-001."""
    return re.sub(r"[^a-z0-9-]+", "-", value.lower()).strip("-")
