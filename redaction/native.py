"""The engine compiled to C with mypyc, used only while it matches its sources.

The engine is plain, type-annotated Python; mypyc (part of mypy, a dev dependency) compiles
its modules into C extensions that run the same code ~30% faster (``make bench``): most of
the engine's time is Python work per candidate (reading names, checking context), which
compiled code does without the interpreter's dispatch. ``make install`` builds them
(``python redaction/native.py build``); without a C compiler or mypy nothing is built and
the engine runs as Python, with the same results (tests/redaction/test_native.py).

A compiled module found next to its source is imported instead of it. After an edit it would
run stale code, so :func:`activate` (called when :mod:`redaction` is imported) checks the
sources against the digests recorded at build time: if any differs, every compiled module is
imported from its source (the compiled modules call each other directly, so they are used all
together or not at all) and a warning says to rebuild. ``GONGSHI_PURE_PYTHON=1`` does the same
on purpose.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
#: the modules compiled: those the engine spends its time in (not the command line, the web
#: views, the ledger, policies or the readers)
COMPILED = (
    "redaction.text",
    "redaction.narrative",
    "redaction.normalize",
    "redaction.tables",
    "redaction.holds",
    "redaction.masking",
    "redaction.engine",
    "redaction.review",
    "redaction.report",
    "redaction.detectors.base",
    "redaction.detectors.address",
    "redaction.detectors.bank_account",
    "redaction.detectors.birth_date",
    "redaction.detectors.email",
    "redaction.detectors.id_number",
    "redaction.detectors.license_plate",
    "redaction.detectors.online_account",
    "redaction.detectors.passport",
    "redaction.detectors.person_name",
    "redaction.detectors.phone",
    "redaction.detectors.property_cert",
    "redaction.detectors.vin",
)
#: the digests of the sources the compiled modules were built from (written by build())
MANIFEST = PACKAGE_DIR / "_native.json"
#: the shared library every compiled module's own small extension loads (mypyc's group)
GROUP = "redaction._native"
#: where mypyc writes its C sources and the compiler its objects
BUILD_DIR = PROJECT_ROOT / "var" / "native-build"
PURE_ENV = "GONGSHI_PURE_PYTHON"


def source_path(module: str) -> Path:
    return PROJECT_ROOT.joinpath(*module.split(".")).with_suffix(".py")


def compiled_path(module: str) -> Path:
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]  # .cpython-311-x86_64-linux-gnu.so
    return PROJECT_ROOT.joinpath(*module.split(".")).with_name(module.rsplit(".", 1)[1] + suffix)


def _artifacts() -> list[Path]:
    """Every file a build leaves next to the sources: the modules and their shared library."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    group = PROJECT_ROOT.joinpath(*GROUP.split(".")).with_name(f"_native__mypyc{suffix}")
    return [*(compiled_path(m) for m in COMPILED), group]


def digests() -> dict[str, str]:
    """The SHA-256 of each compiled module's source, and of the Python that runs them."""
    found = {m: hashlib.sha256(source_path(m).read_bytes()).hexdigest() for m in COMPILED}
    found["python"] = sys.version
    return found


def built() -> bool:
    """Whether any compiled module lies next to its source."""
    return any(compiled_path(m).exists() for m in COMPILED)


def fresh() -> bool:
    """Whether every module is compiled from its source as it is now."""
    try:
        recorded = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return recorded == digests() and all(compiled_path(m).exists() for m in COMPILED)


class _SourcesFirst(importlib.abc.MetaPathFinder):
    """Imports the compiled modules from their sources."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in COMPILED:
            return None
        return importlib.util.spec_from_file_location(fullname, source_path(fullname))


_FINDER = _SourcesFirst()


def using_compiled() -> bool:
    """Whether the engine runs compiled (after :func:`activate`)."""
    return _FINDER not in sys.meta_path and built()


def activate() -> None:
    """Import the compiled modules only when they match their sources (see the module's
    docstring); called before any of them is imported."""
    if _FINDER in sys.meta_path or not built():
        return
    pure = os.environ.get(PURE_ENV, "") not in ("", "0")
    if not pure and fresh():
        return
    if not pure:
        warnings.warn(
            "the compiled redaction engine is older than its sources: running them as Python"
            " (slower, same results); run `make native` to compile them again",
            RuntimeWarning,
            stacklevel=2,
        )
    sys.meta_path.insert(0, _FINDER)


def build() -> int:
    """Compile COMPILED with mypyc next to their sources, unless they are fresh already.
    Returns 0 when the compiled engine is ready, 1 when it could not be built (the engine then
    runs as Python: a warning says why)."""
    if fresh():
        print("redaction engine: compiled, up to date")
        return 0
    try:
        from mypyc.build import mypycify
        from setuptools import Distribution  # type: ignore[import-untyped]
    except ImportError as exc:
        print(f"redaction engine: not compiled ({exc}); it runs as Python", file=sys.stderr)
        return 1
    for path in _artifacts():  # a half-built set must not be taken for a fresh one (and a
        path.unlink(missing_ok=True)  # library in use is replaced, not written over)
    MANIFEST.unlink(missing_ok=True)
    recorded = digests()
    here = os.getcwd()
    os.chdir(PROJECT_ROOT)  # mypyc names modules by their paths, relative to the project
    try:
        extensions = mypycify(
            [str(source_path(m).relative_to(PROJECT_ROOT)) for m in COMPILED],
            opt_level="3",
            multi_file=True,  # one C file a module: compiled in parallel, rebuilt alone
            group_name=GROUP,
            target_dir=str(BUILD_DIR / "c"),
        )
        for extension in extensions:  # (mypyc writes a dotted group's header into a folder of
            extension.include_dirs.append(str(BUILD_DIR / "c" / "redaction"))  # its own)
        dist = Distribution({"name": "gongshi-native", "ext_modules": extensions})
        command = dist.get_command_obj("build_ext")
        command.inplace = True  # type: ignore[attr-defined]
        command.parallel = os.cpu_count() or 1  # type: ignore[attr-defined]
        command.build_temp = str(BUILD_DIR / "obj")  # type: ignore[attr-defined]
        dist.run_command("build_ext")
    except (Exception, SystemExit) as exc:  # a compiler error exits through distutils
        for path in _artifacts():
            path.unlink(missing_ok=True)
        print(f"redaction engine: not compiled ({exc}); it runs as Python", file=sys.stderr)
        return 1
    finally:
        os.chdir(here)
    MANIFEST.write_text(json.dumps(recorded, indent=1) + "\n", encoding="utf-8")
    print(f"redaction engine: compiled {len(COMPILED)} modules")
    return 0


if __name__ == "__main__":  # run as a file: importing the package would import the engine
    if sys.argv[1:] != ["build"]:
        sys.exit("usage: python redaction/native.py build")
    sys.exit(build())
