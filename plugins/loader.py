"""Read YAML content files and validate them, naming the file, line and field of any error."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from core.errors import GongshiError

M = TypeVar("M", bound=BaseModel)


class ContentError(GongshiError):
    """A content file is missing, unreadable or does not match its schema. Stops the build."""


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A safe loader that leaves dates as text, so the schema (not PyYAML) judges them and an
    impossible date such as 2026-02-30 gets a message with its line."""


_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _node_at(node: yaml.Node | None, loc: Sequence[int | str]) -> yaml.Node | None:
    """Follow a pydantic error location through the YAML node tree as far as it goes."""
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if k.value == part), None)
            if nxt is None:
                return node
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return node
            node = node.value[part]
        else:
            return node
    return node


def _describe(error: dict[str, Any]) -> tuple[str, str]:
    """A message and a fix hint for one pydantic error."""
    kind = error["type"]
    msg = error["msg"]
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "required field is missing", "add this field"
    if kind == "extra_forbidden":
        return (
            f"unknown field {error['loc'][-1]!r}",
            "remove it or check its spelling against the schema in README.md",
        )
    if error.get("input") is None and kind.endswith("_type"):
        return "has no value", "fill in a value or remove the line"
    if kind in ("literal_error", "enum"):
        return f"invalid value {error.get('input')!r}", f"use one of: {ctx.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        return (
            f"{error.get('input')!r} is not in the expected form",
            f"write it to match the pattern {ctx.get('pattern', '')} (see README.md)",
        )
    if kind == "string_too_short":
        return "must not be empty", "fill in a value"
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"invalid date {error.get('input')!r}", "write dates as YYYY-MM-DD"
    return msg, "correct the value"


def read_yaml(path: Path, root: Path) -> tuple[Any, yaml.Node | None]:
    """Parse a YAML file; return the data and its node tree."""
    rel = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError("file not found", file=rel, hint="create it (see README.md)") from None
    except UnicodeDecodeError as exc:
        raise ContentError(
            f"not valid UTF-8 (byte {exc.start})", file=rel, hint="save the file as UTF-8"
        ) from None
    try:
        loader = _LineLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise ContentError(
            f"invalid YAML: {exc.problem}", file=rel, line=line, hint="check indentation and quotes"
        ) from None
    return data, node


def validate(
    model: type[M],
    data: Any,
    node: yaml.Node | None,
    file: str,
    loc_prefix: Sequence[int | str] = (),
) -> M:
    """Validate one item against its model; raise ContentError naming file, line and field."""
    try:
        item = model.model_validate(data)
    except ValidationError as exc:
        # A misspelt field also shows up as a missing one: report the misspelling first.
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        first = errors[0]
        loc = list(loc_prefix) + list(first["loc"])
        target = _node_at(node, loc)
        line = target.start_mark.line + 1 if target is not None else None
        message, hint = _describe(first)
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more error(s) in this file)"
        raise ContentError(
            message, file=file, line=line, field=".".join(str(p) for p in loc), hint=hint
        ) from None
    item._source = (file, _line_of(node, loc_prefix))  # type: ignore[attr-defined]
    return item


def _line_of(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    target = _node_at(node, loc)
    return target.start_mark.line + 1 if target is not None else None


def load_items(model: type[M], path: Path, root: Path) -> list[M]:
    """Load a YAML file holding a list of items, or a folder of such files (sorted by name)."""
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    if path.is_dir() and not files:
        raise ContentError("folder holds no .yaml file", file=str(path.relative_to(root)))
    items: list[M] = []
    for f in files:
        rel = str(f.relative_to(root))
        data, node = read_yaml(f, root)
        if isinstance(data, dict) and not path.is_dir():
            raise ContentError(
                "expected a list of items (each starting with '- ')", file=rel, line=1
            )
        entries = data if isinstance(data, list) else [data]
        for i, entry in enumerate(entries):
            prefix: list[int | str] = [i] if isinstance(data, list) else []
            if not isinstance(entry, dict):
                raise ContentError(
                    "each item must be a mapping of field: value",
                    file=rel,
                    line=_line_of(node, prefix),
                    field=".".join(map(str, prefix)) or None,
                )
            items.append(validate(model, entry, node, rel, prefix))
    return items


def load_one(model: type[M], path: Path, root: Path) -> M:
    """Load a YAML file holding a single mapping."""
    rel = str(path.relative_to(root))
    data, node = read_yaml(path, root)
    if not isinstance(data, dict):
        raise ContentError("expected a mapping of field: value", file=rel, line=1)
    return validate(model, data, node, rel)


def source_of(item: BaseModel) -> tuple[str | None, int | None]:
    """The (file, line) an item was read from."""
    return getattr(item, "_source", (None, None))
