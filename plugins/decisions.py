"""Enforcement decisions (行政执法决定): detail pages, lists by type, body and year, the feed.

Decisions are Markdown files under ``content/decisions/`` whose header carries the summary
(文号, 当事人 after redaction, violation, penalty …). They are read with Pelican's own reader;
the header is validated like every other content type. Builds are incremental: see BuildCache.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import pickle
import re
from collections import defaultdict
from concurrent.futures import Future, ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

import jinja2
import nh3
import pelican
from pelican import signals
from pelican.contents import Page
from pelican.generators import CachingGenerator
from pydantic import BaseModel, Field, field_validator

from core.deadlines import DECISION_TYPES
from plugins import prune, qrcode
from plugins.approval import Verdict, verdict
from plugins.files import files_under
from plugins.loader import ContentError, validate
from plugins.registry import ContentType
from plugins.schema import Record, Slug, Text
from plugins.site import PageWriter

SOURCE = "decisions"
PER_PAGE = 20

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "blockquote",
    "hr",
    "span",
    "sup",
    "sub",
}

_CLEANER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes={"td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}},
    link_rel=None,
)
"""One sanitiser (nh3, the Rust ammonia binding) for every file: bleach's pure-Python html5lib
took about a quarter of a 3k-decision build (11.6 of 45 s in a profile)."""

DecisionTypeName = Literal[
    "行政处罚",
    "行政许可",
    "行政强制",
    "行政检查",
    "行政征收征用",
    "行政确认",
    "行政给付",
    "行政裁决",
    "行政奖励",
    "其他",
]


class DecisionMeta(Record):
    title: Text
    slug: Slug
    decision_no: Text
    """文号, e.g. 临综执罚决字〔2026〕第0012号."""
    type: DecisionTypeName
    date: dt.date
    body: str
    """id of the deciding agency."""
    party: Text
    """当事人 after redaction (张某, or an organization's name)."""
    party_type: Literal["person", "organization", "individual_business"]
    credit_code: Annotated[
        str, Field(pattern=r"^([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})?$")
    ] = ""
    legal_rep: str = ""
    violation: Text
    """主要违法事实 (a sentence)."""
    penalty: str = ""
    """处罚内容 / 决定内容."""
    fine: Decimal | None = None
    """罚没金额 in yuan, where there is one."""
    basis: str = ""
    field: str = ""
    summary: str = ""
    approved_by: str = ""
    approved_at: str = ""
    text_sha256: Annotated[str, Field(pattern=r"^([0-9a-f]{64})?$")] = ""
    published: dt.date | None = None
    """公示日期: the day the approval exported it."""
    deadline: dt.date | None = None
    """The last day it could be published on time (DESIGN §2)."""
    corrected: str = ""
    """A note of earlier versions (更正), shown above the text."""
    status: Literal["published", "withdrawn", "removed"] = "published"
    withdrawn_at: str = ""
    withdraw_reason: str = ""
    withdraw_due: dt.date | None = None
    """The last day of the 3-working-day limit for taking it down."""
    removed_at: str = ""
    removed_reason: str = ""
    legal_review: str = ""
    """法制审核: the date and opinion of a major decision's legal review ("2026-03-04 同意")."""
    """Early removal after a credit repair (信用修复): kept as the archive, not published."""

    @field_validator("date", "published", "deadline", "withdraw_due", mode="before")
    @classmethod
    def _date_only(cls, value: object) -> object:
        return value.date() if isinstance(value, dt.datetime) else value


class Decision:
    """A published decision: its validated header, the sanitised HTML text and its source."""

    def __init__(
        self, meta: DecisionMeta, html: str, source: str, approval: Verdict | None = None
    ) -> None:
        # The header's fields as plain attributes: templates read them thousands of times a
        # build (a __getattr__ hop per read cost 0.3 s at 10,000 decisions). A header is not
        # changed after it was read.
        self.__dict__.update(vars(meta))
        self.meta = meta
        self.html = html
        self.source = source
        self.approval = approval
        """What the approval gate found in the bytes this was read from."""

    def __getattr__(self, name: str) -> Any:  # the header model's other attributes
        return getattr(self.__dict__["meta"], name)

    @property
    def url(self) -> str:
        return f"decisions/{self.meta.slug}/"

    @property
    def type_code(self) -> str:
        return DECISION_TYPES[self.meta.type]

    @property
    def year(self) -> int:
        return self.meta.date.year


def _line_of_key(path: Path, key: str) -> int | None:
    pattern = re.compile(rf"^{re.escape(key)}\s*:", re.IGNORECASE)
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if pattern.match(line):
                return number
            if not line.strip():
                break
    return None


def read_decision(generator: CachingGenerator, relpath: str) -> Decision:
    base = Path(generator.path)
    try:
        page = generator.readers.read_file(
            base_path=generator.path, path=relpath, content_class=Page, context=generator.context
        )
    except UnicodeDecodeError:
        raise ContentError("not valid UTF-8", file=relpath, hint="save the file as UTF-8") from None
    except ValueError as exc:  # Pelican's own header parsing (dates)
        field = "date" if "date" in str(exc).lower() else None
        raise ContentError(
            f"invalid header: {exc}",
            file=relpath,
            line=_line_of_key(base / relpath, field) if field else None,
            field=field,
            hint="write dates as YYYY-MM-DD" if field else "check the header lines",
        ) from None
    meta = {k: v for k, v in page.metadata.items() if k not in ("reader",)}
    try:
        decision_meta = DecisionMeta.model_validate(meta)
    except Exception:
        # Re-run through the loader's validator for a message with the header line.
        try:
            validate(DecisionMeta, meta, None, relpath)
        except ContentError as exc:
            key = (exc.field or "").split(".")[0]
            exc.line = _line_of_key(base / relpath, key) or 1
            if exc.message == "required field is missing":
                exc.hint = (
                    f"add a line '{key.capitalize()}: …' to the header at the top of the file"
                )
            raise ContentError(
                exc.message, file=relpath, line=exc.line, field=exc.field, hint=exc.hint
            ) from None
        raise
    return Decision(decision_meta, _CLEANER.clean(page.content), relpath)


class DecisionsGenerator(CachingGenerator):
    """Reads and checks every decision, then writes details, lists and filters.

    Both steps are incremental (see :class:`BuildCache`): an unchanged source file is not read
    again, and an unchanged detail page is not rendered again.
    """

    def generate_context(self) -> None:
        site = self.context["site"]
        agencies = site.by_id("agencies")
        self.build_cache = cache = BuildCache(self)
        decisions: list[Decision] = []
        seen: dict[str, str] = {}
        slugs: dict[str, str] = {}
        files = sorted(self.get_files([SOURCE], extensions=("md",)))
        cache.read_ahead(files)
        for relpath in files:
            decision = cache.read(relpath)
            if decision.body not in agencies:
                raise ContentError(
                    f"unknown body {decision.body!r}",
                    file=relpath,
                    field="body",
                    line=_line_of_key(Path(self.path) / relpath, "body"),
                    hint="use an id from agencies.yaml",
                )
            for registry, key, label in (
                (seen, decision.decision_no, "decision_no"),
                (slugs, decision.slug, "slug"),
            ):
                if key in registry:
                    raise ContentError(
                        f"{label} {key!r} already used by {registry[key]}",
                        file=relpath,
                        line=_line_of_key(Path(self.path) / relpath, label),
                        field=label,
                        hint=f"every decision needs its own {label}",
                    )
                registry[key] = relpath
            decisions.append(decision)
        decisions.sort(key=lambda d: (d.date, d.decision_no), reverse=True)
        site.decisions = decisions

    def generate_output(self, writer: Any) -> None:
        site = self.context["site"]
        pages = IncrementalPageWriter(self, writer, self.build_cache)
        agencies = site.by_id("agencies")
        decisions: list[Decision] = site.decisions
        crumbs = [("执法决定公示", "decisions/")]
        by_type: dict[str, list[Decision]] = defaultdict(list)
        by_body: dict[str, list[Decision]] = defaultdict(list)
        by_year: dict[int, list[Decision]] = defaultdict(list)
        for d in decisions:
            by_type[d.type_code].append(d)
            by_body[d.body].append(d)
            by_year[d.year].append(d)
        facets = {
            "types": [
                (code, name, len(by_type[code]))
                for name, code in DECISION_TYPES.items()
                if by_type[code]
            ],
            "bodies": [(b, agencies[b].name, len(by_body[b])) for b in agencies if by_body[b]],
            "years": [(y, len(by_year[y])) for y in sorted(by_year, reverse=True)],
        }
        lists: list[tuple[str, str, list[Decision], Any, Any]] = [
            ("decisions/", "执法决定公示", decisions, crumbs, None)
        ]
        for name, code in DECISION_TYPES.items():
            if by_type[code]:
                lists.append(
                    (
                        f"decisions/type/{code}/",
                        f"执法决定公示：{name}",
                        by_type[code],
                        crumbs + [(name, f"decisions/type/{code}/")],
                        ("type", code),
                    )
                )
        for body, items in by_body.items():
            lists.append(
                (
                    f"decisions/body/{body}/",
                    f"执法决定公示：{agencies[body].name}",
                    items,
                    crumbs + [(agencies[body].name, f"decisions/body/{body}/")],
                    ("body", body),
                )
            )
        for year, items in by_year.items():
            lists.append(
                (
                    f"decisions/year/{year}/",
                    f"执法决定公示：{year}年",
                    items,
                    crumbs + [(f"{year}年", f"decisions/year/{year}/")],
                    ("year", year),
                )
            )
        # QR codes are encoded in a worker process while the pages render, in the order they
        # are needed (details, then lists). Not while reading: both cores are busy then.
        qr_base = site.portal.site_url.rstrip("/") + "/"
        qrcode.prefetch(qr_base + d.url for d in decisions)
        qrcode.prefetch(
            qr_base + url
            for base, _title, items, _crumbs, _current in lists
            for url in _list_urls(base, len(items))
        )
        for d in decisions:
            pages.page(
                f"{d.url}index.html",
                "decision.html",
                d.title,
                crumbs + [(d.decision_no, d.url)],
                decision=d,
                agency=agencies[d.body],
            )
        common = {"facets": facets, "agencies": agencies}
        self.build_cache.constant(facets, agencies)
        for base, title, items, list_crumbs, current in lists:
            pages.paginated(
                base,
                "decisions.html",
                title,
                items,
                list_crumbs,
                per_page=PER_PAGE,
                current=current,
                **common,
            )
        self.build_cache.save()


class BuildCache:
    """What makes a rebuild after one changed decision fast, kept in ``CACHE_PATH``.

    * ``reads``: source path → (hash of its bytes, header, sanitised HTML and what the approval
      gate found in those bytes), so an unchanged file skips Pelican's reader, validation,
      sanitising (~1 ms each) and a second read by the gate. Kept while the reading code (this
      module, schema, loader, approval), the settings and library versions are unchanged.
    * ``pages``: page → (hash of its inputs, size of the written file). A page is rendered from
      what it is given (:class:`IncrementalPageWriter`: the decision, or a list's decisions,
      facets and pagination) and from what every page shares: the theme's templates, our
      plugins' code, the content other than decisions (agencies.yaml, portal.yaml …), the
      settings and library versions. It is rendered again when any of these changed or its
      file is missing or of another size; otherwise its file is left as it is.

    A template that reads other data from the global context (``site.decisions``, say) must get
    it as an argument of the page instead, or the pages that show it will go stale.
    """

    VERSION = 3
    FILE = "decisions-build.pickle"

    def __init__(self, generator: CachingGenerator) -> None:
        self.generator = generator
        self.root = Path(generator.path)
        self.output = str(Path(generator.output_path).resolve())
        self.path = Path(generator.settings["CACHE_PATH"]) / self.FILE
        settings = generator.settings
        plugins = Path(__file__).parent
        modules = ("decisions", "schema", "loader", "approval")
        reading = [(plugins / f"{name}.py").read_bytes() for name in modules]
        versions = f"{pelican.__version__} {jinja2.__version__} {nh3.__version__}"
        self.read_key = _digest(str(self.VERSION), versions, *reading, _settings_digest(settings))
        templates = [Path(settings["THEME"], "templates"), *settings["THEME_TEMPLATES_OVERRIDES"]]
        self.page_key = _digest(
            self.read_key,
            _tree_digest(plugins, "*.py"),
            *(_tree_digest(Path(t)) for t in templates),
            _tree_digest(self.root, skip=SOURCE),
        )
        self.reads: dict[str, Read] = {}
        self.pages: dict[str, tuple[bytes, int]] = {}
        self.old_reads: dict[str, Read] = {}
        self.old_pages: dict[str, tuple[bytes, int]] = {}
        self.prints: dict[int, str] = {}
        self.models: dict[int, tuple[Any, str]] = {}
        """Prints of the records pages show and of :meth:`constant` values, by id, with the
        value (so the id stays its own)."""
        self.ahead: Any = {}
        """Decisions read in another process (:meth:`read_ahead`), by source path."""
        if settings.get("LOAD_CONTENT_CACHE") and self.path.exists():
            try:
                with self.path.open("rb") as handle:
                    saved = pickle.load(handle)
            except Exception:  # an unreadable cache is rebuilt, never trusted
                saved = {}
            if saved.get("read_key") == self.read_key:
                self.old_reads = saved["reads"]
                if saved.get("output") == self.output:
                    self.old_pages = saved["pages"]

    def read(self, relpath: str) -> Decision:
        data = (self.root / relpath).read_bytes()
        digest = _digest(data)
        old = self.ahead.pop(relpath, None) or self.old_reads.get(relpath)
        if old is None or old[0] != digest:
            old = _read(self.generator, relpath, data, digest)
        self.reads[relpath] = old
        return Decision(old[1], old[2], relpath, old[3])

    def read_ahead(self, relpaths: list[str]) -> None:
        """Read the second half of the files that changed in a forked process while this one
        reads the first: Markdown and header checks are most of a first build's reading.

        A file the worker could not read (a bad header, say) is left to :meth:`read`, which
        raises the error with its line; a file changed since is read again (digests differ).
        """
        todo = [r for r in relpaths if r not in self.old_reads]
        if len(todo) < READ_AHEAD_FROM or "fork" not in multiprocessing.get_all_start_methods():
            return
        half = todo[len(todo) // 2 :]
        chunks = [half[i : i + READ_AHEAD_BATCH] for i in range(0, len(half), READ_AHEAD_BATCH)]
        global _reading, _pool  # the forked process inherits it: a generator does not pickle
        _reading = self.generator
        close()
        _pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        self.ahead = _ReadAhead([(c, _pool.submit(_read_many, c)) for c in chunks])

    def key(self, *inputs: Any) -> bytes:
        """The hash of what the page is rendered from: the shared part and ``inputs``."""
        return _digest(self.page_key, self._print(inputs))

    def _print(self, value: Any) -> str:
        if type(value) in _PLAIN:  # most of what a page is made of: no other check needed
            return repr(value)
        if isinstance(value, Decision):
            found = self.prints.get(id(value))
            if found is None:
                # The header's field values (not pydantic's repr of them: 5x slower), the text
                # and the source, as a digest: a list page holds twenty of them.
                whole = repr((sorted(vars(value.meta).items()), value.html, value.source))
                found = self.prints[id(value)] = "D" + _digest(whole).hex()
            return found
        held = self.models.get(id(value))
        if held is not None and held[0] is value:
            return held[1]
        if isinstance(value, BaseModel):  # the site's records (agencies …): alive all build
            self.models[id(value)] = (value, repr(value))
            return self.models[id(value)][1]
        if isinstance(value, dict):
            return "{" + ",".join(f"{k!r}:{self._print(v)}" for k, v in value.items()) + "}"
        if isinstance(value, (list, tuple)):
            return "[" + ",".join(self._print(v) for v in value) + "]"
        return repr(value)  # an object without a repr of its own differs each build: rendered

    def constant(self, *values: Any) -> None:
        """Print ``values`` once: they are shown by many pages and do not change while pages
        are written (the facets and agencies of every list page)."""
        for value in values:
            self.models[id(value)] = (value, self._print(value))

    def is_fresh(self, save_as: str, key: bytes) -> bool:
        old = self.old_pages.get(save_as)
        if old is None or old[0] != key:
            return False
        try:
            size = (Path(self.output) / save_as).stat().st_size
        except OSError:
            return False
        if size != old[1]:
            return False
        self.pages[save_as] = old
        return True

    def written(self, save_as: str, key: bytes) -> None:
        size = (Path(self.output) / save_as).stat().st_size
        self.pages[save_as] = (key, size)

    def save(self) -> None:
        if not self.generator.settings.get("CACHE_CONTENT"):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("wb") as handle:
            pickle.dump(
                {
                    "read_key": self.read_key,
                    "output": self.output,
                    "reads": self.reads,
                    "pages": self.pages,
                },
                handle,
                protocol=pickle.HIGHEST_PROTOCOL,
            )
        tmp.replace(self.path)


READ_AHEAD_FROM = 400
"""Files to read from which half of them are read in a second process."""
READ_AHEAD_BATCH = 100


_reading: Any = None
"""The generator whose files the read-ahead process reads."""
_pool: ProcessPoolExecutor | None = None


def close() -> None:
    """Stop the read-ahead process (after a build; a failed one leaves batches unread)."""
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool = None


Read = tuple[bytes, DecisionMeta, str, Verdict]
"""What reading a decision file gives: the digest of its bytes, its header, its sanitised text
and the approval gate's findings in those bytes."""


def _read(generator: CachingGenerator, relpath: str, data: bytes, digest: bytes) -> Read:
    decision = read_decision(generator, relpath)
    text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text does
    found = verdict(text, Path(relpath).stem)
    return (digest, decision.meta, decision.html, found)


def _read_many(relpaths: list[str]) -> dict[str, Read]:
    """In the read-ahead process: the files it could read, with the digest of what it read."""
    generator = _reading
    root = Path(generator.path)
    done = {}
    for relpath in relpaths:
        try:
            data = (root / relpath).read_bytes()
            done[relpath] = _read(generator, relpath, data, _digest(data))
        except Exception:  # left to the main process, which reports it properly
            continue
    return done


class _ReadAhead:
    """``pop(relpath)`` of the read-ahead results, waiting for a batch only when it is needed."""

    def __init__(self, batches: list[tuple[list[str], Future[dict[str, Read]]]]) -> None:
        self.owner = {relpath: future for relpaths, future in batches for relpath in relpaths}
        self.collected: set[int] = set()
        self.done: dict[str, Read] = {}

    def pop(self, relpath: str, default: Any = None) -> Any:
        future = self.owner.pop(relpath, None)
        if future is not None and id(future) not in self.collected:
            self.collected.add(id(future))
            self.done.update(future.result())
        return self.done.pop(relpath, default)


_PLAIN = {str, int, float, bool, type(None), dt.date, dt.datetime, Decimal}
"""Types whose repr is their whole value."""


class IncrementalPageWriter(PageWriter):
    """A PageWriter that skips a page whose inputs and file are as the last build left them."""

    def __init__(self, generator: CachingGenerator, writer: Any, cache: BuildCache) -> None:
        super().__init__(generator, writer)
        self.cache = cache

    def page(
        self, save_as: str, template: str, title: str, crumbs: Any = (), **context: Any
    ) -> None:
        key = self.cache.key(save_as, template, title, crumbs, sorted(context.items()))
        prune.claim(self.generator.settings, save_as)
        if not self.cache.is_fresh(save_as, key):
            super().page(save_as, template, title, crumbs, **context)
            self.cache.written(save_as, key)


def _list_urls(base: str, count: int) -> list[str]:
    """The URLs PageWriter.paginated gives the pages of a list of ``count`` decisions."""
    pages = max(1, -(-count // PER_PAGE))
    return [base] + [f"{base}page/{number}/" for number in range(2, pages + 1)]


def _digest(*parts: bytes | str) -> bytes:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.digest()


def _tree_digest(root: Path, pattern: str = "**/*", skip: str | None = None) -> bytes:
    """Names and bytes of the files under ``root`` (a missing folder hashes as empty); the
    top-level folder ``skip`` is not walked at all (the decisions: thousands of files)."""
    h = hashlib.blake2b(digest_size=16)
    if pattern == "**/*":
        names = files_under(root, skip={skip} if skip else set())
    else:
        names = sorted(p.relative_to(root).as_posix() for p in root.glob(pattern) if p.is_file())
    for rel in names:
        h.update(rel.encode("utf-8") + b"\0" + _digest((root / rel).read_bytes()))
    return h.digest()


def _settings_digest(settings: dict[str, Any]) -> bytes:
    """The settings' plain values; objects (functions, the loaded site) count by type only."""

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return sorted((str(k), plain(v)) for k, v in value.items())
        if isinstance(value, (list, tuple, set, frozenset)):
            items = [plain(v) for v in value]
            return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
        if value is None or isinstance(value, (str, int, float, bool)):
            return value
        return type(value).__qualname__

    return _digest(json.dumps(plain(settings), ensure_ascii=False))


def rows(site):  # type: ignore[no-untyped-def]
    agencies = site.by_id("agencies")
    for d in site.decisions:
        yield {
            "decision_no": d.decision_no,
            "title": d.title,
            "type": d.type,
            "date": d.date.isoformat(),
            "body": agencies[d.body].name,
            "party": d.party,
            "credit_code": d.credit_code,
            "legal_rep": d.legal_rep,
            "violation": d.violation,
            "penalty": d.penalty,
            "fine": "" if d.fine is None else str(d.fine),
            "basis": d.basis,
            "url": d.url,
        }


CONTENT_TYPE = ContentType(
    "decisions",
    "执法决定",
    SOURCE,
    DecisionMeta,
    rows=rows,
    columns={
        "decision_no": "decision number (文号)",
        "title": "title of the decision",
        "type": "行政处罚, 行政许可, 行政强制, 行政检查 … (DESIGN §2)",
        "date": "decision date (YYYY-MM-DD)",
        "body": "deciding body",
        "party": "party after redaction (张某) or an organization's name",
        "credit_code": "unified social credit code of an organization",
        "legal_rep": "legal representative of an organization",
        "violation": "main facts of the violation",
        "penalty": "penalty or decision content",
        "fine": "fines and confiscations in yuan, empty when none",
        "basis": "legal basis of the decision",
        "url": "path of the decision page on this site",
    },
)


def generators(_pelican: Any) -> type[DecisionsGenerator]:
    return DecisionsGenerator


def register() -> None:
    signals.get_generators.connect(generators)
