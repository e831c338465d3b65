"""One Settings object, read once from the environment (``GONGSHI_*``) and ``gongshi.toml``.

No other module reads ``os.environ``: the CLI builds a Settings and passes it down.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from core.errors import GongshiError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(GongshiError):
    """A setting is missing or malformed."""


@dataclass(frozen=True)
class Settings:
    """Deployment settings. Every path is absolute after :func:`load_settings`."""

    data_dir: Path = PROJECT_ROOT / "var"
    content_dir: Path = PROJECT_ROOT / "content"
    output_dir: Path = PROJECT_ROOT / "output"
    pelican_settings: Path = PROJECT_ROOT / "pelicanconf.py"
    host: str = "127.0.0.1"
    port: int = 8000
    site_url: str = ""
    database_url: str = ""
    secret_key: str = field(default="", repr=False)
    # Intake (issue 8): time limits in working days, upload and rate limits per client.
    intake_accept_days: int = 7
    intake_answer_days: int = 60
    intake_follow_up_days: int = 10
    upload_max_files: int = 5
    upload_max_bytes: int = 10 * 1024 * 1024
    rate_submit_per_hour: int = 20
    rate_status_per_hour: int = 60
    rate_login_per_hour: int = 20
    open311_api_keys: str = field(default="", repr=False)
    # Search (issue 6): "fts5" (SQLite, the default) or "whoosh".
    search_engine: str = "fts5"

    @property
    def search_index_dir(self) -> Path:
        return self.data_dir / "search-index"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    @property
    def holidays_file(self) -> Path:
        """Holiday schedules for years ``chinese-calendar`` does not know (core.working_days)."""
        return self.content_dir / "holidays.yaml"


def user_cache_dir(name: str) -> Path | None:
    """A folder of the user's cache for what depends only on the installed code, not on a
    site (jieba's compiled dictionary, compiled templates): ``$XDG_CACHE_HOME/gongshi/<name>``
    or ``~/.cache/gongshi/<name>``, created; None when it cannot be written."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return writable_dir(Path(base) / "gongshi" / name)


def writable_dir(folder: Path) -> Path | None:
    """``folder``, created, or None when it cannot be created or written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


_TYPES = {f.name: f.type for f in fields(Settings)}


def _coerce(name: str, value: object, source: str) -> object:
    kind = _TYPES[name]
    if kind in ("Path", Path):
        return Path(str(value)).expanduser().resolve()
    if kind in ("int", int):
        try:
            return int(str(value))
        except ValueError:
            raise SettingsError(
                f"{name} must be a whole number, got {value!r}", file=source, field=name
            ) from None
    return str(value)


def load_settings(
    environ: Mapping[str, str] | None = None, toml_path: Path | None = None, **overrides: object
) -> Settings:
    """Settings from ``gongshi.toml`` (if present), then ``GONGSHI_*`` variables, then overrides.

    ``DATABASE_URL`` is also read without the prefix, as hosting platforms set it.
    """
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    toml_path = toml_path or Path(env.get("GONGSHI_CONFIG", PROJECT_ROOT / "gongshi.toml"))
    if toml_path.exists():
        try:
            data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"invalid TOML: {exc}", file=str(toml_path)) from None
        for key, value in data.items():
            if key not in _TYPES:
                raise SettingsError(
                    f"unknown setting {key!r}",
                    file=str(toml_path),
                    hint="known settings: " + ", ".join(sorted(_TYPES)),
                )
            values[key] = _coerce(key, value, str(toml_path))
    if "DATABASE_URL" in env:
        values["database_url"] = env["DATABASE_URL"]
    for name in _TYPES:
        var = "GONGSHI_" + name.upper()
        if var in env:
            values[name] = _coerce(name, env[var], var)
    for name, value in overrides.items():
        if value is not None:
            values[name] = _coerce(name, value, "command line")
    return Settings(**values)  # type: ignore[arg-type]
