"""The leak scan: after every build, read every generated file for ID numbers, mobile numbers,
bank cards and plates (DESIGN §3). Any hit fails the build, and the files holding one are
removed from the output so that nothing serves them (fail closed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.errors import GongshiError
from core.identifiers import Hit, find_identifiers

SCANNED = {".html", ".htm", ".xml", ".json", ".csv", ".txt", ".svg", ".atom", ".rss", ".js"}
SKIPPED_DIRS = {"theme"}
"""Theme assets come from the repository, not from content."""
MAX_LISTED = 20


class LeakError(GongshiError):
    """Generated files hold personal identifiers."""


def public_numbers(site: Any) -> set[str]:
    """Numbers the agency publishes on purpose: its phones, hotlines and channels."""
    numbers = {site.portal.phone, site.portal.hotline}
    numbers.update(a.phone for a in site.agencies)
    numbers.update(g.phone for g in site.guides)
    numbers.update(c.contact for c in site.channels if c.kind == "phone")
    return numbers


def scan(output: Path, allowed: set[str]) -> list[tuple[Path, Hit]]:
    hits: list[tuple[Path, Hit]] = []
    for path in sorted(output.rglob("*")):
        if path.suffix.lower() not in SCANNED or not path.is_file():
            continue
        if path.relative_to(output).parts[0] in SKIPPED_DIRS:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        hits.extend((path, hit) for hit in find_identifiers(text, allowed))
    return hits


def check_output(output: Path, site: Any = None, **_: Any) -> None:
    """Signal receiver (site_written): raise LeakError naming each file, line and masked number."""
    allowed = public_numbers(site) if site is not None else set()
    hits = scan(output, allowed)
    if not hits:
        return
    files = sorted({path for path, _ in hits})
    for path in files:
        path.unlink()
    lines = [
        f"  {path.relative_to(output)}:{hit.line}: {hit.kind} {hit.masked()}"
        for path, hit in hits[:MAX_LISTED]
    ]
    if len(hits) > MAX_LISTED:
        lines.append(f"  … and {len(hits) - MAX_LISTED} more")
    raise LeakError(
        f"the leak scan found {len(hits)} personal identifier(s) in {len(files)} generated "
        "file(s); those files were removed from the output:\n" + "\n".join(lines),
        hint="redact the source (gongshi redact) or, for a number the agency publishes on "
        "purpose, add it to a phone field of content/",
    )
