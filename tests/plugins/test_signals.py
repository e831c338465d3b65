"""Our signals fire once per build: content_loaded before writing, site_written after."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins import signals
from plugins.loader import ContentError


def test_signals_fire_in_order(site_copy: Path, build):
    seen: list[tuple[str, object]] = []

    def loaded(site):
        seen.append(("loaded", len(site.decisions)))

    def written(output, site):
        seen.append(("written", (output / "index.html").exists()))

    signals.content_loaded.connect(loaded)
    signals.site_written.connect(written)
    try:
        build(site_copy)
    finally:
        signals.content_loaded.disconnect(loaded)
        signals.site_written.disconnect(written)
    assert seen == [("loaded", 2), ("written", True)]


def test_a_receiver_can_stop_the_build(site_copy: Path, build):
    def refuse(site):
        raise ContentError("not approved", file="decisions/2026-cf-0001.md")

    signals.content_loaded.connect(refuse)
    try:
        with pytest.raises(ContentError, match="not approved"):
            build(site_copy)
    finally:
        signals.content_loaded.disconnect(refuse)
    assert not (site_copy.parent / "output" / "index.html").exists()
