"""The ``gongshi`` command. Thin: it parses arguments, loads settings and calls the packages."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from core.errors import GongshiError
from core.settings import Settings, load_settings


def _cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from gongshi.build import build_site

    build_site(settings, output=args.output, progress=not args.quiet)
    return 0


def _cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from gongshi.app import create_app

    if not (settings.output_dir / "index.html").exists():
        raise GongshiError(
            f"no built site in {settings.output_dir}", hint="run `gongshi build` first"
        )
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
    return 0


def _cmd_redact(args: argparse.Namespace, settings: Settings) -> int:
    from redaction.cli import redact_command

    return redact_command(Path(args.src), Path(args.out), Path(args.policy) if args.policy else None)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gongshi", description="行政执法公示 — gongshi")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="build the public site (default output/)")
    p.add_argument("--output", type=Path, help="output folder (default: output/)")
    p.add_argument("--content", type=Path, help="content folder (default: content/)")
    p.add_argument("--quiet", action="store_true", help="no progress display")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("serve", help="serve the built site, search and intake")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--output", type=Path, help="built site folder (default: output/)")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("redact", help="redact personal data from decisions under SRC")
    p.add_argument("src")
    p.add_argument("--out", required=True)
    p.add_argument("--policy", help="policy YAML file (default: built-in spc-2016)")
    p.set_defaults(func=_cmd_redact)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(
            host=getattr(args, "host", None),
            port=getattr(args, "port", None),
            output_dir=getattr(args, "output", None),
            content_dir=getattr(args, "content", None),
        )
        return int(args.func(args, settings) or 0)
    except GongshiError as exc:
        print(f"gongshi {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
