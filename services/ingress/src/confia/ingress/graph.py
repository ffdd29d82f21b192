"""The WhatsApp Cloud API's send endpoint, over httpx, as one traced client call."""

from dataclasses import dataclass
from typing import Any

import httpx
from opentelemetry import trace
from opentelemetry.propagate import inject

from confia.events.schemas import ReplyButton

tracer = trace.get_tracer("confia.ingress.graph")

# Meta's throttling code: retry later; other 4xx will not succeed by retrying.
_RATE_LIMITED = 130429


class GraphApiError(Exception):
    def __init__(self, status: int, code: int | None) -> None:
        super().__init__(f"Graph API answered {status} (error code {code})")
        self.status = status
        self.code = code

    @property
    def retryable(self) -> bool:
        return self.status >= 500 or self.status == 429 or self.code == _RATE_LIMITED


@dataclass(frozen=True)
class OutgoingWhatsApp:
    business_number_id: str
    phone: str | None
    bsuid: str | None
    text: str
    buttons: list[ReplyButton]


class GraphApi:
    def __init__(self, client: httpx.AsyncClient, base_url: str, token: str) -> None:
        self._client = client
        self._base_url = base_url.rstrip("/")
        self._token = token

    async def send(self, message: OutgoingWhatsApp) -> str:
        """Send one message; returns its WhatsApp message id (wamid)."""
        url = f"{self._base_url}/{message.business_number_id}/messages"
        with tracer.start_as_current_span(
            "POST /{phone-number-id}/messages",
            kind=trace.SpanKind.CLIENT,
            attributes={"http.request.method": "POST", "server.address": self._client_host(url)},
        ) as span:
            headers = {"Authorization": f"Bearer {self._token}"}
            inject(headers)
            response = await self._client.post(url, json=_body(message), headers=headers)
            span.set_attribute("http.response.status_code", response.status_code)
            if response.status_code != 200:
                raise GraphApiError(response.status_code, _error_code(response))
            return str(response.json()["messages"][0]["id"])

    @staticmethod
    def _client_host(url: str) -> str:
        return httpx.URL(url).host


def _body(message: OutgoingWhatsApp) -> dict[str, Any]:
    # A BSUID-only customer (no phone number shared) is addressed by `recipient`.
    address = {"to": message.phone} if message.phone else {"recipient": message.bsuid}
    base = {"messaging_product": "whatsapp", "recipient_type": "individual", **address}
    if not message.buttons:
        return {**base, "type": "text", "text": {"body": message.text}}
    buttons = [
        {"type": "reply", "reply": {"id": button.id, "title": button.title}}
        for button in message.buttons
    ]
    return {
        **base,
        "type": "interactive",
        "interactive": {
            "type": "button",
            "body": {"text": message.text},
            "action": {"buttons": buttons},
        },
    }


def _error_code(response: httpx.Response) -> int | None:
    try:
        return int(response.json()["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return None
