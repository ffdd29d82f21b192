"""Sending outbound messages: the real store, and the Graph API stand-in over HTTP."""

import os
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from faststream.kafka import KafkaBroker
from opentelemetry.sdk.trace import TracerProvider
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring
from confia.events import OutboundRequested, ReplyButton
from confia.events.schemas import OutboundMessage
from confia.ingress.graph import GraphApi, GraphApiError
from confia.ingress.handlers import Ingress, send_outbound
from confia.ingress.store import IngressStore
from confia.runtime.dead_letters import PermanentError
from confia.testing import graph_api_standin

pytestmark = pytest.mark.integration

BUSINESS_NUMBER = "106540352242922"
PHONE = "5511987654321"
BSUID = "BR.1502576394655843"
TOKEN = "test-graph-token"


@pytest.fixture
async def graph() -> AsyncIterator[httpx.AsyncClient]:
    """The stand-in, which answers only requests with our token, over in-process HTTP."""
    standin = graph_api_standin.create_app(access_token=TOKEN)
    transport = httpx.ASGITransport(app=standin)
    async with httpx.AsyncClient(transport=transport, base_url="http://graph.test") as client:
        yield client


@pytest.fixture
def ingress(
    graph: httpx.AsyncClient,
    broker: KafkaBroker,
    database: AsyncDatabase[dict[str, Any]],
    keyring: Keyring,
) -> Ingress:
    return Ingress(
        store=IngressStore(database, keyring),
        broker=broker,
        keyring=keyring,
        pseudonym_key=os.urandom(32),
        graph=GraphApi(graph, "http://graph.test/v23.0", TOKEN),
    )


@pytest.fixture
async def subject(ingress: Ingress, unique: Callable[[str], str]) -> str:
    """A customer who wrote in with a phone number and a BSUID."""
    subject = unique("sub")
    await ingress.store.save_contact(subject, BUSINESS_NUMBER, PHONE, BSUID)
    return subject


def _outbound(
    ingress: Ingress, subject: str, text: str, buttons: list[ReplyButton] | None = None
) -> OutboundRequested:
    return OutboundRequested(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="redaction",
        payload=OutboundMessage(
            outbound_id=uuid.uuid4().hex,
            text=ingress.keyring.seal_text(text, subject),
            buttons=buttons or [],
        ),
    )


async def _sent(graph: httpx.AsyncClient) -> list[dict[str, Any]]:
    response = await graph.get("/_sent")
    response.raise_for_status()
    sent: list[dict[str, Any]] = response.json()
    return sent


async def _fail_next_send(graph: httpx.AsyncClient, status: int) -> None:
    response = await graph.post("/_fail", params={"count": 1, "status": status})
    response.raise_for_status()


async def test_outbound_text_is_sent_to_the_customers_phone_within_the_trace(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str
) -> None:
    event = _outbound(ingress, subject, "Seu pedido sai hoje.")
    tracer = TracerProvider().get_tracer("test")
    with tracer.start_as_current_span("consume whatsapp.outbound.v1") as span:
        await send_outbound(ingress, event)

    # The stand-in refuses any other bearer token, so a recorded send carried ours.
    [sent] = await _sent(graph)
    assert sent["phone_number_id"] == BUSINESS_NUMBER
    assert sent["body"]["to"] == PHONE
    assert sent["body"]["type"] == "text"
    assert sent["body"]["text"] == {"body": "Seu pedido sai hoje."}
    trace_id = f"{span.get_span_context().trace_id:032x}"
    assert sent["traceparent"].split("-")[1] == trace_id
    assert await ingress.store.sent_message_id(event.payload.outbound_id) == sent["wamid"]


async def test_same_outbound_twice_is_sent_once(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str
) -> None:
    event = _outbound(ingress, subject, "Seu pedido sai hoje.")
    await send_outbound(ingress, event)
    await send_outbound(ingress, event)

    assert len(await _sent(graph)) == 1


async def test_customer_known_only_by_bsuid_is_addressed_as_recipient(
    ingress: Ingress, graph: httpx.AsyncClient, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    await ingress.store.save_contact(subject, BUSINESS_NUMBER, None, BSUID)

    await send_outbound(ingress, _outbound(ingress, subject, "Oi, Rafa!"))

    [sent] = await _sent(graph)
    assert sent["body"]["recipient"] == BSUID
    assert "to" not in sent["body"]


async def test_buttons_are_sent_as_an_interactive_button_message(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str
) -> None:
    buttons = [
        ReplyButton(id="consent.accept", title="Aceito"),
        ReplyButton(id="h", title="Humano"),
    ]
    await send_outbound(ingress, _outbound(ingress, subject, "Posso usar IA?", buttons))

    [sent] = await _sent(graph)
    assert sent["body"]["type"] == "interactive"
    interactive = sent["body"]["interactive"]
    assert interactive["type"] == "button"
    assert interactive["body"] == {"text": "Posso usar IA?"}
    assert interactive["action"]["buttons"] == [
        {"type": "reply", "reply": {"id": "consent.accept", "title": "Aceito"}},
        {"type": "reply", "reply": {"id": "h", "title": "Humano"}},
    ]


@pytest.mark.parametrize("status", [500, 429])
async def test_server_error_or_throttling_is_retryable_and_nothing_is_recorded(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str, status: int
) -> None:
    event = _outbound(ingress, subject, "Seu pedido sai hoje.")
    await _fail_next_send(graph, status)

    with pytest.raises(GraphApiError) as raised:
        await send_outbound(ingress, event)

    assert raised.value.retryable
    assert await _sent(graph) == []
    assert await ingress.store.sent_message_id(event.payload.outbound_id) is None
    # The retry is not mistaken for an outbound already sent.
    await send_outbound(ingress, event)
    assert len(await _sent(graph)) == 1


async def test_client_error_is_permanent(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str
) -> None:
    event = _outbound(ingress, subject, "Seu pedido sai hoje.")
    await _fail_next_send(graph, 400)

    with pytest.raises(PermanentError):
        await send_outbound(ingress, event)

    assert await ingress.store.sent_message_id(event.payload.outbound_id) is None


async def test_unknown_subject_is_permanent_and_sends_nothing(
    ingress: Ingress, graph: httpx.AsyncClient, unique: Callable[[str], str]
) -> None:
    with pytest.raises(PermanentError):
        await send_outbound(ingress, _outbound(ingress, unique("sub"), "Olá"))

    assert await _sent(graph) == []
