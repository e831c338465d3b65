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


def problems(path: Path, lookup: Callable[[str], str | None] | None) -> list[str]:
    header, body = split_header(path.read_text(encoding="utf-8"))
    missing = [k for k in REQUIRED if not header.get(k)]
    if missing:
        return [f"no approval ({', '.join(missing)} missing)"]
    found = []
    withdrawn = header.get("status") == "withdrawn"
    if not withdrawn and body_sha256(body) != header["text_sha256"]:
        found.append("text differs from the approved text")
    if lookup is not None:
        # Decisions approved before the ledger existed (imported content) carry their approval
        # in the header only; for every decision the ledger knows, the ledger decides.
        recorded = lookup(header.get("slug", path.stem))
        if recorded is not None and recorded != header["text_sha256"]:
            found.append("its approval differs from the ledger's")
    return found


def check_site(site: Any) -> None:
    """Signal receiver (content_loaded): every decision file must carry a valid approval."""
    lookup = site.settings.get("APPROVAL_LOOKUP")
    refused = []
    for decision in site.decisions:
        path = site.content_dir / decision.source
        for problem in problems(path, lookup):
            refused.append(f"  {decision.source}: {problem}")
    if refused:
        raise ApprovalError(
            f"{len(refused)} decision file(s) may not be published:\n" + "\n".join(refused),
            hint="approve decisions with `gongshi approve ID --as USER`; never edit an exported "
            "file by hand (use `gongshi correct`)",
        )
