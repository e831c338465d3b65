"""The OpenAPI document of the service's JSON API (``/api/openapi.json``).

Each package keeps its own part next to its routes (``search.service.OPENAPI``: paths and
component schemas); the roof merges them here.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "gongshi 行政执法公示 API",
        "version": "1",
        "description": "JSON endpoints of the enforcement-disclosure service. The published "
        "lists themselves are open data under /data/ (CSV and JSON).",
    },
    "paths": {},
    "components": {"schemas": {}},
}


def document(parts: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """BASE with every part's paths and schemas; a name defined twice is a mistake."""
    doc = copy.deepcopy(BASE)
    for part in parts:
        for key, target in (("paths", doc["paths"]), ("schemas", doc["components"]["schemas"])):
            source = part.get(key) if key == "paths" else part.get("components", {}).get(key, {})
            for name, value in (source or {}).items():
                if name in target:
                    raise ValueError(f"OpenAPI {key} {name!r} defined twice")
                target[name] = value
    return doc


def route(parts: Iterable[Mapping[str, Any]]) -> Route:
    doc = document(parts)

    async def openapi_json(request: Request) -> JSONResponse:
        return JSONResponse(doc)

    return Route("/api/openapi.json", openapi_json, methods=["GET"], name="openapi")
