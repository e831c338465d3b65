"""Build the search index beside the pages: one document per published page or row.

The documents come from the same objects the pages are rendered from (the ``site`` of
:mod:`plugins.site`, Pelican's articles and pages), so the index holds what the pages show:
redacted decisions, resolved agency names, list rows with an anchor to their row. The index
is updated incrementally (:func:`search.engine.sync`): only changed pages are re-indexed and
pages gone from the site are removed.

Segmenting the text (jieba) is the costly part, so it does not wait for the pages: a process
forked when the build starts (:class:`_Staging`) loads jieba's dictionary while the content is
read; once every generator has read its content, it syncs a copy of the index with their
documents while the build renders pages on the other core. The copy replaces the index only
after the pages were written and passed the leak scan (``site_written``); a build that fails
discards it.
Where processes cannot be forked, or with an engine that cannot stage (Whoosh), the index is
synced in the build's own process at that point, as before.
"""

from __future__ import annotations

import contextlib
import html
import multiprocessing
import pickle
import re
import threading
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pelican import signals

from plugins import signals as signals_ours
from search import analysis
from search.documents import Document
from search.engine import UpdateReport, sync
from search.engines import DEFAULT, open_engine

TYPE_LABELS = {
    "decision": "执法决定",
    "power_item": "权力清单",
    "guide": "服务指南",
    "flow": "执法流程",
    "agency": "执法机构",
    "officer": "执法人员",
    "inspection_item": "随机抽查事项",
    "inspection_result": "抽查结果",
    "risk_item": "风险防控",
    "major_criterion": "法制审核目录",
    "channel": "投诉举报渠道",
    "notice": "通知公告",
    "page": "页面",
}

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</(p|li|h\d|tr|td|th|div|blockquote)>|<br\s*/?>", re.IGNORECASE)

_pending: dict[int, _Staging | list[Document]] = {}
"""By the id of the Pelican settings: the staging of the index, or the documents to index."""


def html_text(markup: str) -> str:
    """Plain text of sanitised HTML, a line per block."""
    return html.unescape(_TAG.sub("", _BLOCK.sub("\n", markup))).strip()


def _strings(value: Any) -> Iterator[str]:
    """Every string in a model dump, in order (statutes, steps, materials …)."""
    if isinstance(value, str):
        if value:
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _text(item: Any, *extra: str, exclude: Iterable[str] = ()) -> str:
    dump = item.model_dump(exclude=set(exclude))
    return "\n".join([*extra, *_strings(dump)])


def _doc(type_: str, **fields: Any) -> Document:
    return Document(type=type_, type_label=TYPE_LABELS[type_], **fields)


