"""Kafka really down (the broker process stopped): the webhook answers 5xx, never 200-and-drop."""

import asyncio
import hashlib
import hmac
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.trace import TracerProvider

from confia.crypto import pseudonym
from confia.events.topics import WHATSAPP_INBOUND
from confia.ingress.app import TOPICS
from confia.ingress.domain import FloodGate
from confia.ingress.handlers import Ingress
from confia.ingress.settings import IngressSettings
from confia.runtime.bus import create_broker, ensure_topics
from confia.testing.infrastructure import Infrastructure, set_native_component
from confia.testing.kafka import read_to_end

pytestmark = [pytest.mark.integration, pytest.mark.slow]

FIXTURE = Path(__file__).parents[3] / "tests" / "fixtures" / "whatsapp" / "text_message.json"
SECRET = "outage-secret"


@pytest.fixture
async def webhook_and_ingress(
    infrastructure: Infrastructure,
    open_webhook: Any,
    ingress_settings: Callable[..., IngressSettings],
) -> AsyncIterator[tuple[httpx.AsyncClient, Ingress]]:
    if infrastructure.source != "native":
        # Kafka named by environment variables, or in a container, is not ours to stop.
        pytest.skip("stops the broker process, which only the native infrastructure allows")
    await ensure_topics(infrastructure.kafka_bootstrap, TOPICS)
    settings = ingress_settings(
        SECRET, kafka_bootstrap=infrastructure.kafka_bootstrap, kafka_request_timeout_ms=3_000
    )
    broker = create_broker(settings, "ingress-outage-test", TracerProvider())
    await broker.connect()
    try:
        async with open_webhook(settings, broker, FloodGate(per_minute=60, burst=10)) as opened:
            yield opened
    finally:
        set_native_component("kafka", running=True)
        await broker.stop()


async def test_webhook_answers_503_while_kafka_is_down_and_200_once_it_is_back(
    webhook_and_ingress: tuple[httpx.AsyncClient, Ingress], infrastructure: Infrastructure
) -> None:
    webhook, ingress = webhook_and_ingress
    body = FIXTURE.read_bytes()
    signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    headers = {"content-type": "application/json", "x-hub-signature-256": signature}

    set_native_component("kafka", running=False)
    down = await webhook.post("/webhook", content=body, headers=headers)
    set_native_component("kafka", running=True)
    # Meta retries with backoff until it gets a 200; so does this test, within bounds.
    statuses = []
    for _ in range(30):
        statuses.append((await webhook.post("/webhook", content=body, headers=headers)).status_code)
        if statuses[-1] == 200:
            break
        await asyncio.sleep(1)

    assert down.status_code == 503
    assert statuses[-1] == 200
    assert set(statuses[:-1]) <= {503}
    subject = pseudonym(ingress.pseudonym_key, "BR.1502576394655843")
    records = await read_to_end(infrastructure.kafka_bootstrap, WHATSAPP_INBOUND)
    assert len([r for r in records if r.key == subject]) == 1
