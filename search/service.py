"""The search pages: ``GET /search`` in the site's theme, ``GET /api/search`` as JSON.

Both read the same parameters (``q``, ``type``, ``body``, ``year``, ``category``, ``sort``,
``page``) and answer a query a person should rephrase with a Chinese message (status 200 for an
empty query, 400 otherwise), an unbuilt index with 503, and never show a stack trace.
"""

from __future__ import annotations

import logging
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from core.settings import Settings
from search import analysis
from search.engine import FACETS, SearchEngine, SearchRequest, SearchResults
from search.engines import open_engine
from search.errors import SearchError
from search.query import parse

log = logging.getLogger("gongshi.search")

MAX_PAGE_PARAM = 1_000_000
FACET_LABELS = {"type": "类型", "body": "执法机构", "year": "年份", "category": "类别"}
BAD_PAGE = "页码应为正整数。"
BAD_SORT = "排序方式只能是“相关度”（relevance）或“日期”（date）。"
BAD_FILTER = "筛选条件不正确，请从页面上的链接选择。"
FAILED = "搜索出错了，请稍后再试。如需帮助请告知编号 {ref}。"
_YEAR = re.compile(r"^\d{4}$")


class Renderer(Protocol):
    """What the roof hands us to render pages in the site's theme (gongshi.theme)."""

    def render(
        self,
        template: str,
        *,
        title: str,
        page_url: str,
        crumbs: list[tuple[str, str]] | None = None,
        status_code: int = 200,
        **context: Any,
    ) -> Response: ...


@dataclass
class Params:
    q: str = ""
    filters: dict[str, str] = field(default_factory=dict)
    sort: Literal["relevance", "date"] = "relevance"
    page: int = 1

    def query_string(self, **changes: Any) -> str:
        """``/search?…`` for these parameters with ``changes`` (None removes one)."""
        values: dict[str, Any] = {"q": self.q, **self.filters, "sort": self.sort, "page": self.page}
        values.update(changes)
        if values.get("sort") == "relevance":
            values.pop("sort")
        if values.get("page") == 1:
            values.pop("page")
        return "/search?" + urlencode({k: v for k, v in values.items() if v not in (None, "")})


def read_params(request: Request) -> Params:
    """The parameters, checked; raises SearchError (400) naming what is wrong."""
    args = request.query_params
    params = Params(q=args.get("q", ""))
    for name in FACETS:
        value = args.get(name, "").strip()
        if not value:
            continue
        if len(value) > 60 or (name == "year" and not _YEAR.match(value)):
            raise SearchError(BAD_FILTER)
        params.filters[name] = value
    sort = args.get("sort", "relevance") or "relevance"
    if sort not in ("relevance", "date"):
        raise SearchError(BAD_SORT)
    params.sort = sort  # type: ignore[assignment]
    page = args.get("page", "1") or "1"
    if not page.isdigit() or not 1 <= int(page) <= MAX_PAGE_PARAM:
        raise SearchError(BAD_PAGE)
    params.page = int(page)
    return params


def _search(engine: SearchEngine, params: Params) -> SearchResults:
    request = SearchRequest(
        clauses=parse(params.q), filters=params.filters, sort=params.sort, page=params.page
    )
    return engine.query(request)


def _facet_links(params: Params, results: SearchResults) -> list[dict[str, Any]]:
    groups = []
    for name in FACETS:
        values = results.facets.get(name, [])
        current = params.filters.get(name)
        if not values and not current:
            continue
        options = [
            {
                "label": "全部",
                "href": params.query_string(**{name: None, "page": 1}),
                "count": None,
                "selected": current is None,
            }
        ]
        for v in values:
            options.append(
                {
                    "label": v.label,
                    "count": v.count,
                    "selected": v.value == current,
                    "href": params.query_string(**{name: v.value, "page": 1}),
                }
            )
        groups.append({"name": name, "label": FACET_LABELS[name], "options": options})
    return groups


def _pages(params: Params, results: SearchResults) -> list[tuple[int, str]]:
    last = results.pages
    numbers = sorted({1, last, *range(max(1, params.page - 2), min(last, params.page + 2) + 1)})
    return [(n, params.query_string(page=n)) for n in numbers if n <= last]


