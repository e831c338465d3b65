"""The ``gongshi`` command. Thin: it parses arguments, loads settings and calls the packages."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from core.errors import GongshiError
from core.settings import Settings, load_settings


def _cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from gongshi.build import build_site, watch_site

    if args.watch:
        return watch_site(settings, output=args.output, progress=not args.quiet)
    build_site(settings, output=args.output, progress=not args.quiet)
    return 0


def _cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from gongshi.app import create_app

    if not (settings.output_dir / "index.html").exists():
        raise GongshiError(
            f"no built site in {settings.output_dir}", hint="run `gongshi build` first"
        )
    settings = _serve_secret(args, settings)
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level="info",
        # One line per request costs ~10% of the CPU of a complaint submission, and holds
        # client addresses and query strings (search words, names): DESIGN §6 keeps logs to
        # case numbers. The reverse proxy in front keeps the access log of a deployment.
        access_log=args.access_log,
    )
    return 0


def _is_local_demo(settings: Settings) -> bool:
    """`make run` on a checkout: loopback only, the checkout's own var/, no shared database."""
    from core.settings import PROJECT_ROOT

    return (
        settings.host in ("127.0.0.1", "localhost", "::1")
        and settings.data_dir == PROJECT_ROOT / "var"
        and not settings.database_url
    )


def _serve_secret(args: argparse.Namespace, settings: Settings) -> Settings:
    """The secret key, or a refusal; the local demo gets a generated key file (0600) instead."""
    import dataclasses

    from core.security import local_secret

    if settings.secret_key:
        return settings
    key_file = settings.data_dir / "secret_key"
    if not (args.demo or _is_local_demo(settings)):
        raise GongshiError(
            "no secret key: sessions, CSRF tokens and receipt codes need one",
            field="secret_key",
            hint="set GONGSHI_SECRET_KEY (e.g. `python -c 'import secrets; print(secrets."
            "token_hex(32))'`), or run the local demo with `gongshi serve --demo`",
        )
    key, created = local_secret(settings.data_dir)
    if created:
        print(
            f"gongshi serve: no secret_key set; generated a demo key into {key_file} (0600). "
            "Set GONGSHI_SECRET_KEY for a real deployment.",
            file=sys.stderr,
        )
    else:
        print(f"gongshi serve: demo secret key read from {key_file}", file=sys.stderr)
    return dataclasses.replace(settings, secret_key=key)


def _cmd_user_add(args: argparse.Namespace, settings: Settings) -> int:
    import getpass

    from core.accounts import Accounts
    from core.db import open_database

    if sys.stdin.isatty():
        password = getpass.getpass("password: ")
        if getpass.getpass("password again: ") != password:
            raise GongshiError("the two passwords differ", field="password")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    account = Accounts(open_database(settings, "gongshi")).add(args.name, args.role, password)
    print(f"user {account.name} ({account.role}) added")
    return 0


def _cmd_redact(args: argparse.Namespace, settings: Settings) -> int:
    from redaction.cli import redact_command

    return redact_command(
        Path(args.src), Path(args.out), Path(args.policy) if args.policy else None, today=args.today
    )


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (write 2026-11-25)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gongshi", description="行政执法公示 — gongshi")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="build the public site (default output/)")
    p.add_argument("--output", type=Path, help="output folder (default: output/)")
    p.add_argument("--content", type=Path, help="content folder (default: content/)")
    p.add_argument("--quiet", action="store_true", help="no progress display")
    p.add_argument(
        "--watch",
        action="store_true",
        help="keep running and rebuild whenever content/ or theme/ changes",
    )
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("serve", help="serve the built site, search and intake")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--output", type=Path, help="built site folder (default: output/)")
    p.add_argument(
        "--demo",
        action="store_true",
        help="without a secret_key, generate one into data_dir/secret_key (local demo only)",
    )
    p.add_argument(
        "--access-log",
        action="store_true",
        help="log every request with its client address and query string (off by default)",
    )
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("user", help="staff accounts")
    user_sub = p.add_subparsers(dest="user_command", required=True)
    p = user_sub.add_parser("add", help="add a staff account (password from stdin or a prompt)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=["clerk", "handler", "legal", "admin"])
    p.set_defaults(func=_cmd_user_add)

    p = sub.add_parser("redact", help="redact personal data from decisions under SRC")
    p.add_argument("src")
    p.add_argument("--out", required=True)
    p.add_argument("--policy", help="policy YAML file (default: built-in spc-2016)")
    p.add_argument(
        "--today",
        type=_day,
        help="the day the documents would be published, YYYY-MM-DD (default: today in China): "
        "a party who is a minor on that day puts a document on hold",
    )
    p.set_defaults(func=_cmd_redact)
    from gongshi import report_cli, workflow_cli

    workflow_cli.add_commands(sub)
    report_cli.add_commands(sub)
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
