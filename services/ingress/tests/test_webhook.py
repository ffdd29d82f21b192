"""The webhook Meta calls, against the real broker and store."""

import base64
import contextlib
import dataclasses
import hashlib
import hmac
import json
import os
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from faststream.kafka import KafkaBroker
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring, Sealed, pseudonym
from confia.events import dlq
from confia.events.topics import SECURITY_EVENTS, WHATSAPP_INBOUND, WHATSAPP_STATUS
from confia.ingress.acked_producer import DeliveryError
from confia.ingress.app import TOPICS
from confia.ingress.domain import FloodGate, message_key
from confia.ingress.graph import GraphApi, Throughput
from confia.ingress.handlers import Ingress
from confia.ingress.http import webhook_router
from confia.ingress.intake import ReceivedWebhook, WebhookIntake, open_webhook
from confia.ingress.payload import WebhookPayload, inbound_event_id
from confia.ingress.settings import IngressSettings
from confia.ingress.store import IngressStore
from confia.runtime.bus import ensure_topics
from confia.runtime.kafka_security import KafkaLogin
from confia.testing import graph_api_standin
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import Record, produce, read_to_end

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).parents[3] / "tests" / "fixtures" / "whatsapp"
APP_SECRET = b"test-app-secret"
NEXT_APP_SECRET = b"test-app-secret-rotated"
VERIFY_TOKEN = "test-verify-token"

# What text_message.json carries about Marina.
BSUID = "BR.1502576394655843"
PHONE = "5511987654321"
CPF = "529.982.247-25"
TEXT = "Oi! Meu CPF é 529.982.247-25 e meu pedido não chegou. Podem verificar?"
WAMID = "wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDMEE2QTk0RDgyRTdGRkE3AA=="


def _settings(**overrides: Any) -> IngressSettings:
    return IngressSettings(
        app_secrets=f"{APP_SECRET.decode()},{NEXT_APP_SECRET.decode()}",
        verify_token=VERIFY_TOKEN,
        pseudonym_key="unused-here",
        graph_api_token="unused-here",
        data_keys="test:" + base64.b64encode(bytes(32)).decode(),
        data_key_id="test",
        **overrides,
    )


@pytest.fixture
async def ingress(
    infrastructure: Infrastructure,
    broker: KafkaBroker,
    database: AsyncDatabase[dict[str, Any]],
    keyring: Keyring,
) -> AsyncIterator[Ingress]:
    await ensure_topics(infrastructure.kafka_bootstrap, TOPICS)
    standin = httpx.ASGITransport(app=graph_api_standin.create_app())
    async with httpx.AsyncClient(transport=standin) as graph_client:
        yield Ingress(
            store=IngressStore(database, keyring),
            broker=broker,
            keyring=keyring,
            # A key of its own per test: the fixtures' identities (and so the
            # subjects) would otherwise be the same in every run.
            pseudonym_key=os.urandom(32),
            graph=GraphApi(graph_client, "http://graph.test/v23.0", "test-token", Throughput(1e6)),
            flood=FloodGate(per_minute=600, burst=100),
        )


def _client(
    pipeline: Any,
    ingress: Ingress,
    infrastructure: Infrastructure,
    settings: IngressSettings | None = None,
    log_topic: str | None = None,
) -> AbstractAsyncContextManager[httpx.AsyncClient]:
    settings = settings or _settings()
    settings.kafka_bootstrap = infrastructure.kafka_bootstrap
    opened: AbstractAsyncContextManager[httpx.AsyncClient] = pipeline(ingress, settings, log_topic)
    return opened


