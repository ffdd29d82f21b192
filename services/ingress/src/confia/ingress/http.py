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
    WebhookPayload,
    WebhookRoute,
    one_customers_post,
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


class _ClientGoneError(Exception):
    """The caller disconnected before its body arrived."""


def webhook_router(settings: IngressSettings, ingress: Ingress, intake: WebhookIntake) -> APIRouter:
    router = APIRouter(tags=["WhatsApp webhook"])
    accept = _Acceptor(settings, settings.app_secret_list(), ingress, intake)
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
        answer = await accept(request.scope, request.receive)
        status, text = answer or (400, "the body did not arrive")  # the caller left
        return PlainTextResponse(text, status_code=status)

    return router


def webhook_post(settings: IngressSettings, ingress: Ingress, intake: WebhookIntake) -> ASGIApp:
    """`POST /webhook` as a plain ASGI app: the service's hot route (ADR 15).

    The same handling as the router's route, on the ASGI messages themselves: no routing,
    dependency solving, request or response objects on the way; the runtime's server span,
    which starts the message's trace, is around it.
    """
    accept = _Acceptor(settings, settings.app_secret_list(), ingress, intake)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        answer = await accept(scope, receive)
        if answer is None:  # the caller left: a server may refuse a send now
            return
        status, text = answer
        body = text.encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return app


class _Acceptor:
    """One webhook POST, from its ASGI scope and body to (status, text): verified, parsed,
    written to ingress's log, or refused with a reason that reveals nothing; None when the
    caller left before its body arrived."""

    def __init__(
        self,
        settings: IngressSettings,
        app_secrets: list[bytes],
        ingress: Ingress,
        intake: WebhookIntake,
    ) -> None:
        self._max_body_bytes = settings.max_body_bytes
        self._app_secrets = app_secrets
        self._ingress = ingress
        self._intake = intake

    async def __call__(self, scope: Scope, receive: Receive) -> tuple[int, str] | None:
        headers = _RequestHeaders(scope["headers"])
        if not headers.content_type.lower().startswith("application/json"):
            return 415, "content type must be application/json"
        try:
            raw = await _read_limited(receive, headers.content_length, self._max_body_bytes)
        except _BodyTooLargeError:
            return 413, f"body larger than {self._max_body_bytes} bytes"
        except _ClientGoneError:
            return None
        client = scope.get("client")
        peer = client[0] if client else None
        if not headers.signature:
            await report_signature_failure(self._ingress, "missing", peer)
            return 401, "missing X-Hub-Signature-256"
        if not signature_is_valid(raw, headers.signature, self._app_secrets):
            logger.warning("webhook signature mismatch")
            await report_signature_failure(self._ingress, "invalid", peer)
            return 403, "invalid signature"
        try:
            records = self._records(raw, WebhookRoute.model_validate_json(raw))
        except ValidationError:
            return 400, "body is not a WhatsApp Business webhook payload"
        try:
            await self._write_all(records)
        except Exception:
            # Not stored durably: 5xx makes Meta retry; a 200 would lose the events.
            logger.exception("could not write the webhook to Kafka; asking Meta to retry")
            return 503, "temporarily unable to accept events"
        return 200, "EVENT_RECEIVED"

    async def _write_all(self, records: list[tuple[bytes, str]]) -> None:
        if len(records) == 1:  # the usual POST: no task to schedule
            await self._intake.write(*records[0])
            return
        await asyncio.gather(*(self._intake.write(body, key) for body, key in records))

    def _records(self, raw: bytes, route: WebhookRoute) -> list[tuple[bytes, str]]:
        """(body, key) of each record to write: one per customer, keyed by them, so their
        webhooks stay in order.

        A POST of one customer's (the usual case) is written as Meta sent it: nothing to
        re-encode on the hot path, and it keeps what splitting would drop (unknown fields).
        Any other is written as its parts, each re-encoded (written concurrently). Sealed in
        the log either way, and read by the same lenient parser.
        """
        one = one_customers_post(route)
        if one is not None:
            _count_items(one.messages, one.statuses)
            return [(raw, _key(self._ingress, one.identity))]
        # The route read it, so this reads it too (property-tested); were they ever to
        # differ, the error is a 400 here, never logged with the body's values in it.
        parts = split_by_customer(WebhookPayload.model_validate_json(raw))
        values = [c.value for part in parts for entry in part.payload.entry for c in entry.changes]
        _count_items(sum(len(v.messages) for v in values), sum(len(v.statuses) for v in values))
        return [
            (part.payload.model_dump_json().encode(), _key(self._ingress, part.identity))
            for part in parts
        ]


def _count_items(messages: int, statuses: int) -> None:
    """What the POST holds, on the request's span (counted, never read: reading every item
    fully happens once, behind the 200)."""
    span = trace.get_current_span()
    span.set_attribute("confia.webhook.messages", messages)
    span.set_attribute("confia.webhook.statuses", statuses)


class _RequestHeaders:
    """The three request headers the webhook reads, in one pass over the ASGI headers (the
    first of each name counts, as with Starlette's)."""

    __slots__ = ("content_length", "content_type", "signature")

    def __init__(self, raw_headers: list[tuple[bytes, bytes]]) -> None:
        found: dict[bytes, bytes] = {}
        for name, value in raw_headers:
            if name in _READ_HEADERS and name not in found:
                found[name] = value
        self.content_type = found.get(b"content-type", b"").decode("latin-1")
        declared = found.get(b"content-length", b"")
        self.content_length = int(declared) if declared.isdigit() else None
        self.signature = found.get(b"x-hub-signature-256", b"").decode("latin-1")


_READ_HEADERS = frozenset((b"content-type", b"content-length", b"x-hub-signature-256"))


def _key(ingress: Ingress, identity: str | None) -> str:
    """The customer's subject if this process knows it, else their identity's pseudonym.

    Links never move, so every replica that knows the subject keys alike; a customer known
    so far by phone keeps that key when the BSUID appears (the subject stays the phone's).
    """
    if identity is None:
        return SYSTEM_SUBJECT
    identity_key = pseudonym(ingress.pseudonym_key, identity)
    return ingress.subjects.get(identity_key) or identity_key


async def _read_limited(receive: Receive, declared: int | None, limit: int) -> bytes:
    if declared is not None and declared > limit:
        raise _BodyTooLargeError
    message = await receive()
    if message["type"] == "http.request" and not message.get("more_body", False):
        body: bytes = message.get("body", b"")  # the usual webhook: one message, no copy
        if len(body) > limit:
            raise _BodyTooLargeError
        return body
    chunks = bytearray()
    while True:
        if message["type"] != "http.request":  # http.disconnect
            raise _ClientGoneError
        chunks.extend(message.get("body", b""))
        if len(chunks) > limit:
            raise _BodyTooLargeError
        if not message.get("more_body", False):
            return bytes(chunks)
        message = await receive()
