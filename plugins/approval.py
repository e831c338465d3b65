"""The approval gate (DESIGN §3): the build refuses any decision file without an approval, or
whose text differs from the text that was approved.

Each exported decision carries its approval in its header (``Approved_by``, ``Approved_at``,
``Text_sha256``). When the deployment's ledger is at hand (``gongshi build`` passes a lookup as
the ``APPROVAL_LOOKUP`` setting), the hash of every decision the ledger knows must also equal
the one it recorded, so a header rewritten together with the text is caught too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import GongshiError

REQUIRED = ("approved_by", "approved_at", "text_sha256")


class ApprovalError(GongshiError):
    """Decision files that must not be published."""


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The ``Key: value`` header (keys lower-cased) and the body after the first blank line."""
    head, _, body = text.partition("\n\n")
    header = {}
    for line in head.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            header[key.strip().lower()] = value.strip()
    return header, body.strip()


def body_sha256(body: str) -> str:
    return hashlib.sha256(body.strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Verdict:
    """What the gate needs of one decision file, read from its bytes once: a build keeps it
    with the file's digest (:class:`plugins.decisions.BuildCache`) and asks again only when the
    bytes change."""

    missing: tuple[str, ...]
    withdrawn: bool
    text_matches: bool
    slug: str
    text_sha256: str


def verdict(text: str, stem: str) -> Verdict:
    header, body = split_header(text)
    return Verdict(
        missing=tuple(k for k in REQUIRED if not header.get(k)),
        withdrawn=header.get("status") == "withdrawn",
        text_matches=body_sha256(body) == header.get("text_sha256"),
        slug=header.get("slug", stem),
        text_sha256=header.get("text_sha256", ""),
    )


def judge(found: Verdict, lookup: Callable[[str], str | None] | None) -> list[str]:
    if found.missing:
        return [f"no approval ({', '.join(found.missing)} missing)"]
    problems = []
    if not found.withdrawn and not found.text_matches:
        problems.append("text differs from the approved text")
    if lookup is not None:
        # Decisions approved before the ledger existed (imported content) carry their approval
        # in the header only; for every decision the ledger knows, the ledger decides.
        recorded = lookup(found.slug)
        if recorded is not None and recorded != found.text_sha256:
            problems.append("its approval differs from the ledger's")
    return problems


def problems(path: Path, lookup: Callable[[str], str | None] | None) -> list[str]:
    return judge(verdict(path.read_text(encoding="utf-8"), path.stem), lookup)


def check_site(site: Any) -> None:
    """Signal receiver (content_loaded): every decision file must carry a valid approval."""
    lookup = site.settings.get("APPROVAL_LOOKUP")
    refused = []
    for decision in site.decisions:
        found = getattr(decision, "approval", None)  # read with the file (BuildCache)
        if found is None:
            path = site.content_dir / decision.source
            found = verdict(path.read_text(encoding="utf-8"), path.stem)
        for problem in judge(found, lookup):
            refused.append(f"  {decision.source}: {problem}")
    if refused:
        raise ApprovalError(
            f"{len(refused)} decision file(s) may not be published:\n" + "\n".join(refused),
            hint="approve decisions with `gongshi approve ID --as USER`; never edit an exported "
            "file by hand (use `gongshi correct`)",
        )
