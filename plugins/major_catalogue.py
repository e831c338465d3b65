"""The catalogue of major enforcement decisions (重大执法决定法制审核目录清单), page /legal-review/.

The matching itself lives in :mod:`core.major` (the workflow uses it too); this module validates
the file with lines and fields for the site and publishes it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Field

from core.major import CATEGORIES, Criterion, major_criteria
from plugins.registry import ContentType, register
from plugins.schema import LegalBasis, Record, Slug, Text

MajorCategory = Literal[
    "大额罚款",
    "没收较大数额财物",
    "吊销许可证照",
    "责令停产停业",
    "经听证作出",
    "涉及重大公共利益",
    "其他",
]
assert tuple(MajorCategory.__args__) == CATEGORIES  # type: ignore[attr-defined]

Amount = Annotated[Decimal, Field(gt=0, max_digits=14, decimal_places=2)]
PARTY_LABELS = {
    "person": "公民",
    "individual_business": "个体工商户",
    "organization": "法人或者其他组织",
}


class MinFine(Record):
    """The lowest fine that makes a decision major (yuan, 以上 includes the amount itself)."""

    person: Amount | None = None
    individual_business: Amount | None = None
    organization: Amount | None = None

    def as_dict(self) -> dict[str, Decimal]:
        return {k: v for k, v in self.model_dump().items() if v is not None}


class MajorCriterion(Record):
    id: Slug
    category: MajorCategory
    criterion: Text
    """审核情形: the criterion as the catalogue words it."""
    penalty_words: list[Text] = []
    min_fine: MinFine | None = None
    field: str | None = None
    """Field of enforcement the criterion is limited to (城乡规划 …); empty: every field."""
    basis: Annotated[list[LegalBasis], Field(min_length=1)]

    def to_criterion(self) -> Criterion:
        return Criterion(
            id=self.id,
            category=self.category,
            criterion=self.criterion,
            penalty_words=tuple(self.penalty_words),
            min_fine=self.min_fine.as_dict() if self.min_fine else {},
            field=self.field or None,
            basis=tuple(str(b) for b in self.basis),
        )

    @property
    def thresholds(self) -> list[tuple[str, Decimal]]:
        """(party label, amount) for the page."""
        fines = self.min_fine.as_dict() if self.min_fine else {}
        return [(PARTY_LABELS[k], v) for k, v in fines.items()]


def matches(
    catalogue_items: list[MajorCriterion],
    penalty_text: str | None,
    fine: Decimal | None,
    party_type: str,
    field: str | None = None,
) -> list[MajorCriterion]:
    """The catalogue items a decision meets (see :func:`core.major.major_criteria`)."""
    met = {
        c.id
        for c in major_criteria(
            [i.to_criterion() for i in catalogue_items], penalty_text, fine, party_type, field
        )
    }
    return [i for i in catalogue_items if i.id in met]


def yuan(amount: Decimal) -> str:
    """10000 → 1万元, 5000 → 5000元, for the page."""
    if amount >= 10000 and amount % 10000 == 0:
        return f"{(amount / 10000).normalize():f}万元"
    return f"{amount.normalize():f}元"


def write(site, pages) -> None:  # type: ignore[no-untyped-def]
    pages.page(
        "legal-review/index.html",
        "legal_review.html",
        "重大执法决定法制审核目录清单",
        [("法制审核目录", "legal-review/")],
        items=site.major_catalogue,
        yuan=yuan,
    )


def rows(site):  # type: ignore[no-untyped-def]
    for c in site.major_catalogue:
        fines = c.min_fine.as_dict() if c.min_fine else {}
        yield {
            "id": c.id,
            "category": c.category,
            "criterion": c.criterion,
            "penalty_words": "；".join(c.penalty_words),
            "min_fine_person": _amount(fines.get("person")),
            "min_fine_individual_business": _amount(fines.get("individual_business")),
            "min_fine_organization": _amount(fines.get("organization")),
            "field": c.field or "",
            "basis": "；".join(str(b) for b in c.basis),
        }


def _amount(value: Any) -> str:
    return "" if value is None else f"{value:f}"


register(
    ContentType(
        "major_catalogue",
        "重大执法决定法制审核目录",
        "major_catalogue.yaml",
        MajorCriterion,
        write=write,
        rows=rows,
        order=8,
        columns={
            "id": "identifier",
            "category": "category (大额罚款, 吊销许可证照, 责令停产停业 …)",
            "criterion": "criterion as worded by the catalogue (审核情形)",
            "penalty_words": "words in the penalty that make a decision major, separated by ；",
            "min_fine_person": "lowest fine in yuan for a citizen (公民) that makes it major",
            "min_fine_individual_business": "the same for an individual business (个体工商户)",
            "min_fine_organization": "the same for a legal person or other organization",
            "field": "field of enforcement the criterion is limited to, empty for all",
            "basis": "legal basis, separated by ；",
        },
    )
)
