"""The JSON API and Open311 GeoReport v2 endpoints of the intake service.

Neither uses cookies, so there is no ambient authority for a cross-site request to abuse: no
CSRF token is needed; submissions and look-ups are rate-limited per client like the forms.
Open311 ``GET requests/{id}.json`` returns public-safe fields only (DESIGN §5).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from core.security import BodyLimit, keyed_hash, same
from intake import IntakeError
from intake.store import KINDS, STATUSES, ComplaintForm
from intake.web import Intake, log

JSON_LIMIT = 64 * 1024
CLOSED = ("not_accepted", "closed")
FIELDS = ("kind", "what", "place", "occurred_on", "name", "phone", "page_url")


def error(status: int, code: str, message: str, field: str | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": code, "message": message}
    if field:
        body["field"] = field
    return JSONResponse(body, status_code=status)


def guarded(handler: Any) -> Any:
    """Bind to the Intake; an unexpected error becomes a JSON 500 with a reference, logged."""

    def bind(intake: Intake) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(intake, request)
            except IntakeError as exc:
                return error(400, "invalid", exc.message, exc.field)
            except Exception:
                import secrets

                ref = secrets.token_hex(4).upper()
                log.exception("api error ref=%s path=%s", ref, request.url.path)
                return error(500, "internal", f"系统错误，参考号 {ref}")

        return endpoint

    return bind


async def _json_object(request: Request) -> dict[str, Any] | JSONResponse:
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        return error(415, "unsupported_media_type", "请以 application/json 提交")
    try:
        data = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        return error(400, "invalid_json", "请求体不是有效的 JSON")
    if not isinstance(data, dict):
        return error(400, "invalid_json", "请求体应为 JSON 对象")
    return data


def _text(data: dict[str, Any], name: str) -> str | JSONResponse:
    value = data.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        return error(400, "invalid", f"{name} 应为字符串", name)
    return value[:6000]


@guarded
async def create_complaint(intake: Intake, request: Request) -> Response:
    data = await _json_object(request)
    if isinstance(data, JSONResponse):
        return data
    values: dict[str, str] = {}
    for name in FIELDS:
        value = _text(data, name)
        if isinstance(value, JSONResponse):
            return value
        values[name] = value
    form = ComplaintForm(**values)
    problems = form.check()
    if problems:
        name = next(iter(problems))
        return error(400, "invalid", problems[name], name)
    receipt = await intake.store.create_case_async(
        form, (), "api", admit=intake.admission(request, "submit")
    )
    if receipt is None:
        return error(429, "rate_limited", "操作过于频繁，请稍后再试", None)
    log.info("case %s received (api)", receipt.case_no)
    return JSONResponse(
        {"case_no": receipt.case_no, "receipt_code": receipt.code, "status": "received"},
        status_code=201,
        headers={"cache-control": "no-store"},
    )


def public_case(intake: Intake, case: dict, events: list[dict]) -> dict[str, Any]:
    return {
        "case_no": case["case_no"],
        "kind": case["kind"],
        "status": case["status"],
        "status_label": STATUSES[case["status"]],
        "created_at": case["created_at"],
        "updated_at": case["updated_at"],
        "history": [
            {
                "at": e["at"],
                "action": e["action"],
                "status": e["status"] or None,
                "text": e["text"] or None,
            }
            for e in events
        ],
    }


@guarded
async def complaint_status(intake: Intake, request: Request) -> Response:
    data = await _json_object(request)
    if isinstance(data, JSONResponse):
        return data
    code = _text(data, "receipt_code")
    if isinstance(code, JSONResponse):
        return code
    if not await intake.allowed(request, "status"):
        return error(429, "rate_limited", "操作过于频繁，请稍后再试")
    case = await run_in_threadpool(intake.store.case_by_receipt, code[:64])
    if case is None:
        return error(404, "not_found", "回执码不正确；回执码遗失后无法找回")
    events = await run_in_threadpool(intake.store.events, "case", case["id"], True)
    return JSONResponse(public_case(intake, case, events), headers={"cache-control": "no-store"})


@guarded
async def statistics(intake: Intake, request: Request) -> Response:
    raw = request.query_params.get("year", "")
    year = int(raw) if raw.isascii() and raw.isdigit() and 2000 <= int(raw) <= 2100 else None
    if raw and year is None:
        return error(400, "invalid", "year 应为四位年份", "year")
    stats = await run_in_threadpool(intake.store.statistics, year)
    stats["kinds"] = KINDS
    return JSONResponse(stats)


# -- Open311 GeoReport v2 -------------------------------------------------------------------
def services() -> list[dict[str, Any]]:
    return [
        {
            "service_code": code,
            "service_name": name,
            "description": name,
            "metadata": False,
            "type": "realtime",
            "keywords": "",
            "group": "投诉举报",
        }
        for code, name in KINDS.items()
    ]


@guarded
async def open311_services(intake: Intake, request: Request) -> Response:
    return JSONResponse(services())


def _partner(intake: Intake, api_key: str) -> str | None:
    """The partner name for a configured key ("name:key,…"), "" for no key, None if unknown."""
    if not api_key:
        return ""
    for entry in intake.settings.open311_api_keys.split(","):
        name, _, key = entry.strip().partition(":")
        if key and same(
            keyed_hash(intake.settings.secret_key, "api", key),
            keyed_hash(intake.settings.secret_key, "api", api_key),
        ):
            return name
    return None


@guarded
async def open311_create(intake: Intake, request: Request) -> Response:
    try:
        form = await request.form(max_files=0, max_fields=40)
    except Exception:  # noqa: BLE001 - malformed body
        return JSONResponse([{"code": 400, "description": "malformed request"}], status_code=400)
    get = lambda name: str(form.get(name, ""))[:6000]  # noqa: E731
    partner = _partner(intake, get("api_key"))
    if partner is None:
        return JSONResponse([{"code": 403, "description": "unknown api_key"}], status_code=403)
    if get("service_code") not in KINDS:
        return JSONResponse([{"code": 404, "description": "unknown service_code"}], status_code=404)
    lat, lon = get("lat"), get("long")
    try:
        if (lat or lon) and not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
            raise ValueError
    except ValueError:
        return JSONResponse([{"code": 400, "description": "invalid lat/long"}], status_code=400)
    name = (get("last_name") + get("first_name")).strip()
    complaint = ComplaintForm(
        kind=get("service_code"),
        what=get("description"),
        place=get("address_string"),
        name=name[:50],
        phone=get("phone"),
        page_url=get("attribute[page_url]"),
        lat=lat[:20],
        lon=lon[:20],
    )
    problems = complaint.check()
    if problems:
        field = next(iter(problems))
        return JSONResponse(
            [{"code": 400, "description": f"{field}: {problems[field]}"}], status_code=400
        )
    source = f"open311:{partner}" if partner else "open311"
    admit = None if partner else intake.admission(request, "submit")
    receipt = await intake.store.create_case_async(complaint, (), source, admit=admit)
    if receipt is None:
        return JSONResponse([{"code": 429, "description": "rate limited"}], status_code=429)
    log.info("case %s received (%s)", receipt.case_no, source)
    return JSONResponse(
        [
            {
                "service_request_id": receipt.case_no,
                "service_notice": "已收到。请保存回执码，凭回执码在网站查询办理进度与答复。",
                "account_id": None,
                "receipt_code": receipt.code,
            }
        ],
        status_code=201,
        headers={"cache-control": "no-store"},
    )


def _iso(value: str) -> str:
    return dt.datetime.fromisoformat(value).isoformat() if value else ""


@guarded
async def open311_request(intake: Intake, request: Request) -> Response:
    case = await run_in_threadpool(intake.store.case, request.path_params["request_id"])
    if case is None:
        return JSONResponse([{"code": 404, "description": "not found"}], status_code=404)
    return JSONResponse(
        [
            {
                "service_request_id": case["case_no"],
                "service_code": case["kind"],
                "status": "closed" if case["status"] in CLOSED else "open",
                "status_notes": STATUSES[case["status"]],
                "requested_datetime": _iso(case["created_at"]),
                "updated_datetime": _iso(case["updated_at"]),
            }
        ]
    )


def routes(intake: Intake, body_max: int) -> list[BaseRoute]:
    small = [Middleware(BodyLimit, max_bytes=JSON_LIMIT)]
    return [
        Route("/api/complaints", create_complaint(intake), methods=["POST"], middleware=small),
        Route(
            "/api/complaints/status", complaint_status(intake), methods=["POST"], middleware=small
        ),
        Route("/api/complaints/statistics", statistics(intake), methods=["GET"]),
        Route("/open311/v2/services.json", open311_services(intake), methods=["GET"]),
        Route(
            "/open311/v2/requests.json", open311_create(intake), methods=["POST"], middleware=small
        ),
        Route(
            "/open311/v2/requests/{request_id:str}.json", open311_request(intake), methods=["GET"]
        ),
    ]


_CASE_INPUT = {
    "type": "object",
    "required": ["kind", "what"],
    "properties": {
        "kind": {"type": "string", "enum": list(KINDS)},
        "what": {"type": "string", "minLength": 5, "maxLength": 5000},
        "place": {"type": "string", "maxLength": 200},
        "occurred_on": {"type": "string", "format": "date"},
        "name": {"type": "string", "maxLength": 50},
        "phone": {"type": "string", "maxLength": 20},
        "page_url": {
            "type": "string",
            "maxLength": 500,
            "description": "required for kinds correction and personal_data",
        },
    },
}
_ERROR = {
    "type": "object",
    "properties": {
        "error": {"type": "string"},
        "message": {"type": "string"},
        "field": {"type": "string"},
    },
}
_ERR = {
    "description": "refused",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IntakeError"}}},
}
_OPEN311_ERR = {
    "description": "GeoReport v2 error list",
    "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}},
}

OPENAPI: dict[str, Any] = {
    "paths": {
        "/api/complaints": {
            "post": {
                "summary": "File a complaint; the receipt code is returned once",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ComplaintInput"}
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "stored",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "case_no": {"type": "string"},
                                        "receipt_code": {"type": "string"},
                                        "status": {"type": "string"},
                                    },
                                }
                            }
                        },
                    },
                    "400": _ERR,
                    "413": {"description": "body too large"},
                    "415": _ERR,
                    "429": _ERR,
                },
            }
        },
        "/api/complaints/status": {
            "post": {
                "summary": "A case's status and public history, opened by its receipt code",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["receipt_code"],
                                "properties": {"receipt_code": {"type": "string"}},
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "the case",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/CaseStatus"}
                            }
                        },
                    },
                    "400": _ERR,
                    "404": _ERR,
                    "415": _ERR,
                    "429": _ERR,
                },
            }
        },
        "/api/complaints/statistics": {
            "get": {
                "summary": "Aggregates only: counts per month and kind, median answer time, "
                "satisfaction rate",
                "parameters": [
                    {
                        "name": "year",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "integer", "minimum": 2000, "maximum": 2100},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "statistics",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    },
                    "400": _ERR,
                },
            }
        },
        "/open311/v2/services.json": {
            "get": {
                "summary": "Open311 GeoReport v2 service list (one service per complaint kind)",
                "responses": {
                    "200": {
                        "description": "services",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"type": "object"}}
                            }
                        },
                    }
                },
            }
        },
        "/open311/v2/requests.json": {
            "post": {
                "summary": "Open311 GeoReport v2: create a service request",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["service_code", "description"],
                                "properties": {
                                    "api_key": {"type": "string"},
                                    "service_code": {"type": "string", "enum": list(KINDS)},
                                    "description": {"type": "string"},
                                    "address_string": {"type": "string"},
                                    "lat": {"type": "number"},
                                    "long": {"type": "number"},
                                    "first_name": {"type": "string"},
                                    "last_name": {"type": "string"},
                                    "phone": {"type": "string"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "created",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"type": "object"}}
                            }
                        },
                    },
                    "400": _OPEN311_ERR,
                    "403": _OPEN311_ERR,
                    "404": _OPEN311_ERR,
                    "429": _OPEN311_ERR,
                },
            }
        },
        "/open311/v2/requests/{request_id}.json": {
            "get": {
                "summary": "Open311 GeoReport v2: public-safe status of one request",
                "parameters": [
                    {
                        "name": "request_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "a one-element list",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Open311Request"},
                                }
                            }
                        },
                    },
                    "404": _OPEN311_ERR,
                },
            }
        },
    },
    "components": {
        "schemas": {
            "ComplaintInput": _CASE_INPUT,
            "IntakeError": _ERROR,
            "CaseStatus": {
                "type": "object",
                "properties": {
                    "case_no": {"type": "string"},
                    "kind": {"type": "string"},
                    "status": {"type": "string", "enum": list(STATUSES)},
                    "status_label": {"type": "string"},
                    "created_at": {"type": "string"},
                    "updated_at": {"type": "string"},
                    "history": {"type": "array", "items": {"type": "object"}},
                },
            },
            "Open311Request": {
                "type": "object",
                "properties": {
                    "service_request_id": {"type": "string"},
                    "service_code": {"type": "string"},
                    "status": {"type": "string", "enum": ["open", "closed"]},
                    "status_notes": {"type": "string"},
                    "requested_datetime": {"type": "string"},
                    "updated_datetime": {"type": "string"},
                },
            },
        }
    },
}
"""This package's part of ``/api/openapi.json`` (assembled by ``gongshi.openapi``)."""
