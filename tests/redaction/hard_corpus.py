"""Scaffolding shared by the held-out corpus generators (tests/redaction/hard-*/make_corpus.py).

The generators run as scripts from their own folder; each puts the repository root on sys.path
and imports from here: the shared scorer, the self-check of the ideal redaction, the markup of
labelled spans (⟦S|kind|text⟧ sensitive, ⟦K|kind|text⟧ keep), check characters of synthetic
identifiers, and writing labels.json.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random
import re
import shutil
from pathlib import Path

from core.checksums import gb11643_check_char, luhn_check_digit

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "tools" / "score_redaction.py"

# ---------------------------------------------------------------- check characters
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def id18(region: str, born: dt.date, seq: int) -> str:
    """An 18-character ID number with a valid GB 11643 check character."""
    body = f"{region}{born:%Y%m%d}{seq:03d}"
    return body + gb11643_check_char(body)


def luhn(body: str) -> str:
    """``body`` followed by the digit that makes it pass the Luhn check."""
    return body + luhn_check_digit(body)


def uscc_check_char(body17: str) -> str:
    """The GB 32100 check character of a unified social credit code from its first 17."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, _USCC_W, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def uscc(rng: random.Random, region: str, head: str = "91") -> str:
    """A credit code ``head + region + "MA" + 7 random characters`` with its check character."""
    body = head + region + "MA" + "".join(rng.choice(USCC_CHARS) for _ in range(7))
    return body + uscc_check_char(body)


def uscc_ok(code: str) -> bool:
    """True when the 18th character of ``code`` is the check character of the first 17."""
    return uscc_check_char(code[:17]) == code[17]


# ---------------------------------------------------------------- markup
def S(kind: str, text: str) -> str:
    return f"⟦S|{kind}|{text}⟧"


def K(kind: str, text: str) -> str:
    return f"⟦K|{kind}|{text}⟧"


def N(name: str) -> str:
    return S("person_name", name)


def cn(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


MARK = re.compile(r"⟦([SK])\|([a-z_]+)\|(.*?)⟧", re.S)
SEG_RE = re.compile(r"⟦([SK])\|(\w+)\|(.*?)⟧", re.S)


def render(markup: str) -> tuple[str, list[tuple[int, int, str, str, str]]]:
    """The plain text of ``markup`` and its labelled spans (start, end, role, kind, text)."""
    text, spans, last = "", [], 0
    for m in MARK.finditer(markup):
        text += markup[last : m.start()]
        s = len(text)
        text += m.group(3)
        spans.append((s, len(text), m.group(1), m.group(2), m.group(3)))
        last = m.end()
    text += markup[last:]
    assert "⟦" not in text and "⟧" not in text, text[:200]
    return text, spans


def parse_segments(markup: str) -> list[list]:
    """``markup`` as segments [text, role, kind] (role and kind None for unlabelled text)."""
    segs, pos = [], 0
    for mt in SEG_RE.finditer(markup):
        if mt.start() > pos:
            segs.append([markup[pos : mt.start()], None, None])
        segs.append([mt.group(3), mt.group(1), mt.group(2)])
        pos = mt.end()
    segs.append([markup[pos:], None, None])
    return [s for s in segs if s[0]]


def render_segments(segs, crlf: bool = False) -> tuple[str, list[tuple[int, int, str, str, str]]]:
    """The text of segments and its labelled spans; ``crlf`` turns every line ending into CRLF."""
    text, spans = "", []
    for t, role, kind in segs:
        if crlf:
            t = t.replace("\r\n", "\n").replace("\n", "\r\n")
        if role:
            spans.append((len(text), len(text) + len(t), role, kind, t))
        text += t
    return text, spans


def split_labels(spans) -> tuple[list[dict], list[dict]]:
    """The sensitive and keep labels of ``spans``, each (role, kind, text) once, in order."""
    sens, keep, seen = [], [], set()
    for _s, _e, role, kind, t in spans:
        key = (role, kind, t)
        if key in seen:
            continue
        seen.add(key)
        (sens if role == "S" else keep).append({"kind": kind, "text": t})
    return sens, keep


# ---------------------------------------------------------------- scorer and self-check
def load_scorer():
    spec = importlib.util.spec_from_file_location("score_redaction", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def self_check(
    scorer,
    text: str,
    spans,
    labels: dict,
    name: str,
    *,
    nesting: bool = True,
    crlf_as_lf: bool = False,
) -> None:
    """Every label occurs verbatim; (``nesting``) no sensitive text lies inside a keep text; the
    ideal redaction (every sensitive span replaced by ×, CRLF read as LF when ``crlf_as_lf``)
    leaks nothing under the scorer's rules and keeps every keep label."""
    for lab in labels["sensitive"] + labels["keep"]:
        assert lab["text"] in text, (name, "not verbatim", lab)
    if nesting:
        for s in labels["sensitive"]:
            for k in labels["keep"]:
                assert s["text"] not in k["text"], (name, "sensitive inside keep", s, k)
    ideal, last = "", 0
    for s, e, role, _kind, t in spans:
        if role == "S":
            ideal += text[last:s] + "×" * len(t)
            last = e
    ideal += text[last:]
    if crlf_as_lf:
        ideal = ideal.replace("\r\n", "\n")
    view = scorer.OutputView(ideal)
    kw = keep_windows(scorer, labels)
    for s in labels["sensitive"]:
        assert not scorer.is_leaked(s["kind"], s["text"], view, kw), (name, "unmaskable", s)
    for k in labels["keep"]:
        assert k["text"] in ideal, (name, "keep inside a sensitive span", k)


def keep_windows(scorer, labels: dict) -> set:
    """The scorer's digit windows of every keep label (shared runs it excuses)."""
    if not labels["keep"]:
        return set()
    return set().union(*(scorer.windows(k["text"]) for k in labels["keep"]))


# ---------------------------------------------------------------- output
def fresh_docs_dir(here: Path) -> None:
    """Empty ``here/docs`` (created when missing)."""
    docs_dir = here / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir()


def write_labels(here: Path, documents: list[dict]) -> None:
    (here / "labels.json").write_text(
        json.dumps(
            {"policy": "spc-2016-default", "documents": documents}, ensure_ascii=False, indent=1
        )
        + "\n",
        encoding="utf-8",
    )


def print_summary(documents: list[dict]) -> None:
    print(
        f"{len(documents)} documents, {sum(d['hold'] for d in documents)} held, "
        f"{sum(len(d['sensitive']) for d in documents)} sensitive and "
        f"{sum(len(d['keep']) for d in documents)} keep labels"
    )


#: kinds whose digits the scorer reads anywhere in the output (check_unlabelled_numbers)
NUMERIC = ("id_number", "phone", "bank_account", "passport", "property_cert")


def check_unlabelled_numbers(scorer, text: str, spans, name: str) -> None:
    """No digit run outside the sensitive spans (keep labels, licence and EMS numbers …)
    shares an 8-digit window with a sensitive number: the scorer reads the whole output's
    digits. ``spans``: (start, end, role, kind, text) of each labelled span."""
    rest, last = "", 0
    for s, e, role, _kind, _t in spans:
        if role == "S":
            rest += text[last:s] + "\n"
            last = e
    rest += text[last:]
    free = scorer.windows(rest)
    for _s, _e, role, kind, t in spans:
        if role == "S" and kind in NUMERIC:
            assert not (scorer.windows(t) & free), (name, "unlabelled number shares digits", t)