@pytest.fixture
async def webhook(
    pipeline: Any, ingress: Ingress, infrastructure: Infrastructure
) -> AsyncIterator[httpx.AsyncClient]:
    async with _client(pipeline, ingress, infrastructure) as client:
        yield client


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _sign(body: bytes, secret: bytes = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


async def _post(
    client: httpx.AsyncClient,
    body: bytes,
    signature: str | None = "sign",
    content_type: str = "application/json",
) -> httpx.Response:
    headers = {"content-type": content_type}
    if signature is not None:
        headers["x-hub-signature-256"] = _sign(body) if signature == "sign" else signature
    return await client.post("/webhook", content=body, headers=headers)


async def _inbound(bootstrap: str) -> list[Record]:
    return await read_to_end(bootstrap, WHATSAPP_INBOUND)


async def _events_about(bootstrap: str, subject: str) -> list[dict[str, Any]]:
    return [r.json() for r in await _inbound(bootstrap) if r.key == subject]


# --- GET: the verification handshake ------------------------------------------------


async def test_handshake_with_the_right_token_echoes_the_challenge(
    webhook: httpx.AsyncClient,
) -> None:
    params = {
        "hub.mode": "subscribe",
        "hub.verify_token": VERIFY_TOKEN,
        "hub.challenge": "1158201444",
    }
    response = await webhook.get("/webhook", params=params)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == "1158201444"
    assert VERIFY_TOKEN not in response.text


async def test_handshake_with_a_wrong_token_is_forbidden_and_echoes_no_token(
    webhook: httpx.AsyncClient,
) -> None:
    params = {"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1158201444"}
    response = await webhook.get("/webhook", params=params)

    assert response.status_code == 403
    assert "1158201444" not in response.text
    assert "guess" not in response.text
    assert VERIFY_TOKEN not in response.text


# --- POST: a customer message becomes one event ---------------------------------------


async def test_signed_text_message_publishes_one_pseudonymous_event_with_sealed_text(
    webhook: httpx.AsyncClient, ingress: Ingress, infrastructure: Infrastructure
) -> None:
    response = await _post(webhook, _fixture("text_message.json"))

    assert response.status_code == 200
    subject = pseudonym(ingress.pseudonym_key, BSUID)
    [record] = [r for r in await _inbound(infrastructure.kafka_bootstrap) if r.key == subject]
    for personal in (TEXT, "meu pedido", CPF, "52998224725", PHONE, BSUID, "Marina"):
        assert personal.encode() not in record.value, personal
    event = record.json()
    assert event["type"] == "whatsapp.message.received"
    assert event["subject"] == subject
    key = message_key(ingress.pseudonym_key, WAMID)
    assert event["event_id"] == inbound_event_id(key, subject)
    assert event["payload"]["message_id"] == key
    assert WAMID not in str(event), "a wamid embeds the phone number"
    sealed = Sealed.model_validate(event["payload"]["text"])
    assert ingress.keyring.open_text(sealed, subject) == TEXT


async def test_redelivered_webhook_publishes_the_message_once(
    webhook: httpx.AsyncClient, ingress: Ingress, infrastructure: Infrastructure
) -> None:
    body = _fixture("text_message.json")
    first, again = await _post(webhook, body), await _post(webhook, body)

    assert (first.status_code, again.status_code) == (200, 200)
    subject = pseudonym(ingress.pseudonym_key, BSUID)
    assert len(await _events_about(infrastructure.kafka_bootstrap, subject)) == 1


async def test_batch_of_two_customers_publishes_an_event_for_each(
    webhook: httpx.AsyncClient, ingress: Ingress, infrastructure: Infrastructure
) -> None:
    response = await _post(webhook, _fixture("batch_two_messages.json"))

    assert response.status_code == 200
    ana = pseudonym(ingress.pseudonym_key, "BR.7730012288456610")
    carlos = pseudonym(ingress.pseudonym_key, "BR.9034471120583346")
    assert ana != carlos
    records = await _inbound(infrastructure.kafka_bootstrap)
    assert len([r for r in records if r.key == ana]) == 1
    assert len([r for r in records if r.key == carlos]) == 1


async def test_username_only_customer_is_known_by_the_pseudonym_of_the_bsuid(
    webhook: httpx.AsyncClient, ingress: Ingress, infrastructure: Infrastructure
) -> None:
    response = await _post(webhook, _fixture("text_message_username.json"))

    assert response.status_code == 200
    subject = pseudonym(ingress.pseudonym_key, "BR.4418200937715524")
    [event] = await _events_about(infrastructure.kafka_bootstrap, subject)
    assert "rafa.compras" not in json.dumps(event)


async def test_delivery_status_is_published_as_a_status_not_a_message(
    ingress: Ingress, webhook: httpx.AsyncClient, infrastructure: Infrastructure
) -> None:
    body = _fixture("status_delivered.json")
    status_id = json.loads(body)["entry"][0]["changes"][0]["value"]["statuses"][0]["id"]

    assert (await _post(webhook, body)).status_code == 200

    subject = pseudonym(ingress.pseudonym_key, PHONE)
    statuses = await read_to_end(infrastructure.kafka_bootstrap, WHATSAPP_STATUS)
    [status] = [r.json() for r in statuses if r.key == subject]
    assert status["payload"]["status"] == "delivered"
    assert status["payload"]["message_id"] == message_key(ingress.pseudonym_key, status_id)
    assert PHONE not in str(status)
    assert await _events_about(infrastructure.kafka_bootstrap, subject) == []


# --- POST: what is refused ------------------------------------------------------------


async def test_unsigned_post_is_unauthorized(webhook: httpx.AsyncClient) -> None:
    response = await _post(webhook, _fixture("text_message.json"), signature=None)

    assert response.status_code == 401


async def test_wrongly_signed_post_is_forbidden_publishes_nothing_and_hides_the_digest(
    webhook: httpx.AsyncClient, ingress: Ingress, infrastructure: Infrastructure
) -> None:
    body = _fixture("text_message.json")
    response = await _post(webhook, body, signature=_sign(body, b"not-the-app-secret"))

    assert response.status_code == 403
    expected_digest = _sign(body).removeprefix("sha256=")
    assert expected_digest not in response.text
    subject = pseudonym(ingress.pseudonym_key, BSUID)
    assert await _events_about(infrastructure.kafka_bootstrap, subject) == []


async def test_post_signed_with_the_rotated_secret_is_accepted(
    webhook: httpx.AsyncClient,
) -> None:
    body = _fixture("text_message.json")
    response = await _post(webhook, body, signature=_sign(body, NEXT_APP_SECRET))

    assert response.status_code == 200


async def test_non_json_content_type_is_unsupported(webhook: httpx.AsyncClient) -> None:
    response = await _post(webhook, _fixture("text_message.json"), content_type="text/plain")

    assert response.status_code == 415


@pytest.mark.parametrize("declared_length", [True, False], ids=["declared", "streamed"])
async def test_body_over_the_limit_is_refused(
    pipeline: Any, ingress: Ingress, infrastructure: Infrastructure, declared_length: bool
) -> None:
    body = b'{"object":"whatsapp_business_account","entry":[],"pad":"' + b"x" * 2000 + b'"}'
    headers = {"content-type": "application/json", "x-hub-signature-256": _sign(body)}

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 512):
            yield body[start : start + 512]

    async with _client(pipeline, ingress, infrastructure, _settings(max_body_bytes=1024)) as client:
        content = body if declared_length else chunks()
        response = await client.post("/webhook", content=content, headers=headers)

    assert response.status_code == 413