def documents(site: Any, articles: Iterable[Any] = (), pages: Iterable[Any] = ()) -> list[Document]:
    """One document per searchable page (or list row) of the built site."""
    agencies = {a.id: a for a in site.agencies}

    def name(body: str) -> str:
        return agencies[body].name if body in agencies else body

    docs: list[Document] = []
    for a in site.agencies:
        docs.append(
            _doc(
                "agency",
                url=f"/{a.url}",
                title=a.name,
                body=a.id,
                body_label=a.name,
                category=a.kind_label,
                text=_text(
                    a,
                    a.kind_label,
                    name(a.parent) if a.parent else "",
                    exclude=("id", "kind", "parent"),
                ),
            )
        )
    for o in site.officers:
        docs.append(
            _doc(
                "officer",
                url=f"/officers/unit/{o.unit}/#officer-{o.certificate_no}",
                title=f"{o.name}（{o.certificate_no}）",
                body=o.unit,
                body_label=name(o.unit),
                text=_text(
                    o, name(o.unit), o.status_label, exclude=("unit", "status", "valid_until")
                ),
            )
        )
    for p in site.power_items:
        docs.append(
            _doc(
                "power_item",
                url=f"/{p.url}",
                title=p.name,
                body=p.body,
                body_label=name(p.body),
                category=p.category_label,
                text=_text(
                    p,
                    p.category_label,
                    *[name(b) for b in p.bodies],
                    exclude=("category", "body", "squads"),
                ),
            )
        )
    for f in site.flows:
        docs.append(
            _doc(
                "flow",
                url=f"/{f.url}",
                title=f.title,
                category=f.procedure,
                text=_text(f, exclude=("id", "order")),
            )
        )
    for g in site.guides:
        docs.append(
            _doc(
                "guide",
                url=f"/{g.url}",
                title=g.name,
                body=g.squad,
                body_label=name(g.squad),
                category=g.category,
                text=_text(g, name(g.squad), exclude=("id", "squad")),
            )
        )
    for i in site.inspection_items:
        docs.append(
            _doc(
                "inspection_item",
                url=f"/inspections/#inspection-{i.code}",
                title=i.name,
                body=i.body,
                body_label=name(i.body),
                text=_text(i, name(i.body), exclude=("body",)),
            )
        )
    inspection_names = {i.code: i.name for i in site.inspection_items}
    for plan in getattr(site, "inspection_results", []):
        item_name = inspection_names.get(plan.item, plan.item)
        docs.append(
            _doc(
                "inspection_result",
                url=f"/{plan.url}",
                title=f"{item_name}抽查结果（{plan.period}）",
                body=plan.body,
                body_label=name(plan.body),
                date=plan.result_date.isoformat(),
                category=plan.period,
                text=_text(
                    plan,
                    item_name,
                    name(plan.body),
                    exclude=("id", "body", "inspectors", "result_date", "published"),
                ),
            )
        )
    for c in getattr(site, "major_catalogue", []):
        docs.append(
            _doc(
                "major_criterion",
                url=f"/legal-review/#criterion-{c.id}",
                title=c.criterion,
                category=c.category,
                text=_text(c, exclude=("id", "min_fine")),
            )
        )
    for r in site.risk_items:
        docs.append(
            _doc(
                "risk_item",
                url=f"/risks/#risk-{r.id}",
                title=r.violation,
                category=f"{r.level_label}风险",
                text=_text(r, f"{r.level_label}风险", exclude=("id", "level")),
            )
        )
    for c in getattr(site, "channels", []):
        docs.append(
            _doc(
                "channel",
                url=f"/channels/#channel-{c.id}",
                title=c.name,
                text=_text(c, c.kind_label, exclude=("id", "kind", "link")),
            )
        )
    for d in site.decisions:
        meta = d.meta
        docs.append(
            _doc(
                "decision",
                url=f"/{d.url}",
                title=meta.title,
                body=meta.body,
                body_label=name(meta.body),
                date=meta.date.isoformat(),
                category=meta.type,
                decision_no=meta.decision_no,
                text="\n".join(
                    s
                    for s in (
                        meta.decision_no,
                        meta.type,
                        name(meta.body),
                        meta.party,
                        meta.legal_rep,
                        meta.credit_code,
                        meta.violation,
                        meta.penalty,
                        meta.basis,
                        meta.field,
                        meta.summary,
                        html_text(d.html),
                    )
                    if s
                ),
            )
        )
    for kind, items in (("notice", articles), ("page", pages)):
        for item in items:
            date = getattr(item, "date", None)
            docs.append(
                _doc(
                    kind,
                    url="/" + item.url,
                    title=item.title,
                    date=date.date().isoformat() if kind == "notice" and date else "",
                    text=html_text(item.content),
                )
            )
    return docs


def update(
    index_dir: Path,
    docs: Iterable[Document],
    cache_dir: Path | None = None,
    progress: bool = True,
    engine: str = DEFAULT,
) -> UpdateReport:
    analysis.configure(cache_dir)
    return sync(open_engine(engine, index_dir), docs, progress=progress)


