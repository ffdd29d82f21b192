"""One WhatsApp message crosses every service, as separate processes, in one trace."""

import time
from typing import Any

import httpx
import pytest
from pymongo import MongoClient

from confia.crypto import pseudonym
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import read_topic
from confia.testing.whatsapp import WhatsApp

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CUSTOMER_BSUID = "BR.1502576394655843"
CUSTOMER_PHONE = "5511987654321"
CPF_FORMS = ("529.982.247-25", "52998224725")


def _trace(
    infrastructure: Infrastructure, trace_id: str, services: set[str], operations: set[str]
) -> dict[str, Any]:
    """Poll Jaeger until the trace holds spans from every one of `services` and `operations`.

    Services export their spans in batches, each on its own schedule: a trace fills in.
    """
    deadline = time.monotonic() + 60
    seen: set[str] = set()
    while time.monotonic() < deadline:
        response = httpx.get(f"{infrastructure.jaeger_query}/api/traces/{trace_id}", timeout=5)
        if response.status_code == 200 and response.json().get("data"):
            trace = response.json()["data"][0]
            seen = {p["serviceName"] for p in trace["processes"].values()}
            names = {span["operationName"] for span in trace["spans"]}
            ids = {span["spanID"] for span in trace["spans"]}
            complete = all(
                ref["spanID"] in ids for span in trace["spans"] for ref in span["references"]
            )
            if services <= seen and operations <= names and complete:
                return dict(trace)
        time.sleep(1)
    raise AssertionError(
        f"trace {trace_id} has spans from {sorted(seen)}, wanted {sorted(services)} "
        f"and operations {sorted(operations)} with every parent span present"
    )


async def test_consented_message_is_answered_in_one_trace_without_leaking_the_cpf(
    whatsapp: WhatsApp,
    infrastructure: Infrastructure,
    secrets: dict[str, str],
    databases: dict[str, str],
    namespace: str,
) -> None:
    assert whatsapp.post_fixture("interactive_button_reply.json").status_code == 200
    # Consent thanks the customer and asks about the optional analytics purpose.
    thanks, _analytics = whatsapp.sent_to(CUSTOMER_PHONE, 2)
    assert "Obrigado" in thanks["body"]["text"]["body"]

    assert whatsapp.post_fixture("text_message.json").status_code == 200
    reply = whatsapp.sent_to(CUSTOMER_PHONE, 3)[2]
    assert reply["body"]["type"] == "text"
    assert reply["body"]["text"]["body"]

    # One trace, from the webhook request to the Graph API call.
    trace_id = reply["traceparent"].split("-")[1]
    trace = _trace(
        infrastructure,
        trace_id,
        {f"confia-{name}" for name in ("ingress", "consent", "redaction", "agent")},
        {"POST /webhook", "POST /{phone-number-id}/messages"},
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
    subject = pseudonym(secrets["CONFIA_PSEUDONYM_KEY"].encode(), CUSTOMER_BSUID)
    records = await read_topic(
        infrastructure.kafka_bootstrap,
        namespace + "conversation.redacted.v1",
        _has_subject(subject),
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
