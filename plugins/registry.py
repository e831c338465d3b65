"""The registry of content types: adding a type means one module that calls :func:`register`.

A content type says where its YAML lives, which model validates it, how it is cross-checked
against the others, which pages it writes and which rows it exports as open data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

if TYPE_CHECKING:
    from plugins.site import PageWriter, Site


@dataclass
class ContentType:
    key: str
    """Name in the site context and in URLs (``officers``)."""
    title: str
    """Chinese name shown to readers (执法人员)."""
    source: str
    """Path under content/: a YAML file of items, or a folder of one-item YAML files."""
    model: type[BaseModel]
    many: bool = True
    """False when the source holds a single mapping (agency.yaml)."""
    check: Callable[[Site], None] | None = None
    """Cross-reference checks, run after every type is loaded; raise ContentError."""
    write: Callable[[Site, PageWriter], None] | None = None
    """Writes the pages of this type."""
    rows: Callable[[Site], Iterable[dict[str, Any]]] | None = None
    """Open-data rows (CSV and JSON under /data/); None when the type has no list export."""
    columns: dict[str, str] = field(default_factory=dict)
    """Open-data column → description (documented in README.md, checked by a test)."""
    order: int = 100


CONTENT_TYPES: dict[str, ContentType] = {}


def register(content_type: ContentType) -> ContentType:
    if content_type.key in CONTENT_TYPES:
        raise ValueError(f"content type {content_type.key!r} registered twice")
    CONTENT_TYPES[content_type.key] = content_type
    return content_type


def ordered() -> list[ContentType]:
    return sorted(CONTENT_TYPES.values(), key=lambda t: (t.order, t.key))
