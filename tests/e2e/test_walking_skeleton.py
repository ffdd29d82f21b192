"""One WhatsApp message crosses every service, as separate processes, in one trace."""

import hashlib
import hmac
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pymongo import MongoClient

from confia.crypto import pseudonym
from confia.events.topics import CONVERSATION_REDACTED
from confia.testing.infrastructure import Infrastructure, repo_root
from confia.testing.kafka import read_topic
from confia.testing.platform import SERVICES, Platform, generated_secrets, start, stop

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

FIXTURES = Path(__file__).parents[1] / "fixtures" / "whatsapp"
CUSTOMER_BSUID = "BR.1502576394655843"
CUSTOMER_PHONE = "5511987654321"
CPF_FORMS = ("529.982.247-25", "52998224725")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def secrets_() -> dict[str, str]:
    return generated_secrets()


RUN = uuid.uuid4().hex[:8]
# Topics of their own: a backlog left on the shared broker by other runs never delays these.
NAMESPACE = f"e2e{RUN}."


@pytest.fixture(scope="module")
def databases() -> dict[str, str]:
    return {name: f"e2e_{RUN}_{name}" for name in SERVICES}


@pytest.fixture(scope="module")
def platform(
    infrastructure: Infrastructure,
    secrets_: dict[str, str],
    databases: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Platform]:
    env = {
        "CONFIA_KAFKA_BOOTSTRAP": infrastructure.kafka_bootstrap,
        "CONFIA_MONGO_URI": infrastructure.mongo_uri,
        "CONFIA_OTLP_ENDPOINT": infrastructure.otlp_endpoint,
        "CONFIA_KNOWLEDGE_DIR": str(repo_root() / "deploy" / "kb" / "aurora"),
        "CONFIA_TOPIC_NAMESPACE": NAMESPACE,
        **secrets_,
    }
    ports = {name: _free_port() for name in ("graph-api", *SERVICES)}
    per_service = {name: {"CONFIA_DATABASE": db} for name, db in databases.items()}
    log_dir = tmp_path_factory.mktemp("platform-logs")
    running = start(env, ports, log_dir, per_service=per_service)
    yield running
    stop(running)
    client: MongoClient[dict[str, Any]] = MongoClient(infrastructure.mongo_uri)
    for database in databases.values():
        client.drop_database(database)
    client.close()


def _post_signed(platform: Platform, fixture: str, app_secret: str) -> httpx.Response:
    body = (FIXTURES / fixture).read_bytes()
    signature = "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return httpx.post(
        f"{platform.url('ingress')}/webhook",
        content=body,
        headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature},
        timeout=15,
    )


def _sent(platform: Platform, count: int, seconds: float = 60) -> list[dict[str, Any]]:
    deadline = time.monotonic() + seconds
    sent: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        sent = httpx.get(f"{platform.url('graph-api')}/_sent", timeout=5).json()
        if len(sent) >= count:
            return sent
        time.sleep(0.3)
    raise AssertionError(f"expected {count} messages at the Graph API, got {len(sent)}")


def _trace(infrastructure: Infrastructure, trace_id: str, services: set[str]) -> dict[str, Any]:
    """Poll Jaeger until the trace holds spans from every one of `services`."""
    deadline = time.monotonic() + 60
    seen: set[str] = set()
    while time.monotonic() < deadline:
        response = httpx.get(f"{infrastructure.jaeger_query}/api/traces/{trace_id}", timeout=5)
        if response.status_code == 200 and response.json().get("data"):
            trace = response.json()["data"][0]
            seen = {p["serviceName"] for p in trace["processes"].values()}
            if services <= seen:
                return dict(trace)
        time.sleep(1)
    raise AssertionError(
        f"trace {trace_id} has spans from {sorted(seen)}, wanted {sorted(services)}"
    )


async def test_consented_message_is_answered_in_one_trace_without_leaking_the_cpf(
    platform: Platform,
    infrastructure: Infrastructure,
    secrets_: dict[str, str],
    databases: dict[str, str],
) -> None:
    app_secret = secrets_["CONFIA_APP_SECRETS"]

    assert _post_signed(platform, "interactive_button_reply.json", app_secret).status_code == 200
    [confirmation] = _sent(platform, 1)
    assert confirmation["body"]["to"] == CUSTOMER_PHONE

    assert _post_signed(platform, "text_message.json", app_secret).status_code == 200
    reply = _sent(platform, 2)[1]
    assert reply["body"]["to"] == CUSTOMER_PHONE
    assert reply["body"]["type"] == "text"
    assert reply["body"]["text"]["body"]

    # One trace, from the webhook request to the Graph API call.
    trace_id = reply["traceparent"].split("-")[1]
    trace = _trace(
        infrastructure,
        trace_id,
        {f"confia-{name}" for name in ("ingress", "consent", "redaction", "agent")},
    )
    spans = {span["spanID"]: span for span in trace["spans"]}
    roots = [span for span in spans.values() if not span["references"]]
    assert [root["operationName"] for root in roots] == ["POST /webhook"]
    assert any(s["operationName"] == "POST /{phone-number-id}/messages" for s in spans.values())
    # Every consumer span is the child of the producer span that published its message.
    consumers = [s for s in spans.values() if _kind(s) == "consumer"]
    assert len(consumers) >= 5
    for consumer in consumers:
        parent = spans[consumer["references"][0]["spanID"]]
        assert _kind(parent) == "producer", consumer["operationName"]
    # No span attribute carries the CPF or the phone number.
    for span in spans.values():
        for tag in span.get("tags", []):
            assert not any(value in str(tag["value"]) for value in (*CPF_FORMS, CUSTOMER_PHONE))

    # The CPF never reaches the redacted topic or the agent's database.
    subject = pseudonym(secrets_["CONFIA_PSEUDONYM_KEY"].encode(), CUSTOMER_BSUID)
    records = await read_topic(
        infrastructure.kafka_bootstrap, NAMESPACE + CONVERSATION_REDACTED, _has_subject(subject)
    )
    ours = [record for record in records if record.key == subject]
    assert ours, "the redacted message is on conversation.redacted.v1"
    assert "[CPF_1]" in ours[-1].json()["payload"]["text"]
    for record in ours:
        assert not any(cpf.encode() in record.value for cpf in CPF_FORMS)
    _assert_agent_store_has_no_cpf(infrastructure, databases["agent"])


def _kind(span: dict[str, Any]) -> str:
    return next((str(t["value"]) for t in span.get("tags", []) if t["key"] == "span.kind"), "")


def _has_subject(subject: str) -> Any:
    return lambda records: any(r.key == subject for r in records)


def _assert_agent_store_has_no_cpf(infrastructure: Infrastructure, database: str) -> None:
    client: MongoClient[dict[str, Any]] = MongoClient(infrastructure.mongo_uri)
    try:
        documents = [
            str(document)
            for name in client[database].list_collection_names()
            for document in client[database][name].find()
        ]
    finally:
        client.close()
    assert any("[CPF_1]" in document for document in documents)
    for document in documents:
        assert not any(cpf in document for cpf in CPF_FORMS)