async def test_a_body_streamed_in_chunks_is_read_whole_and_accepted(
    webhook: httpx.AsyncClient, ingress: Ingress, infrastructure: Infrastructure
) -> None:
    body = _fixture("text_message.json")

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 100):
            yield body[start : start + 100]

    headers = {"content-type": "application/json", "x-hub-signature-256": _sign(body)}
    response = await webhook.post("/webhook", content=chunks(), headers=headers)

    assert response.status_code == 200
    assert response.text == "EVENT_RECEIVED"
    assert response.headers["content-type"].startswith("text/plain")
    subject = pseudonym(ingress.pseudonym_key, BSUID)
    assert len(await _events_about(infrastructure.kafka_bootstrap, subject)) == 1


@pytest.mark.parametrize(
    "body",
    [b"object=whatsapp_business_account", b'{"object":"page","entry":[]}', b"[]"],
    ids=["not-json", "another-object", "wrong-shape"],
)
async def test_signed_body_that_is_not_a_webhook_payload_is_a_bad_request(
    webhook: httpx.AsyncClient, body: bytes
) -> None:
    response = await _post(webhook, body)

    assert response.status_code == 400


# --- POST: Kafka down ------------------------------------------------------------------


async def test_kafka_unreachable_answers_503_and_metas_retry_still_gets_through(
    ingress: Ingress, webhook: httpx.AsyncClient, infrastructure: Infrastructure
) -> None:
    unreachable = WebhookIntake("127.0.0.1:1", KafkaLogin(), 1000, ingress.keyring)
    with contextlib.suppress(DeliveryError):
        await unreachable.start()
    app = FastAPI()
    app.include_router(webhook_router(_settings(), ingress, unreachable))
    body = _fixture("text_message.json")
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://ingress.test"
        ) as client:
            response = await _post(client, body)
    finally:
        await unreachable.stop()

    assert response.status_code == 503
    subject = pseudonym(ingress.pseudonym_key, BSUID)
    assert await _events_about(infrastructure.kafka_bootstrap, subject) == []
    # Meta retries once Kafka is back: not mistaken for a duplicate.
    assert (await _post(webhook, body)).status_code == 200
    assert len(await _events_about(infrastructure.kafka_bootstrap, subject)) == 1


