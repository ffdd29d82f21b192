"""Whatever arrives at the webhook: a 4xx or a 200, never a 5xx, never an unhandled error.

Runs against the real broker and store (Kafka is up, so a 5xx would be a bug).
"""

import hashlib
import hmac
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from faststream.kafka import KafkaBroker
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from confia.ingress.app import TOPICS
from confia.ingress.domain import FloodGate
from confia.ingress.settings import IngressSettings
from confia.runtime.bus import ensure_topics
from confia.testing.infrastructure import Infrastructure

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SECRET = "property-secret"

json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


def _payloads(noise: bool) -> st.SearchStrategy[dict[str, Any]]:
    """WhatsApp-shaped payloads; with `noise`, any field may instead hold anything at all."""

    def field(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(*[value] * 6, json_value) if noise else value

    text = st.text(max_size=50)
    message = st.fixed_dictionaries(
        {
            "id": field(st.text(min_size=1, max_size=30).map(lambda s: f"wamid.{s}")),
            "timestamp": field(st.integers(-(2**40), 2**40).map(str)),
            "type": field(st.sampled_from(["text", "interactive", "image", "location", "weird"])),
        },
        optional={
            "from": field(st.text(alphabet="0123456789", min_size=8, max_size=15)),
            "from_user_id": field(st.text(min_size=1, max_size=20)),
            "text": field(st.fixed_dictionaries({"body": text})),
            "interactive": json_value,
            "image": field(st.fixed_dictionaries({"id": st.text(max_size=10)})),
            "location": json_value,
            "reaction": json_value,
            "unknown_future_field": json_value,
        },
    )
    status = st.fixed_dictionaries(
        {
            "id": field(st.text(min_size=1, max_size=30)),
            "status": field(st.sampled_from(["sent", "delivered", "read", "failed", "odd"])),
            "timestamp": field(st.integers(0, 2**34).map(str)),
        },
        optional={
            "recipient_id": field(st.text(alphabet="0123456789", min_size=1, max_size=15)),
            "biz_opaque_callback_data": field(st.text(max_size=20)),
            "unknown_future_field": json_value,
        },
    )
    value = st.fixed_dictionaries(
        {"metadata": field(st.fixed_dictionaries({"phone_number_id": st.text(max_size=15)}))},
        optional={
            "messages": st.lists(message, max_size=2),
            "statuses": st.lists(status, max_size=2),
            "contacts": st.lists(
                st.fixed_dictionaries({}, optional={"wa_id": text, "user_id": text}), max_size=2
            ),
        },
    )
    change = st.fixed_dictionaries(
        {"field": field(st.sampled_from(["messages", "other"])), "value": field(value)}
    )
    entry = st.fixed_dictionaries(
        {"id": field(st.text(max_size=10)), "changes": st.lists(change, max_size=2)}
    )
    return st.fixed_dictionaries(
        {
            "object": field(st.just("whatsapp_business_account")),
            "entry": field(st.lists(entry, max_size=2)),
        }
    )


bodies = st.one_of(
    _payloads(noise=True).map(lambda p: json.dumps(p).encode()),
    json_value.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
)
# Mostly correctly signed JSON, so most examples get past the signature to parsing.
signatures = st.one_of(
    st.just("valid"),
    st.sampled_from(["valid", "none", "garbage", "wrong-secret", "uppercase-prefix"]),
)
content_types = st.one_of(
    st.just("application/json"),
    st.sampled_from(["application/json", "application/json; charset=utf-8", "text/plain", ""]),
    # Any header value HTTP can carry (printable ASCII).
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
)


@pytest.fixture
async def webhook(
    infrastructure: Infrastructure,
    broker: KafkaBroker,
    open_webhook: Any,
    ingress_settings: Callable[..., IngressSettings],
) -> AsyncIterator[httpx.AsyncClient]:
    await ensure_topics(infrastructure.kafka_bootstrap, TOPICS)
    flood = FloodGate(per_minute=6000, burst=1000)
    settings = ingress_settings(SECRET, kafka_bootstrap=infrastructure.kafka_bootstrap)
    async with open_webhook(settings, broker, flood) as (client, _):
        yield client


def _signature(kind: str, body: bytes) -> str | None:
    digest = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    return {
        "valid": f"sha256={digest}",
        "none": None,
        "garbage": "sha256=zz",
        "wrong-secret": "sha256=" + hmac.new(b"x", body, hashlib.sha256).hexdigest(),
        "uppercase-prefix": f"SHA256={digest}",
    }[kind]


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=bodies, signature=signatures, content_type=content_types)
async def test_any_request_gets_a_4xx_or_200_never_a_5xx(
    webhook: httpx.AsyncClient, body: bytes, signature: str, content_type: str
) -> None:
    headers = {"content-type": content_type}
    if (value := _signature(signature, body)) is not None:
        headers["x-hub-signature-256"] = value

    response = await webhook.post("/webhook", content=body, headers=headers)
    event(f"status {response.status_code}")

    assert response.status_code in {200, 400, 401, 403, 413, 415}, response.text
    if response.status_code != 200:
        assert "sha256" not in response.text.lower() or signature == "none"


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(payload=_payloads(noise=False))
async def test_signed_well_formed_payload_with_any_content_is_accepted(
    webhook: httpx.AsyncClient, payload: dict[str, Any]
) -> None:
    body = json.dumps(payload).encode()
    signature = _signature("valid", body)
    assert signature is not None
    headers = {"content-type": "application/json", "x-hub-signature-256": signature}

    response = await webhook.post("/webhook", content=body, headers=headers)

    assert response.status_code == 200, response.text
