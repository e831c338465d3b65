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
    """pelicanconf.py with our folders, and compiled templates kept in a cache folder.

    Pelican gives each generator its own Jinja environment, so base.html was compiled ~30 times
    a build (~0.5 s); the bytecode cache compiles each template once, until its source changes.
    Compiled templates depend on the theme's source only (Jinja checks it), so they are kept
    in the user's cache (see :func:`core.settings.user_cache_dir`) and a site's first build
    does not compile them again (~0.2 s); the site's cache folder serves where that one
    cannot be written.
    """
    from jinja2 import FileSystemBytecodeCache
    from pelican.settings import read_settings

    from core.settings import user_cache_dir

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
    templates = user_cache_dir("jinja") or settings.cache_dir / "jinja"
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
        _forget_contents()
    _record_publication(settings, output)
    if progress:
        print(f"built {counter.count} pages into {output} in {time.perf_counter() - started:.1f} s")
    return output


def _forget_contents() -> None:
    """Empty Pelican's ``memoized`` caches of page contents (``Content.get_content``,
    ``get_summary``): they live on the classes and keep every page of every build, ~3 MB a
    rebuild of the demo site in a ``gongshi build --watch`` that runs for days."""
    from pelican.contents import Content
    from pelican.utils import memoized

    classes = [Content]
    while classes:
        cls = classes.pop()
        classes.extend(cls.__subclasses__())
        for value in vars(cls).values():
            if isinstance(value, memoized):
                value.cache.clear()


def watch_site(
    settings: Settings,
    output: Path | None = None,
    progress: bool = True,
    *,
    step_ms: int = 50,
    stop: Any = None,
) -> int:
    """Build, then rebuild in this process whenever the content or the theme changes, until
    interrupted (``gongshi build --watch``).

    A rebuild in a warm process skips what a new ``gongshi build`` pays before any work: the
    imports (~0.4 s) and the compiled regular expressions and templates; the caches make it
    incremental as they do for a new process, so one changed decision is rebuilt in a few
    tenths of a second. A build that fails (a content error, a decision that is not approved)
    prints its error and leaves the last good site in place; the watch goes on and the next
    change builds again. A change to the code (plugins, ``pelicanconf.py``, our packages)
    restarts the command, since modules already imported cannot be reloaded safely.
    ``stop`` (a ``threading.Event``) ends the watch, for tests.
    """
    import os
    import sys

    import watchfiles

    from core.settings import PROJECT_ROOT

    theme = settings.pelican_settings.parent / "theme"
    content = [settings.content_dir.resolve(), *([theme.resolve()] if theme.is_dir() else [])]
    code_root = settings.pelican_settings.parent.resolve()
    code = [
        path
        for path in (
            settings.pelican_settings.resolve(),
            *(PROJECT_ROOT / name for name in ("plugins", "core", "search", "gongshi")),
        )
        if path.exists()
    ]
    output = (output or settings.output_dir).resolve()

    def build() -> None:
        started = time.perf_counter()
        try:
            build_site(settings, output=output, progress=progress)
        except GongshiError as exc:
            print(f"gongshi build --watch: {exc}", file=sys.stderr, flush=True)
            return
        if not progress:
            print(f"built in {time.perf_counter() - started:.2f} s")
        sys.stdout.flush()

    watcher = watchfiles.watch(
        *content,
        *code,
        step=step_ms,
        rust_timeout=100,
        yield_on_timeout=True,
        stop_event=stop,
        raise_interrupt=False,
        watch_filter=_SourceFilter(output),
    )
    # The first step starts the watch (it returns after 0.1 s without changes): what changes
    # from here on is seen, also while the first build runs. Changes made during any build
    # are kept by the watch and build again once it ends.
    next(watcher, None)
    build()
    print(f"watching {', '.join(map(str, content))} (Ctrl-C stops)", flush=True)
    for changes in watcher:
        if not changes:  # the 0.1 s timeout
            continue
        changed = sorted({Path(path) for _kind, path in changes})
        if any(not any(path.is_relative_to(root) for root in content) for path in changed):
            names = ", ".join(_shown(path, code_root) for path in changed)
            print(f"code changed ({names}): restarting", flush=True)
            os.execv(sys.executable, [sys.executable, *sys.argv])
        if progress:
            names = ", ".join(_shown(path, code_root) for path in changed[:5])
            more = f" and {len(changed) - 5} more" if len(changed) > 5 else ""
            print(f"changed: {names}{more}", flush=True)
        build()
    return 0


def _shown(path: Path, root: Path) -> str:
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


class _SourceFilter:
    """watchfiles' default filter (version control, caches, editors' swap and backup files),
    and nothing under the output folder (it may sit inside a watched folder)."""

    def __init__(self, output: Path) -> None:
        import watchfiles

        self.default = watchfiles.DefaultFilter()
        self.output = str(output)

    def __call__(self, change: Any, path: str) -> bool:
        if path == self.output or path.startswith(self.output + "/"):
            return False
        return bool(self.default(change, path))


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
