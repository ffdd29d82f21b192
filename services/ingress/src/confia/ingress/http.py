"""The webhook Meta calls: GET verification handshake, POST signed events."""

import asyncio
import hmac
import logging

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import PlainTextResponse
from opentelemetry import trace
from pydantic import ValidationError
from starlette.types import ASGIApp, Receive, Scope, Send

from confia.crypto import pseudonym
from confia.ingress.domain import signature_is_valid
from confia.ingress.handlers import SYSTEM_SUBJECT, Ingress, report_signature_failure
from confia.ingress.intake import WebhookIntake
from confia.ingress.payload import (
    CustomerPart,
    WebhookPayload,
    split_by_customer,
)
from confia.ingress.settings import IngressSettings

logger = logging.getLogger("confia.ingress.webhook")

_TEXT: dict[str, object] = {"content": {"text/plain": {}}}
_POST_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {"description": "The webhook is durably on Kafka (acks=all).", **_TEXT},
    400: {"description": "Not JSON, or not a WhatsApp Business webhook payload.", **_TEXT},
    401: {"description": "No X-Hub-Signature-256 header.", **_TEXT},
    403: {"description": "The signature does not match any app secret.", **_TEXT},
    413: {"description": "Body larger than CONFIA_MAX_BODY_BYTES (4 MiB).", **_TEXT},
    415: {"description": "Content type is not application/json.", **_TEXT},
    503: {"description": "Kafka did not acknowledge: Meta should retry.", **_TEXT},
}


class _BodyTooLargeError(Exception):
    pass


def webhook_router(settings: IngressSettings, ingress: Ingress, intake: WebhookIntake) -> APIRouter:
    router = APIRouter(tags=["WhatsApp webhook"])
    app_secrets = settings.app_secret_list()
    verify_token = settings.verify_token.get_secret_value()

    @router.get(
        "/webhook",
        summary="Verification handshake",
        response_class=PlainTextResponse,
        responses={403: {"description": "Wrong mode or verify token.", **_TEXT}},
    )
    async def verify(
        mode: str = Query(default="", alias="hub.mode"),
        token: str = Query(default="", alias="hub.verify_token"),
        challenge: str = Query(default="", alias="hub.challenge"),
    ) -> Response:
        """Echo `hub.challenge` when `hub.verify_token` is the configured token."""
        if mode == "subscribe" and hmac.compare_digest(token.encode(), verify_token.encode()):
            return PlainTextResponse(challenge)
        return PlainTextResponse("forbidden", status_code=403)

    @router.post(
        "/webhook",
        summary="Signed WhatsApp events",
        response_class=PlainTextResponse,
        responses=_POST_RESPONSES,
    )
    async def receive(request: Request) -> Response:
        """Customer messages and delivery statuses, signed with X-Hub-Signature-256."""
        # What the OpenAPI document shows; a service serves it as a hot route (webhook_post).
        return await _receive(request, settings, app_secrets, ingress, intake)

    return router


def webhook_post(settings: IngressSettings, ingress: Ingress, intake: WebhookIntake) -> ASGIApp:
    """`POST /webhook` as a plain ASGI app: the service's hot route (ADR 15).

    The same handling as the router's route, without FastAPI's routing and dependency
    solving on the way in; the runtime's server span, which starts the message's trace,
    is around it.
    """
    app_secrets = settings.app_secret_list()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        response = await _receive(Request(scope, receive), settings, app_secrets, ingress, intake)
        await response(scope, receive, send)

    return app


async def _receive(
    request: Request,
    settings: IngressSettings,
    app_secrets: list[bytes],
    ingress: Ingress,
    intake: WebhookIntake,
) -> Response:
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("application/json"):
        return _problem(415, "content type must be application/json")
    try:
        raw = await _read_limited(request, settings.max_body_bytes)
    except _BodyTooLargeError:
        return _problem(413, f"body larger than {settings.max_body_bytes} bytes")
    peer = request.client.host if request.client else None
    signature = request.headers.get("x-hub-signature-256")
    if not signature:
        await report_signature_failure(ingress, "missing", peer)
        return _problem(401, "missing X-Hub-Signature-256")
    if not signature_is_valid(raw, signature, app_secrets):
        logger.warning("webhook signature mismatch")
        await report_signature_failure(ingress, "invalid", peer)
        return _problem(403, "invalid signature")
    try:
        payload = WebhookPayload.model_validate_json(raw)
    except ValidationError:
        return _problem(400, "body is not a WhatsApp Business webhook payload")
    parts = split_by_customer(payload)
    # Counted from the parts: reading every item fully happens once, behind the 200.
    values = [change.value for part in parts for e in part.payload.entry for change in e.changes]
    span = trace.get_current_span()
    span.set_attribute("confia.webhook.messages", sum(len(v.messages) for v in values))
    span.set_attribute("confia.webhook.statuses", sum(len(v.statuses) for v in values))
    try:
        await _write_parts(intake, ingress, raw, parts)
    except Exception:
        # Not stored durably: 5xx makes Meta retry; a 200 would lose the events.
        logger.exception("could not write the webhook to Kafka; asking Meta to retry")
        return _problem(503, "temporarily unable to accept events")
    return PlainTextResponse("EVENT_RECEIVED")


async def _write_parts(
    intake: WebhookIntake, ingress: Ingress, raw: bytes, parts: list[CustomerPart]
) -> None:
    """One record per customer, keyed by them: their webhooks stay in order.

    A POST of one customer's (the usual case) is written as Meta sent it: nothing to
    re-encode or schedule on the hot path, and it keeps what splitting would drop (unknown
    fields, a contact without messages). A POST of several customers' is written as each
    part re-encoded. Sealed in the log either way, and read by the same lenient parser.
    """
    if len(parts) == 1:
        await intake.write(raw, _key(ingress, parts[0]))
        return
    await asyncio.gather(
        *(
            intake.write(part.payload.model_dump_json().encode(), _key(ingress, part))
            for part in parts
        )
    )


def _key(ingress: Ingress, part: CustomerPart) -> str:
    """The customer's subject if this process knows it, else their identity's pseudonym.

    Links never move, so every replica that knows the subject keys alike; a customer known
    so far by phone keeps that key when the BSUID appears (the subject stays the phone's).
    """
    if part.identity is None:
        return SYSTEM_SUBJECT
    identity_key = pseudonym(ingress.pseudonym_key, part.identity)
    return ingress.subjects.get(identity_key) or identity_key


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