# --- Behind the 200: the log of accepted webhooks ----------------------------------------


async def test_unreadable_record_in_the_log_is_dead_lettered_and_the_next_goes_on(
    pipeline: Any, ingress: Ingress, infrastructure: Infrastructure
) -> None:
    bootstrap = infrastructure.kafka_bootstrap
    log_topic = f"test-ingress-webhooks-{uuid.uuid4().hex[:12]}"
    async with _client(pipeline, ingress, infrastructure, log_topic=log_topic) as client:
        await produce(bootstrap, log_topic, b'{"received_at": "not sealed"}', key="someone")
        assert (await _post(client, _fixture("text_message.json"))).status_code == 200
        dead = await read_to_end(bootstrap, dlq(log_topic))

    assert [r.headers["dlq-error-type"] for r in dead] == ["ValidationError"]
    assert dead[0].headers["dlq-service"] == "ingress"
    assert dead[0].value == b'{"received_at": "not sealed"}'
    subject = pseudonym(ingress.pseudonym_key, BSUID)
    assert len(await _events_about(bootstrap, subject)) == 1


async def test_the_log_holds_the_body_sealed_and_keyed_by_a_pseudonym(
    pipeline: Any, ingress: Ingress, infrastructure: Infrastructure
) -> None:
    bootstrap = infrastructure.kafka_bootstrap
    log_topic = f"test-ingress-webhooks-{uuid.uuid4().hex[:12]}"
    body = _fixture("text_message.json")
    async with _client(pipeline, ingress, infrastructure, log_topic=log_topic) as client:
        assert (await _post(client, body)).status_code == 200
        [record] = await read_to_end(bootstrap, log_topic)

    assert record.key == pseudonym(ingress.pseudonym_key, BSUID)
    for secret in (PHONE, BSUID, "pedido", WAMID):
        assert secret.encode() not in record.value
    sealed = ReceivedWebhook.model_validate_json(record.value)
    logged = WebhookPayload.model_validate_json(open_webhook(ingress.keyring, sealed))
    assert logged == WebhookPayload.model_validate_json(body)