def routes(
    settings: Settings, renderer: Renderer, engine: SearchEngine | None = None
) -> list[BaseRoute]:
    """The search routes over ``settings.search_index_dir`` (opened read-only) with the engine
    named by ``settings.search_engine``."""
    engine = engine or open_engine(settings.search_engine, settings.search_index_dir, readonly=True)
    # jieba's dictionary takes a few seconds to load: start now, the first query waits for it.
    analysis.configure(settings.cache_dir)
    threading.Thread(target=analysis.initialize, name="jieba-init", daemon=True).start()

    def guarded(handler: Callable[[Request], Response]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            try:
                return await run_in_threadpool(handler, request)
            except Exception:  # never a stack trace on the public site: a reference instead
                ref = secrets.token_hex(4)
                log.exception("search failed (ref %s) for %s", ref, request.url.path)
                message = FAILED.format(ref=ref)
                if request.url.path.startswith("/api/"):
                    return JSONResponse({"error": message, "ref": ref}, status_code=500)
                return renderer.render(
                    "search.html",
                    title="搜索",
                    page_url="search",
                    status_code=500,
                    params=Params(),
                    error=message,
                )

        return endpoint

    def page(request: Request) -> Response:
        params = Params()
        try:
            params = read_params(request)
            results = _search(engine, params)
        except SearchError as exc:
            return renderer.render(
                "search.html",
                title="搜索" if not params.q else f"搜索：{params.q}",
                page_url="search",
                crumbs=[("搜索", "search")],
                status_code=exc.status,
                params=params,
                error=exc.message,
                empty=exc.status == 200,
            )
        beyond = params.page > results.pages
        return renderer.render(
            "search.html",
            title=f"搜索：{params.q}",
            page_url="search",
            crumbs=[("搜索", "search")],
            params=params,
            results=results,
            facets=_facet_links(params, results),
            pages=_pages(params, results),
            prev_page=params.query_string(page=params.page - 1) if params.page > 1 else None,
            next_page=(
                params.query_string(page=params.page + 1) if params.page < results.pages else None
            ),
            beyond=beyond,
            first_page=params.query_string(page=1),
            sort_links={s: params.query_string(sort=s, page=1) for s in ("relevance", "date")},
        )

    def api(request: Request) -> Response:
        try:
            params = read_params(request)
            results = _search(engine, params)
        except SearchError as exc:
            status = 400 if exc.status == 200 else exc.status
            return JSONResponse({"error": exc.message}, status_code=status)
        return JSONResponse(
            {
                "total": results.total,
                "page": results.page,
                "pages": results.pages,
                "results": [
                    {
                        "url": h.url,
                        "title": h.title,
                        "type": h.type,
                        "type_label": h.type_label,
                        "date": h.date,
                        "snippet": h.snippet,
                        "decision_no": h.decision_no,
                    }
                    for h in results.hits
                ],
                "facets": {
                    name: [{"value": v.value, "label": v.label, "count": v.count} for v in values]
                    for name, values in results.facets.items()
                },
            }
        )

    return [
        Route("/search", guarded(page), methods=["GET"], name="search"),
        Route("/api/search", guarded(api), methods=["GET"], name="search_api"),
    ]


_PATHS: dict[str, Any] = {
    "/api/search": {
        "get": {
            "summary": "全文搜索 (full-text search over every published page)",
            "description": (
                'Words separated by spaces must all match (AND); "quoted phrases" match as '
                "written. Chinese is segmented with jieba; a part of a word (占道) finds the "
                "whole (占道经营), and a decision number or its distinctive part (0012号) finds "
                "the decision."
            ),
            "parameters": [
                {
                    "name": "q",
                    "in": "query",
                    "required": True,
                    "schema": {"type": "string", "maxLength": 100},
                    "description": "the query",
                },
                {
                    "name": "type",
                    "in": "query",
                    "schema": {"type": "string"},
                    "description": "page type: decision, power_item, guide, flow, agency, officer, "
                    "inspection_item, risk_item, channel, notice, page",
                },
                {
                    "name": "body",
                    "in": "query",
                    "schema": {"type": "string"},
                    "description": "agency id (see /data/agencies.json)",
                },
                {
                    "name": "year",
                    "in": "query",
                    "schema": {"type": "string", "pattern": "^\\d{4}$"},
                },
                {
                    "name": "category",
                    "in": "query",
                    "schema": {"type": "string"},
                    "description": "decision type (行政处罚 …), power-list category, risk level",
                },
                {
                    "name": "sort",
                    "in": "query",
                    "schema": {
                        "type": "string",
                        "enum": ["relevance", "date"],
                        "default": "relevance",
                    },
                },
                {
                    "name": "page",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 1, "default": 1},
                    "description": "10 results a page; a page past the last is empty",
                },
            ],
            "responses": {
                "200": {
                    "description": "results",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/SearchResults"}
                        }
                    },
                },
                "400": {
                    "description": "empty, too long or malformed query; `error` says why (Chinese)",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                },
                "503": {
                    "description": "the search index has not been built",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                },
            },
        }
    }
}

_SCHEMAS: dict[str, Any] = {
    "SearchResults": {
        "type": "object",
        "required": ["total", "page", "results", "facets"],
        "properties": {
            "total": {"type": "integer", "description": "matching pages (after filters)"},
            "page": {"type": "integer"},
            "pages": {"type": "integer"},
            "results": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["url", "title", "type", "date", "snippet"],
                    "properties": {
                        "url": {"type": "string", "description": "path on this site"},
                        "title": {"type": "string"},
                        "type": {"type": "string"},
                        "type_label": {"type": "string"},
                        "date": {"type": "string", "description": "YYYY-MM-DD, or empty"},
                        "snippet": {
                            "type": "string",
                            "description": "HTML-escaped text with matches in <mark>",
                        },
                        "decision_no": {"type": "string"},
                    },
                },
            },
            "facets": {
                "type": "object",
                "description": "type, body, year, category → values",
                "additionalProperties": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "value": {"type": "string"},
                            "label": {"type": "string"},
                            "count": {"type": "integer"},
                        },
                    },
                },
            },
        },
    },
    "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
}

OPENAPI: dict[str, Any] = {"paths": _PATHS, "components": {"schemas": _SCHEMAS}}
"""This package's part of the service's OpenAPI document (assembled by gongshi.openapi)."""
