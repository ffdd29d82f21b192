"""The webhook Meta calls: GET verification handshake, POST signed events."""

import hmac
import logging
from collections.abc import Awaitable, Callable

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import PlainTextResponse
from opentelemetry import trace
from opentelemetry.propagate import extract
from pydantic import ValidationError

from confia.ingress.domain import (
    CustomerMessage,
    WebhookPayload,
    customer_messages,
    signature_is_valid,
)
from confia.ingress.settings import IngressSettings

logger = logging.getLogger("confia.ingress.webhook")
tracer = trace.get_tracer("confia.ingress.webhook")

Accept = Callable[[CustomerMessage], Awaitable[None]]


class _BodyTooLargeError(Exception):
    pass


def webhook_router(settings: IngressSettings, accept: Accept) -> APIRouter:
    router = APIRouter()
    app_secrets = settings.app_secret_list()
    verify_token = settings.verify_token.get_secret_value()

    @router.get("/webhook")
    async def verify(
        mode: str = Query(default="", alias="hub.mode"),
        token: str = Query(default="", alias="hub.verify_token"),
        challenge: str = Query(default="", alias="hub.challenge"),
    ) -> Response:
        if mode == "subscribe" and hmac.compare_digest(token.encode(), verify_token.encode()):
            return PlainTextResponse(challenge)
        return PlainTextResponse("forbidden", status_code=403)

    @router.post("/webhook")
    async def receive(request: Request) -> Response:
        with tracer.start_as_current_span(
            "POST /webhook",
            context=extract(request.headers),
            kind=trace.SpanKind.SERVER,
            attributes={"http.request.method": "POST", "http.route": "/webhook"},
        ) as span:
            response = await _receive(request, settings, app_secrets, accept)
            span.set_attribute("http.response.status_code", response.status_code)
            return response

    return router


async def _receive(
    request: Request, settings: IngressSettings, app_secrets: list[bytes], accept: Accept
) -> Response:
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("application/json"):
        return _problem(415, "content type must be application/json")
    try:
        raw = await _read_limited(request, settings.max_body_bytes)
    except _BodyTooLargeError:
        return _problem(413, f"body larger than {settings.max_body_bytes} bytes")
    signature = request.headers.get("x-hub-signature-256")
    if not signature:
        return _problem(401, "missing X-Hub-Signature-256")
    if not signature_is_valid(raw, signature, app_secrets):
        logger.warning("webhook signature mismatch")
        return _problem(403, "invalid signature")
    try:
        payload = WebhookPayload.model_validate_json(raw)
    except ValidationError:
        return _problem(400, "body is not a WhatsApp Business webhook payload")
    messages = customer_messages(payload)
    trace.get_current_span().set_attribute("confia.webhook.messages", len(messages))
    try:
        for message in messages:
            await accept(message)
    except Exception:
        # Not stored durably: 5xx makes Meta retry; a 200 would lose the message.
        logger.exception("could not publish webhook messages; asking Meta to retry")
        return _problem(503, "temporarily unable to accept events")
    return PlainTextResponse("EVENT_RECEIVED")


async def _read_limited(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _BodyTooLargeError
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise _BodyTooLargeError
    return bytes(body)


def _problem(status: int, detail: str) -> Response:
    return PlainTextResponse(detail, status_code=status)