async def test_each_customer_of_a_batched_post_is_logged_apart_and_kept_in_order(
    pipeline: Any, ingress: Ingress, infrastructure: Infrastructure
) -> None:
    """Meta batches Ana and Carlos in one POST, then Carlos writes again in his own POST:
    his two messages reach the bus in the order he sent them, every time."""
    bootstrap = infrastructure.kafka_bootstrap
    log_topic = f"test-ingress-webhooks-{uuid.uuid4().hex[:12]}"
    carlos_bsuid, carlos_phone = "BR.9034471120583346", "5551982345678"

    def carlos_again(value: dict[str, Any]) -> None:
        value["contacts"] = [value["contacts"][1]]
        value["messages"] = [
            {**value["messages"][1], "id": "wamid.carlos.2", "text": {"body": "E aos sábados?"}}
        ]

    async with _client(pipeline, ingress, infrastructure, log_topic=log_topic) as client:
        batched = await client.post(
            "/webhook",
            content=(body := _fixture("batch_two_messages.json")),
            headers={"content-type": "application/json", "x-hub-signature-256": _sign(body)},
        )
        again = _with(_fixture("batch_two_messages.json"), carlos_again)
        second = await client.post(
            "/webhook",
            content=again,
            headers={"content-type": "application/json", "x-hub-signature-256": _sign(again)},
        )
        logged = await read_to_end(bootstrap, log_topic)

    assert (batched.status_code, second.status_code) == (200, 200)
    ana, carlos = (
        pseudonym(ingress.pseudonym_key, b) for b in ("BR.7730012288456610", carlos_bsuid)
    )
    assert sorted(r.key or "" for r in logged) == sorted([ana, carlos, carlos])
    for record in logged:  # each record holds one customer, and only their contact
        opened = open_webhook(ingress.keyring, ReceivedWebhook.model_validate_json(record.value))
        assert (carlos_phone.encode() in opened) == (record.key == carlos)
    events = [r.json() for r in await _inbound(bootstrap) if r.key == carlos]
    texts = [
        ingress.keyring.open_text(Sealed.model_validate(e["payload"]["text"]), carlos)
        for e in events
    ]
    assert texts == ["Qual o horário de funcionamento da loja?", "E aos sábados?"]


@pytest.mark.parametrize("changes", [1, 2], ids=["one-change", "two-changes"])
async def test_a_contact_of_someone_else_is_not_logged_with_the_customers_post(
    pipeline: Any, ingress: Ingress, infrastructure: Infrastructure, changes: int
) -> None:
    """One customer's POST carrying another person's contact: logged under the customer,
    without the other's number (whether Meta sent one change or two)."""
    bootstrap = infrastructure.kafka_bootstrap
    log_topic = f"test-ingress-webhooks-{uuid.uuid4().hex[:12]}"
    stranger = "5511955554444"
    payload = json.loads(_fixture("text_message.json"))
    value = payload["entry"][0]["changes"][0]["value"]
    value["contacts"].append({"profile": {"name": "Outra"}, "wa_id": stranger})
    if changes == 2:  # the same customer again, in a second change of their own
        second = json.loads(json.dumps(payload["entry"][0]["changes"][0]))
        second["value"]["contacts"] = second["value"]["contacts"][:1]
        second["value"]["messages"][0]["id"] = "wamid.second"
        payload["entry"][0]["changes"].append(second)
    body = json.dumps(payload).encode()

    async with _client(pipeline, ingress, infrastructure, log_topic=log_topic) as client:
        assert (await _post(client, body)).status_code == 200
        [record] = await read_to_end(bootstrap, log_topic)

    assert record.key == pseudonym(ingress.pseudonym_key, BSUID)
    opened = open_webhook(ingress.keyring, ReceivedWebhook.model_validate_json(record.value))
    assert stranger.encode() not in opened
    logged = WebhookPayload.model_validate_json(opened)
    assert [m["id"] for e in logged.entry for c in e.changes for m in c.value.messages] == [
        WAMID,
        *(["wamid.second"] if changes == 2 else []),
    ]


