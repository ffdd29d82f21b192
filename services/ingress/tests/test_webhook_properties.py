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
from confia.testing.webhook_payloads import bodies, payloads

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SECRET = "property-secret"

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
@given(payload=payloads(noise=False))
async def test_signed_well_formed_payload_with_any_content_is_accepted(
    webhook: httpx.AsyncClient, payload: dict[str, Any]
) -> None:
    body = json.dumps(payload).encode()
    signature = _signature("valid", body)
    assert signature is not None
    headers = {"content-type": "application/json", "x-hub-signature-256": signature}

    response = await webhook.post("/webhook", content=body, headers=headers)

    assert response.status_code == 200, response.text
