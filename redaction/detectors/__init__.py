"""Detectors, one module per kind, found by discovery: adding a kind is adding a file."""

from __future__ import annotations

import importlib
import pkgutil

from redaction.detectors.base import (
    REGISTRY,
    Detector,
    DocumentContext,
    Finding,
    Pattern,
    PatternDetector,
    register,
)


def _discover() -> None:
    for info in pkgutil.iter_modules(__path__):
        if info.name != "base":
            importlib.import_module(f"{__name__}.{info.name}")


_discover()

__all__ = [
    "REGISTRY",
    "Detector",
    "DocumentContext",
    "Finding",
    "Pattern",
    "PatternDetector",
    "register",
]
