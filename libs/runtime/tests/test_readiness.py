"""/readyz means something: ready only while the broker and the service's store both answer."""

import httpx
import pytest
from opentelemetry.sdk.trace import TracerProvider

from confia.runtime.bus import create_broker
from confia.runtime.service import Plumbing, build_app
from confia.runtime.settings import ServiceSettings
from confia.store import connect
from confia.testing.infrastructure import Infrastructure

pytestmark = pytest.mark.integration


async def _readyz(
    infrastructure: Infrastructure, mongo_uri: str, ready_needs_store: bool = True
) -> httpx.Response:
    settings = ServiceSettings(kafka_bootstrap=infrastructure.kafka_bootstrap)
    broker = create_broker(settings, "readiness-test", TracerProvider())
    mongo, database = connect(mongo_uri, "readiness_test", timeout_ms=1_000)
    parts = Plumbing("readiness-test", settings, TracerProvider(), None, broker, mongo, database)
    await broker.connect()
    try:
        transport = httpx.ASGITransport(
            app=build_app(parts, topics=(), ready_needs_store=ready_needs_store)
        )
        async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
            return await client.get("/readyz")
    finally:
        await broker.stop()
        await mongo.close()


async def test_ready_when_kafka_and_the_store_answer(infrastructure: Infrastructure) -> None:
    response = await _readyz(infrastructure, infrastructure.mongo_uri)

    assert (response.status_code, response.text) == (200, "ready")


async def test_not_ready_while_the_store_does_not_answer(infrastructure: Infrastructure) -> None:
    response = await _readyz(infrastructure, "mongodb://127.0.0.1:1")

    assert (response.status_code, response.text) == (503, "store unreachable")


async def test_a_service_whose_http_surface_needs_no_store_stays_ready_without_it(
    infrastructure: Infrastructure,
) -> None:
    """Ingress: its webhook answers from Kafka alone."""
    response = await _readyz(infrastructure, "mongodb://127.0.0.1:1", ready_needs_store=False)

    assert (response.status_code, response.text) == (200, "ready")