async def test_a_webhook_body_over_a_megabyte_is_logged_and_processed(
    pipeline: Any, ingress: Ingress, infrastructure: Infrastructure
) -> None:
    """Meta batches items up to a few MB; sealed and encoded in the log a body grows by a
    third, past Kafka's default 1 MB record limit, which the log topic raises."""
    bootstrap = infrastructure.kafka_bootstrap
    log_topic = f"test-ingress-webhooks-{uuid.uuid4().hex[:12]}"

    def many_messages(value: dict[str, Any]) -> None:
        first = value["messages"][0]
        value["messages"] = [
            {**first, "id": f"wamid.big.{n}.{uuid.uuid4().hex}", "text": {"body": "x" * 4096}}
            for n in range(200)  # WhatsApp's longest text, 200 times
        ]

    body = _with(_fixture("text_message.json"), many_messages)
    assert len(body) > 800_000
    async with _client(pipeline, ingress, infrastructure, log_topic=log_topic) as client:
        assert (await _post(client, body)).status_code == 200
        [logged] = await read_to_end(bootstrap, log_topic)
        dead = await read_to_end(bootstrap, dlq(log_topic))

    assert len(logged.value) > 1_048_576, "over the default record limit"
    assert dead == []
    subject = pseudonym(ingress.pseudonym_key, BSUID)
    events = await _events_about(bootstrap, subject)
    security = [r.json() for r in await read_to_end(bootstrap, SECURITY_EVENTS) if r.key == subject]
    assert len(events) + len(security) == 200, "each message published, or shed as a flood"


# --- What the webhook publishes besides messages ---------------------------------------


def _with(body: bytes, edit: Callable[[dict[str, Any]], None]) -> bytes:
    """A fixture payload changed by `edit` (applied to entry[0].changes[0].value)."""
    payload = json.loads(body)
    edit(payload["entry"][0]["changes"][0]["value"])
    return json.dumps(payload).encode()


def _status(status: str, wamid: str) -> bytes:
    def edit(value: dict[str, Any]) -> None:
        value["statuses"][0].update({"status": status, "id": wamid})

    return _with(_fixture("status_delivered.json"), edit)


async def test_statuses_out_of_order_publish_only_forward_moves(
    ingress: Ingress, webhook: httpx.AsyncClient, infrastructure: Infrastructure
) -> None:
    wamid = f"wamid.{uuid.uuid4().hex}"
    for status in ("sent", "read", "delivered", "read"):  # "delivered" arrives late
        assert (await _post(webhook, _status(status, wamid))).status_code == 200

    records = await read_to_end(infrastructure.kafka_bootstrap, WHATSAPP_STATUS)
    key = message_key(ingress.pseudonym_key, wamid).encode()
    published = [r.json()["payload"]["status"] for r in records if key in r.value]
    assert published == ["sent", "read"]


async def test_failed_status_carries_metas_error(
    ingress: Ingress, webhook: httpx.AsyncClient, infrastructure: Infrastructure
) -> None:
    wamid = f"wamid.{uuid.uuid4().hex}"

    def failed(value: dict[str, Any]) -> None:
        value["statuses"][0].update(
            {"status": "failed", "id": wamid, "errors": [{"code": 131047, "title": "Re-engage"}]}
        )

    await _post(webhook, _with(_fixture("status_delivered.json"), failed))

    records = await read_to_end(infrastructure.kafka_bootstrap, WHATSAPP_STATUS)
    key = message_key(ingress.pseudonym_key, wamid).encode()
    [status] = [r.json()["payload"] for r in records if key in r.value]
    assert (status["status"], status["error_code"]) == ("failed", 131047)


