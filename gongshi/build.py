"""``gongshi build``: run Pelican with our settings and plugins, showing progress."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from core.errors import GongshiError
from core.settings import Settings

log = logging.getLogger("gongshi.build")


class BuildError(GongshiError):
    """The site could not be built."""


def approval_lookup(settings: Settings) -> Any:
    """slug → approved text hash from the deployment's ledger, or None when there is no ledger
    (a checkout's demo content is checked against the approvals in its own headers only)."""
    if not settings.database_url and not (settings.data_dir / "gongshi.sqlite3").exists():
        return None
    from core.db import open_database
    from redaction.ledger import approved_hash_lookup

    return approved_hash_lookup(open_database(settings, "gongshi"))


def pelican_settings(settings: Settings, output: Path | None = None) -> dict[str, Any]:
    """pelicanconf.py with our folders, and compiled templates kept in the cache folder.

    Pelican gives each generator its own Jinja environment, so base.html was compiled ~30 times
    a build (~0.5 s); the bytecode cache compiles each template once, until its source changes.
    """
    from jinja2 import FileSystemBytecodeCache
    from pelican.settings import read_settings

    if not settings.pelican_settings.exists():
        raise BuildError("Pelican settings not found", file=str(settings.pelican_settings))
    values = read_settings(
        str(settings.pelican_settings),
        override={
            "PATH": str(settings.content_dir),
            "OUTPUT_PATH": str(output or settings.output_dir),
            "CACHE_PATH": str(settings.cache_dir / "pelican"),
            "THEME": str(settings.pelican_settings.parent / "theme"),
            "SEARCH_INDEX_DIR": str(settings.search_index_dir),
            "SEARCH_ENGINE": settings.search_engine,
            "APPROVAL_LOOKUP": approval_lookup(settings),
        },
    )
    templates = settings.cache_dir / "jinja"
    templates.mkdir(parents=True, exist_ok=True)
    values["JINJA_ENVIRONMENT"] = {
        **values["JINJA_ENVIRONMENT"],
        "bytecode_cache": FileSystemBytecodeCache(str(templates)),
    }
    return values


def build_site(settings: Settings, output: Path | None = None, progress: bool = True) -> Path:
    """Build the site into ``output`` (default: settings.output_dir); return the folder."""
    from pelican import Pelican, signals

    from plugins import decisions, qrcode, search_index
    from plugins.loader import ContentError

    if not settings.content_dir.is_dir():
        raise BuildError(
            "content folder not found",
            file=str(settings.content_dir),
            hint="run from the project folder or set GONGSHI_CONTENT_DIR",
        )
    output = (output or settings.output_dir).resolve()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    started = time.perf_counter()
    counter = _Progress(enabled=progress)
    signals.content_written.connect(counter.written)
    try:
        pelican = Pelican(pelican_settings(settings, output))
        pelican.run()
    except ContentError:
        raise
    except GongshiError:
        raise
    except Exception as exc:  # a template or plugin failure: name it, keep the cause
        raise BuildError(f"build failed: {type(exc).__name__}: {exc}") from exc
    finally:
        qrcode.close()
        search_index.close()
        decisions.close()
        signals.content_written.disconnect(counter.written)
        counter.close()
    _record_publication(settings, output)
    if progress:
        print(f"built {counter.count} pages into {output} in {time.perf_counter() - started:.1f} s")
    return output


def _record_publication(settings: Settings, output: Path) -> None:
    """After a successful build, the ledger's approved decisions now on the site are recorded
    as published (an audit event each, once)."""
    if not settings.database_url and not (settings.data_dir / "gongshi.sqlite3").exists():
        return
    from core.db import open_database
    from core.working_days import WorkingDays
    from redaction.ledger import Ledger

    ledger = Ledger(
        open_database(settings, "gongshi"),
        settings.content_dir,
        WorkingDays(settings.content_dir / "holidays.yaml"),
    )
    on_site = {p.parent.name for p in (output / "decisions").glob("*/index.html")}
    ledger.record_published(on_site)


class _Progress:
    """A live count of written pages (rich), when the output is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.count = 0
        self.status = None
        if enabled:
            from rich.console import Console

            console = Console(stderr=True)
            if console.is_terminal:
                self.status = console.status("building…")
                self.status.start()

    def written(self, path: str, context: Any = None) -> None:
        self.count += 1
        if self.status is not None and self.count % 50 == 0:
            self.status.update(f"building… {self.count} pages written")

    def close(self) -> None:
        if self.status is not None:
            self.status.stop()
