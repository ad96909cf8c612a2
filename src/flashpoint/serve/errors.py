"""One JSON shape for every error the HTTP API returns (400, 403, 404, 405, 422, 500, 503)::

    {"error": {"code": "invalid_parameter", "message": "since: not a date (YYYY-MM-DD): '2018-13-01'",
               "field": "since"}}

``code`` is a stable machine-readable word, ``message`` is for people, ``field`` names the query
parameter or body field at fault (null when none). Nothing about the server's internals (paths,
tracebacks, SQL) is ever put in a 500 response.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, ModelError, StoreError, ValidationError

__all__ = ["ApiError", "ErrorBody", "ErrorDetail", "install_error_handlers", "error_response", "ERROR_RESPONSES"]

log = logging.getLogger("flashpoint.serve")

_STATUS_CODES = {400: "invalid_parameter", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
                 413: "too_large", 422: "invalid_body", 500: "internal_error", 503: "unavailable"}


class ErrorDetail(BaseModel):
    code: str
    message: str
    field: str | None = None


class ErrorBody(BaseModel):
    """The shape of every error response."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "a query parameter is invalid"},
    422: {"model": ErrorBody, "description": "the request body is invalid"},
    500: {"model": ErrorBody, "description": "server error"},
}


class ApiError(Exception):
    """An error to send as the shared JSON shape."""

    def __init__(self, status: int, message: str, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field
        self.code = code or _STATUS_CODES.get(status, "error")


def error_response(status: int, code: str, message: str, field: str | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "field": field}}, status_code=status)


def _is_branch(part: object) -> bool:
    """A location part naming a member of a union type (``ArticleIn``, ``list[ArticleIn]``), not a field."""
    return isinstance(part, str) and (part[:1].isupper() or "[" in part)


def _body_errors(errors: list[dict[str, Any]], raw: Any) -> list[dict[str, Any]]:
    """For a body typed as a union (one article, a list, or ``{"articles": [...]}``), the errors of the
    member that matches what was sent, their locations as ``articles.<i>.<field>``."""
    branches: dict[str, list[dict[str, Any]]] = {}
    for e in errors:
        loc = e.get("loc", ())
        if len(loc) > 1 and _is_branch(loc[1]):
            branches.setdefault(str(loc[1]), []).append(e)
    if not branches:
        return errors
    if isinstance(raw, list):
        pick = next((b for b in branches if b.startswith("list[")), next(iter(branches)))
    else:
        singles = [b for b in branches if not b.startswith("list[")] or list(branches)
        pick = min(singles, key=lambda b: sum(1 for e in branches[b] if e.get("type") == "missing"
                                               and len(e.get("loc", ())) == 3))
    out = []
    for e in branches[pick]:
        rest = [str(x) for x in e["loc"][2:]]
        if pick.startswith("list["):
            rest = ["articles", *rest]
        elif not rest or rest[0] != "articles":
            rest = ["articles", "0", *rest]
        out.append({**e, "loc": ("body", *rest)})
    return out


def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = list(exc.errors())
    if errors and errors[0].get("loc", ("",))[0] == "body":
        errors = _body_errors(errors, exc.body)
    first = errors[0] if errors else {}
    loc = [str(x) for x in first.get("loc", ())]
    in_body = bool(loc) and loc[0] == "body"
    if first.get("type") == "json_invalid":
        return error_response(422, "invalid_body", "body: not valid JSON", None)
    field = (".".join(loc[1:]) or "body") if in_body else (loc[-1] if len(loc) > 1 else None)
    msg = str(first.get("msg", "invalid request"))
    if first.get("type") == "missing":
        msg = "required"
    message = f"{field}: {msg}" if field else msg
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return error_response(422 if in_body else 400, "invalid_body" if in_body else "invalid_parameter", message,
                          field)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error (ours, FastAPI's validation, Starlette's 404/405, anything unexpected) one shape."""

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.field)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _validation(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such resource: {request.url.path}"
        return error_response(exc.status_code, code, message)

    @app.exception_handler(ValidationError)
    async def _invalid_argument(request: Request, exc: ValidationError) -> JSONResponse:
        return error_response(400, "invalid_parameter", str(exc), exc.field)

    @app.exception_handler(ConfigError)
    async def _config(request: Request, exc: ConfigError) -> JSONResponse:
        return error_response(400, "invalid_parameter", str(exc))

    @app.exception_handler(ModelError)
    async def _model(request: Request, exc: ModelError) -> JSONResponse:
        log.error("coding model unavailable: %s", exc)
        return error_response(503, "model_unavailable", "the coding model could not be loaded on the server")

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error on %s: %s", request.url.path, exc)
        return error_response(500, "store_error", "the event store could not be read or written")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(500, "internal_error", "internal server error")
