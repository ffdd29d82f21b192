"""The WhatsApp Cloud API's send endpoint: a pooled httpx client, paced per phone number."""

import asyncio
import time
from dataclasses import dataclass
from typing import Any

import httpx
from opentelemetry import trace
from opentelemetry.propagate import inject

from confia.events.schemas import ReplyButton

tracer = trace.get_tracer("confia.ingress.graph")


class GraphApiError(Exception):
    """The Graph API refused a send. The message carries codes only, never content."""

    def __init__(self, status: int, code: int | None, retry_after: float | None = None) -> None:
        super().__init__(f"Graph API answered {status} (error code {code})")
        self.status = status
        self.code = code
        self.retry_after = retry_after


@dataclass(frozen=True)
class TemplateMessage:
    name: str
    language: str
    body_parameters: list[str]


@dataclass(frozen=True)
class OutgoingWhatsApp:
    business_number_id: str
    phone: str | None
    bsuid: str | None
    text: str | None
    buttons: list[ReplyButton]
    template: TemplateMessage | None
    callback_data: str  # echoed by Meta in status webhooks: our outbound id


class Throughput:
    """Spaces sends per phone number id to at most `per_second` (WhatsApp's default is 80)."""

    def __init__(self, per_second: float) -> None:
        self._interval = 1.0 / per_second
        self._next_slot: dict[str, float] = {}

    async def wait_turn(self, phone_number_id: str) -> None:
        now = time.monotonic()
        slot = max(now, self._next_slot.get(phone_number_id, now))
        self._next_slot[phone_number_id] = slot + self._interval
        if slot > now:
            await asyncio.sleep(slot - now)


class GraphApi:
    def __init__(
        self, client: httpx.AsyncClient, base_url: str, token: str, throughput: Throughput
    ) -> None:
        self._client = client
        self._base_url = base_url.rstrip("/")
        self._token = token
        self._throughput = throughput

    async def wait_turn(self, message: OutgoingWhatsApp) -> None:
        """Wait for the business number's next send slot; call it right before `send`."""
        await self._throughput.wait_turn(message.business_number_id)

    async def send(self, message: OutgoingWhatsApp) -> str:
        """Send one message (in its turn: `wait_turn`); returns its WhatsApp message id."""
        url = f"{self._base_url}/{message.business_number_id}/messages"
        with tracer.start_as_current_span(
            "POST /{phone-number-id}/messages",
            kind=trace.SpanKind.CLIENT,
            attributes={"http.request.method": "POST", "server.address": httpx.URL(url).host},
        ) as span:
            headers = {"Authorization": f"Bearer {self._token}"}
            inject(headers)
            response = await self._client.post(url, json=request_body(message), headers=headers)
            span.set_attribute("http.response.status_code", response.status_code)
            if response.status_code != 200:
                code = _error_code(response)
                if code is not None:
                    span.set_attribute("whatsapp.error_code", code)
                raise GraphApiError(response.status_code, code, _retry_after(response))
            return str(response.json()["messages"][0]["id"])


def request_body(message: OutgoingWhatsApp) -> dict[str, Any]:
    # A BSUID-only customer (no phone number shared) is addressed by `recipient`.
    address = {"to": message.phone} if message.phone else {"recipient": message.bsuid}
    base = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "biz_opaque_callback_data": message.callback_data,
        **address,
    }
    if message.template is not None:
        return {**base, "type": "template", "template": _template(message.template)}
    if not message.buttons:
        return {**base, "type": "text", "text": {"body": message.text}}
    buttons = [
        {"type": "reply", "reply": {"id": button.id, "title": button.title}}
        for button in message.buttons
    ]
    interactive = {"type": "button", "body": {"text": message.text}, "action": {"buttons": buttons}}
    return {**base, "type": "interactive", "interactive": interactive}


def _template(template: TemplateMessage) -> dict[str, Any]:
    body: dict[str, Any] = {"name": template.name, "language": {"code": template.language}}
    if template.body_parameters:
        parameters = [{"type": "text", "text": value} for value in template.body_parameters]
        body["components"] = [{"type": "body", "parameters": parameters}]
    return body


def _error_code(response: httpx.Response) -> int | None:
    try:
        return int(response.json()["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None