class _Staging:
    """A forked process, started with the build, that loads the segmenter at once (0.6 s, in
    parallel with the build's reading), then syncs a copy of the index with the documents it is
    sent (:meth:`start`). :meth:`publish` waits for it and puts the copy in place;
    :meth:`discard` stops it and deletes the copy."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        context = multiprocessing.get_context("fork")
        self.receive, child_send = context.Pipe(duplex=False)
        child_receive, self.send = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_stage,
            args=(child_receive, child_send, engine),
            name="search-index",
            daemon=True,
        )
        self.process.start()
        child_send.close()
        child_receive.close()
        self.sender: threading.Thread | None = None

    def start(self, docs: list[Document]) -> None:
        """Hand the documents over; a thread writes them, so the build does not wait for the
        process to have loaded its dictionary."""
        data = pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL)

        def send() -> None:
            with contextlib.suppress(OSError):  # the process was stopped: the build failed
                self.send.send_bytes(data)
            self.send.close()

        self.sender = threading.Thread(target=send, name="search-index-send", daemon=True)
        self.sender.start()

    def _result(self) -> tuple[Path, UpdateReport]:
        try:
            ok, value = self.receive.recv()
        except EOFError:
            self.process.join()
            raise RuntimeError(
                f"the search index process ended without a result (exit {self.process.exitcode})"
            ) from None
        self.process.join()
        if not ok:
            raise RuntimeError(f"building the search index failed:\n{value}")
        return value

    def publish(self) -> UpdateReport:
        staged, report = self._result()
        self.engine.publish(staged)
        return report

    def discard(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        if self.sender is not None:
            self.sender.join()
        else:
            self.send.close()
        self.receive.close()
        self.engine.discard(self.process.pid)


def _stage(receive: Any, send: Any, engine: Any) -> None:
    """In the forked process: load the segmenter, wait for the documents, stage the index,
    send (True, (file, report)) or (False, error)."""
    try:
        analysis.initialize()
        docs = pickle.loads(receive.recv_bytes())
        result: Any = (True, engine.stage(docs))
    except EOFError:  # the build ended before its documents were known
        return
    except BaseException:
        result = (False, traceback.format_exc())
    try:
        send.send(result)
    except (pickle.PicklingError, TypeError):
        send.send((False, repr(result[1])))
    send.close()


def _begin(pelican: Any) -> None:
    """initialized: start the index process now, so its dictionary is loaded when the pages'
    documents are known."""
    settings = pelican.settings
    directory = settings.get("SEARCH_INDEX_DIR")
    if not directory or "fork" not in multiprocessing.get_all_start_methods():
        return
    engine = open_engine(settings.get("SEARCH_ENGINE") or DEFAULT, Path(directory))
    if not hasattr(engine, "stage"):
        return
    cache = settings.get("CACHE_PATH")
    analysis.configure(Path(cache) if cache else None)
    close(settings)  # a staging left by an earlier run with the same settings
    _pending[id(settings)] = _Staging(engine)


def _collect(generators: list[Any]) -> None:
    """all_generators_finalized: every page's document is known; stage the index with them."""
    context = generators[0].context
    site = context.get("site")
    settings = generators[0].settings
    if site is None or not settings.get("SEARCH_INDEX_DIR"):
        return
    docs = documents(site, context.get("articles", []), context.get("pages", []))
    staging = _pending.get(id(settings))
    if isinstance(staging, _Staging):
        staging.start(docs)
    else:
        cache = settings.get("CACHE_PATH")
        analysis.configure(Path(cache) if cache else None)
        _pending[id(settings)] = docs


def _index(output: Path, site: Any = None) -> None:
    """site_written receiver, after the leak scan: the index never holds what failed it."""
    if site is None:
        return
    pending = _pending.pop(id(site.settings), None)
    if pending is None:
        return
    if isinstance(pending, _Staging):
        pending.publish()
        return
    cache = site.settings.get("CACHE_PATH")
    engine = site.settings.get("SEARCH_ENGINE") or DEFAULT
    directory = site.settings["SEARCH_INDEX_DIR"]
    update(Path(directory), pending, Path(cache) if cache else None, engine=engine)


def close(settings: Any = None) -> None:
    """After a build, failed ones included: stop any staging and delete its copy (of the
    build with these settings, or of every build)."""
    for key in [id(settings)] if settings is not None else list(_pending):
        pending = _pending.pop(key, None)
        if isinstance(pending, _Staging):
            pending.discard()


def register() -> None:
    """Connect after the leak scan (``plugins.site.register``)."""
    signals.initialized.connect(_begin)
    signals.all_generators_finalized.connect(_collect)
    signals_ours.site_written.connect(_index)
