"""Policies: which kinds are masked how, and what puts a document on hold (DESIGN §4).

A policy is YAML. Built-in ones live in ``redaction/policies/``; an agency's file may
``extends:`` a built-in one and override single entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from redaction.errors import RedactionError

BUILTIN_DIR = Path(__file__).with_name("policies")
DEFAULT_POLICY = "spc-2016"
OPERATORS = ("surname", "cut_to_county", "cross", "keep")


@dataclass(frozen=True)
class HoldRules:
    confidentiality_markings: bool = True
    minor_party: bool = True
    health: bool = True
    process_titles: tuple[str, ...] = ()
    decision_titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Policy:
    name: str
    threshold: float
    operators: dict[str, str]
    keep_party_name: bool = False
    hold: HoldRules = field(default_factory=HoldRules)

    def operator(self, kind: str) -> str:
        return self.operators.get(kind, "cross")


def builtin_policies() -> list[str]:
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml"))


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RedactionError(f"cannot read the policy: {exc.strerror}", file=str(path)) from exc
    except yaml.YAMLError as exc:
        raise RedactionError(f"the policy is not valid YAML: {exc}", file=str(path)) from exc
    if not isinstance(data, dict):
        raise RedactionError("a policy is a YAML mapping", file=str(path))
    return data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _resolve(path: Path, seen: tuple[Path, ...] = ()) -> dict[str, Any]:
    if path in seen:
        raise RedactionError("the policy extends itself", file=str(path))
    data = _read(path)
    parent = data.pop("extends", None)
    if parent is None:
        return data
    parent_path = BUILTIN_DIR / f"{parent}.yaml"
    if not parent_path.is_file():
        raise RedactionError(
            f"unknown built-in policy {parent!r}",
            file=str(path),
            field="extends",
            hint=f"one of {', '.join(builtin_policies())}",
        )
    return _merge(_resolve(parent_path, (*seen, path)), data)


def load_policy(source: str | Path | None = None) -> Policy:
    """A built-in policy by name, or a policy file; None is the default ``spc-2016``."""
    if source is None:
        source = DEFAULT_POLICY
    path = Path(source)
    if not path.suffix and not path.exists():
        path = BUILTIN_DIR / f"{source}.yaml"
        if not path.is_file():
            raise RedactionError(
                f"unknown built-in policy {source!r}",
                hint=f"one of {', '.join(builtin_policies())}",
            )
    data = _resolve(path)
    where = str(path)
    operators = data.get("operators") or {}
    if not isinstance(operators, dict):
        raise RedactionError(
            "operators must be a mapping of kind to operator", file=where, field="operators"
        )
    for kind, op in operators.items():
        if op not in OPERATORS:
            raise RedactionError(
                f"unknown operator {op!r} for {kind}",
                file=where,
                field=f"operators.{kind}",
                hint=f"one of {', '.join(OPERATORS)}",
            )
    threshold = data.get("threshold", 0.5)
    if not isinstance(threshold, int | float) or not 0 <= threshold <= 1:
        raise RedactionError(
            "threshold must be a number from 0 to 1", file=where, field="threshold"
        )
    hold = data.get("hold") or {}
    if not isinstance(hold, dict):
        raise RedactionError("hold must be a mapping", file=where, field="hold")
    return Policy(
        name=str(data.get("name", path.stem)),
        threshold=float(threshold),
        operators={str(k): str(v) for k, v in operators.items()},
        keep_party_name=bool(data.get("keep_party_name", False)),
        hold=HoldRules(
            confidentiality_markings=bool(hold.get("confidentiality_markings", True)),
            minor_party=bool(hold.get("minor_party", True)),
            health=bool(hold.get("health", True)),
            process_titles=tuple(hold.get("process_titles") or ()),
            decision_titles=tuple(hold.get("decision_titles") or ()),
        ),
    )
