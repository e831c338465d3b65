"""What the index holds for one published page, and its content hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, fields

from search.analysis import USER_DICT

ANALYSIS_VERSION = "1"
"""Part of every content hash: bump it when analysis changes, and every page is re-indexed."""
_ANALYSIS = ANALYSIS_VERSION + hashlib.sha256(USER_DICT.read_bytes()).hexdigest()[:16]
"""The user dictionary is part of it too: a new domain term re-indexes every page."""


@dataclass(frozen=True)
class Document:
    """One page (or one row of a list page, with an anchor) as the search index sees it."""

    url: str
    """Absolute path on the site, e.g. ``/decisions/2026-cf-0001/``."""
    title: str
    type: str
    """Page type code: decision, power_item, guide, flow, agency, officer …"""
    text: str
    """The visible text, plain (no HTML)."""
    type_label: str = ""
    body: str = ""
    """id of the agency the page belongs to, if any."""
    body_label: str = ""
    date: str = ""
    """ISO date (YYYY-MM-DD) for dated pages (decisions, notices)."""
    category: str = ""
    """Decision type (行政处罚 …), power-list category, guide category, risk level."""
    decision_no: str = ""

    @property
    def year(self) -> str:
        return self.date[:4]

    @property
    def content_hash(self) -> str:
        """Of every field (by name, so a new field changes every hash) and the analysis."""
        data = json.dumps([(f.name, getattr(self, f.name)) for f in _FIELDS], ensure_ascii=False)
        return hashlib.sha256(f"{_ANALYSIS}\n{data}".encode()).hexdigest()


_FIELDS = fields(Document)