async def test_customer_first_seen_by_phone_keeps_one_subject_once_the_bsuid_comes(
    ingress: Ingress, webhook: httpx.AsyncClient, infrastructure: Infrastructure
) -> None:
    def phone_only(value: dict[str, Any]) -> None:
        del value["contacts"][0]["user_id"]
        del value["messages"][0]["from_user_id"]
        value["messages"][0]["id"] = f"wamid.{uuid.uuid4().hex}"

    await _post(webhook, _with(_fixture("text_message.json"), phone_only))
    await _post(webhook, _fixture("text_message.json"))  # now with the BSUID too

    first_subject = pseudonym(ingress.pseudonym_key, PHONE)
    assert len(await _events_about(infrastructure.kafka_bootstrap, first_subject)) == 2
    recipient = await ingress.store.recipient(first_subject)
    assert recipient is not None
    assert (recipient.phone, recipient.bsuid) == (PHONE, BSUID)


@pytest.mark.parametrize(
    ("kind", "content", "private"),
    [
        ("location", {"latitude": -23.5614, "longitude": -46.6559, "name": "Casa"}, "-46.6559"),
        ("contacts", [{"name": {"formatted_name": "Ana Lima"}}], "Ana Lima"),
        ("reaction", {"message_id": "wamid.X", "emoji": "❤️"}, "❤️"),
    ],
)
async def test_structured_message_travels_sealed(
    ingress: Ingress,
    webhook: httpx.AsyncClient,
    infrastructure: Infrastructure,
    kind: str,
    content: Any,
    private: str,
) -> None:
    def structured(value: dict[str, Any]) -> None:
        message = value["messages"][0]
        del message["text"]
        message.update({"type": kind, kind: content, "id": f"wamid.{uuid.uuid4().hex}"})

    await _post(webhook, _with(_fixture("text_message.json"), structured))

    subject = pseudonym(ingress.pseudonym_key, BSUID)
    [event] = await _events_about(infrastructure.kafka_bootstrap, subject)
    assert event["payload"]["kind"] == kind
    assert private not in json.dumps(event, ensure_ascii=False)
    sealed = Sealed.model_validate(event["payload"]["content"])
    assert json.loads(ingress.keyring.open_text(sealed, subject)) == {kind: content}


async def test_flooding_sender_is_shed_and_the_trip_published_for_audit(
    pipeline: Any, ingress: Ingress, infrastructure: Infrastructure
) -> None:
    flooded = dataclasses.replace(ingress, flood=FloodGate(per_minute=1, burst=2))

    def numbered(n: int) -> Callable[[dict[str, Any]], None]:
        def edit(value: dict[str, Any]) -> None:
            value["messages"][0]["id"] = f"wamid.flood.{n}.{uuid.uuid4().hex}"

        return edit

    async with _client(pipeline, flooded, infrastructure) as client:
        for n in range(4):
            body = _with(_fixture("text_message.json"), numbered(n))
            assert (await _post(client, body)).status_code == 200

    subject = pseudonym(ingress.pseudonym_key, BSUID)
    assert len(await _events_about(infrastructure.kafka_bootstrap, subject)) == 2
    security = await read_to_end(infrastructure.kafka_bootstrap, SECURITY_EVENTS)
    trips = [r.json() for r in security if r.key == subject]
    assert [t["type"] for t in trips] == ["security.flood.tripped"] * 2
    assert "pedido" not in str(trips)


async def test_forged_request_is_reported_for_audit_without_its_body(
    webhook: httpx.AsyncClient, infrastructure: Infrastructure
) -> None:
    marker = uuid.uuid4().hex
    forged = json.dumps({"object": "whatsapp_business_account", "entry": [], "m": marker}).encode()
    before = {r.value for r in await read_to_end(infrastructure.kafka_bootstrap, SECURITY_EVENTS)}

    assert (await _post(webhook, forged, signature="sha256=" + "0" * 64)).status_code == 403

    records = await read_to_end(infrastructure.kafka_bootstrap, SECURITY_EVENTS)
    new = [r.json() for r in records if r.value not in before]
    rejected = [r for r in new if r["type"] == "security.signature.rejected"]
    assert [r["payload"]["reason"] for r in rejected] == ["invalid"]
    assert marker not in str(rejected)
