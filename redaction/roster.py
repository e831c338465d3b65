"""The agency's roster of officers (``content/officers.yaml``): their names are public."""

from __future__ import annotations

from pathlib import Path

import yaml

from redaction.errors import RedactionError


def load_officer_names(path: Path) -> frozenset[str]:
    """Names from a YAML list of mappings with a ``name`` key; empty when the file is absent."""
    if not path.is_file():
        return frozenset()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise RedactionError(f"cannot read the officer roster: {exc}", file=str(path)) from exc
    if not isinstance(data, list):
        raise RedactionError("the officer roster must be a YAML list", file=str(path))
    names = set()
    for i, entry in enumerate(data, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise RedactionError(f"entry {i} has no name", file=str(path), field="name")
        names.add(entry["name"].strip())
    return frozenset(n for n in names if n)
