"""The catalogue of major enforcement decisions (重大执法决定法制审核目录清单) and its matching.

A decision is major when it meets a criterion of the catalogue: its penalty names one of the
criterion's words (吊销, 责令停产停业 …) or its fine reaches the criterion's amount for the
party type. Criteria without either (经听证作出, 涉及重大公共利益) are marked by the clerk.
The site validates ``content/major_catalogue.yaml`` with line numbers (plugins.major_catalogue);
this module reads the same file with plain PyYAML, for the workflow.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Protocol, TypeVar

import yaml

from core.errors import GongshiError

CATEGORIES = (
    "大额罚款",
    "没收较大数额财物",
    "吊销许可证照",
    "责令停产停业",
    "经听证作出",
    "涉及重大公共利益",
    "其他",
)
PARTY_TYPES = ("person", "organization", "individual_business")


class CatalogueError(GongshiError):
    """The catalogue file is malformed."""


class CriterionLike(Protocol):
    """What matching needs of a criterion: the dataclass below or the site's validated model."""

    @property
    def penalty_words(self) -> Sequence[str]: ...

    @property
    def min_fine(self) -> Mapping[str, Decimal]: ...

    @property
    def field(self) -> str | None: ...


C = TypeVar("C", bound=CriterionLike)


@dataclass(frozen=True)
class Criterion:
    id: str
    category: str
    criterion: str
    penalty_words: tuple[str, ...] = ()
    min_fine: dict[str, Decimal] = dc_field(default_factory=dict)
    """The lowest fine (yuan, inclusive: 以上) that makes a decision major, per party type."""
    field: str | None = None
    """The field of enforcement the criterion is limited to; None: every field."""
    basis: tuple[str, ...] = ()

    @property
    def automatic(self) -> bool:
        """Whether the criterion can be met from the decision's text (else the clerk marks it)."""
        return bool(self.penalty_words or self.min_fine)


def fine_threshold(min_fine: Mapping[str, Decimal], party_type: str) -> Decimal | None:
    """The threshold for ``party_type``; a party type the criterion does not name gets the
    lowest threshold it names (fail closed: when unsure, a legal review is required)."""
    if not min_fine:
        return None
    if party_type in min_fine:
        return min_fine[party_type]
    return min(min_fine.values())


def major_criteria(
    criteria: Iterable[C],
    penalty: str | None,
    fine: Decimal | None,
    party_type: str,
    field: str | None = None,
) -> list[C]:
    """The criteria a decision meets, in catalogue order.

    ``penalty`` is the penalty text (罚款人民币贰拾万元、吊销……); ``fine`` the amount in
    yuan, already read from the text. A criterion limited to a field applies when the decision's
    field is that field or unknown.
    """
    met = []
    text = penalty or ""
    for c in criteria:
        if c.field and field and c.field != field:
            continue
        if any(word and word in text for word in c.penalty_words):
            met.append(c)
            continue
        limit = fine_threshold(c.min_fine, party_type)
        if limit is not None and fine is not None and fine >= limit:
            met.append(c)
    return met


def _criterion(entry: Any, index: int, file: str) -> Criterion:
    if not isinstance(entry, dict):
        raise CatalogueError("each criterion must be a mapping", file=file, field=str(index))
    for key in ("id", "category", "criterion"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise CatalogueError(f"{key} is missing", file=file, field=f"{index}.{key}")
    if entry["category"] not in CATEGORIES:
        raise CatalogueError(
            f"unknown category {entry['category']!r}", file=file, field=f"{index}.category"
        )
    try:
        min_fine = {str(k): Decimal(str(v)) for k, v in (entry.get("min_fine") or {}).items()}
    except (InvalidOperation, AttributeError):
        raise CatalogueError(
            "min_fine must map party types to amounts", file=file, field=f"{index}.min_fine"
        ) from None
    basis = tuple(
        f"{b.get('statute', '')}{b.get('article', '')}" if isinstance(b, dict) else str(b)
        for b in entry.get("basis") or []
    )
    return Criterion(
        id=entry["id"],
        category=entry["category"],
        criterion=entry["criterion"],
        penalty_words=tuple(str(w) for w in entry.get("penalty_words") or []),
        min_fine=min_fine,
        field=entry.get("field") or None,
        basis=basis,
    )


def load_catalogue(path: Path) -> list[Criterion]:
    """Read the catalogue YAML (a list of criteria)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError("file not found", file=str(path)) from None
    except yaml.YAMLError as exc:
        raise CatalogueError(f"invalid YAML: {exc}", file=str(path)) from None
    if not isinstance(data, list):
        raise CatalogueError("expected a list of criteria", file=str(path))
    return [_criterion(entry, i, str(path)) for i, entry in enumerate(data)]
