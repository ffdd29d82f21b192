"""Sending outbound messages: the real store, and the Graph API stand-in over HTTP."""

import asyncio
import os
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from typing import Any

import httpx
import pytest
from faststream.kafka import KafkaBroker
from opentelemetry.sdk.trace import TracerProvider
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import AutoReconnect

from confia.crypto import Keyring
from confia.events import OutboundRequested, ReplyButton, dlq
from confia.events.schemas import OutboundMessage, Template
from confia.events.topics import WHATSAPP_STATUS
from confia.ingress.app import TOPICS, RecordPolicy, subscribe_outbound
from confia.ingress.domain import FloodGate, message_key
from confia.ingress.graph import GraphApi, Throughput
from confia.ingress.handlers import Ingress, SendPolicy
from confia.ingress.sending import SendDeferredError, send_outbound
from confia.ingress.settings import IngressSettings
from confia.ingress.store import IngressStore
from confia.runtime.bus import create_broker, ensure_topics, outgoing, publish
from confia.runtime.dead_letters import PermanentError
from confia.testing import graph_api_standin
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import create_topics, read_to_end, wait_until_consumed

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


ATTEMPTS = 3


@pytest.fixture
async def ingress(
    infrastructure: Infrastructure,
    graph: httpx.AsyncClient,
    broker: KafkaBroker,
    database: AsyncDatabase[dict[str, Any]],
    keyring: Keyring,
) -> Ingress:
    await ensure_topics(infrastructure.kafka_bootstrap, TOPICS)
    return Ingress(
        store=IngressStore(database, keyring),
        broker=broker,
        keyring=keyring,
        pseudonym_key=os.urandom(32),
        graph=GraphApi(graph, "http://graph.test/v23.0", TOKEN, Throughput(1000)),
        flood=FloodGate(per_minute=60, burst=10),
        send_policy=SendPolicy(attempts=ATTEMPTS, backoff_seconds=0.01),
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


def _text(sent: dict[str, Any]) -> str:
    return str(sent["body"]["text"]["body"])


async def _fail_next_sends(
    graph: httpx.AsyncClient, status: int, count: int = 1, code: int | None = None
) -> None:
    params: dict[str, int] = {"count": count, "status": status}
    if code is not None:
        params["code"] = code
    (await graph.post("/_fail", params=params)).raise_for_status()


async def _attempts(graph: httpx.AsyncClient) -> int:
    return int((await graph.get("/_stats")).json()["attempts"])


async def _outcomes(bootstrap: str, outbound_id: str) -> list[dict[str, Any]]:
    """What handoff and audit see of a send: its events on whatsapp.status.v1."""
    records = await read_to_end(bootstrap, WHATSAPP_STATUS)
    events = [record.json() for record in records]
    return [e for e in events if e["payload"].get("outbound_id") == outbound_id]


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
    # Meta echoes this in its status webhooks: statuses find the send even after a crash.
    assert sent["body"]["biz_opaque_callback_data"] == event.payload.outbound_id
    record = await ingress.store.send_record(event.payload.outbound_id)
    assert record is not None
    key = message_key(ingress.pseudonym_key, sent["wamid"])
    assert (record.state, record.message) == ("sent", key)


async def test_accepted_send_is_published_for_handoff_and_audit(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str, infrastructure: Infrastructure
) -> None:
    event = _outbound(ingress, subject, "Seu pedido sai hoje.")
    await send_outbound(ingress, event)

    [sent] = await _sent(graph)
    [outcome] = await _outcomes(infrastructure.kafka_bootstrap, event.payload.outbound_id)
    assert outcome["subject"] == subject
    assert outcome["payload"]["status"] == "accepted"
    assert outcome["payload"]["message_id"] == message_key(ingress.pseudonym_key, sent["wamid"])
    assert sent["wamid"] not in str(outcome), "wamids embed the phone number"
    assert "Seu pedido" not in str(outcome)


async def test_redelivered_outbound_is_sent_once_and_its_outcome_republished(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str, infrastructure: Infrastructure
) -> None:
    event = _outbound(ingress, subject, "Seu pedido sai hoje.")
    await send_outbound(ingress, event)
    await send_outbound(ingress, event)

    assert len(await _sent(graph)) == 1
    outcomes = await _outcomes(infrastructure.kafka_bootstrap, event.payload.outbound_id)
    assert len(outcomes) == 2
    assert outcomes[0]["event_id"] == outcomes[1]["event_id"], "consumers drop the repeat"


async def test_send_cut_off_by_a_crash_is_not_repeated_but_reported(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str, infrastructure: Infrastructure
) -> None:
    event = _outbound(ingress, subject, "Seu pedido sai hoje.")
    await ingress.store.begin_send(event.payload.outbound_id, subject)  # then the crash

    await send_outbound(ingress, event)

    assert await _attempts(graph) == 0
    [outcome] = await _outcomes(infrastructure.kafka_bootstrap, event.payload.outbound_id)
    assert outcome["payload"]["status"] == "failed"
    assert outcome["payload"]["error_title"] == "interrupted"


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


async def test_template_is_sent_with_its_parameters(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str
) -> None:
    seal = ingress.keyring.seal_text
    template = Template(name="pedido_enviado", body_parameters=[seal("Marina", subject)])
    event = OutboundRequested(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="handoff",
        payload=OutboundMessage(outbound_id=uuid.uuid4().hex, template=template),
    )
    await send_outbound(ingress, event)

    [sent] = await _sent(graph)
    assert sent["body"]["type"] == "template"
    assert sent["body"]["template"] == {
        "name": "pedido_enviado",
        "language": {"code": "pt_BR"},
        "components": [{"type": "body", "parameters": [{"type": "text", "text": "Marina"}]}],
    }


@pytest.mark.parametrize(("status", "code"), [(429, 130429), (400, 131056), (500, 131000)])
async def test_throttled_or_failing_graph_api_is_retried_and_the_message_sent_once(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str, status: int, code: int
) -> None:
    event = _outbound(ingress, subject, "Seu pedido sai hoje.")
    await _fail_next_sends(graph, status, count=ATTEMPTS - 1, code=code)

    await send_outbound(ingress, event)

    assert await _attempts(graph) == ATTEMPTS
    assert len(await _sent(graph)) == 1


async def test_refusal_that_does_not_clear_is_dead_lettered_for_replay_not_a_retry_storm(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str, infrastructure: Infrastructure
) -> None:
    event = _outbound(ingress, subject, "Seu pedido sai hoje.")
    await _fail_next_sends(graph, 429, count=ATTEMPTS)  # throttled through every attempt

    with pytest.raises(SendDeferredError):  # -> the dead-letter topic, at once
        await send_outbound(ingress, event)

    assert await _attempts(graph) == ATTEMPTS
    assert await _sent(graph) == []
    [outcome] = await _outcomes(infrastructure.kafka_bootstrap, event.payload.outbound_id)
    assert outcome["payload"]["status"] == "failed"
    assert outcome["payload"]["error_code"] == 130429
    assert outcome["payload"]["retryable"] is True
    # Replayed from the dead-letter topic once Meta is back: sent, once.
    await send_outbound(ingress, event)
    await send_outbound(ingress, event)  # and a second replay sends nothing more
    assert await _attempts(graph) == ATTEMPTS + 1
    assert len(await _sent(graph)) == 1
    outcomes = await _outcomes(infrastructure.kafka_bootstrap, event.payload.outbound_id)
    assert [o["payload"]["status"] for o in outcomes] == ["failed", "accepted", "accepted"]


async def test_permanent_error_is_tried_once_recorded_and_published(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str, infrastructure: Infrastructure
) -> None:
    event = _outbound(ingress, subject, "Seu pedido sai hoje.")
    await _fail_next_sends(graph, 400, code=131047)  # outside the 24-hour window

    await send_outbound(ingress, event)

    assert await _attempts(graph) == 1
    [outcome] = await _outcomes(infrastructure.kafka_bootstrap, event.payload.outbound_id)
    assert outcome["payload"]["status"] == "failed"
    assert outcome["payload"]["error_code"] == 131047
    assert outcome["payload"]["retryable"] is False
    record = await ingress.store.send_record(event.payload.outbound_id)
    assert record is not None
    assert record.state == "failed"


async def test_unknown_subject_is_permanent_and_sends_nothing(
    ingress: Ingress, graph: httpx.AsyncClient, unique: Callable[[str], str]
) -> None:
    with pytest.raises(PermanentError):
        await send_outbound(ingress, _outbound(ingress, unique("sub"), "Olá"))

    assert await _sent(graph) == []


async def test_replies_behind_a_deferred_one_wait_for_it_so_the_customer_reads_them_in_order(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str, unique: Callable[[str], str]
) -> None:
    first = _outbound(ingress, subject, "Primeira resposta.")
    second = _outbound(ingress, subject, "Segunda resposta.")
    other_customer = unique("sub")
    await ingress.store.save_contact(other_customer, BUSINESS_NUMBER, "5511900000000", None)
    elsewhere = _outbound(ingress, other_customer, "Outra conversa.")
    await _fail_next_sends(graph, 500, count=ATTEMPTS)  # Meta down through every attempt

    with pytest.raises(SendDeferredError):
        await send_outbound(ingress, first)
    # Meta is back; the second reply must not overtake the first, still waiting for replay.
    with pytest.raises(SendDeferredError):
        await send_outbound(ingress, second)
    await send_outbound(ingress, elsewhere)  # another customer's reply is not held up
    assert [_text(s) for s in await _sent(graph)] == ["Outra conversa."]

    # The replay (dead letters, in their order) sends both, in order, once.
    await send_outbound(ingress, first)
    await send_outbound(ingress, second)
    await send_outbound(ingress, second)
    sent = [_text(s) for s in await _sent(graph)]
    assert sent == ["Outra conversa.", "Primeira resposta.", "Segunda resposta."]


async def test_a_replayed_reply_still_behind_an_earlier_held_one_waits_again(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str
) -> None:
    first = _outbound(ingress, subject, "Primeira resposta.")
    second = _outbound(ingress, subject, "Segunda resposta.")
    await _fail_next_sends(graph, 500, count=ATTEMPTS)
    with pytest.raises(SendDeferredError):
        await send_outbound(ingress, first)
    with pytest.raises(SendDeferredError):
        await send_outbound(ingress, second)

    # Replayed out of order (second first): it waits again, the first goes, then the second.
    with pytest.raises(SendDeferredError):
        await send_outbound(ingress, second)
    await send_outbound(ingress, first)
    await send_outbound(ingress, second)
    assert [_text(s) for s in await _sent(graph)] == ["Primeira resposta.", "Segunda resposta."]


async def test_a_hold_a_crash_left_behind_is_released_when_the_event_comes_again(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str
) -> None:
    first = _outbound(ingress, subject, "Primeira resposta.")
    second = _outbound(ingress, subject, "Segunda resposta.")
    await _fail_next_sends(graph, 500, count=ATTEMPTS)
    with pytest.raises(SendDeferredError):
        await send_outbound(ingress, first)
    await send_outbound(ingress, first)  # replayed: sent
    # As if the process died after recording the send and before releasing its hold.
    await ingress.store.hold(first.payload.outbound_id, subject)

    await send_outbound(ingress, first)  # not committed, so it comes again: nothing resent
    await send_outbound(ingress, second)  # and the customer's next reply is not held

    assert [_text(s) for s in await _sent(graph)] == ["Primeira resposta.", "Segunda resposta."]


class _HoldOnePhone(httpx.AsyncBaseTransport):
    """The stand-in, except that sends to `phone` wait until `released` is set: a Graph API
    that is slow for one customer."""

    def __init__(self, inner: httpx.AsyncBaseTransport, phone: str) -> None:
        self._inner = inner
        self._phone = phone.encode()
        self.holding = asyncio.Event()
        self.released = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/messages") and self._phone in request.content:
            self.holding.set()
            await self.released.wait()
        return await self._inner.handle_async_request(request)


async def test_customers_in_one_batch_are_sent_concurrently_so_a_slow_send_holds_up_only_its_own(
    ingress: Ingress,
    infrastructure: Infrastructure,
    ingress_settings: Callable[..., IngressSettings],
    unique: Callable[[str], str],
) -> None:
    bootstrap = infrastructure.kafka_bootstrap
    slow, other = unique("sub"), unique("sub")
    await ingress.store.save_contact(slow, BUSINESS_NUMBER, "5511900000001", None)
    await ingress.store.save_contact(other, BUSINESS_NUMBER, "5511900000002", None)
    standin = _HoldOnePhone(
        httpx.ASGITransport(app=graph_api_standin.create_app(access_token=TOKEN)),
        "5511900000001",
    )
    topic = unique("test-outbound")
    # One partition, both written before the consumer starts: one batch, the other
    # customer's reply right behind the slow one.
    await create_topics(bootstrap, topic, dlq(topic))
    for subject in (slow, other):
        await publish(ingress.broker, outgoing(topic, _outbound(ingress, subject, "Sai hoje.")))
    async with httpx.AsyncClient(transport=standin, base_url="http://graph.test") as graph:
        held = replace(
            ingress, graph=GraphApi(graph, "http://graph.test/v23.0", TOKEN, Throughput(1000))
        )
        settings = ingress_settings("s", kafka_bootstrap=bootstrap)
        consumer = create_broker(settings, "ingress-test", TracerProvider())
        subscribe_outbound(
            consumer,
            held,
            RecordPolicy(batch_size=10, attempts=2, backoff_seconds=0.05),
            topic=topic,
            group_id=topic,
        )
        await consumer.start()
        try:
            await asyncio.wait_for(standin.holding.wait(), 30)
            deadline = time.monotonic() + 30
            while not (sent := await _sent(graph)):
                assert time.monotonic() < deadline, "the other customer waited behind the slow one"
                await asyncio.sleep(0.1)
            assert [s["body"]["to"] for s in sent] == ["5511900000002"]

            standin.released.set()
            await wait_until_consumed(bootstrap, topic, topic, 30)
            assert sorted(s["body"]["to"] for s in await _sent(graph)) == [
                "5511900000001",
                "5511900000002",
            ]
        finally:
            standin.released.set()
            await consumer.stop()


async def test_a_send_waiting_for_its_turn_is_not_yet_logged_as_sending(
    ingress: Ingress, graph: httpx.AsyncClient, subject: str
) -> None:
    """A crash while sends wait for a slot must not leave them looking cut off mid-call
    (a redelivered one would then be reported as interrupted, never sent)."""
    paced = replace(
        ingress, graph=GraphApi(graph, "http://graph.test/v23.0", TOKEN, Throughput(0.1))
    )
    await send_outbound(paced, _outbound(ingress, subject, "Primeira."))  # takes the slot
    waiting = _outbound(ingress, subject, "Segunda.")
    task = asyncio.create_task(send_outbound(paced, waiting))  # its slot is ~10 s away
    try:
        for _ in range(10):
            await asyncio.sleep(0.1)
            record = await ingress.store.send_record(waiting.payload.outbound_id)
            assert record is None or record.state != "sending"
        assert len(await _sent(graph)) == 1
    finally:
        task.cancel()


class _StoreDownOnceAfterTheSend(IngressStore):
    """The store goes away once, just as the outcome of an accepted send is recorded."""

    failed = False

    async def finish_send(self, *args: Any, **kwargs: Any) -> None:
        if not self.failed:
            self.failed = True
            raise AutoReconnect("store away")
        await super().finish_send(*args, **kwargs)


async def test_a_send_meta_accepted_is_recorded_as_accepted_even_if_the_store_was_away(
    ingress: Ingress,
    graph: httpx.AsyncClient,
    subject: str,
    database: AsyncDatabase[dict[str, Any]],
    keyring: Keyring,
    infrastructure: Infrastructure,
) -> None:
    store = _StoreDownOnceAfterTheSend(database, keyring)
    event = _outbound(ingress, subject, "Seu pedido sai hoje.")

    await send_outbound(replace(ingress, store=store), event)

    assert store.failed
    assert len(await _sent(graph)) == 1
    record = await store.send_record(event.payload.outbound_id)
    assert record is not None
    assert record.state == "sent"
    outcomes = await _outcomes(infrastructure.kafka_bootstrap, event.payload.outbound_id)
    assert [o["payload"]["status"] for o in outcomes] == ["accepted"]
