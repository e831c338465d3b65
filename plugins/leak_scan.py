"""The leak scan: after every build, read every generated file for ID numbers, mobile numbers,
bank cards, plates and labelled VINs (DESIGN §3). Any hit fails the build, and the files
holding one are removed from the output so that nothing serves them (fail closed).

A file found clean is remembered in the cache folder with its size, times and inode; a later
build reads again every file that is new or whose stat differs in any of these (the change time
cannot be set back), so a rebuild reads only what it wrote. A change of the numbers the agency
publishes (the allowed ones) forgets everything.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from core.errors import GongshiError
from core.identifiers import Hit, find_identifiers
from plugins.files import files_under

SCANNED = {".html", ".htm", ".xml", ".json", ".csv", ".txt", ".svg", ".atom", ".rss", ".js"}
SUFFIXES = tuple(sorted(SCANNED))
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


CACHE_FILE = "leak-scan.json"
_QR = re.compile(
    r'<svg xmlns="http://www\.w3\.org/2000/svg" viewBox="0 0 \d+ \d+" class="qr">'
    r'<path transform="scale\(\d+\)" stroke="#000" d="[Mmh0-9 .\-]*"/></svg>'
)
"""A page's QR code exactly as :func:`plugins.qrcode.encode` draws it: only drawing commands,
half of what the scan read (the URL it encodes is in the page as text, and scanned there)."""


def scan(
    output: Path, allowed: set[str], cache: Path | None = None, files: list[str] | None = None
) -> list[tuple[Path, Hit]]:
    """Every identifier in the files under ``output`` (``files``: all of them, listed already);
    with ``cache``, files found clean by an earlier scan and unchanged since are not read
    again."""
    key = hashlib.sha256("\n".join(sorted(allowed)).encode("utf-8")).hexdigest()
    known = _load(cache, key)
    clean: dict[str, list[int]] = {}
    hits: list[tuple[Path, Hit]] = []
    top = str(output)
    for rel in files_under(output) if files is None else files:
        if not rel.lower().endswith(SUFFIXES) or rel.split("/", 1)[0] in SKIPPED_DIRS:
            continue
        path = os.path.join(top, rel)
        stat = os.stat(path)
        sign = [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]
        if known.get(rel) == sign:
            clean[rel] = sign
            continue
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        if 'class="qr"' in text:
            text = _QR.sub("", text)
        found = [(Path(path), hit) for hit in find_identifiers(text, allowed)]
        if found:
            hits.extend(found)
        else:
            clean[rel] = sign
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps({"allowed": key, "files": clean}), encoding="utf-8")
        tmp.replace(cache)
    return hits


def _load(cache: Path | None, key: str) -> dict[str, list[int]]:
    if cache is None or not cache.exists():
        return {}
    try:
        saved = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # an unreadable cache is not trusted: scan everything
        return {}
    if not isinstance(saved, dict) or saved.get("allowed") != key:
        return {}
    files = saved.get("files")
    return files if isinstance(files, dict) else {}


def check_output(output: Path, site: Any = None, files: list[str] | None = None, **_: Any) -> None:
    """Signal receiver (site_written): raise LeakError naming each file, line and masked number."""
    allowed = public_numbers(site) if site is not None else set()
    folder = site.settings.get("CACHE_PATH") if site is not None else None
    files = site.settings.get("_GONGSHI_OUTPUT_FILES") if site is not None else None
    hits = scan(output, allowed, Path(folder) / CACHE_FILE if folder else None, files)
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
