""""Scan to open on your phone": an inline SVG QR code of each page's public URL.

Encoding costs ~1 ms a page with a fixed mask, so codes are kept in a cache file between
builds and only new URLs are encoded.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import segno
from markupsafe import Markup


class QrCache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.codes: dict[str, str] = {}
        self.dirty = False
        if path and path.exists():
            try:
                self.codes = json.loads(path.read_text(encoding="utf-8"))
            except (ValueError, OSError):
                self.codes = {}

    def svg(self, url: str) -> Markup:
        code = self.codes.get(url)
        if code is None:
            qr = segno.make_qr(url, error="l", mask=0, boost_error=False)
            buffer = io.BytesIO()
            qr.save(buffer, kind="svg", scale=3, border=2, xmldecl=False, svgns=True,
                    title=None, svgclass="qr", lineclass=None, omitsize=True)
            code = buffer.getvalue().decode("ascii")
            self.codes[url] = code
            self.dirty = True
        return Markup(code)

    def save(self) -> None:
        if self.dirty and self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.codes, ensure_ascii=False), encoding="utf-8")
            tmp.replace(self.path)
            self.dirty = False


_cache: QrCache | None = None


def install(pelican: Any) -> None:
    """Make ``qr_svg(url)`` available to every template (signal: initialized)."""
    global _cache
    cache_dir = pelican.settings.get("CACHE_PATH")
    _cache = QrCache(Path(cache_dir) / "qr-svg.json" if cache_dir else None)
    pelican.settings.setdefault("JINJA_GLOBALS", {})["qr_svg"] = _cache.svg


def save(_pelican: Any) -> None:
    if _cache:
        _cache.save()
